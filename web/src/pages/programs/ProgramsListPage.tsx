import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { oneOf } from '../../api/contract';
import { PROGRAM_STATUSES, usePrograms, type ProgramItem } from '../../api/programs';
import { DataTable } from '../../components/DataTable';
import { OrgPicker } from '../../components/OrgPicker';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { tablePagination } from '../../components/pagination';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate, formatNumber } from '../../lib/format';
import { numOrUndef, useDebounced, useUrlFilters } from '../../lib/hooks';
import { canAny, grantFor } from '../../lib/roles';
import { ProgramFormModal } from './ProgramFormModal';
import { ExportButton } from '../../components/ExportButton';

const KEYS = ['q', 'status', 'orgId'] as const;

/** Programs the server lets the user see: its units', those below and those above (which it builds from). */
export default function ProgramsListPage() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { values, page, pageSize, set } = useUrlFilters(KEYS);
  const [text, setText] = useState(values.q);
  const q = useDebounced(text.trim(), 300);
  const list = usePrograms({ q: q || undefined, status: oneOf(PROGRAM_STATUSES, values.status), orgId: numOrUndef(values.orgId) }, page, pageSize);
  const [open, setOpen] = useState(false);
  // The user's own unit's programs first, above the whole list (which the server orders by adoption, newest first).
  const grant = grantFor(me, 'program.read');
  const filtered = !!(q || values.status || values.orgId);
  const mine = usePrograms({ orgId: grant?.orgId }, 1, 5, !!grant && !filtered);

  return (
    <div data-testid="programs-page">
      <PageHeader
        title={t('programs.title')}
        extra={canAny(me, 'program.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="program-create">{t('programs.create')}</Button>
        )}
      />
      {!filtered && grant && (mine.data?.items.length ?? 0) > 0 && (
        <Card size="small" className="section" title={t('programs.mine', { unit: grant.orgName })} data-testid="my-programs">
          <List size="small" split={false} dataSource={mine.data?.items} renderItem={(p) => (
            <List.Item style={{ padding: '4px 0' }}>
              <Link to={`/programs/${p.id}`} data-testid="my-program-link"><strong>{p.title}</strong></Link>
              <Typography.Text type="secondary"> · {formatDate(p.periodFrom)} – {formatDate(p.periodTo)}</Typography.Text>
              {p.overdueTaskCount > 0 && <Tag color="red" style={{ marginInlineStart: 6 }}>{t('programs.overdueTasks', { count: p.overdueTaskCount })}</Tag>}
            </List.Item>
          )} />
        </Card>
      )}
      <Card>
        <Flex gap={8} wrap className="filters">
          <SearchBox value={text} onChange={setText} placeholder={t('programs.searchPlaceholder')} testId="program-search" style={{ width: 280 }} />
          <Select
            allowClear style={{ width: 200 }}
            placeholder={t('programs.status')} aria-label={t('programs.status')}
            value={values.status || undefined}
            onChange={(v) => set({ status: v })}
            options={PROGRAM_STATUSES.map((s) => ({ value: s, label: tx('program.status', s) }))}
          />
          <OrgPicker style={{ width: 260 }} value={numOrUndef(values.orgId)} onChange={(v) => set({ orgId: v })} />
          <ExportButton path="/programs/export.xlsx" query={{ q: q || undefined, status: oneOf(PROGRAM_STATUSES, values.status), orgId: numOrUndef(values.orgId) }} testId="programs-export" />
        </Flex>
        {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
          <DataTable<ProgramItem>
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data?.items}
            scroll={{ x: 900 }}
            data-testid="programs-table"
            locale={{ emptyText: <EmptyState description={t('programs.empty')} /> }}
            pagination={tablePagination(t, page, pageSize, list.data?.total, (p, s) => set({ page: p, pageSize: s }))}
            columns={[
              {
                title: t('programs.titleField'), dataIndex: 'title',
                render: (v, r) => (
                  <div style={{ minWidth: 260 }}>
                    <Link to={`/programs/${r.id}`} data-testid="program-link"><Typography.Text strong>{v}</Typography.Text></Link>
                    <div><Typography.Text type="secondary">{r.orgName} · {formatDate(r.periodFrom)} – {formatDate(r.periodTo)}</Typography.Text></div>
                  </div>
                ),
              },
              {
                title: t('programs.adoptingDocument'), key: 'doc', width: 140,
                render: (_, r) => r.adoptingDocument
                  ? <Link to={`/documents/${r.adoptingDocument.id}`}>{r.adoptingDocument.symbol}</Link>
                  : <Typography.Text type="secondary">{t('programs.noDocument')}</Typography.Text>,
              },
              { title: t('programs.targets'), dataIndex: 'targetCount', width: 90, align: 'right', render: (v: number) => formatNumber(v) },
              {
                title: t('programs.tasks'), dataIndex: 'taskCount', width: 130, align: 'right',
                render: (v: number, r) => (
                  <span>{formatNumber(v)}{r.overdueTaskCount > 0 && <Tag color="red" style={{ marginInlineStart: 6 }}>{t('programs.overdueTasks', { count: r.overdueTaskCount })}</Tag>}</span>
                ),
              },
              {
                title: t('programs.status'), dataIndex: 'status', width: 140,
                render: (v: string) => <Tag color={v === 'active' ? 'processing' : 'default'}>{tx('program.status', v)}</Tag>,
              },
            ]}
          />
        )}
      </Card>
      <ProgramFormModal open={open} onClose={() => setOpen(false)} onCreated={(id) => navigate(`/programs/${id}`)} />
    </div>
  );
}
