import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { CAMPAIGN_STATUSES, useCampaigns, type CampaignItem } from '../../api/campaigns';
import { oneOf } from '../../api/contract';
import { DataTable } from '../../components/DataTable';
import { OrgPicker } from '../../components/OrgPicker';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate, formatNumber } from '../../lib/format';
import { numOrUndef, useDebounced, useUrlFilters } from '../../lib/hooks';
import { canAny } from '../../lib/roles';
import { CampaignFormModal } from './CampaignFormModal';
import { tablePagination } from '../../components/pagination';

const KEYS = ['q', 'status', 'orgId'] as const;

export default function CampaignsListPage() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { values, page, pageSize, set } = useUrlFilters(KEYS);
  const [text, setText] = useState(values.q);
  const q = useDebounced(text.trim(), 300);
  const list = useCampaigns({ q: q || undefined, status: oneOf(CAMPAIGN_STATUSES, values.status), orgId: numOrUndef(values.orgId) }, page, pageSize);
  const [open, setOpen] = useState(false);

  return (
    <div data-testid="campaigns-page">
      <PageHeader
        title={t('campaigns.title')}
        extra={canAny(me, 'campaign.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="campaign-create">{t('campaigns.create')}</Button>
        )}
      />
      <Card>
        <Flex gap={8} wrap className="filters">
          <SearchBox value={text} onChange={setText} placeholder={t('campaigns.searchPlaceholder')} testId="campaign-search" style={{ width: 280 }} />
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={t('campaigns.status')} aria-label={t('campaigns.status')}
            value={values.status || undefined}
            onChange={(v) => set({ status: v })}
            options={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: tx('campaign.status', s) }))}
          />
          <OrgPicker style={{ width: 260 }} value={numOrUndef(values.orgId)} onChange={(v) => set({ orgId: v })} />
        </Flex>
        {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
          <DataTable<CampaignItem>
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data?.items}
            scroll={{ x: 860 }}
            locale={{ emptyText: <EmptyState description={t('campaigns.empty')} /> }}
            pagination={tablePagination(t, page, pageSize, list.data?.total, (p, s) => set({ page: p, pageSize: s }))}
            columns={[
              {
                title: t('campaigns.titleField'), dataIndex: 'title',
                render: (v, r) => <Link to={`/campaigns/${r.id}`} data-testid="campaign-link"><Typography.Text strong>{v}</Typography.Text></Link>,
              },
              { title: t('campaigns.unit'), dataIndex: 'orgName', width: 200 },
              {
                title: t('campaigns.tiers'), dataIndex: 'tiers', width: 220,
                render: (v: string[]) => v.map((x) => <Tag key={x} style={{ marginBottom: 2 }}>{tx('tier', x)}</Tag>),
              },
              { title: t('campaigns.deadline'), dataIndex: 'deadline', width: 120, render: formatDate },
              {
                title: t('campaigns.units'), dataIndex: 'obligationCount', width: 120, align: 'right',
                render: (v: number, r) => (
                  <span>{formatNumber(v)}{r.overdueCount > 0 && <Tag color="red" style={{ marginInlineStart: 6 }}>{formatNumber(r.overdueCount)} {t('campaigns.overdue').toLowerCase()}</Tag>}</span>
                ),
              },
              {
                title: t('campaigns.status'), dataIndex: 'status', width: 140,
                render: (v: string) => <Tag color={v === 'active' ? 'processing' : 'default'}>{tx('campaign.status', v)}</Tag>,
              },
            ]}
          />
        )}
      </Card>
      <CampaignFormModal open={open} onClose={() => setOpen(false)} onCreated={(id) => navigate(`/campaigns/${id}`)} />
    </div>
  );
}
