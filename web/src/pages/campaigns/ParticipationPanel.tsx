import { Card, Col, Flex, Grid, Progress, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useCampaignParticipation, type RateRow } from '../../api/campaigns';
import { OrgPicker } from '../../components/OrgPicker';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, formatNumber, formatPercent } from '../../lib/format';
import { MethodCounts } from '../reach/MethodCounts';
import { RateChart } from './RateChart';
import { ExportButton } from '../../components/ExportButton';

/**
 * The campaign's participation rolled up for a subtree: overall, per tier, per child unit.
 * Overall and per tier share the first row (stacked on phones); per unit takes the full width below. On phones the
 * counts move under the rate bar, so the tables fit without sideways scrolling.
 */
export default function ParticipationPanel({ campaignId }: { campaignId: number }) {
  const { t, tx, lang } = useI18n();
  const [orgId, setOrgId] = useState<number>();
  const part = useCampaignParticipation(campaignId, orgId);
  const narrow = !(Grid.useBreakpoint().sm ?? true);
  if (part.isPending) return <Loading />;
  if (part.isError) return <ErrorState error={part.error} onRetry={() => part.refetch()} />;
  const { tiers = [], units = [] } = part.data;
  const total: RateRow = part.data.total ?? tiers.reduce<RateRow>((s, r) => ({ invited: s.invited + r.invited, attended: s.attended + r.attended, rate: 0 }), { invited: 0, attended: 0, rate: 0 });
  const rate = part.data.total?.rate ?? (total.invited ? total.attended / total.invited : 0);
  function columns<R extends RateRow>(first: TableColumnsType<R>[number]): TableColumnsType<R> {
    // A unit before its deadline is not failing: its bar is grey, not red.
    const pending = (r: R) => 'due' in r && r.due === false && r.rate < 0.95;
    const bar = (r: R) => <Progress percent={Math.round(r.rate * 1000) / 10} size="small" aria-label={t('part.rate')} format={() => formatPercent(r.rate, lang)}
      strokeColor={pending(r) ? '#bfbfbf' : undefined} status={pending(r) ? 'normal' : undefined} />;
    if (narrow) {
      return [first, {
        title: t('part.rate'), dataIndex: 'rate', width: 140,
        render: (_: number, r: R) => <>{bar(r)}<Typography.Text type="secondary">{formatNumber(r.attended)} / {formatNumber(r.invited)}</Typography.Text></>,
      }];
    }
    return [
      first,
      { title: t('part.invited'), dataIndex: 'invited', width: 100, align: 'right', render: formatNumber },
      { title: t('part.attended'), dataIndex: 'attended', width: 100, align: 'right', render: formatNumber },
      { title: t('part.rate'), dataIndex: 'rate', width: 200, render: (_: number, r: R) => bar(r) },
    ];
  }

  return (
    <div data-testid="participation-panel">
      <Flex gap={8} wrap className="filters">
        <OrgPicker value={orgId} onChange={setOrgId} placeholder={t('part.scope')} style={{ width: 320, maxWidth: '100%' }} />
        <ExportButton path={`/campaigns/${campaignId}/participation/export.xlsx`} query={{ orgId }} testId="participation-export" />
      </Flex>
      {total.invited === 0 ? <EmptyState description={t('part.empty')} /> : (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8} xl={6}>
            <Card size="small" title={t('part.overall')} style={{ height: '100%' }}>
              <div className="big-rate" data-testid="participation-rate">{formatPercent(rate, lang)}</div>
              <Typography.Text type="secondary">{formatNumber(total.attended)} / {formatNumber(total.invited)}</Typography.Text>
              {part.data.byMethod && <div style={{ marginTop: 12 }}><MethodCounts byMethod={part.data.byMethod} hint={t('method.campaignHint')} /></div>}
            </Card>
          </Col>
          <Col xs={24} md={16} xl={18}>
            <Card size="small" title={t('part.byTier')} data-testid="participation-tiers">
              <Table size="small" rowKey="tier" pagination={false} dataSource={tiers}
                columns={columns({ title: t('board.tier'), dataIndex: 'tier', render: (v: string) => tx('tier', v) })} />
            </Card>
          </Col>
          <Col xs={24}>
            <Card size="small" title={t('part.byUnit')}>
              {units.length > 0 && <RateChart rows={units.map((u) => ({ name: u.orgName, rate: u.rate, due: u.due !== false }))} />}
              <Table size="small" rowKey="orgId" dataSource={units} pagination={units.length > 10 ? { pageSize: 10 } : false}
                columns={columns({
                  title: t('board.unit'), dataIndex: 'orgName',
                  render: (v: string, u: (typeof units)[number]) => (
                    <>{v}{u.due === false && u.rate < 0.95 && <div><Tag data-testid="not-due">{t('part.notDueUntil', { date: formatDate(u.deadline) })}</Tag></div>}</>
                  ),
                })} />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
