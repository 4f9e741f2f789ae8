import { Alert, Button, Card, Descriptions, Flex, Grid, List, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useCampaign, useUpdateCampaign } from '../../api/campaigns';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate } from '../../lib/format';
import { canAt } from '../../lib/roles';
import { CampaignBoard } from './CampaignBoard';
import { CampaignConferences } from './CampaignConferences';
import { CampaignReportButton } from '../paperwork/CampaignReportButton';

// ECharts in its own chunk, loaded with the participation tab.
const ParticipationPanel = lazy(() => import('./ParticipationPanel'));

export default function CampaignPage() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const id = Number(useParams().id);
  const campaign = useCampaign(id);
  const update = useUpdateCampaign(id);
  const [sp, setSp] = useSearchParams();
  const wide = Grid.useBreakpoint().md ?? true;
  if (campaign.isPending) return <Loading rows={10} />;
  if (campaign.isError) return <ErrorState error={campaign.error} onRetry={() => campaign.refetch()} />;
  const c = campaign.data;
  const closed = c.status === 'closed';

  return (
    <div data-testid="campaign-page">
      <PageHeader
        title={c.title}
        sub={`${c.orgName} · ${t('campaigns.deadline')}: ${formatDate(c.deadline)}`}
        extra={<Flex wrap gap={8}>
          <CampaignReportButton campaignId={id} />
          {canAt(me, 'campaign.write', c.orgPath) && (
            <Button loading={update.isPending} onClick={() => update.mutate({ status: closed ? 'active' : 'closed' })}>
              {closed ? t('campaigns.reopen') : t('campaigns.close')}
            </Button>
          )}
        </Flex>}
      />
      {closed && <Alert type="info" showIcon className="section" title={t('campaign.closedReadOnly')} data-testid="campaign-closed" />}
      <Card className="section">
        <Descriptions size="small" column={wide ? 2 : 1}>
          <Descriptions.Item label={t('campaigns.status')}>
            <Tag color={closed ? 'default' : 'processing'}>{tx('campaign.status', c.status)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.tiers')}>
            {/* Wrapped: four long tier names in one line pushed the page wider than a laptop screen. */}
            <Flex wrap gap={4}>{c.tiers.map((x) => <Tag key={x} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>{tx('tier', x)}</Tag>)}</Flex>
          </Descriptions.Item>
          {c.description && <Descriptions.Item label={t('campaigns.description')} span={2}>{c.description}</Descriptions.Item>}
          <Descriptions.Item label={t('campaigns.documents')} span={2}>
            {c.documents.length === 0 ? t('campaigns.noDocuments') : (
              <List size="small" split={false} dataSource={c.documents} renderItem={(d) => (
                <List.Item style={{ padding: '2px 0' }}><Link to={`/documents/${d.id}`}><strong>{d.symbol}</strong> — {d.title}</Link> <Typography.Text type="secondary">· {d.issuerName}</Typography.Text></List.Item>
              )} />
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          activeKey={sp.get('tab') ?? 'board'}
          onChange={(tab) => setSp({ tab }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'board', label: t('campaigns.board'), children: <CampaignBoard campaign={c} /> },
            {
              key: 'participation', label: t('campaigns.participation'),
              children: <Suspense fallback={<Loading />}><ParticipationPanel campaignId={id} /></Suspense>,
            },
            { key: 'conferences', label: t('campaigns.conferences'), children: <CampaignConferences campaignId={id} closed={closed} /> },
          ]}
        />
      </Card>
    </div>
  );
}
