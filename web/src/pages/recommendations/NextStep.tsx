import { Alert, Card } from 'antd';
import type { RecommendationDetail, RecStatus } from '../../api/recommendations';
import { useI18n } from '../../i18n';
import { DoneForm } from './DoneForm';
import { PlanForm } from './PlanForm';
import { ReviewButtons } from './ReviewButtons';

// Which step each status waits for: the unit's (a plan, then the remedy) or the team's (a decision). Who may take
// it comes from the server (`can.remedy`, `can.review`), not from a copy of the rules.
const WAITS: Record<RecStatus, 'plan' | 'planReview' | 'done' | 'doneReview' | null> = {
  open: 'plan', plan_returned: 'plan', plan_submitted: 'planReview', plan_accepted: 'done', done_returned: 'done', done_reported: 'doneReview', closed: null,
};

/** The next step of a recommendation: the form of whoever must take it, a plain line for everyone else. */
export function NextStep({ rec: r }: { rec: RecommendationDetail }) {
  const { t } = useI18n();
  const step = WAITS[r.status];
  let body;
  if (step === null) body = <Alert type="success" showIcon title={t('rec.isClosed')} />;
  else if (step === 'plan') body = r.can.remedy ? <PlanForm rec={r} /> : <Alert type="info" showIcon title={t('rec.waitUnit', { unit: r.org.name })} />;
  else if (step === 'done') body = r.can.remedy ? <DoneForm rec={r} /> : <Alert type="info" showIcon title={t('rec.waitUnitDone', { unit: r.org.name })} />;
  else body = r.can.review ? <ReviewButtons rec={r} stage={step === 'planReview' ? 'plan' : 'done'} /> : <Alert type="info" showIcon title={t('rec.waitTeam')} />;
  return <Card title={t('rec.next')} className="section" data-testid="rec-next">{body}</Card>;
}
