import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { oneOf } from '../../api/contract';
import { KINDS, STATUSES, useInspections, usePlans, type InspectionItem } from '../../api/inspections';
import { useOverdueCount } from '../../api/recommendations';
import { DataTable } from '../../components/DataTable';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { tablePagination } from '../../components/pagination';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate } from '../../lib/format';
import { useUrlFilters } from '../../lib/hooks';
import { canAny } from '../../lib/roles';
import { InspectionStatusTag, KindTag } from './labels';
import { PlanFormModal } from './PlanFormModal';
import { PlansCard } from './PlansCard';
import './inspections.css';

const KEYS = ['year', 'kind', 'status', 'mine'] as const;
const thisYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));

/** The annual plans of the year and the inspections and supervisions the user sees, each linked to its workspace. */
export default function InspectionsListPage() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { values, page, pageSize, set } = useUrlFilters(KEYS);
  const year = Number(values.year) || thisYear();
  const plans = usePlans({ year });
  const list = useInspections({
    year, kind: oneOf(KINDS, values.kind), status: oneOf(STATUSES, values.status), mine: values.mine === 'true' ? 'true' : undefined,
  }, page, pageSize);
  const overdue = useOverdueCount();
  const [creating, setCreating] = useState(false);
  const years = Array.from({ length: 7 }, (_, i) => thisYear() + 1 - i);

  return (
    <div data-testid="inspections-page">
      <PageHeader
        title={t('insp.title')}
        sub={t('insp.sub')}
        extra={(
          <>
            <LinkButton to="/recommendations" data-testid="to-recommendations">{t('menu.recommendations')}</LinkButton>
            {canAny(me, 'inspection.plan') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="plan-create">{t('insp.plan.create')}</Button>
            )}
          </>
        )}
      />
      {(overdue.data ?? 0) > 0 && (
        <Alert
          type="warning" showIcon icon={<WarningOutlined />} className="section" data-testid="overdue-banner"
          title={t('insp.overdueBanner', { count: overdue.data ?? 0 })}
          action={<Link to="/recommendations?overdue=true">{t('insp.overdueOpen')}</Link>}
        />
      )}
      <Flex gap={8} wrap className="filters">
        <Select
          style={{ width: 120 }} aria-label={t('insp.year')} value={year} data-testid="year-select"
          onChange={(v) => set({ year: v })} options={years.map((y) => ({ value: y, label: `${t('insp.year')} ${y}` }))}
        />
        <Select
          allowClear style={{ width: 160 }} placeholder={t('insp.kind')} aria-label={t('insp.kind')} value={values.kind || undefined}
          onChange={(v) => set({ kind: v })} options={KINDS.map((k) => ({ value: k, label: tx('insp.kind', k) }))}
        />
        <Select
          allowClear style={{ width: 180 }} placeholder={t('insp.status')} aria-label={t('insp.status')} value={values.status || undefined}
          onChange={(v) => set({ status: v })} options={STATUSES.map((s) => ({ value: s, label: tx('insp.status', s) }))}
        />
        <Checkbox checked={values.mine === 'true'} onChange={(e) => set({ mine: e.target.checked ? 'true' : undefined })} style={{ alignSelf: 'center' }}>
          {t('insp.mine')}
        </Checkbox>
      </Flex>
      <PlansCard year={year} plans={plans} onCreated={(id) => navigate(`/inspections/${id}`)} />
      <Card title={t('insp.list')}>
        {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
          <DataTable<InspectionItem>
            rowKey="id"
            data-testid="inspections-table"
            loading={list.isFetching}
            dataSource={list.data?.items}
            scroll={{ x: 880 }}
            locale={{ emptyText: <EmptyState description={t('insp.empty')} /> }}
            pagination={tablePagination(t, page, pageSize, list.data?.total, (p, s) => set({ page: p, pageSize: s }))}
            columns={[
              {
                title: t('insp.titleField'), dataIndex: 'title',
                render: (v: string, r) => (
                  <div>
                    <KindTag kind={r.kind} />
                    <Link to={`/inspections/${r.id}`} data-testid="inspection-link"><Typography.Text strong>{v}</Typography.Text></Link>
                    {r.leader && <div className="insp-fact-sub">{t('insp.leader')}: {r.leader.displayName}</div>}
                  </div>
                ),
              },
              { title: t('insp.subjects'), dataIndex: 'subjects', width: 200, render: (v: InspectionItem['subjects']) => v.map((s) => s.name).join(', ') },
              { title: t('insp.period'), key: 'period', width: 180, render: (_, r) => `${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}` },
              { title: t('insp.status'), dataIndex: 'status', width: 130, render: (v: InspectionItem['status']) => <InspectionStatusTag status={v} /> },
              {
                title: t('insp.recs'), key: 'recs', width: 130,
                render: (_, r) => (r.openRecommendations === 0 ? '—' : (
                  <span>
                    {t('insp.recsOpen', { count: r.openRecommendations })}
                    {r.overdueRecommendations > 0 && <Typography.Text type="danger"> · {t('insp.recsOverdue', { count: r.overdueRecommendations })}</Typography.Text>}
                  </span>
                )),
              },
            ]}
          />
        )}
      </Card>
      <PlanFormModal open={creating} onClose={() => setCreating(false)} year={year} />
    </div>
  );
}
