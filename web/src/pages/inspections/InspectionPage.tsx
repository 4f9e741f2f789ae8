import { Alert, Card, Descriptions, Grid, List, Tabs, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useInspection } from '../../api/inspections';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { ConclusionPanel } from './ConclusionPanel';
import { InspectionActions } from './InspectionActions';
import { InspectionStatusTag, KindTag } from './labels';
import { SubjectWorkspace } from './SubjectWorkspace';
import './inspections.css';

/** One inspection: its setup, the workspace of findings beside each unit's records, the conclusion and its recommendations. */
export default function InspectionPage() {
  const { t, tx } = useI18n();
  const id = Number(useParams().id);
  const q = useInspection(id);
  const [sp, setSp] = useSearchParams();
  const wide = Grid.useBreakpoint().md ?? true;
  if (q.isPending) return <Loading rows={10} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const i = q.data;
  const tab = sp.get('tab') ?? (i.status === 'concluded' || i.status === 'closed' ? 'conclusion' : 'workspace');
  const setTab = (next: string) => setSp((prev) => { const n = new URLSearchParams(prev); n.set('tab', next); return n; }, { replace: true });
  const members = i.members.filter((m) => m.role === 'member');

  return (
    <div data-testid="inspection-page">
      <PageHeader
        title={<span data-testid="inspection-title">{i.title}</span>}
        sub={`${i.org.name} · ${tx('insp.body', i.body)} · ${t('insp.plan')} ${i.planYear}`}
        extra={<InspectionActions inspection={i} />}
      />
      {i.status === 'closed' && <Alert type="info" showIcon className="section" title={t('insp.readOnlyClosed')} data-testid="inspection-closed" />}
      <Card className="section">
        <Descriptions size="small" column={wide ? 2 : 1}>
          <Descriptions.Item label={t('insp.status')}>
            <span className="tag-row"><KindTag kind={i.kind} /><InspectionStatusTag status={i.status} /></span>
          </Descriptions.Item>
          <Descriptions.Item label={t('insp.decision')}>
            {i.decision ? <Link to={`/documents/${i.decision.id}`}>{i.decision.symbol} — {i.decision.title}</Link> : t('insp.noDecision')}
          </Descriptions.Item>
          <Descriptions.Item label={t('insp.subjects')}>
            <span data-testid="inspection-subjects">{i.subjects.map((s) => s.name).join(', ')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('insp.period')}>{formatDate(i.periodFrom)} – {formatDate(i.periodTo)}</Descriptions.Item>
          <Descriptions.Item label={t('insp.leader')}>{i.leader?.displayName ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('insp.members')}>{members.length ? members.map((m) => m.displayName).join(', ') : t('common.none')}</Descriptions.Item>
          {(i.startsOn || i.endsOn) && (
            <Descriptions.Item label={t('insp.schedule')}>{formatDate(i.startsOn)} – {formatDate(i.endsOn)}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            { key: 'workspace', label: t('insp.workspace'), children: <SubjectWorkspace inspection={i} /> },
            { key: 'conclusion', label: t('insp.conclusionTab'), children: <ConclusionPanel inspection={i} /> },
            {
              key: 'history', label: t('insp.historyTab'),
              children: (
                <div data-testid="inspection-history">
                  {i.closedAt && <Typography.Paragraph>{t('insp.closedAt', { date: formatDateTime(i.closedAt) })}</Typography.Paragraph>}
                  <Typography.Title level={2} style={{ fontSize: '1rem' }}>{t('insp.reopenings')}</Typography.Title>
                  {i.reopenings.length === 0 ? <EmptyState description={t('insp.noReopenings')} /> : (
                    <List
                      size="small"
                      dataSource={i.reopenings}
                      renderItem={(r) => (
                        <List.Item>
                          <List.Item.Meta title={r.reason} description={`${formatDateTime(r.at)} · ${r.by ?? ''}`} />
                        </List.Item>
                      )}
                    />
                  )}
                </div>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
