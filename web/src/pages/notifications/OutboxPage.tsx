import { App, Button, Card, Select, Tag, Alert } from 'antd';
import { oneOf } from '../../api/contract';
import { OUTBOX_STATUS_LIST, useOutbox, useRetryMail, type Outbox, type OutboxStatus } from '../../api/notifications';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { tablePagination } from '../../components/pagination';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { useUrlFilters } from '../../lib/hooks';

type Mail = Outbox['items'][number];
const COLORS: Record<OutboxStatus, string> = { failed: 'red', pending: 'blue', sending: 'gold', sent: 'green' };

/** The admins' view of the mail queue: what waits, what was sent, what failed after its retries (with a retry button). */
export default function OutboxPage() {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const { values, page, pageSize, set } = useUrlFilters(['status'] as const);
  const status = oneOf(OUTBOX_STATUS_LIST, values.status);
  const list = useOutbox(status, page, pageSize);
  const retry = useRetryMail();

  const columns: DataColumn<Mail>[] = [
    { title: t('mail.status'), dataIndex: 'status', width: 130, render: (v: OutboxStatus) => <Tag color={COLORS[v]}>{tx('mail.status', v)}</Tag> },
    { title: t('mail.subject'), key: 'subject', mobile: 'title', render: (_, m) => (
      <>
        <div>{m.subject}</div>
        <div className="lt-muted">{m.toAddress}{m.accountName ? ` · ${m.accountName}` : ''}{m.digestOn ? ` · ${t('mail.digest', { day: formatDate(m.digestOn) })}` : ''}</div>
      </>
    ) },
    { title: t('mail.attempts'), dataIndex: 'attempts', width: 100 },
    { title: t('mail.lastError'), dataIndex: 'lastError', render: (v: string | null) => v ?? '—' },
    { title: t('mail.created'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    { title: t('mail.sentAt'), dataIndex: 'sentAt', width: 150, render: (v: string | null, m) => v ? formatDateTime(v) : m.status === 'pending' ? `${t('mail.next')}: ${formatDateTime(m.nextAttemptAt)}` : '—' },
    { title: '', key: 'actions', mobile: 'actions', width: 110, render: (_, m) => m.status === 'failed' && (
      <Button size="small" loading={retry.isPending && retry.variables === m.id} data-testid="mail-retry"
        onClick={() => retry.mutate(m.id, { onSuccess: () => message.success(t('mail.retried')), onError: (e) => message.error(e.message) })}>
        {t('mail.retry')}
      </Button>
    ) },
  ];

  const counts = list.data?.counts;
  return (
    <div data-testid="outbox-page">
      <PageHeader title={t('mail.title')} sub={t('mail.sub')} />
      {list.data && !list.data.mailEnabled && <Alert type="info" showIcon message={t('mail.off')} style={{ marginBottom: 16 }} />}
      {!!counts?.failed && <Alert type="error" showIcon message={t('mail.failedCount', { count: counts.failed })} style={{ marginBottom: 16 }} />}
      <Card>
        <Select<string> style={{ minWidth: 220, marginBottom: 12 }} value={status ?? ''} aria-label={t('mail.status')} data-testid="mail-status-filter"
          onChange={(v) => set({ status: v || undefined })}
          options={[{ value: '', label: t('mail.allStatuses') }, ...OUTBOX_STATUS_LIST.map((s) => ({ value: s, label: `${tx('mail.status', s)}${counts ? ` (${counts[s]})` : ''}` }))]} />
        {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
          <DataTable<Mail>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            locale={{ emptyText: <EmptyState description={t('mail.empty')} /> }}
            pagination={tablePagination(t, page, pageSize, list.data?.total, (p, s) => set({ page: p, pageSize: s }))}
          />
        )}
      </Card>
    </div>
  );
}
