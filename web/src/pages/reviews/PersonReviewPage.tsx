import { Card, Col, List, Row, Statistic, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { usePersonReview, type PersonReview } from '../../api/reviews';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, formatNumber, todayVn } from '../../lib/format';
import { numOrUndef, useUrlFilters } from '../../lib/hooks';
import { Decision, ReviewFrame } from './Decision';

const OUTCOME_COLOR = { attended: 'green', late: 'orange', made_up: 'blue', excused: 'default', absent: 'red' } as const;

function Attendance({ a }: { a: PersonReview['attendance'] }) {
  const { t, tx } = useI18n();
  const figures = [['invited', a.invited], ['attended', a.attended], ['late', a.late], ['madeUp', a.madeUp], ['excused', a.excused], ['missed', a.missed]] as const;
  return (
    <Card size="small" className="section" title={t('review.attendance')} data-testid="review-attendance">
      <Row gutter={[12, 12]}>
        {figures.map(([k, v]) => <Col key={k} xs={8} md={4}><Statistic title={t(`review.${k}`)} value={v} formatter={(x) => formatNumber(Number(x))} /></Col>)}
      </Row>
      {a.conferences.length === 0 ? <EmptyState description={t('review.noConferences')} /> : (
        <List size="small" style={{ marginTop: 8 }} dataSource={a.conferences} renderItem={(c) => (
          <List.Item key={c.id}>
            <span>{formatDate(c.startsAt)} — {c.title}</span>
            <span>
              <Tag color={OUTCOME_COLOR[c.outcome]}>{tx('review.outcome', c.outcome)}</Tag>
              {c.outcome === 'late' && <Typography.Text type="secondary">{t('review.lateMinutes', { n: c.lateMinutes })}</Typography.Text>}
            </span>
          </List.Item>
        )} />
      )}
    </Card>
  );
}

function Remarks({ r }: { r: PersonReview }) {
  const { t, tx } = useI18n();
  const items = r.evaluations.items.filter((e) => e.flags.length || e.comment);
  return (
    <Card size="small" className="section" title={t('review.flags')}>
      {items.length === 0 ? <Typography.Text type="secondary">{t('review.noFlags')}</Typography.Text> : items.map((e) => (
        <div key={e.conferenceId} style={{ marginBottom: 6 }}>
          {formatDate(e.startsAt)} — {e.title} {e.flags.map((f) => <Tag key={f} color={f === 'late' ? 'orange' : 'red'}>{tx('eval.flag', f)}</Tag>)}
          {e.comment && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{e.comment}</Typography.Paragraph>}
        </div>
      ))}
      <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('review.questions', r.questions)}</Typography.Paragraph>
    </Card>
  );
}

function Tasks({ tasks }: { tasks: PersonReview['tasks'] }) {
  const { t, tx } = useI18n();
  return (
    <Card size="small" className="section" title={t('review.tasks')}>
      {tasks.total === 0 ? <Typography.Text type="secondary">{t('review.noTasks')}</Typography.Text> : <>
        <Typography.Paragraph>{t('review.tasksSummary', { total: tasks.total, done: tasks.done, doneLate: tasks.doneLate, overdue: tasks.overdue })}</Typography.Paragraph>
        <List size="small" dataSource={tasks.items} renderItem={(x) => (
          <List.Item key={x.id}>
            <Link to={`/tasks?task=${x.id}`}>{x.title}</Link>
            <span>{formatDate(x.deadline)} {x.overdue ? <Tag color="red">{t('review.overdue')}</Tag> : <Tag>{tx('task.status', x.status)}</Tag>}</span>
          </List.Item>
        )} />
      </>}
    </Card>
  );
}

/** A member's year for the annual review: read by the member, by staff of the subtree; decided by the leadership. */
export default function PersonReviewPage() {
  const id = Number(useParams().id);
  const { values, set } = useUrlFilters(['year'] as const);
  const year = numOrUndef(values.year) ?? Number(todayVn().slice(0, 4));
  const q = usePersonReview(id, year);
  if (q.isPending) return <Loading rows={8} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const r = q.data;
  return (
    <ReviewFrame year={year} onYear={(y) => set({ year: y })} name={<>{r.person.fullName} · {r.person.orgName}</>}>
      <Decision subject="people" id={id} review={r} />
      <Attendance a={r.attendance} />
      <Row gutter={[16, 0]}>
        <Col xs={24} lg={12}><Remarks r={r} /></Col>
        <Col xs={24} lg={12}><Tasks tasks={r.tasks} /></Col>
      </Row>
    </ReviewFrame>
  );
}
