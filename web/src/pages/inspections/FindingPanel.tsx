import { EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Form, Input, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ASSESSMENTS, useReviseFinding, type Assessment, type ChecklistItem, type Finding } from '../../api/inspections';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { DraftEditor } from './DraftEditor';
import { EvidenceList } from './EvidenceList';
import { FindingHistory } from './FindingHistory';
import { AssessmentTag } from './labels';

/**
 * The team's finding on one checklist item at one unit: what is published (its revision number, who, when) and,
 * for the team, the draft being written or corrected. A published finding is never edited: "Đính chính" starts the
 * next revision as a draft, with the reason.
 */
export function FindingPanel({ inspectionId, orgId, item, finding, editable }: {
  inspectionId: number; orgId: number; item: ChecklistItem; finding?: Finding; editable: boolean;
}) {
  const { t, tx } = useI18n();
  const [writing, setWriting] = useState(false);
  const [history, setHistory] = useState(false);
  const [revising, setRevising] = useState(false);
  const [form] = Form.useForm<{ assessment: Assessment; body: string; reason: string }>();
  const revise = useReviseFinding();
  const pub = finding?.published;
  const draft = finding?.draft;

  return (
    <div className="insp-finding" data-testid="finding-panel">
      <Typography.Title level={3} style={{ fontSize: "0.875rem", margin: "0 0 6px" }}>{t('insp.finding')}</Typography.Title>
      {pub && (
        <div data-testid="finding-published">
          <span className="tag-row">
            <AssessmentTag value={pub.assessment} />
            <Tag color="purple" data-testid="finding-revision">{t('insp.revisionN', { number: pub.revision })}</Tag>
          </span>
          <p className="insp-body" data-testid="finding-published-body">{pub.body}</p>
          <EvidenceList files={pub.files} />
          <Typography.Text type="secondary" style={{ fontSize: '0.8125rem' }}>
            {t('insp.publishedOn', { date: formatDateTime(pub.publishedAt), by: pub.publishedBy ?? '' })}
          </Typography.Text>
          <div className="tag-row" style={{ marginTop: 6 }}>
            <Button size="small" icon={<HistoryOutlined />} onClick={() => setHistory(true)} data-testid="finding-history">
              {t('insp.history', { count: finding.revisionCount })}
            </Button>
            {editable && !draft && (
              <Button size="small" icon={<EditOutlined />} onClick={() => setRevising(true)} data-testid="finding-revise">{t('insp.revise')}</Button>
            )}
          </div>
        </div>
      )}
      {editable && (draft || writing) ? (
        <DraftEditor inspectionId={inspectionId} orgId={orgId} item={item} findingId={finding?.id} draft={draft ?? undefined} onCancel={() => setWriting(false)} />
      ) : !pub && (
        editable
          ? <Button type="primary" ghost icon={<EditOutlined />} onClick={() => setWriting(true)} data-testid="finding-write">{t('insp.write')}</Button>
          : <Typography.Text type="secondary">{t('insp.noFinding')}</Typography.Text>
      )}
      {history && finding && <FindingHistory findingId={finding.id} onClose={() => setHistory(false)} />}
      {pub && finding && (
        <FormModal<{ assessment: Assessment; body: string; reason: string }>
          open={revising}
          title={t('insp.reviseTitle')}
          form={form}
          onClose={() => setRevising(false)}
          onSubmit={(v) => revise.mutateAsync({ id: finding.id, assessment: v.assessment, body: v.body.trim(), reason: v.reason.trim() })}
          success={t('insp.draftSaved')}
          initialValues={{ assessment: pub.assessment, body: pub.body }}
          testId="revise-form"
        >
          <Form.Item name="assessment" label={t('insp.assessment')} rules={[{ required: true, message: t('common.required') }]}>
            <Radio.Group optionType="button" options={ASSESSMENTS.map((a) => ({ value: a, label: tx('insp.assess', a) }))} />
          </Form.Item>
          <Form.Item name="body" label={t('insp.findingBody')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
          </Form.Item>
          <Form.Item name="reason" label={t('insp.reviseReason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} data-testid="revise-reason" />
          </Form.Item>
        </FormModal>
      )}
    </div>
  );
}
