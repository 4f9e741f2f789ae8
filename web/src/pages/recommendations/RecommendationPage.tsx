import { Card, Descriptions, Grid, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useRecommendation, type RecEvent } from '../../api/recommendations';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { EvidenceList } from '../inspections/EvidenceList';
import { KindTag, RecStatusTag } from '../inspections/labels';
import { EditRecommendation } from './EditRecommendation';
import { NextStep } from './NextStep';
import '../inspections/inspections.css';

// The unit's steps blue, the team's acceptances green, returns red (named presets would follow the theme's red primary).
const BLUE = '#0958d9', GREEN = '#237804', RED = '#cf1322';
const EVENT_COLOR: Record<RecEvent['kind'], string> = {
  plan: BLUE, plan_accepted: GREEN, plan_returned: RED, done: BLUE, done_accepted: GREEN, done_returned: RED,
};

/** One recommendation: what it asks, of whom, by when; what has happened so far; and the step that is next. */
export default function RecommendationPage() {
  const { t, tx } = useI18n();
  const id = Number(useParams().id);
  const q = useRecommendation(id);
  const wide = Grid.useBreakpoint().md ?? true;
  if (q.isPending) return <Loading rows={8} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const r = q.data;

  return (
    <div data-testid="recommendation-page">
      <PageHeader
        // position counts from 0 on the server: the first recommendation of a conclusion is "số 1".
        title={t('rec.titleN', { number: r.position + 1 })}
        sub={<span><KindTag kind={r.inspectionKind} /><Link to={`/inspections/${r.inspectionId}`}>{r.inspectionTitle}</Link> · {r.issuingOrg.name}</span>}
        extra={r.can.edit && <EditRecommendation rec={r} />}
      />
      <Card className="section">
        <Descriptions size="small" column={wide ? 2 : 1}>
          <Descriptions.Item label={t('recs.body')} span={wide ? 2 : 1}><div className="rec-body" data-testid="rec-body">{r.body}</div></Descriptions.Item>
          <Descriptions.Item label={t('recs.org')}>{r.org.name}</Descriptions.Item>
          <Descriptions.Item label={t('recs.deadline')}>
            {r.overdue ? <Typography.Text type="danger">{formatDate(r.deadline)}</Typography.Text> : formatDate(r.deadline)}
          </Descriptions.Item>
          <Descriptions.Item label={t('recs.status')}>
            <span data-testid="rec-status"><RecStatusTag status={r.status} overdue={r.overdue} days={r.daysOverdue} /></span>
          </Descriptions.Item>
          {r.closedOn && <Descriptions.Item label={t('rec.isClosed')}>{formatDate(r.closedOn)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <NextStep rec={r} />
      <Card title={t('rec.timeline')} data-testid="rec-timeline">
        <Timeline
          items={[
            { key: 'issued', color: 'gray', children: <div><strong>{t('rec.issued')}</strong><div className="insp-fact-sub">{r.issuingOrg.name} · {t('rec.deadline', { date: formatDate(r.deadline) })}</div></div> },
            ...r.events.map((e) => ({
              key: e.id,
              color: EVENT_COLOR[e.kind],
              children: (
                <div data-testid="rec-event" data-kind={e.kind}>
                  <strong>{tx('rec.event', e.kind)}</strong>
                  <div className="insp-fact-sub">{formatDateTime(e.createdAt)} · {e.author ?? ''} · {e.org.name}</div>
                  {e.body && <p className="insp-body">{e.body}</p>}
                  {e.planDueOn && <div className="insp-fact-sub">{t('rec.planDue', { date: formatDate(e.planDueOn) })}</div>}
                  <EvidenceList files={e.files} />
                </div>
              ),
            })),
          ]}
        />
      </Card>
    </div>
  );
}
