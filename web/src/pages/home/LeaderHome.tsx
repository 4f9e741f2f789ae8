import { Breadcrumb, Card, Col, List, Row, Statistic, Tag, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useOverview, type Overview, type OverviewConference } from '../../api/home';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatTime } from '../../lib/format';
import { formatValue } from '../programs/labels';
import { CampaignFigures } from './CampaignFigures';

const TrendCharts = lazy(() => import('./TrendCharts'));

/** A figure that is a link to the list it counts. */
function Figure({ title, value, to, danger, testId }: { title: string; value: number; to: string; danger?: boolean; testId: string }) {
  return (
    <Link to={to} data-testid={testId} style={{ display: 'block', height: '100%' }}>
      <Card size="small" hoverable style={{ height: '100%' }}>
        <Statistic title={title} value={value} formatter={(v) => formatNumber(Number(v))} styles={{ content: danger && value > 0 ? { color: '#cf1322' } : undefined }} />
      </Card>
    </Link>
  );
}

function ConferenceList({ items, empty, testId }: { items: OverviewConference[]; empty: string; testId: string }) {
  const { t } = useI18n();
  if (!items.length) return <EmptyState description={empty} />;
  return (
    <List size="small" dataSource={items} data-testid={testId} renderItem={(c) => (
      <List.Item>
        <div style={{ minWidth: 0 }}>
          <div>{c.ongoing && <Tag color="green">{t('me.ongoing')}</Tag>}<Link to={`/conferences/${c.id}${c.ongoing ? '?tab=live' : ''}`}>{c.title}</Link></div>
          <Typography.Text type="secondary">{formatDateTime(c.startsAt)}–{formatTime(c.endsAt)} · {c.orgName}</Typography.Text>
          <div data-testid="conference-count">{t('ohome.present', { attended: formatNumber(c.attendedCount), invited: formatNumber(c.invitedCount) })}</div>
        </div>
      </List.Item>
    )} />
  );
}

function Section({ title, all, children, testId }: { title: string; all?: { to: string; n: number }; children: ReactNode; testId: string }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={title} className="section" data-testid={testId} style={{ height: 'calc(100% - 16px)' }}
      extra={all && all.n > 0 ? <Link to={all.to}>{t('ohome.seeAll', { n: formatNumber(all.n) })}</Link> : undefined}>
      {children}
    </Card>
  );
}

/** A short list of records, each a link with a line under it; the empty state when there are none. */
function LinkList<T>({ items, empty, row }: { items: T[]; empty: string; row: (x: T) => { to: string; text: ReactNode; sub: ReactNode; clamp?: boolean } }) {
  if (!items.length) return <EmptyState description={empty} />;
  return (
    <List size="small" dataSource={items} renderItem={(x) => {
      const r = row(x);
      return (
        <List.Item>
          <div>
            <Link to={r.to} className={r.clamp ? 'lt-clamp-2' : undefined}>{r.text}</Link>
            <div><Typography.Text type="secondary">{r.sub}</Typography.Text></div>
          </div>
        </List.Item>
      );
    }} />
  );
}

