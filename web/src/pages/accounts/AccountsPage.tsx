import { UserAddOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useEffect, useState } from 'react';
import type { Account } from '../../api/accounts';
import { useAccounts } from '../../api/accounts';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { ErrorState } from '../../components/States';
import { useT } from '../../i18n';
import { useDebounced, useUrlFilters } from '../../lib/hooks';
import { AccountsTable } from './AccountsTable';
import { AddGrantModal } from './AddGrantModal';
import { CreateAccountModal } from './CreateAccountModal';
import { ResetPasswordModal } from './ResetPasswordModal';

export default function AccountsPage() {
  const t = useT();
  const { values, page, pageSize, set } = useUrlFilters(['q'] as const);
  const [text, setText] = useState(values.q);
  const q = useDebounced(text.trim(), 350);
  useEffect(() => {
    if (q !== values.q) set({ q });
  }, [q]);
  const list = useAccounts(values.q, page, pageSize);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<Account | null>(null);
  const [granting, setGranting] = useState<Account | null>(null);

  return (
    <div data-testid="accounts-page">
      <PageHeader
        title={t('accounts.title')}
        extra={<Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)} data-testid="account-create">{t('accounts.create')}</Button>}
      />
      <Card>
        <div className="filters">
          <SearchBox placeholder={t('accounts.searchPlaceholder')} value={text} onChange={setText} testId="accounts-search" style={{ maxWidth: 360 }} />
        </div>
        {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
          <AccountsTable data={list.data} loading={list.isFetching} page={page} pageSize={pageSize}
            onPage={(p, s) => set({ page: p, pageSize: s })} onReset={setResetting} onAddGrant={setGranting} />
        )}
      </Card>
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
      <AddGrantModal account={granting} onClose={() => setGranting(null)} />
    </div>
  );
}
