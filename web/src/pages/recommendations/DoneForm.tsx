import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useReportDone, useUploadRemedyFile, type RecommendationDetail } from '../../api/recommendations';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n';
import { applyFieldErrors } from '../../lib/forms';
import { EVIDENCE_ACCEPT } from '../inspections/DraftEditor';
import { EvidenceList } from '../inspections/EvidenceList';

/** The responsible unit uploads its evidence, then reports the remedy done; the files go with the report. */
export function DoneForm({ rec }: { rec: RecommendationDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ report: string }>();
  const done = useReportDone(rec.id);
  const upload = useUploadRemedyFile(rec.id);
  const [error, setError] = useState<unknown>(null);

  const send = async (v: { report: string }) => {
    setError(null);
    try {
      await done.mutateAsync({ report: v.report.trim() });
      message.success(t('rec.doneSent'));
      form.resetFields();
    } catch (e) {
      setError(e);
      applyFieldErrors(form, e);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={send} data-testid="done-form">
      <FormError error={error} />
      <Typography.Paragraph type="secondary">{t('rec.evidenceFirst')}</Typography.Paragraph>
      <div className="section">
        <Typography.Text strong>{t('rec.pendingFiles')}</Typography.Text>
        {rec.pendingFiles.length ? <EvidenceList files={rec.pendingFiles} removable /> : <div className="insp-fact-sub">{t('rec.noPendingFiles')}</div>}
        <Upload accept={EVIDENCE_ACCEPT} showUploadList={false} beforeUpload={(file) => {
          upload.mutate(file, { onSuccess: (f) => message.success(t('insp.uploaded', { name: f.filename })), onError: (e) => setError(e) });
          return false;
        }}>
          <Button icon={<UploadOutlined />} loading={upload.isPending} style={{ marginTop: 8 }} data-testid="remedy-upload">{t('insp.upload')}</Button>
        </Upload>
        <Typography.Text type="secondary" style={{ fontSize: '0.75rem', marginInlineStart: 8 }}>{t('insp.uploadHint')}</Typography.Text>
      </div>
      <Form.Item name="report" label={t('rec.doneText')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={10000} data-testid="done-text" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={done.isPending} data-testid="done-submit">{t('rec.reportDone')}</Button>
    </Form>
  );
}
