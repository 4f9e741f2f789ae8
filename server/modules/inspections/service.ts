// Inspections (cuộc kiểm tra, giám sát): set up in a plan, run by their team from planned to closed.
// Findings are in findings.ts, recommendations in recommendations.ts, the pre-filled record in record.ts.
import { audit } from '../../core/audit.js';
import { idList, one, rows, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, conflict } from '../../core/errors.js';
import { toPage } from '../../core/pagination.js';
import { assertAnywhere, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { access, assertOpen, assertStatus, assertTeam, checkDocument, inspectionScope, subjectScope, subjectOf, type Access } from './access.js';
import { findingsFor } from './findings.js';
import { eligibleSql, writablePlan } from './plans.js';
import * as q from './queries.js';
import { CHECKLIST, type ConcludeInput, type CreateInspectionInput, type ListInspectionsQuery, type UpdateInspectionInput } from './schemas.js';
import './messages.js';

export async function list(db: Db, actor: Actor, f: ListInspectionsQuery) {
  assertAnywhere(actor, 'inspection.read');
  const where = sql`${inspectionScope(actor)}
    ${f.planId ? sql`AND i.plan_id = ${f.planId}` : sql``} ${f.year ? sql`AND p.year = ${f.year}` : sql``}
    ${f.kind ? sql`AND i.kind = ${f.kind}` : sql``} ${f.status ? sql`AND i.status = ${f.status}` : sql``}
    ${f.orgId ? sql`AND EXISTS (SELECT 1 FROM inspection_subjects fs WHERE fs.inspection_id = i.id AND fs.org_id = ${f.orgId})` : sql``}
    ${f.mine === 'true' ? sql`AND EXISTS (SELECT 1 FROM inspection_members fm WHERE fm.inspection_id = i.id AND fm.account_id = ${actor.accountId})` : sql``}`;
  return toPage(await q.inspections(db, where, subjectScope(actor), actor.accountId, f), f);
}

export async function detail(db: Queryable, actor: Actor, id: number, given?: Access) {
  const a = given ?? await access(db, actor, id);
  const visibleIds = a.visibleSubjects.map((s) => s.id);
  const [[item], members, conclusionDocument, closed, reopenings, findings, recommendations] = await Promise.all([
    q.inspections(db, sql`i.id = ${id}`, subjectScope(actor), actor.accountId),
    q.membersOf(db, id),
    q.docRef(db, a.i.conclusionDocumentId),
    one<{ closedAt: string | null }>(db, sql`SELECT to_char(closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "closedAt" FROM inspections WHERE id = ${id}`),
    q.reopeningsOf(db, id),
    findingsFor(db, a, visibleIds),
    visibleIds.length
      ? q.recommendations(db, sql`r.inspection_id = ${id} AND r.org_id IN (${idList(visibleIds)})`, sql`r.position, r.id`)
      : Promise.resolve([]),
  ]);
  const { total: _t, ...rest } = item;
  return {
    ...rest, members, conclusion: a.i.conclusion, concludedOn: a.i.concludedOn, conclusionDocument, closedAt: closed?.closedAt ?? null,
    reopenings, checklist: [...CHECKLIST], findings, recommendations: recommendations.map(({ total: _x, ...r }) => r),
    can: {
      edit: !!a.role && a.i.status !== 'closed',
      manage: (!!a.role || a.director) && a.i.status !== 'closed',
      reopen: (!!a.role || a.director) && a.i.status === 'closed',
    },
  };
}

function checkDates(v: { periodFrom: string; periodTo: string; startsOn: string | null; endsOn: string | null }) {
  if (v.periodTo < v.periodFrom) throw badRequest({ periodTo: 'inspection_period' });
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) throw badRequest({ endsOn: 'inspection_dates' });
}

/** The team: the leader and members, accounts with a staff role in the issuing unit's subtree. */
async function checkTeam(tx: Queryable, orgPath: string, leaderId: number, memberIds: number[]) {
  const members = [...new Set(memberIds)].filter((m) => m !== leaderId);
  const all = [leaderId, ...members];
  const ok = new Set((await rows<{ id: number }>(tx, sql`SELECT a.id FROM accounts a WHERE a.id IN (${idList(all)}) AND ${eligibleSql(orgPath)}`)).map((r) => r.id));
  if (!ok.has(leaderId)) throw badRequest({ leaderAccountId: 'inspection_team_outside' });
  const bad = members.filter((m) => !ok.has(m));
  if (bad.length) throw badRequest({ memberAccountIds: { key: 'inspection_team_outside_ids', params: { ids: bad.join(', ') } } });
  return members;
}

