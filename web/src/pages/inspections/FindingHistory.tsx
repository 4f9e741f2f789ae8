import { Drawer, Grid, Tag, Timeline, Typography } from 'antd';
import { useFinding } from '../../api/inspections';
import { ErrorState, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { EvidenceList } from './EvidenceList';
import { AssessmentTag } from './labels';

/** Every revision of a finding, newest first: what each said, why it was corrected, who published it when. */
export function FindingHistory({ findingId, onClose }: { findingId: number; onClose: () => void }) {
  const t = useT();
  const q = useFinding(findingId);
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <Drawer open onClose={onClose} title={t('insp.historyTitle')} size={wide ? 520 : '100%'} data-testid="finding-history-drawer">
      {q.isPending ? <Loading /> : q.isError ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : (
        <Timeline
          items={q.data.revisions.map((r) => ({
            key: r.id,
            color: r.published ? 'green' : 'gray',
            children: (
              <div data-testid="finding-history-item">
                <div className="tag-row">
                  <strong>{t('insp.revisionN', { number: r.revision })}</strong>
                  <AssessmentTag value={r.assessment} />
                  {!r.published && <Tag>{t('insp.draft')}</Tag>}
                </div>
                <p className="insp-body">{r.body}</p>
                {r.reason && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('insp.reason', { reason: r.reason })}</Typography.Paragraph>}
                <EvidenceList files={r.files} />
                <Typography.Text type="secondary" style={{ fontSize: '0.8125rem' }}>
                  {r.published ? t('insp.publishedOn', { date: formatDateTime(r.publishedAt), by: r.publishedBy ?? '' }) : `${r.author ?? ''} · ${formatDateTime(r.updatedAt)}`}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