function Body({ o }: { o: Overview }) {
  const { t, tx } = useI18n();
  const overdue = o.campaigns.reduce((s, k) => s + k.summary.overdue, 0);
  const notScheduled = o.campaigns.reduce((s, k) => s + k.summary.not_scheduled, 0);
  const first = o.campaigns[0];
  const board = (status: string) => (first ? `/campaigns/${first.id}?tab=board&orgId=${o.org.id}&status=${status}` : '/campaigns');
  return (
    <>
      <Row gutter={[12, 12]} className="section">
        <Col xs={12} md={8} xl={4}><Figure testId="fig-overdue" title={t('ohome.figOverdue')} value={overdue} to={board('overdue')} danger /></Col>
        <Col xs={12} md={8} xl={4}><Figure testId="fig-not-scheduled" title={t('ohome.figNotScheduled')} value={notScheduled} to={board('not_scheduled')} /></Col>
        <Col xs={12} md={8} xl={4}><Figure testId="fig-today" title={t('ohome.figToday')} value={o.conferences.today.length} to={`/conferences?from=${o.today}&to=${o.today}&orgId=${o.org.id}`} /></Col>
        <Col xs={12} md={8} xl={4}><Figure testId="fig-targets" title={t('ohome.figTargets')} value={o.offTrackTargets.total} to="/programs" danger /></Col>
        <Col xs={12} md={8} xl={4}><Figure testId="fig-tasks" title={t('ohome.figTasks')} value={o.overdueTasks.total} to="/tasks?status=overdue" danger /></Col>
        <Col xs={12} md={8} xl={4}><Figure testId="fig-recs" title={t('ohome.figRecs')} value={o.overdueRecommendations.total} to="/recommendations?overdue=true" danger /></Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Section testId="home-today" title={t('ohome.today', { date: formatDate(o.today) })}>
            <ConferenceList items={o.conferences.today} empty={t('ohome.noToday')} testId="today-list" />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section testId="home-week" title={t('ohome.week')}>
            <ConferenceList items={o.conferences.week} empty={t('ohome.noWeek')} testId="week-list" />
          </Section>
        </Col>
      </Row>
      {o.campaigns.length === 0 ? <Card className="section"><EmptyState description={t('ohome.noCampaigns')} /></Card>
        : o.campaigns.map((k) => <CampaignFigures key={k.id} campaign={k} orgId={o.org.id} />)}
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Section testId="home-targets" title={t('ohome.targets')} all={{ to: '/programs', n: o.offTrackTargets.total }}>
            <LinkList items={o.offTrackTargets.items} empty={t('ohome.noTargets')} row={(x) => ({
              to: `/programs/${x.programId}`, text: x.indicator,
              sub: <>{x.orgName} · {t('ohome.targetLine', { current: formatValue(t, x, x.current), target: formatValue(t, x, x.targetValue), date: formatDate(x.deadline) })}</>,
            })} />
          </Section>
        </Col>
        <Col xs={24} lg={8}>
          <Section testId="home-tasks" title={t('ohome.tasks')} all={{ to: '/tasks?status=overdue', n: o.overdueTasks.total }}>
            <LinkList items={o.overdueTasks.items} empty={t('ohome.noTasks')} row={(x) => ({
              to: `/tasks?status=overdue&task=${x.id}`, text: x.title,
              sub: <>{x.responsibleOrg.name} · {t('todo.overdueSince', { date: formatDate(x.deadline) })}</>,
            })} />
          </Section>
        </Col>
        <Col xs={24} lg={8}>
          <Section testId="home-recs" title={t('ohome.recs')} all={{ to: '/recommendations?overdue=true', n: o.overdueRecommendations.total }}>
            <LinkList items={o.overdueRecommendations.items} empty={t('ohome.noRecs')} row={(x) => ({
              to: `/recommendations/${x.id}`, text: x.body, clamp: true,
              sub: <>{x.org.name} · {tx('rec.status', x.status)} · {t('ohome.daysOverdue', { n: x.daysOverdue })}</>,
            })} />
          </Section>
        </Col>
      </Row>
      <Card size="small" className="section" title={t('ohome.trends')} data-testid="home-trends">
        <Suspense fallback={<Loading rows={4} />}><TrendCharts trends={o.trends} /></Suspense>
      </Card>
    </>
  );
}

/** Leadership's home: the subtree at a glance, every figure a link to the records behind it; ?orgId= drills down. */
export default function LeaderHome() {
  const { t } = useI18n();
  const [sp] = useSearchParams();
  const orgId = Number(sp.get('orgId')) || undefined;
  const o = useOverview(orgId);
  return (
    <div data-testid="leader-home">
      <PageHeader title={o.data ? t('ohome.title', { unit: o.data.org.name }) : t('ohome.loading')} sub={o.data && t('ohome.asOf', { date: formatDate(o.data.today) })} />
      {o.data && o.data.trail.length > 1 && (
        <Breadcrumb className="section" data-testid="home-trail" items={o.data.trail.map((u, i, a) => ({
          title: i === a.length - 1 ? u.name : <Link to={i === 0 ? '/' : `/?orgId=${u.id}`}>{u.name}</Link>,
        }))} />
      )}
      {o.isPending ? <Loading rows={10} /> : o.isError ? <ErrorState error={o.error} onRetry={() => o.refetch()} /> : <Body o={o.data} />}
    </div>
  );
}
