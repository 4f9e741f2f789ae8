import { Card, Col, Progress, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { useCampaignParticipation, type RateRow } from '../../api/campaigns';
import { OrgPicker } from '../../components/OrgPicker';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatNumber, formatPercent } from '../../lib/format';
import { RateChart } from './RateChart';

/** The campaign's participation rolled up for a subtree: overall, per tier, per child unit. */
export default function ParticipationPanel({ campaignId }: { campaignId: number }) {
  const { t, tx, lang } = useI18n();
  const [orgId, setOrgId] = useState<number>();
  const part = useCampaignParticipation(campaignId, orgId);
  if (part.isPending) return <Loading />;
  if (part.isError) return <ErrorState error={part.error} onRetry={() => part.refetch()} />;
  const { tiers = [], units = [] } = part.data;
  const total: RateRow = part.data.total ?? tiers.reduce<RateRow>((s, r) => ({ invited: s.invited + r.invited, attended: s.attended + r.attended, rate: 0 }), { invited: 0, attended: 0, rate: 0 });
  const rate = part.data.total?.rate ?? (total.invited ? total.attended / total.invited : 0);
  const numbers = [
    { title: t('part.invited'), dataIndex: 'invited', width: 100, align: 'right' as const, render: formatNumber },
    { title: t('part.attended'), dataIndex: 'attended', width: 100, align: 'right' as const, render: formatNumber },
    {
      title: t('part.rate'), dataIndex: 'rate', width: 180,
      render: (v: number) => <Progress percent={Math.round(v * 1000) / 10} size="small" format={() => formatPercent(v, lang)} />,
    },
  ];

  return (
    <div data-testid="participation-panel">
      <div className="filters" style={{ maxWidth: 320 }}>
        <OrgPicker value={orgId} onChange={setOrgId} placeholder={t('part.scope')} />
      </div>
      {total.invited === 0 ? <EmptyState description={t('part.empty')} /> : (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}>
            <Card size="small" title={t('part.overall')}>
              <div className="big-rate" data-testid="participation-rate">{formatPercent(rate, lang)}</div>
              <Typography.Text type="secondary">{formatNumber(total.attended)} / {formatNumber(total.invited)}</Typography.Text>
            </Card>
            <Card size="small" title={t('part.byTier')} style={{ marginTop: 16 }}>
              <Table size="small" rowKey="tier" pagination={false} dataSource={tiers} scroll={{ x: 420 }}
                columns={[{ title: t('board.tier'), dataIndex: 'tier', render: (v: string) => tx('tier', v) }, ...numbers.slice(2)]} />
            </Card>
          </Col>
          <Col xs={24} md={16}>
            <Card size="small" title={t('part.byUnit')}>
              {units.length > 0 && <RateChart rows={units.map((u) => ({ name: u.orgName, rate: u.rate }))} />}
              <Table size="small" rowKey="orgId" dataSource={units} scroll={{ x: 560 }} pagination={units.length > 10 ? { pageSize: 10 } : false}
                columns={[{ title: t('board.unit'), dataIndex: 'orgName' }, ...numbers]} />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
