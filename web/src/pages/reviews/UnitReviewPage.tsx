import { Card, Col, List, Row, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useUnitReview, type UnitReview } from '../../api/reviews';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, todayVn } from '../../lib/format';
import { numOrUndef, useUrlFilters } from '../../lib/hooks';
import { Decision, ReviewFrame } from './Decision';

function Work({ r }: { r: UnitReview }) {
  const { t, tx } = useI18n();
  const studies = r.record.documents_implementation.campaigns;
  const ct = r.record.completion_time;
  const sum = (k: 'invited' | 'attended') => studies.reduce((s, c) => s + c[k], 0);
  return (
    <Card size="small" className="section" title={t('review.studies')} data-testid="review-work">
      <Typography.Paragraph>{t('review.studiesSummary', { n: studies.length, late: ct.studyLate, attended: sum('attended'), invited: sum('invited') })}</Typography.Paragraph>
      {studies.length > 0 && (
        <List size="small" dataSource={studies} renderItem={(c) => (
          <List.Item key={`${c.campaignId}-${c.tier}`}>
            <Link to={`/campaigns/${c.campaignId}`}>{c.title}</Link>
            <span>{tx('tier', c.tier)} · <Tag>{tx('board.status', c.status)}</Tag></span>
          </List.Item>
        )} />
      )}
      <Typography.Paragraph style={{ marginTop: 8 }}>{t('review.tasksSummary', ct.tasks)}</Typography.Paragraph>
      {ct.reports && <Typography.Paragraph>{t('review.reports', ct.reports)}</Typography.Paragraph>}
      <Typography.Paragraph style={{ margin: 0 }}>{t('review.targets', { achieved: r.record.target_results.achieved, total: r.record.target_results.total })}</Typography.Paragraph>
    </Card>
  );
}

function Inspections({ r }: { r: UnitReview }) {
  const { t, tx } = useI18n();
  return (
    <>
      <Card size="small" className="section" title={t('review.findings')}>
        {r.findings.length === 0 ? <Typography.Text type="secondary">{t('review.noFindings')}</Typography.Text> : r.findings.map((f) => (
          <div key={f.id} style={{ marginBottom: 8 }}>
            <Link to={`/inspections/${f.inspectionId}`}>{f.inspectionTitle}</Link> · {tx('insp.item', f.item)}{' '}
            <Tag color={f.assessment === 'good' ? 'green' : f.assessment === 'fair' ? 'blue' : 'red'}>{tx('insp.assess', f.assessment)}</Tag>
            <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{f.body}</Typography.Paragraph>
          </div>
        ))}
      </Card>
      <Card size="small" className="section" title={t('review.recommendations')}>
        {r.recommendations.length === 0 ? <Typography.Text type="secondary">{t('review.noRecommendations')}</Typography.Text> : (
          <List size="small" dataSource={r.recommendations} renderItem={(x) => (
            <List.Item key={x.id}>
              <Link to={`/recommendations/${x.id}`}>{x.body}</Link>
              <span>{formatDate(x.deadline)} {x.overdue ? <Tag color="red">{t('review.overdue')}</Tag> : <Tag>{tx('rec.status', x.status)}</Tag>}</span>
            </List.Item>
          )} />
        )}
      </Card>
    </>
  );
}

/** A unit's year for the annual review: read in its subtree; decided by the leadership of a unit above it. */
export default function UnitReviewPage() {
  const id = Number(useParams().id);
  const { values, set } = useUrlFilters(['year'] as const);
  const year = numOrUndef(values.year) ?? Number(todayVn().slice(0, 4));
  const q = useUnitReview(id, year);
  if (q.isPending) return <Loading rows={8} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const r = q.data;
  return (
    <ReviewFrame year={year} onYear={(y) => set({ year: y })} name={<Link to={`/orgs/${id}`}>{r.org.name}</Link>}>
      <Decision subject="orgs" id={id} review={r} />
      <Row gutter={[16, 0]}>
        <Col xs={24} lg={12}><Work r={r} /></Col>
        <Col xs={24} lg={12}><Inspections r={r} /></Col>
      </Row>
    </ReviewFrame>
  );
}
