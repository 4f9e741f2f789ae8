import { Progress, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useConferences, type ConferenceFilters, type ConferenceItem } from '../../api/conferences';
import { DataTable } from '../../components/DataTable';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDateTime, formatNumber } from '../../lib/format';
import { tablePagination } from '../../components/pagination';

/** A page of conferences (newest first as the API sorts) with attendance at a glance. */
export function ConferenceTable({ filters }: { filters: ConferenceFilters }) {
  const { t, tx } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useConferences(filters, page, pageSize);
  if (list.isError && !list.data) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <DataTable<ConferenceItem>
      rowKey="id"
      loading={list.isFetching}
      dataSource={list.data?.items}
      scroll={{ x: 900 }}
      data-testid="conferences-table"
      locale={{ emptyText: <EmptyState description={t('conf.empty')} /> }}
      pagination={tablePagination(t, page, pageSize, list.data?.total, (p, s) => { setPage(p); setPageSize(s); })}
      columns={[
        {
          title: t('conf.titleField'), dataIndex: 'title',
          render: (v, r) => (
            <div>
              <Link to={`/conferences/${r.id}`} data-testid="conference-link"><Typography.Text strong>{v}</Typography.Text></Link>
              {r.makeupOf && <Tag color="purple" style={{ marginInlineStart: 6 }}>{t('conf.makeupBadge')}</Tag>}
              <div className="org-option-sub">{r.campaignTitle}</div>
            </div>
          ),
        },
        { title: t('conf.organizer'), dataIndex: 'orgName', width: 180 },
        { title: t('conf.tier'), dataIndex: 'tier', width: 180, render: (v) => tx('tier', v) },
        { title: t('conf.format'), dataIndex: 'format', width: 110, render: (v) => <Tag>{tx('conf.format', v)}</Tag> },
        { title: t('conf.startsAt'), dataIndex: 'startsAt', width: 140, render: (v) => formatDateTime(v) },
        {
          title: t('conf.attendance'), key: 'att', width: 150,
          render: (_, r) => (
            <div>
              <Progress percent={r.invitedCount ? Math.round((r.attendedCount / r.invitedCount) * 100) : 0} size="small" showInfo={false} aria-label={t('conf.attendance')} />
              <span className="org-option-sub">{formatNumber(r.attendedCount)}/{formatNumber(r.invitedCount)}</span>
            </div>
          ),
        },
      ]}
    />
  );
}
