import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useAudit, type AuditEntry } from '../../api/audit';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useUrlFilters } from '../../lib/hooks';
import { AuditFilters } from './AuditFilters';
import { tablePagination } from '../../components/pagination';

const KEYS = ['entity', 'action', 'from', 'to'] as const;

function Json({ title, value }: { title: string; value: unknown }) {
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      <pre className="json-block">{value == null ? '—' : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

export default function AuditPage() {
  const { t, tx } = useI18n();
  const { values, page, pageSize, set, clear } = useUrlFilters(KEYS);
  const list = useAudit({
    entity: values.entity || undefined, action: values.action || undefined, from: values.from || undefined, to: values.to || undefined,
  }, page, pageSize);

  const columns: TableProps<AuditEntry>['columns'] = [
    { title: t('audit.at'), dataIndex: 'at', width: 150, render: (v) => formatDateTime(v) },
    { title: t('audit.user'), dataIndex: 'username', width: 140, render: (v) => v ?? '—' },
    { title: t('audit.action'), dataIndex: 'action', width: 150, render: (v) => <Tag color="blue">{tx('audit.action', v)}</Tag> },
    { title: t('audit.entity'), dataIndex: 'entity', width: 170, render: (v) => tx('audit.entity', v) },
    { title: t('audit.entityId'), dataIndex: 'entityId', width: 80, render: (v) => v ?? '—' },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, render: (v) => v ?? '—' },
  ];

  return (
    <div data-testid="audit-page">
      <PageHeader title={t('audit.title')} />
      <Card>
        <AuditFilters values={values} onChange={set} onClear={clear} />
        {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
          <div data-testid="audit-table">
            <Table<AuditEntry>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={list.data?.items}
              loading={list.isFetching}
              scroll={{ x: 860 }}
              locale={{ emptyText: <EmptyState description={t('audit.empty')} /> }}
              expandable={{
                expandedRowRender: (r) => (
                  <Row gutter={[12, 12]}>
                    <Col xs={24} md={12}><Json title={t('audit.before')} value={r.before} /></Col>
                    <Col xs={24} md={12}><Json title={t('audit.after')} value={r.after} /></Col>
                  </Row>
                ),
              }}
              pagination={tablePagination(t, page, pageSize, list.data?.total, (p, s) => set({ page: p, pageSize: s }))}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
