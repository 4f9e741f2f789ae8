import { CheckCircleOutlined, DeleteOutlined, FileWordOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Popconfirm, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useAddBridgePoint, useDeleteBridgePoint, useReadiness, type BridgePoint, type BridgePointInput, type ConferenceDetail } from '../../api/conferences';
import { signInUrl } from '../../api/paperwork';
import { DataTable } from '../../components/DataTable';
import { FormModal } from '../../components/FormModal';
import { BridgePointEdit } from './BridgePointEdit';
import { UnplacedPanel } from './UnplacedPanel';
import { OrgPicker } from '../../components/OrgPicker';
import { PersonPicker } from '../../components/PersonPicker';
import { EmptyState } from '../../components/States';
import { useT } from '../../i18n';
import { formatTime } from '../../lib/format';

function Readiness({ bp }: { bp: BridgePoint }) {
  const t = useT();
  if (bp.connectionOk == null) return <Tag>{t('bp.unchecked')}</Tag>;
  return (
    <Tag color={bp.connectionOk ? 'green' : 'red'} icon={bp.connectionOk ? <CheckCircleOutlined /> : <WarningOutlined />} title={bp.checkedAt ? t('bp.checkedAt', { time: formatTime(bp.checkedAt) }) : undefined}>
      {bp.connectionOk ? t('bp.ready') : t('bp.notReady')}{bp.checkedAt ? ` · ${formatTime(bp.checkedAt)}` : ''}
    </Tag>
  );
}

/** Bridge points with their readiness: the host confirms the link works before the start. */
export function BridgePointsTab({ conf }: { conf: ConferenceDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<BridgePointInput>();
  const add = useAddBridgePoint(conf.id);
  const remove = useDeleteBridgePoint();
  const readiness = useReadiness();
  const canWrite = conf.abilities.update;

  const mark = (bp: BridgePoint, connectionOk: boolean) =>
    readiness.mutateAsync({ id: bp.id, connectionOk }).catch((e: Error) => message.error(e.message));

  return (
    <div data-testid="bridge-points">
      <UnplacedPanel conf={conf} />
      {canWrite && <Button icon={<PlusOutlined />} className="filters" onClick={() => setOpen(true)} data-testid="bridge-add">{t('bp.add')}</Button>}
      <DataTable<BridgePoint>
        rowKey="id"
        size="middle"
        dataSource={conf.bridgePoints}
        pagination={conf.bridgePoints.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 860 }}
        locale={{ emptyText: <EmptyState description={t('bp.empty')} /> }}
        columns={[
          { title: t('bp.name'), dataIndex: 'name', width: 240, render: (v, r) => <span>{v} {r.isMain && <Tag color="gold">{t('bp.main')}</Tag>}</span> },
          { title: t('bp.unit'), dataIndex: 'orgName', width: 180 },
          { title: t('bp.host'), dataIndex: 'hostName', width: 160, render: (v) => v ?? '—' },
          { title: t('bp.capacity'), dataIndex: 'capacity', width: 90, align: 'right', render: (v) => v ?? '—' },
          { title: t('bp.arrived'), key: 'arr', width: 100, align: 'right', render: (_, r) => `${r.attended}/${r.invited}` },
          { title: t('bp.readiness'), key: 'ready', width: 170, render: (_, r) => <Readiness bp={r} /> },
          {
            title: t('common.actions'), key: 'act', width: 260,
            render: (_, r) => (
              <Space wrap>
                {r.abilities.checkConnection && (
                  <Popconfirm title={`${t('bp.check')}: ${r.name}`} okText={t('bp.checkOk')} cancelText={t('bp.checkFail')}
                    onConfirm={() => mark(r, true)} onCancel={() => mark(r, false)} cancelButtonProps={{ danger: true }}>
                    <Button size="small" loading={readiness.isPending && readiness.variables?.id === r.id} data-testid={`bridge-check-${r.id}`}>{t('bp.check')}</Button>
                  </Popconfirm>
                )}
                {/* The office of the point's unit or of the organizer prints its sign-in sheet (paper.write: the same roles). */}
                {(canWrite || r.abilities.recordAttendance) && (
                  <Button size="small" href={signInUrl(r.id)} download icon={<FileWordOutlined />} data-testid={`sign-in-${r.id}`}>{t('paper.signIn')}</Button>
                )}
                {canWrite && <BridgePointEdit bp={r} />}
                {canWrite && !r.isMain && (
                  <Popconfirm title={t('bp.confirmDelete', { name: r.name })} onConfirm={() => remove.mutateAsync(r.id).catch((e: Error) => message.error(e.message))}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<BridgePointInput>
        open={open} title={t('bp.add')} form={form} onClose={() => setOpen(false)} success={t('bp.added')}
        onSubmit={(v) => add.mutateAsync(v)} initialValues={{ isMain: false }} testId="bridge-form">
        <Form.Item name="orgId" label={t('bp.unit')} rules={[{ required: true, message: t('common.required') }]}><OrgPicker /></Form.Item>
        <Form.Item name="name" label={t('bp.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}><Input maxLength={300} /></Form.Item>
        <Form.Item name="hostPersonId" label={t('bp.host')}><PersonPicker /></Form.Item>
        <Form.Item name="capacity" label={t('bp.capacity')}><InputNumber min={1} max={100000} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="isMain" label={t('bp.main')} valuePropName="checked"><Switch /></Form.Item>
      </FormModal>
    </div>
  );
}
