import { EditOutlined, StarOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Popconfirm, Switch } from 'antd';
import { useState } from 'react';
import { useUpdateBridgePoint, type BridgePoint, type BridgePointPatch } from '../../api/conferences';
import { FormModal } from '../../components/FormModal';
import { PersonPicker } from '../../components/PersonPicker';
import { useT } from '../../i18n';

/**
 * Rename a bridge point (the hall too), change its host or capacity, or make it the main point. The main
 * point stops being main only when another becomes main, so its switch is locked.
 */
export function BridgePointEdit({ bp }: { bp: BridgePoint }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<BridgePointPatch>();
  const update = useUpdateBridgePoint();
  return (
    <>
      <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('bp.edit')} title={t('bp.edit')} onClick={() => setOpen(true)} data-testid={`bridge-edit-${bp.id}`} />
      {!bp.isMain && (
        <Popconfirm title={`${t('bp.makeMain')}: ${bp.name}?`}
          onConfirm={() => update.mutateAsync({ id: bp.id, isMain: true }).then(() => message.success(t('bp.madeMain', { name: bp.name }))).catch((e: Error) => message.error(e.message))}>
          <Button size="small" type="text" icon={<StarOutlined />} aria-label={t('bp.makeMain')} title={t('bp.makeMain')} />
        </Popconfirm>
      )}
      <FormModal<BridgePointPatch>
        open={open} title={t('bp.edit')} form={form} onClose={() => setOpen(false)} success={t('common.saved')} testId="bridge-edit-form"
        initialValues={{ name: bp.name, hostPersonId: bp.hostPersonId, capacity: bp.capacity, isMain: bp.isMain }}
        onSubmit={(v) => update.mutateAsync({ ...v, id: bp.id, isMain: bp.isMain ? undefined : v.isMain })}>
        <Form.Item name="name" label={t('bp.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}><Input maxLength={300} /></Form.Item>
        <Form.Item name="hostPersonId" label={t('bp.host')}><PersonPicker initialLabel={bp.hostName} /></Form.Item>
        <Form.Item name="capacity" label={t('bp.capacity')}><InputNumber min={1} max={100000} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="isMain" label={t('bp.main')} valuePropName="checked" extra={bp.isMain ? t('bp.mainNoDelete') : undefined}>
          <Switch disabled={bp.isMain} />
        </Form.Item>
      </FormModal>
    </>
  );
}
