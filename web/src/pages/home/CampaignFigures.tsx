import { Card, Flex, Grid, Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { BOARD_STATUSES } from '../../api/campaigns';
import type { OverviewCampaign, OverviewUnit } from '../../api/home';
import { Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, formatNumber, formatPercent } from '../../lib/format';
import { StatusTag } from '../campaigns/labels';

// ECharts comes with the chart, after the figures (as the program target chart loads it).
const RateChart = lazy(() => import('../campaigns/RateChart').then((m) => ({ default: m.RateChart })));
const CHART_UNITS = 12;

/** Where a unit's figures go on: a unit with units below opens its own overview; a cell its page, with its people. */
export const drillHref = (u: { orgId: number; hasChildren: boolean }) => (u.hasChildren ? `/?orgId=${u.orgId}` : `/orgs/${u.orgId}`);

/**
 * One campaign over the unit looked at: the obligations by status (each a link to the board with that filter), the
 * participation, and the units below worst first — a unit whose deadline has not come is "not yet due", never poor.
 */
export function CampaignFigures({ campaign: k, orgId }: { campaign: OverviewCampaign; orgId: number }) {
  const { t, lang } = useI18n();
  const narrow = !(Grid.useBreakpoint().sm ?? true);
  const board = (status?: string) => `/campaigns/${k.id}?tab=board&orgId=${orgId}${status ? `&status=${status}` : ''}`;
  const pending = (u: OverviewUnit) => !u.due;
  const rateCell = (u: OverviewUnit) => (
    <>
      <Progress percent={Math.round(u.rate * 1000) / 10} size="small" aria-label={t('part.rate')} format={() => formatPercent(u.rate, lang)}
        strokeColor={pending(u) ? '#bfbfbf' : undefined} status="normal" />
      {narrow && <Typography.Text type="secondary">{formatNumber(u.attended)} / {formatNumber(u.invited)}</Typography.Text>}
    </>
  );
  const columns: TableColumnsType<OverviewUnit> = [
    {
      title: t('board.unit'), dataIndex: 'orgName',
      render: (v: string, u) => (
        <>
          <Link to={drillHref(u)} data-testid="drill-unit">{v}</Link>
          <div>{pending(u) ? <Tag data-testid="not-due">{t('part.notDueUntil', { date: formatDate(u.deadline) })}</Tag>
            : <Typography.Text type="secondary">{t('ohome.deadlinePassed', { date: formatDate(u.deadline) })}</Typography.Text>}</div>
        </>
      ),
    },
    ...(narrow ? [] : [
      { title: t('part.invited'), dataIndex: 'invited', width: 90, align: 'right' as const, render: (v: number) => formatNumber(v) },
      { title: t('part.attended'), dataIndex: 'attended', width: 90, align: 'right' as const, render: (v: number) => formatNumber(v) },
    ]),
    { title: t('part.rate'), dataIndex: 'rate', width: narrow ? 130 : 200, render: (_: number, u) => rateCell(u) },
  ];
  return (
    <Card
      className="section"
      data-testid="home-campaign"
      title={<Link to={`/campaigns/${k.id}`} style={{ whiteSpace: 'normal' }}>{k.title}</Link>}
    >
      <Typography.Paragraph type="secondary">{k.orgName} · {t('campaigns.deadline')}: {formatDate(k.deadline)}</Typography.Paragraph>
      <div className="status-counts section" role="group" aria-label={t('board.status')}>
        {BOARD_STATUSES.map((s) => (
          <Link key={s} to={board(s)} className="status-count" data-testid={`home-status-${s}`}>
            <strong>{formatNumber(k.summary[s])}</strong>
            <StatusTag status={s} />
          </Link>
        ))}
      </div>
      <Flex gap={16} wrap align="baseline" className="section">
        <span className="big-rate" data-testid="home-participation">{formatPercent(k.participation.rate, lang)}</span>
        <Typography.Text type="secondary">{t('ohome.present', { attended: formatNumber(k.participation.attended), invited: formatNumber(k.participation.invited) })}</Typography.Text>
        <Link to={`/campaigns/${k.id}?tab=participation`}>{t('ohome.participationDetail')}</Link>
      </Flex>
      {k.units.length === 0 ? <Typography.Text type="secondary">{t('ohome.noUnits')}</Typography.Text> : (
        <>
          <Typography.Title level={3} style={{ fontSize: 16 }}>{t('ohome.worstUnits')}</Typography.Title>
          <Suspense fallback={<Loading rows={3} />}>
            <RateChart rows={k.units.slice(0, CHART_UNITS).map((u) => ({ name: u.orgName, rate: u.rate, due: u.due }))} />
          </Suspense>
          <Table size="small" rowKey="orgId" dataSource={k.units} columns={columns} data-testid="home-units"
            pagination={k.units.length > 8 ? { pageSize: 8, showSizeChanger: false } : false} />
        </>
      )}
    </Card>
  );
}
