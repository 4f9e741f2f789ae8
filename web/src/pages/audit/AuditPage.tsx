import { Card } from 'antd';
import { useAudit, type AuditEntry } from '../../api/audit';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useUrlFilters } from '../../lib/hooks';
import { AuditFilters } from './AuditFilters';
import { AuditSentence } from './AuditSentence';
import { tablePagination } from '../../components/pagination';

const KEYS = ['entity', 'action', 'from', 'to'] as const;

export default function AuditPage() {
  const { t } = useI18n();
  const { values, page, pageSize, set, clear } = useUrlFilters(KEYS);
  const list = useAudit({
    entity: values.entity || undefined, action: values.action || undefined, from: values.from || undefined, to: values.to || undefined,
  }, page, pageSize);

  const columns: DataColumn<AuditEntry>[] = [
    { title: t('audit.at'), dataIndex: 'at', width: 150, render: (v) => formatDateTime(v) },
    // Who did what to which record, and what changed: one sentence, names instead of ids and codes.
    { title: t('audit.content'), key: 'content', mobile: 'title', render: (_, r) => <AuditSentence entry={r} /> },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, render: (v) => v ?? '—' },
  ];

  return (
    <div data-testid="audit-page">
      <PageHeader title={t('audit.title')} />
      <Card>
        <AuditFilters values={values} onChange={set} onClear={clear} />
        {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
          <div data-testid="audit-table">
            <DataTable<AuditEntry>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={list.data?.items}
              loading={list.isFetching}
              locale={{ emptyText: <EmptyState description={t('audit.empty')} /> }}
              pagination={tablePagination(t, page, pageSize, list.data?.total, (p, s) => set({ page: p, pageSize: s }))}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
