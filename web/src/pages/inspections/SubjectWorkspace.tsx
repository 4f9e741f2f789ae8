import { Alert, Col, Radio, Row, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useRecord, type InspectionDetail } from '../../api/inspections';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { FindingPanel } from './FindingPanel';
import { RecordFacts } from './RecordFacts';

/**
 * The checklist at one subject unit: each item with, on its left (above it on a phone), what the system already
 * holds about the unit for that item, and on its right the team's finding. Inspectors check facts instead of
 * collecting them.
 */
export function SubjectWorkspace({ inspection: i }: { inspection: InspectionDetail }) {
  const { t, tx } = useI18n();
  const [sp, setSp] = useSearchParams();
  const orgId = Number(sp.get('org')) || i.subjects[0]?.id || 0;
  const record = useRecord(i.id, orgId);
  // Findings are written while the inspection runs; after the conclusion they can still be corrected (new revisions).
  const editable = i.can.edit && (i.status === 'in_progress' || i.status === 'concluded');
  const pick = (id: number) => setSp((prev) => { const n = new URLSearchParams(prev); n.set('org', String(id)); return n; }, { replace: true });

  return (
    <div data-testid="workspace">
      {i.subjects.length > 1 && (
        <Radio.Group
          className="section" optionType="button" value={orgId} onChange={(e) => pick(Number(e.target.value))}
          aria-label={t('insp.subject')} data-testid="subject-switch"
          // Each unit with how many of its checklist items have a published finding: where the team still has work.
          options={i.subjects.map((s) => ({ value: s.id, label: `${s.name} · ${i.findings.filter((f) => f.orgId === s.id && f.published).length}/${i.checklist.length}` }))}
        />
      )}
      {i.status === 'planned' && <Alert type="info" showIcon className="section" title={t('insp.notStarted')} data-testid="not-started" />}
      {record.data && (
        <Typography.Paragraph type="secondary">{t('insp.recordHint', { from: formatDate(record.data.periodFrom), to: formatDate(record.data.periodTo) })}</Typography.Paragraph>
      )}
      {record.isError && <ErrorState error={record.error} onRetry={() => record.refetch()} />}
      {i.checklist.map((item, n) => (
        <section key={item} className="insp-item" data-testid={`item-${item}`} aria-labelledby={`item-${item}-title`}>
          <h2 className="insp-item-title" id={`item-${item}-title`}>{n + 1}. {tx('insp.item', item)}</h2>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={12}>
              <div className="insp-record" data-testid="record">
                <h3>{t('insp.record')}</h3>
                {record.isPending ? <Loading rows={2} /> : record.data && <RecordFacts item={item} sections={record.data.sections} />}
              </div>
            </Col>
            <Col xs={24} lg={12}>
              <FindingPanel
                inspectionId={i.id} orgId={orgId} item={item} editable={editable}
                finding={i.findings.find((f) => f.orgId === orgId && f.item === item)}
              />
            </Col>
          </Row>
        </section>
      ))}
    </div>
  );
}
