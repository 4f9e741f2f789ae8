// The annual review (issue 9 item 4): a member's or a unit's year compiled from the records, the suggested rating
// and its basis, and the committee's decision (confirm, or override with a reason), audited.
import { audit } from '../../core/audit.js';
import { sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, notFound } from '../../core/errors.js';
import { t } from '../../core/i18n.js';
import { can, rootsFor, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { personSummary } from '../evaluations/summary.js';
import { periodRecord, taskCounts } from '../inspections/record.js';
import { findPerson } from '../people/queries.js';
import { tasks as taskItems } from '../programs/queries.js';
import * as q from './queries.js';
import type { DecideInput, PersonReviewOut, UnitReviewOut } from './schemas.js';
import { suggestPerson, suggestUnit, type Suggestion } from './suggest.js';
import './messages.js';
import './policy.js';

const currentYear = () => Number(todayVn().slice(0, 4));

const shown = (actor: Actor, s: Suggestion) => ({ rating: s.rating, basis: s.basis.map((b) => ({ key: b.key, text: t(actor.lang, b.key, b.params) })) });
const decisionOut = (r: q.RatingRow | undefined) => (r ? { ...r, overridden: r.rating !== r.suggested } as NonNullable<PersonReviewOut['decision']> : null);

async function readablePerson(db: Queryable, actor: Actor, id: number) {
  const p = await findPerson(db, id);
  if (!p || !(can(actor, 'review.read', p.orgPath) || actor.personId === id)) throw notFound('person');
  return p;
}

/** A unit is rated by the leadership of a unit above it, never by itself. */
const mayDecideUnit = (actor: Actor, path: string) => rootsFor(actor, 'review.decide').some((r) => path.startsWith(r + '.'));

async function personYear(db: Queryable, actor: Actor, id: number, year: number) {
  const p = await readablePerson(db, actor, id);
  const [conferences, [summary], questions, tasks, decision] = await Promise.all([
    q.personConferences(db, id, year), personSummary(db, year, id), q.personQuestions(db, id, year),
    taskItems(db, sql`t.responsible_person_id = ${id} AND (EXTRACT(YEAR FROM t.deadline)::int = ${year}
      OR (t.deadline < make_date(${year}, 1, 1) AND (t.status <> 'done' OR EXTRACT(YEAR FROM t.done_on)::int >= ${year})))`),
    q.ratingOf(db, { personId: id }, year),
  ]);
  const n = (o: string) => conferences.filter((c) => c.outcome === o).length;
  const attendance = { invited: conferences.length, attended: n('attended') + n('late'), late: n('late'), madeUp: n('made_up'),
    excused: n('excused'), missed: n('absent'), conferences };
  const counts = taskCounts(tasks);
  const suggestion = suggestPerson({ ...attendance, flags: summary.flags, tasks: counts });
  return { p, suggestion, out: {
    year, person: { id: p.id, fullName: p.fullName, orgId: p.orgId, orgName: p.orgName }, attendance,
    evaluations: { flags: summary.flags, items: summary.evaluations }, questions: questions ?? { asked: 0, answered: 0 },
    tasks: { ...counts, items: tasks.map((x) => ({ id: x.id, title: x.title, deadline: x.deadline, status: x.status, doneOn: x.doneOn, overdue: x.overdue })) },
    suggestion: shown(actor, suggestion), decision: decisionOut(decision), can: { decide: can(actor, 'review.decide', p.orgPath) },
  } satisfies PersonReviewOut };
}

export async function personReview(db: Db, actor: Actor, id: number, year = currentYear()) {
  return (await personYear(db, actor, id, year)).out;
}

async function unitYear(db: Db, actor: Actor, id: number, year: number) {
  const org = await q.findUnit(db, id);
  if (!org || !can(actor, 'review.read', org.path)) throw notFound('org');
  const [record, findings, recommendations, decision] = await Promise.all([
    periodRecord(db, org, `${year}-01-01`, `${year}-12-31`), q.unitFindings(db, id, year), q.unitRecommendations(db, id, year),
    q.ratingOf(db, { orgId: id }, year),
  ]);
  const studies = record.documents_implementation.campaigns;
  const ct = record.completion_time;
  const suggestion = suggestUnit({
    obligations: studies.length, studyLate: ct.studyLate,
    invited: studies.reduce((s, c) => s + c.invited, 0), attended: studies.reduce((s, c) => s + c.attended, 0),
    tasks: ct.tasks, reports: ct.reports ?? { due: 0, late: 0, missing: 0 },
    recommendationsOverdue: recommendations.filter((r) => r.overdue).length,
    poorFindings: findings.filter((f) => f.assessment === 'limited' || f.assessment === 'poor').length,
  });
  return { org, suggestion, out: {
    year, org: { id: org.id, name: org.name }, record, findings, recommendations,
    suggestion: shown(actor, suggestion), decision: decisionOut(decision), can: { decide: mayDecideUnit(actor, org.path) },
  } satisfies UnitReviewOut };
}

export async function unitReview(db: Db, actor: Actor, id: number, year = currentYear()) {
  return (await unitYear(db, actor, id, year)).out;
}

/** The rating decided against the suggestion computed now (not one sent by the client); a different one needs its reason. */
function checkDecision(input: DecideInput, suggested: Suggestion['rating']) {
  if (input.year > currentYear()) throw badRequest({ year: 'review_year_future' });
  const reason = input.reason?.trim() || null;
  if (input.rating !== suggested && !reason) throw badRequest({ reason: 'review_reason_required' });
  return reason;
}

async function save(db: Db, actor: Actor, subject: { personId: number } | { orgId: number }, orgPath: string, input: DecideInput,
  suggested: Suggestion['rating'], reason: string | null) {
  await db.transaction(async (tx) => {
    const before = await q.ratingOf(tx, subject, input.year);
    const [col, value] = 'personId' in subject ? [sql`person_id`, subject.personId] : [sql`org_id`, subject.orgId];
    await tx.execute(sql`INSERT INTO annual_ratings (year, ${col}, rating, suggested, reason, decided_by)
      VALUES (${input.year}, ${value}, ${input.rating}, ${suggested}, ${reason}, ${actor.accountId})
      ON CONFLICT (${col}, year) WHERE ${col} IS NOT NULL DO UPDATE SET rating = excluded.rating, suggested = excluded.suggested,
        reason = excluded.reason, decided_by = excluded.decided_by, decided_at = now()`);
    await audit(tx, actor, { action: 'rate', entity: 'personId' in subject ? 'person_rating' : 'org_rating', entityId: value, orgPath,
      before: before ? { rating: before.rating, reason: before.reason } : undefined, after: { year: input.year, rating: input.rating, suggested, reason } });
  });
}

export async function decidePerson(db: Db, actor: Actor, id: number, input: DecideInput) {
  const { p, suggestion, out } = await personYear(db, actor, id, input.year);
  if (!can(actor, 'review.decide', p.orgPath)) throw new AppError(403, 'review_decide_forbidden');
  await save(db, actor, { personId: id }, p.orgPath, input, suggestion.rating, checkDecision(input, suggestion.rating));
  // The year's record is as just read: only the decision changed.
  return { ...out, decision: decisionOut(await q.ratingOf(db, { personId: id }, input.year)) };
}

export async function decideUnit(db: Db, actor: Actor, id: number, input: DecideInput) {
  const { org, suggestion, out } = await unitYear(db, actor, id, input.year);
  if (!mayDecideUnit(actor, org.path)) throw new AppError(403, 'review_decide_forbidden');
  await save(db, actor, { orgId: id }, org.path, input, suggestion.rating, checkDecision(input, suggestion.rating));
  return { ...out, decision: decisionOut(await q.ratingOf(db, { orgId: id }, input.year)) };
}
