import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Radio, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  ASSESSMENTS, useCreateFinding, usePublishFinding, useUpdateFinding, useUploadFindingFile, type Assessment, type ChecklistItem, type Revision,
} from '../../api/inspections';
import { FormError } from '../../components/FormError';
import { useI18n } from '../../i18n';
import { applyFieldErrors } from '../../lib/forms';
import { EvidenceList } from './EvidenceList';

export const EVIDENCE_ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/jpeg,image/png';

interface Values { assessment: Assessment; body: string }

/** The draft of a finding (new, or the next revision of a published one): saved, given evidence, then published. */
export function DraftEditor({ inspectionId, orgId, item, findingId, draft, onCancel }: {
  inspectionId: number; orgId: number; item: ChecklistItem; findingId?: number; draft?: Revision; onCancel: () => void;
}) {
  const { t, tx } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateFinding(inspectionId);
  const update = useUpdateFinding();
  const publish = usePublishFinding();
  const upload = useUploadFindingFile();
  const [error, setError] = useState<unknown>(null);
  const busy = create.isPending || update.isPending || publish.isPending;

  /** Saves what is on screen; returns the finding's id. */
  const save = async (): Promise<number> => {
    const v = await form.validateFields();
    const body = { assessment: v.assessment, body: v.body.trim() };
    if (findingId && draft) {
      if (v.assessment !== draft.assessment || body.body !== draft.body) await update.mutateAsync({ id: findingId, ...body });
      return findingId;
    }
    return (await create.mutateAsync({ orgId, item, ...body })).id;
  };
  const run = async (what: () => Promise<unknown>) => {
    setError(null);
    try {
      await what();
    } catch (e) {
      if (e && typeof e === 'object' && 'errorFields' in e) return; // the form shows its own messages
      setError(e);
      applyFieldErrors(form, e);
    }
  };
  const saveDraft = () => run(async () => { await save(); message.success(t('insp.draftSaved')); onCancel(); });
  const askPublish = () => run(async () => {
    await form.validateFields();
    modal.confirm({
      title: t('insp.publish'), content: t('insp.publishConfirm'), okText: t('insp.publish'), cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'confirm-ok' } as never,
      onOk: () => run(async () => { const id = await save(); await publish.mutateAsync(id); message.success(t('insp.published')); onCancel(); }),
    });
  });

  return (
    <div className="insp-draft" data-testid="finding-draft">
      {draft && (
        <div className="tag-row" style={{ marginBottom: 6 }}>
          <Tag>{t('insp.draftOf', { number: draft.revision })}</Tag>
          {draft.reason && <Typography.Text type="secondary">{t('insp.reason', { reason: draft.reason })}</Typography.Text>}
        </div>
      )}
      <FormError error={error} />
      <Form<Values> form={form} layout="vertical" initialValues={draft ? { assessment: draft.assessment, body: draft.body } : undefined} onFinish={saveDraft}>
        <Form.Item name="assessment" label={t('insp.assessment')} rules={[{ required: true, message: t('common.required') }]}>
          <Radio.Group optionType="button" options={ASSESSMENTS.map((a) => ({ value: a, label: tx('insp.assess', a) }))} data-testid="finding-assessment" />
        </Form.Item>
        <Form.Item name="body" label={t('insp.findingBody')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} data-testid="finding-body" />
        </Form.Item>
      </Form>
      {draft && findingId && (
        <div style={{ marginBottom: 8 }}>
          <EvidenceList files={draft.files} removable />
          <Upload accept={EVIDENCE_ACCEPT} showUploadList={false} beforeUpload={(file) => {
            upload.mutate({ findingId, file }, { onSuccess: (f) => message.success(t('insp.uploaded', { name: f.filename })), onError: (e) => setError(e) });
            return false;
          }}>
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid="finding-upload">{t('insp.upload')}</Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: '0.75rem', marginInlineStart: 8 }}>{t('insp.uploadHint')}</Typography.Text>
        </div>
      )}
      <div className="tag-row">
        <Button onClick={saveDraft} loading={create.isPending || update.isPending} disabled={busy} data-testid="finding-save">{t('insp.saveDraft')}</Button>
        <Button type="primary" onClick={askPublish} loading={publish.isPending} disabled={busy} data-testid="finding-publish">{t('insp.publish')}</Button>
        {!draft && <Button type="text" onClick={onCancel}>{t('common.cancel')}</Button>}
      </div>
    </div>
  );
}
