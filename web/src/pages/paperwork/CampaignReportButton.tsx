import { App, Alert, Button, Form, Input, Select, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { attachmentUrl, startDownload, useIssueReport, useReportDraft, type ReportInput } from '../../api/paperwork';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatPercent } from '../../lib/format';

interface Values { orgId: number; opening: string; assessment: string; proposals: string; recipients: string }

/**
 * The report on the results of the campaign's study for one of the user's units: the figures come from the records,
 * the office rewrites the narrative prefilled from them, then the report is numbered, registered and downloaded.
 */
export function CampaignReportButton({ campaignId }: { campaignId: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const units = useMemo(() => {
    const roots = me?.abilities['paper.write'] ?? [];
    const seen = new Set<number>();
    return (me?.grants ?? []).filter((g) => roots.includes(g.path) && !seen.has(g.orgId) && seen.add(g.orgId));
  }, [me]);
  const [open, setOpen] = useState(false);
  const [orgId, setOrgId] = useState<number | undefined>(units[0]?.orgId);
  const [form] = Form.useForm<Values>();
  const draft = useReportDraft(campaignId, orgId, open);
  const issue = useIssueReport(campaignId);
  const [issued, setIssued] = useState<{ symbol: string; documentId: number } | null>(null);

  useEffect(() => {
    if (!draft.data) return;
    const d = draft.data;
    form.setFieldsValue({ opening: d.opening, assessment: d.assessment, proposals: d.proposals, recipients: d.recipients.join('\n') });
  }, [draft.data, form]);

  if (!units.length) return null;
  const d = draft.data;

  const submit = async (v: Values) => {
    const body: ReportInput = {
      orgId: orgId!, opening: v.opening, assessment: v.assessment, proposals: v.proposals,
      recipients: v.recipients.split('\n').map((l) => l.trim()).filter(Boolean),
    };
    const out = await issue.mutateAsync(body);
    setIssued({ symbol: out.symbol, documentId: out.documentId });
    message.success(t('paper.issued', { symbol: out.symbol }));
    startDownload(attachmentUrl(out.attachmentId));
  };

  return (
    <>
      <Button icon={<FileWordOutlined />} onClick={() => { setIssued(null); setOpen(true); }} data-testid="campaign-report">{t('paper.report')}</Button>
      {issued && (
        <Typography.Text type="success" data-testid="report-issued" style={{ marginInlineStart: 8 }}>
          {t('paper.issued', { symbol: issued.symbol })} · <Link to={`/documents/${issued.documentId}`}>{t('paper.openDocument')}</Link>
        </Typography.Text>
      )}
      <FormModal<Values> open={open} title={t('paper.reportTitle')} form={form} onClose={() => setOpen(false)} onSubmit={submit}
        okText={t('paper.issue')} testId="report-dialog" fieldMap={{ orgId: 'orgId' }}>
        <Typography.Paragraph type="secondary">{t('paper.reportHelp')}</Typography.Paragraph>
        {units.length > 1 && (
          <Form.Item label={t('paper.unit')}>
            <Select value={orgId} onChange={setOrgId} options={units.map((g) => ({ value: g.orgId, label: g.orgName }))} data-testid="report-unit" />
          </Form.Item>
        )}
        {units.length === 1 && <Typography.Paragraph strong>{units[0].orgName}</Typography.Paragraph>}
        {draft.isError && <Alert type="error" showIcon title={(draft.error as Error).message} />}
        {d && (
          <Alert type="info" className="section" data-testid="report-figures" title={t('paper.figures', {
            attended: d.figures.attended, invited: d.figures.invited, rate: formatPercent(d.figures.rate), conferences: d.figures.conferences,
            late: d.figures.lateUnits, programs: d.figures.programs,
          })} description={d.previous.length ? t('paper.previous', { list: d.previous.map((p) => p.symbol).join(', ') }) : undefined} />
        )}
        <Form.Item name="opening" label={t('paper.opening')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={6000} disabled={!d} />
        </Form.Item>
        <Form.Item name="assessment" label={t('paper.assessment')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={6000} disabled={!d} />
        </Form.Item>
        <Form.Item name="proposals" label={t('paper.proposals')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={6000} disabled={!d} />
        </Form.Item>
        <Form.Item name="recipients" label={t('paper.recipients')} extra={d ? t('paper.keep', { keep: d.keep }) : undefined}
          rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} disabled={!d} />
        </Form.Item>
      </FormModal>
    </>
  );
}
