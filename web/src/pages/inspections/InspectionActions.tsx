import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useCloseInspection, useReopenInspection, useStartInspection, type InspectionDetail } from '../../api/inspections';
import { FormModal } from '../../components/FormModal';
import { conclusionUrl } from '../../api/paperwork';
import { useCurrentUser } from '../../layout/RequireAuth';
import { canAt } from '../../lib/roles';
import { useT } from '../../i18n';
import { ConcludeModal } from './ConcludeModal';
import { InspectionFormModal } from './InspectionFormModal';

/**
 * The inspection's next steps, as the server allows them (`can`) and as its status leads: start when planned,
 * conclude when in progress, close once concluded, reopen (with a reason) once closed. Each asks for confirmation.
 */
export function InspectionActions({ inspection: i }: { inspection: InspectionDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const { modal, message } = App.useApp();
  const start = useStartInspection(i.id);
  const close = useCloseInspection(i.id);
  const [editing, setEditing] = useState(false);
  const [concluding, setConcluding] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [reopenForm] = Form.useForm<{ reason: string }>();
  const reopen = useReopenInspection(i.id);

  const confirm = (title: string, content: string, run: () => Promise<unknown>, done: string) => modal.confirm({
    title, content, okText: t('common.confirm'), cancelText: t('common.cancel'),
    okButtonProps: { 'data-testid': 'confirm-ok' } as never,
    onOk: () => run().then(() => message.success(done), (e: Error) => { message.error(e.message); }),
  });

  return (
    <>
      {i.can.manage && i.status !== 'concluded' && (
        <Button onClick={() => setEditing(true)} data-testid="inspection-edit">{t('insp.edit')}</Button>
      )}
      {i.can.manage && i.status === 'planned' && (
        <Button type="primary" loading={start.isPending} data-testid="inspection-start"
          onClick={() => confirm(t('insp.start'), t('insp.startConfirm'), () => start.mutateAsync(undefined), t('insp.started'))}>
          {t('insp.start')}
        </Button>
      )}
      {i.can.manage && i.status === 'in_progress' && (
        <Button type="primary" onClick={() => setConcluding(true)} data-testid="inspection-conclude">{t('insp.conclude')}</Button>
      )}
      {i.can.manage && i.status === 'concluded' && (
        <Button loading={close.isPending} data-testid="inspection-close"
          onClick={() => confirm(t('insp.close'), t('insp.closeConfirm'), () => close.mutateAsync(undefined), t('insp.closedDone'))}>
          {t('insp.close')}
        </Button>
      )}
      {(i.status === 'concluded' || i.status === 'closed') && (i.myRole || i.can.manage || i.can.reopen || canAt(me, 'paper.write', i.orgPath)) && (
        <Button href={conclusionUrl(i.id)} download icon={<FileWordOutlined />} data-testid="conclusion-docx">{t('paper.conclusion')}</Button>
      )}
      {i.can.reopen && (
        <Button onClick={() => setReopening(true)} data-testid="inspection-reopen">{t('insp.reopen')}</Button>
      )}
      {editing && <InspectionFormModal open planId={i.planId} inspection={i} onClose={() => setEditing(false)} />}
      {concluding && <ConcludeModal open inspection={i} onClose={() => setConcluding(false)} />}
      <FormModal<{ reason: string }>
        open={reopening}
        title={t('insp.reopenTitle')}
        form={reopenForm}
        onClose={() => setReopening(false)}
        onSubmit={(v) => reopen.mutateAsync({ reason: v.reason.trim() })}
        confirm={t('insp.reopenConfirm')}
        success={t('insp.reopened')}
        okText={t('insp.reopen')}
        testId="reopen-form"
      >
        <Form.Item name="reason" label={t('insp.reopenReason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} data-testid="reopen-reason" />
        </Form.Item>
      </FormModal>
    </>
  );
}
