// Recommendations (kiến nghị) of a conclusion, followed to the end: the responsible unit answers with a remedy plan,
// the team accepts or returns it; the unit reports the remedy done with evidence, the team accepts (closing it) or
// returns it. Only the responsible unit files; only the team reviews and closes.
import type { FastifyRequest } from 'fastify';
import { audit } from '../../core/audit.js';
import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, conflict, notFound } from '../../core/errors.js';
import { toPage } from '../../core/pagination.js';
import { assertAnywhere, inScope, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { storeUpload, removeStored } from '../documents/files.js';
import { access, assertOpen, assertStatus, assertTeam, subjectOf, type Access } from './access.js';
import { actsFor } from './policy.js';
import * as q from './queries.js';
import type { ListRecommendationsQuery, RecommendationInput, RecStatus, ReviewInput, UpdateRecommendationInput } from './schemas.js';
import './messages.js';

const member = (actor: Actor) => sql`EXISTS (SELECT 1 FROM inspection_members vm WHERE vm.inspection_id = i.id AND vm.account_id = ${actor.accountId})`;
/** SQL on r / ro / i / io: the caller sees the recommendation (issuing unit's staff, the team, the responsible unit). */
const recScope = (actor: Actor) => sql`(${inScope(actor, 'inspection.read', sql`io.path`)} OR ${member(actor)}
  OR ${inScope(actor, 'inspection.read', sql`ro.path`)})`;
const byUrgency = sql`${q.recOverdue('r')} DESC, r.status = 'closed', r.deadline, r.id`;

export async function list(db: Db, actor: Actor, f: ListRecommendationsQuery) {
  assertAnywhere(actor, 'inspection.read');
  const where = sql`${recScope(actor)} ${f.status ? sql`AND r.status = ${f.status}` : sql``}
    ${f.orgId ? sql`AND r.org_id = ${f.orgId}` : sql``} ${f.inspectionId ? sql`AND r.inspection_id = ${f.inspectionId}` : sql``}
    ${f.overdue === 'true' ? sql`AND ${q.recOverdue('r')}` : f.overdue === 'false' ? sql`AND NOT ${q.recOverdue('r')}` : sql``}`;
  return toPage(await q.recommendations(db, where, byUrgency, f), f);
}

/** Open recommendations past their deadline, for the standing committee and inspectors of the issuing units. */
export async function overdue(db: Db, actor: Actor, f: { page: number; pageSize: number }) {
  assertAnywhere(actor, 'inspection.oversee');
  const where = sql`${q.recOverdue('r')} AND (${inScope(actor, 'inspection.oversee', sql`io.path`)} OR ${member(actor)})`;
  return toPage(await q.recommendations(db, where, sql`r.deadline, r.id`, f), f);
}

async function readable(db: Queryable, actor: Actor, id: number, lock = false) {
  const r = await q.findRecommendation(db, id, lock);
  if (!r) throw notFound('recommendation');
  const a = await access(db, actor, r.inspectionId).catch(() => { throw notFound('recommendation'); });
  if (!a.visibleSubjects.some((s) => s.id === r.orgId)) throw notFound('recommendation');
  return { r, a };
}

const PLAN_FROM: RecStatus[] = ['open', 'plan_returned', 'plan_submitted', 'plan_accepted'];
const DONE_FROM: RecStatus[] = ['plan_accepted', 'done_returned'];

function cans(actor: Actor, r: q.RecRow, a: Access) {
  const live = a.i.status === 'concluded';
  const unit = live && actsFor(actor, 'inspection.remedy', r.orgPath);
  return {
    remedy: unit && (PLAN_FROM.includes(r.status) || DONE_FROM.includes(r.status)),
    review: live && !!a.role && (r.status === 'plan_submitted' || r.status === 'done_reported'),
    edit: live && !!a.role && r.status !== 'closed',
  };
}

async function out(db: Queryable, actor: Actor, id: number) {
  const { r, a } = await readable(db, actor, id);
  const [[item], events, files] = await Promise.all([
    q.recommendations(db, sql`r.id = ${id}`, sql`r.id`), q.eventsOf(db, id), q.files(db, sql`e.recommendation_id = ${id}`),
  ]);
  const { total: _t, ...rest } = item;
  return {
    ...rest,
    events: events.map((e) => ({ ...e, kind: e.kind as 'plan', files: files.filter((f) => f.eventId === e.id).map(q.publicFile) })),
    pendingFiles: files.filter((f) => f.eventId == null).map(q.publicFile),
    can: cans(actor, r, a),
  };
}

export const detail = (db: Db, actor: Actor, id: number) => out(db, actor, id);

export async function create(db: Db, actor: Actor, inspectionId: number, input: RecommendationInput) {
  return db.transaction(async (tx) => {
    const a = await access(tx, actor, inspectionId, true);
    assertTeam(a);
    assertStatus(a, ['concluded'], 'inspection_not_concluded');
    const subject = subjectOf(a, input.orgId, 'orgId');
    if (a.i.concludedOn && input.deadline < a.i.concludedOn) throw badRequest({ deadline: 'recommendation_deadline' });
    const rec = (await one<{ id: number }>(tx, sql`INSERT INTO recommendations (inspection_id, org_id, position, body, deadline, created_by)
      SELECT ${inspectionId}, ${input.orgId}, coalesce(max(position), -1) + 1, ${input.body}, ${input.deadline}, ${actor.accountId}
      FROM recommendations WHERE inspection_id = ${inspectionId} RETURNING id`))!;
    const after = await out(tx, actor, rec.id);
    await audit(tx, actor, { action: 'create', entity: 'recommendation', entityId: rec.id, orgPath: subject.path, after });
    return after;
  });
}

/** One step of the workflow: who may take it, from which statuses, what it writes; audited with before and after. */
async function move(db: Db, actor: Actor, id: number, o: {
  side: 'unit' | 'team'; from: RecStatus[]; run: (tx: Queryable, r: q.RecRow, a: Access) => Promise<void>; action: string;
}) {
  return db.transaction(async (tx) => {
    const { r, a } = await readable(tx, actor, id, true);
    if (o.side === 'team') assertTeam(a);
    else if (!actsFor(actor, 'inspection.remedy', r.orgPath)) throw new AppError(403, 'recommendation_unit_only');
    assertStatus(a, ['concluded'], 'inspection_not_concluded');
    if (!o.from.includes(r.status)) throw conflict('recommendation_step', { status: r.status });
    const before = { status: r.status };
    await o.run(tx, r, a);
    const after = await out(tx, actor, id);
    await audit(tx, actor, { action: o.action, entity: 'recommendation', entityId: id, orgPath: r.orgPath, before, after });
    return after;
  });
}

async function event(tx: Queryable, actor: Actor, r: q.RecRow, orgId: number, kind: string, body: string, status: RecStatus, planDueOn: string | null = null) {
  const e = (await one<{ id: number }>(tx, sql`INSERT INTO recommendation_events (recommendation_id, kind, body, plan_due_on, org_id, created_by)
    VALUES (${r.id}, ${kind}, ${body}, ${planDueOn}, ${orgId}, ${actor.accountId}) RETURNING id`))!;
  await tx.execute(sql`UPDATE recommendations SET status = ${status}, closed_on = ${status === 'closed' ? todayVn() : null}, updated_at = now()
    WHERE id = ${r.id}`);
  return e.id;
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateRecommendationInput) {
  return db.transaction(async (tx) => {
    const { r, a } = await readable(tx, actor, id, true);
    assertTeam(a);
    if (r.status === 'closed') throw conflict('recommendation_closed');
    if (input.deadline && a.i.concludedOn && input.deadline < a.i.concludedOn) throw badRequest({ deadline: 'recommendation_deadline' });
    const before = await out(tx, actor, id);
    await tx.execute(sql`UPDATE recommendations SET body = ${input.body ?? r.body}, deadline = ${input.deadline ?? r.deadline}, updated_at = now()
      WHERE id = ${id}`);
    const after = await out(tx, actor, id);
    await audit(tx, actor, { action: 'update', entity: 'recommendation', entityId: id, orgPath: r.orgPath, before, after });
    return after;
  });
}

/** The unit's remedy plan; a new plan after acceptance resets it (both sides agree again). */
export const submitPlan = (db: Db, actor: Actor, id: number, input: { plan: string; dueOn: string }) => move(db, actor, id, {
  side: 'unit', from: PLAN_FROM, action: 'submit_plan',
  run: async (tx, r) => void await event(tx, actor, r, r.orgId, 'plan', input.plan, 'plan_submitted', input.dueOn),
});

function reviewNote(input: ReviewInput, required: boolean) {
  if (required && !input.note) throw badRequest({ note: input.decision === 'return' ? 'review_reason' : 'review_note' });
}

export const reviewPlan = (db: Db, actor: Actor, id: number, input: ReviewInput) => move(db, actor, id, {
  side: 'team', from: ['plan_submitted'], action: input.decision === 'accept' ? 'accept_plan' : 'return_plan',
  run: async (tx, r, a) => {
    reviewNote(input, input.decision === 'return');
    const accept = input.decision === 'accept';
    await event(tx, actor, r, a.i.orgId, accept ? 'plan_accepted' : 'plan_returned', input.note, accept ? 'plan_accepted' : 'plan_returned');
  },
});

export const reportDone = (db: Db, actor: Actor, id: number, input: { report: string }) => move(db, actor, id, {
  side: 'unit', from: DONE_FROM, action: 'report_done',
  run: async (tx, r) => {
    const pending = await one(tx, sql`SELECT 1 FROM inspection_files WHERE recommendation_id = ${r.id} AND event_id IS NULL`);
    if (!pending) throw conflict('remedy_evidence_needed');
    const e = await event(tx, actor, r, r.orgId, 'done', input.report, 'done_reported');
    await tx.execute(sql`UPDATE inspection_files SET event_id = ${e} WHERE recommendation_id = ${r.id} AND event_id IS NULL`);
  },
});

/** Accepting the remedy closes the recommendation, with the team's note; returning it says why. */
export const reviewDone = (db: Db, actor: Actor, id: number, input: ReviewInput) => move(db, actor, id, {
  side: 'team', from: ['done_reported'], action: input.decision === 'accept' ? 'close' : 'return_done',
  run: async (tx, r, a) => {
    reviewNote(input, true);
    const accept = input.decision === 'accept';
    await event(tx, actor, r, a.i.orgId, accept ? 'done_accepted' : 'done_returned', input.note, accept ? 'closed' : 'done_returned');
  },
});

export async function uploadFile(db: Db, filesDir: string, actor: Actor, id: number, req: FastifyRequest) {
  const check = async (tx: Queryable, lock: boolean) => {
    const { r, a } = await readable(tx, actor, id, lock);
    if (!actsFor(actor, 'inspection.remedy', r.orgPath)) throw new AppError(403, 'recommendation_unit_only');
    assertOpen(a);
    assertStatus(a, ['concluded'], 'inspection_not_concluded');
    if (!DONE_FROM.includes(r.status)) throw conflict('recommendation_step', { status: r.status });
    return { r, a };
  };
  await check(db, false);
  return storeUpload(filesDir, req, (saved) => db.transaction(async (tx) => {
    const { r, a } = await check(tx, true);
    const row = (await one<{ id: number }>(tx, sql`INSERT INTO inspection_files (inspection_id, recommendation_id, filename, mime, size, sha256, storage_key, uploaded_by)
      VALUES (${a.i.id}, ${id}, ${saved.filename}, ${saved.mime}, ${saved.size}, ${saved.sha256}, ${saved.key}, ${actor.accountId}) RETURNING id`))!;
    const [file] = await q.files(tx, sql`e.id = ${row.id}`);
    const shown = q.publicFile(file);
    await audit(tx, actor, { action: 'create', entity: 'inspection_file', entityId: row.id, orgPath: r.orgPath, after: { recommendationId: id, ...shown } });
    return shown;
  }));
}
