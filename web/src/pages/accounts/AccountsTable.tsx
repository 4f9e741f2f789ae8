import { KeyOutlined, LockOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Tag, Tooltip } from 'antd';
import type { Page } from '../../api/client';
import { useRemoveGrant, useUpdateAccount, type Account } from '../../api/accounts';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { EmptyState } from '../../components/States';
import { useI18n } from '../../i18n';
import { tablePagination } from '../../components/pagination';

interface Props {
  data?: Page<Account>;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  onReset: (a: Account) => void;
  onAddGrant: (a: Account) => void;
}

export function AccountsTable({ data, loading, page, pageSize, onPage, onReset, onAddGrant }: Props) {
  const { t, tx } = useI18n();
  const { message, modal } = App.useApp();
  const update = useUpdateAccount();
  const removeGrant = useRemoveGrant();

  const toggle = (a: Account) =>
    modal.confirm({
      title: a.active ? t('accounts.deactivate') : t('accounts.activate'),
      content: t(a.active ? 'accounts.confirmDeactivate' : 'accounts.confirmActivate', { name: a.username }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: a.active },
      onOk: () => update.mutateAsync({ id: a.id, active: !a.active })
        .then(() => message.success(t('accounts.updated')))
        .catch((e: Error) => message.error(e.message)),
    });

  const columns: DataColumn<Account>[] = [
    { title: t('accounts.username'), dataIndex: 'username', width: 150, render: (v) => <strong>{v}</strong> },
    { title: t('accounts.displayName'), dataIndex: 'displayName', width: 180 },
    {
      title: t('accounts.grants'), dataIndex: 'grants',
      render: (_, a) => (
        <Space size={[4, 4]} wrap>
          {a.grants.map((g) => (
            <Popconfirm key={g.id} title={t('accounts.removeGrant')} description={`${tx('role', g.role)} · ${g.orgName}`}
              okText={t('common.confirm')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}
              onConfirm={() => removeGrant.mutateAsync({ id: a.id, grantId: g.id })
                .then(() => message.success(t('accounts.grantRemoved')))
                .catch((e: Error) => message.error(e.message))}>
              <Tag color="red" closable onClose={(e) => e.preventDefault()} style={{ cursor: 'pointer' }}>
                {tx('role', g.role)} · {g.orgName}
              </Tag>
            </Popconfirm>
          ))}
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onAddGrant(a)}>{t('accounts.addGrant')}</Button>
        </Space>
      ),
    },
    {
      title: t('accounts.active'), dataIndex: 'active', width: 130,
      render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{v ? t('accounts.isActive') : t('accounts.isInactive')}</Tag>,
    },
    {
      title: t('common.actions'), key: 'actions', width: 110, fixed: 'right',
      render: (_, a) => (
        <Space>
          <Tooltip title={t('accounts.resetPassword')}>
            <Button size="small" icon={<KeyOutlined />} onClick={() => onReset(a)} aria-label={t('accounts.resetPassword')} />
          </Tooltip>
          <Tooltip title={a.active ? t('accounts.deactivate') : t('accounts.activate')}>
            <Button size="small" danger={a.active} icon={a.active ? <LockOutlined /> : <UnlockOutlined />} onClick={() => toggle(a)}
              aria-label={a.active ? t('accounts.deactivate') : t('accounts.activate')} />
          </Tooltip>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="accounts-table">
      <DataTable<Account>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState description={t('accounts.empty')} /> }}
        pagination={tablePagination(t, page, pageSize, data?.total, onPage)}
      />
    </div>
  );
}
