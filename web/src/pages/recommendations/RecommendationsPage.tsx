import { Card, Checkbox, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { oneOf } from '../../api/contract';
import { REC_STATUSES, useRecommendations, type RecommendationItem } from '../../api/recommendations';
import { DataTable } from '../../components/DataTable';
import { OrgPicker } from '../../components/OrgPicker';
import { PageHeader } from '../../components/PageHeader';
import { tablePagination } from '../../components/pagination';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { numOrUndef, useUrlFilters } from '../../lib/hooks';
import { KindTag, RecStatusTag } from '../inspections/labels';
import '../inspections/inspections.css';
import { ExportButton } from '../../components/ExportButton';

const KEYS = ['status', 'orgId', 'overdue'] as const;

/** Every recommendation the user sees, overdue first: who must fix what by when, and where it stands. */
export default function RecommendationsPage() {
  const { t, tx } = useI18n();
  const { values, page, pageSize, set } = useUrlFilters(KEYS);
  const list = useRecommendations({
    status: oneOf(REC_STATUSES, values.status), orgId: numOrUndef(values.orgId), overdue: values.overdue === 'true' ? 'true' : undefined,
  }, page, pageSize);

  return (
    <div data-testid="recommendations-page">
      <PageHeader title={t('recs.title')} sub={t('recs.sub')} />
      <Card>
        <Flex gap={8} wrap className="filters">
          <Select
            allowClear style={{ width: 260 }} placeholder={t('recs.status')} aria-label={t('recs.status')} value={values.status || undefined}
            onChange={(v) => set({ status: v })} options={REC_STATUSES.map((s) => ({ value: s, label: tx('rec.status', s) }))} data-testid="rec-status-filter"
          />
          <OrgPicker style={{ width: 260 }} value={numOrUndef(values.orgId)} onChange={(v) => set({ orgId: v })} placeholder={t('recs.org')} />
          <Checkbox checked={values.overdue === 'true'} onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })} style={{ alignSelf: 'center' }}
            data-testid="rec-overdue-filter">
            {t('recs.overdueOnly')}
          </Checkbox>
          <ExportButton path="/recommendations/export.xlsx" testId="recommendations-export" query={{
            status: oneOf(REC_STATUSES, values.status), orgId: numOrUndef(values.orgId), overdue: values.overdue === 'true' ? 'true' : undefined,
          }} />
        </Flex>
        {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
          <DataTable<RecommendationItem>
            rowKey="id"
            data-testid="recommendations-table"
            loading={list.isFetching}
            dataSource={list.data?.items}
            scroll={{ x: 900 }}
            locale={{ emptyText: <EmptyState description={t('recs.empty')} /> }}
            pagination={tablePagination(t, page, pageSize, list.data?.total, (p, s) => set({ page: p, pageSize: s }))}
            columns={[
              {
                title: t('recs.body'), dataIndex: 'body',
                render: (v: string, r) => <Link to={`/recommendations/${r.id}`} data-testid="rec-link"><Typography.Text strong className="rec-body">{v}</Typography.Text></Link>,
              },
              { title: t('recs.org'), dataIndex: ['org', 'name'], width: 160 },
              {
                title: t('recs.deadline'), dataIndex: 'deadline', width: 110,
                render: (v: string, r) => (r.overdue ? <Typography.Text type="danger">{formatDate(v)}</Typography.Text> : formatDate(v)),
              },
              {
                title: t('recs.status'), dataIndex: 'status', width: 200,
                render: (v: RecommendationItem['status'], r) => (
                  <>
                    <RecStatusTag status={v} overdue={r.overdue} days={r.daysOverdue} />
                    {r.closedOn && <div className="insp-fact-sub">{t('recs.closedOn', { date: formatDate(r.closedOn) })}</div>}
                  </>
                ),
              },
              {
                title: t('recs.inspection'), dataIndex: 'inspectionTitle', width: 230,
                render: (v: string, r) => (
                  <span>
                    <KindTag kind={r.inspectionKind} />
                    <Link to={`/inspections/${r.inspectionId}`}>{v}</Link>
                    <div className="insp-fact-sub">{r.issuingOrg.name}</div>
                  </span>
                ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