/** Subject units: active units strictly below the issuing unit. */
async function checkSubjects(tx: Queryable, orgPath: string, ids: number[]) {
  const unique = [...new Set(ids)];
  const ok = new Set((await rows<{ id: number }>(tx, sql`SELECT id FROM orgs WHERE id IN (${idList(unique)}) AND status = 'active'
    AND path <@ ${orgPath}::ltree AND path <> ${orgPath}::ltree`)).map((r) => r.id));
  const bad = unique.filter((i) => !ok.has(i));
  if (bad.length) throw badRequest({ subjectOrgIds: { key: 'inspection_subject_outside', params: { ids: bad.join(', ') } } });
  return unique;
}

async function writeTeam(tx: Queryable, id: number, leaderId: number, members: number[]) {
  await tx.execute(sql`DELETE FROM inspection_members WHERE inspection_id = ${id}`);
  await tx.execute(sql`INSERT INTO inspection_members (inspection_id, account_id, role)
    VALUES ${sql.join([sql`(${id}, ${leaderId}, 'leader')`, ...members.map((m) => sql`(${id}, ${m}, 'member')`)], sql`, `)}`);
}

export async function create(db: Db, actor: Actor, input: CreateInspectionInput) {
  assertAnywhere(actor, 'inspection.plan');
  checkDates({ periodFrom: input.periodFrom, periodTo: input.periodTo, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null });
  return db.transaction(async (tx) => {
    const plan = await writablePlan(tx, actor, input.planId);
    await checkDocument(tx, actor, input.decisionDocumentId, 'decisionDocumentId');
    const subjects = await checkSubjects(tx, plan.orgPath, input.subjectOrgIds);
    const members = await checkTeam(tx, plan.orgPath, input.leaderAccountId, input.memberAccountIds);
    const created = (await one<{ id: number }>(tx, sql`INSERT INTO inspections (plan_id, org_id, kind, title, decision_document_id,
        period_from, period_to, starts_on, ends_on, created_by)
      VALUES (${plan.id}, ${plan.orgId}, ${input.kind}, ${input.title}, ${input.decisionDocumentId ?? null}, ${input.periodFrom},
        ${input.periodTo}, ${input.startsOn ?? null}, ${input.endsOn ?? null}, ${actor.accountId}) RETURNING id`))!;
    await writeTeam(tx, created.id, input.leaderAccountId, members);
    await tx.execute(sql`INSERT INTO inspection_subjects (inspection_id, org_id) VALUES ${sql.join(subjects.map((s) => sql`(${created.id}, ${s})`), sql`, `)}`);
    const after = await detail(tx, actor, created.id);
    await audit(tx, actor, { action: 'create', entity: 'inspection', entityId: created.id, orgPath: plan.orgPath, after });
    return after;
  });
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateInspectionInput) {
  return db.transaction(async (tx) => {
    const a = await access(tx, actor, id, true);
    if (!a.role && !a.director) throw new AppError(403, 'inspection_team_only');
    assertOpen(a);
    const i = a.i;
    const v = {
      periodFrom: input.periodFrom ?? i.periodFrom, periodTo: input.periodTo ?? i.periodTo,
      startsOn: input.startsOn === undefined ? i.startsOn : input.startsOn, endsOn: input.endsOn === undefined ? i.endsOn : input.endsOn,
    };
    checkDates(v);
    await checkDocument(tx, actor, input.decisionDocumentId, 'decisionDocumentId');
    const before = await detail(tx, actor, id, a);
    if (input.leaderAccountId || input.memberAccountIds) {
      const leader = input.leaderAccountId ?? before.members.find((m) => m.role === 'leader')!.id;
      const current = before.members.filter((m) => m.role === 'member').map((m) => m.id);
      const members = await checkTeam(tx, i.orgPath, leader, input.memberAccountIds ?? current);
      await writeTeam(tx, id, leader, members);
    }
    if (input.subjectOrgIds) {
      const subjects = await checkSubjects(tx, i.orgPath, input.subjectOrgIds);
      const used = await one(tx, sql`SELECT 1 FROM inspection_subjects s WHERE s.inspection_id = ${id} AND s.org_id NOT IN (${idList(subjects)})
        AND (EXISTS (SELECT 1 FROM inspection_findings f WHERE f.inspection_id = ${id} AND f.org_id = s.org_id)
          OR EXISTS (SELECT 1 FROM recommendations r WHERE r.inspection_id = ${id} AND r.org_id = s.org_id))`);
      if (used) throw conflict('inspection_subject_has_records', {}, { subjectOrgIds: 'inspection_subject_has_records' });
      await tx.execute(sql`DELETE FROM inspection_subjects WHERE inspection_id = ${id}`);
      await tx.execute(sql`INSERT INTO inspection_subjects (inspection_id, org_id) VALUES ${sql.join(subjects.map((s) => sql`(${id}, ${s})`), sql`, `)}`);
    }
    await tx.execute(sql`UPDATE inspections SET kind = ${input.kind ?? i.kind}, title = ${input.title ?? i.title},
      decision_document_id = ${input.decisionDocumentId === undefined ? i.decisionDocumentId : input.decisionDocumentId},
      period_from = ${v.periodFrom}, period_to = ${v.periodTo}, starts_on = ${v.startsOn}, ends_on = ${v.endsOn}, updated_at = now()
      WHERE id = ${id}`);
    const after = await detail(tx, actor, id);
    await audit(tx, actor, { action: 'update', entity: 'inspection', entityId: id, orgPath: i.orgPath, before, after });
    return after;
  });
}

