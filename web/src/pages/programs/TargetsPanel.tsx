import { DeleteOutlined, EditOutlined, LineChartOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useDeleteTarget, type ProgramDetail, type Target } from '../../api/programs';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { byAttention, formatValue, OffTrackTag, offTrackOf, ProgressCell } from './labels';
import { TargetFormModal } from './TargetFormModal';
import { ValueModal } from './ValueModal';

interface Props {
  program: ProgramDetail;
  onOpen: (targetId: number) => void;
}

/**
 * The program's targets, off-track first: progress computed by the server, roll-ups with how many units reported. The
 * buttons are what the server says the user may do (the program's and each target's `can`).
 */
export function TargetsPanel({ program, onOpen }: Props) {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const remove = useDeleteTarget();
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [reporting, setReporting] = useState<Target | null>(null);

  return (
    <div data-testid="targets-panel">
      {program.can.addTarget && (
        <Flex justify="end" className="section">
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="target-add">{t('targets.add')}</Button>
        </Flex>
      )}
      <DataTable<Target>
        rowKey="id"
        dataSource={byAttention(program.targets)}
        pagination={false}
        scroll={{ x: 960 }}
        data-testid="targets-table"
        rowClassName={(r) => (offTrackOf(r) ? 'row-attention' : '')}
        locale={{ emptyText: <EmptyState description={t('targets.empty')} /> }}
        columns={[
          {
            title: t('targets.indicator'), dataIndex: 'indicator', mobile: 'title',
            render: (v: string, r) => (
              <div style={{ minWidth: 220 }}>
                <Typography.Link onClick={() => onOpen(r.id)} data-testid="target-link"><strong>{v}</strong></Typography.Link>
                <Flex gap={4} wrap align="center" style={{ marginTop: 4 }}>
                  {offTrackOf(r) && <OffTrackTag />}
                  {r.aggregation && <Tag color="purple" style={{ marginInlineEnd: 0 }}>{t('targets.rollupTag')}</Tag>}
                  <Typography.Text type="secondary" style={{ fontSize: '0.8125rem' }}>{tx('target.kind', r.kind)}</Typography.Text>
                </Flex>
              </div>
            ),
          },
          { title: t('targets.baseline'), key: 'baseline', width: 120, render: (_, r) => formatValue(t, r, r.baselineValue) },
          {
            title: t('targets.target'), key: 'target', width: 140,
            render: (_, r) => (
              <div>
                <strong>{formatValue(t, r, r.targetValue)}</strong>
                <div><Typography.Text type="secondary" style={{ fontSize: '0.8125rem' }}>{t('targets.by', { date: formatDate(r.deadline) })}</Typography.Text></div>
              </div>
            ),
          },
          {
            title: t('targets.current'), key: 'current', width: 170,
            render: (_, r) => (
              <div data-testid="target-current">
                <div>{formatValue(t, r, r.current)}</div>
                {r.currentAsOf && <Typography.Text type="secondary" style={{ fontSize: '0.8125rem' }}>{t('targets.asOfShort', { date: formatDate(r.currentAsOf) })}</Typography.Text>}
                {r.rollup && <div><Typography.Text type="secondary" style={{ fontSize: '0.8125rem' }} data-testid="target-rollup">{t('targets.rollup', r.rollup)}</Typography.Text></div>}
              </div>
            ),
          },
          { title: t('targets.progress'), key: 'progress', width: 160, render: (_, r) => <ProgressCell target={r} /> },
          {
            title: t('common.actions'), key: 'actions', width: 160, mobile: 'actions',
            render: (_, r) => (
              <Flex gap={4} wrap align="center">
                <Button size="small" type="text" icon={<LineChartOutlined />} onClick={() => onOpen(r.id)} aria-label={`${t('targets.open')}: ${r.indicator}`} />
                {r.can.report && (
                  <Button size="small" type="primary" ghost onClick={() => setReporting(r)} data-testid="target-report">{t('targets.report')}</Button>
                )}
                {r.can.edit && <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t('targets.edit')}: ${r.indicator}`} onClick={() => setEditing(r)} />}
                {r.can.delete && (
                  <Popconfirm title={t('common.delete')} description={t('targets.deleteConfirm')} okText={t('common.delete')} cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync(r.id).then(() => message.success(t('common.deleted')), (e: Error) => message.error(e.message))}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')}: ${r.indicator}`} />
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {editing && (
        <TargetFormModal programId={program.id} target={editing === 'new' ? undefined : editing} open onClose={() => setEditing(null)} />
      )}
      {reporting && <ValueModal target={reporting} open onClose={() => setReporting(null)} />}
    </div>
  );
}