/** A status step by the team, audited with the state before and after. */
async function step(db: Db, actor: Actor, id: number, run: (tx: Queryable, a: Access) => Promise<unknown>, action: string) {
  return db.transaction(async (tx) => {
    const a = await access(tx, actor, id, true);
    const before = { status: a.i.status };
    const extra = await run(tx, a);
    const after = await detail(tx, actor, id);
    await audit(tx, actor, { action, entity: 'inspection', entityId: id, orgPath: a.i.orgPath, before, after: { status: after.status, ...(extra as object) } });
    return after;
  });
}

export const start = (db: Db, actor: Actor, id: number) => step(db, actor, id, async (tx, a) => {
  assertTeam(a);
  assertStatus(a, ['planned'], 'inspection_not_planned');
  await tx.execute(sql`UPDATE inspections SET status = 'in_progress', starts_on = coalesce(starts_on, ${todayVn()}::date), updated_at = now() WHERE id = ${id}`);
  return {};
}, 'start');

export const conclude = (db: Db, actor: Actor, id: number, input: ConcludeInput) => step(db, actor, id, async (tx, a) => {
  assertTeam(a);
  assertStatus(a, ['in_progress'], 'inspection_not_in_progress');
  await checkDocument(tx, actor, input.conclusionDocumentId, 'conclusionDocumentId');
  if (a.i.startsOn && input.concludedOn < a.i.startsOn) throw badRequest({ concludedOn: 'inspection_conclusion_date' });
  input.recommendations.forEach((r, n) => {
    subjectOf(a, r.orgId, `recommendations.${n}.orgId`);
    if (r.deadline < input.concludedOn) throw badRequest({ [`recommendations.${n}.deadline`]: 'recommendation_deadline' });
  });
  const drafts = await one(tx, sql`SELECT 1 FROM finding_revisions v JOIN inspection_findings f ON f.id = v.finding_id
    WHERE f.inspection_id = ${id} AND v.published_at IS NULL`);
  if (drafts) throw conflict('inspection_findings_unpublished');
  await tx.execute(sql`UPDATE inspections SET status = 'concluded', conclusion = ${input.conclusion}, concluded_on = ${input.concludedOn},
    conclusion_document_id = ${input.conclusionDocumentId ?? null}, ends_on = coalesce(ends_on, ${input.concludedOn}::date), updated_at = now()
    WHERE id = ${id}`);
  const base = (await one<{ n: number }>(tx, sql`SELECT coalesce(max(position), -1)::int AS n FROM recommendations WHERE inspection_id = ${id}`))!.n;
  if (input.recommendations.length) {
    await tx.execute(sql`INSERT INTO recommendations (inspection_id, org_id, position, body, deadline, created_by) VALUES
      ${sql.join(input.recommendations.map((r, n) => sql`(${id}, ${r.orgId}, ${base + 1 + n}, ${r.body}, ${r.deadline}, ${actor.accountId})`), sql`, `)}`);
  }
  return { conclusion: input.conclusion, concludedOn: input.concludedOn, recommendations: input.recommendations };
}, 'conclude');

export const close = (db: Db, actor: Actor, id: number) => step(db, actor, id, async (tx, a) => {
  assertTeam(a);
  assertStatus(a, ['concluded'], 'inspection_not_concluded');
  const open = await one<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM recommendations WHERE inspection_id = ${id} AND status <> 'closed'`);
  if (open!.n) throw conflict('inspection_recommendations_open', { n: open!.n });
  await tx.execute(sql`UPDATE inspections SET status = 'closed', closed_at = now(), updated_at = now() WHERE id = ${id}`);
  return {};
}, 'close');

export const reopen = (db: Db, actor: Actor, id: number, input: { reason: string }) => step(db, actor, id, async (tx, a) => {
  if (!a.role && !a.director) throw new AppError(403, 'inspection_team_only');
  if (a.i.status !== 'closed') throw conflict('inspection_not_closed');
  await tx.execute(sql`INSERT INTO inspection_reopenings (inspection_id, reason, reopened_by) VALUES (${id}, ${input.reason}, ${actor.accountId})`);
  await tx.execute(sql`UPDATE inspections SET status = 'concluded', closed_at = NULL, updated_at = now() WHERE id = ${id}`);
  return { reason: input.reason };
}, 'reopen');
