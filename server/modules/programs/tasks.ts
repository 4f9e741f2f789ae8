// Tasks (nhiệm vụ): given by a program's unit to itself or to units below it; the responsible unit moves the status,
// writes progress notes and uploads evidence. "Overdue" is derived from the deadline, never stored.
import type { FastifyRequest } from 'fastify';
import { audit } from '../../core/audit.js';
import { idList, one, rows, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, conflict, notFound } from '../../core/errors.js';
import { toPage } from '../../core/pagination.js';
import { assertAnywhere, inScope, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { openStored, storeUpload, removeStored } from '../documents/files.js';
import { taskCan, taskParties } from './abilities.js';
import * as q from './queries.js';
import type { ListTasksQuery, NoteInput, TaskInput, TaskItem, UpdateTaskInput } from './schemas.js';
import { taskScope, writableProgram } from './service.js';
import { notify, vnDate as noticeDate } from '../notifications/notify.js';

/** The responsible unit's office and leadership hear of a task given to it (not the one who gave it). */
async function noticeAssigned(tx: Queryable, actor: Actor, taskId: number) {
  const r = (await one<{ orgId: number; path: string; unit: string; title: string; program: string; deadline: string }>(tx, sql`
    SELECT o.id AS "orgId", o.path::text AS path, o.name AS unit, t.title, p.title AS program, t.deadline::text AS deadline
    FROM program_tasks t JOIN programs p ON p.id = t.program_id JOIN orgs o ON o.id = t.responsible_org_id WHERE t.id = ${taskId}`))!;
  await notify(tx, [{ kind: 'task_assigned', link: '/tasks', org: { id: r.orgId, path: r.path }, fromAccountId: actor.accountId,
    params: { task: r.title, program: r.program, unit: r.unit, deadline: noticeDate(r.deadline), from: actor.displayName },
    toUnitStaff: { orgIds: [r.orgId], action: 'program.read' } }]);
}

type Row = Awaited<ReturnType<typeof q.tasks>>[number];
/** A task item as answered: its data and what the caller may do to it, without the facts that decided it. */
/** A task item as answered to the caller: with what it may do to it, without the paths the check needed. */
export const answerTask = (actor: Actor) => ({ total: _t, programOrgPath, responsiblePath, programStatus, ...rest }: Row) =>
  ({ ...rest, can: taskCan(actor, { programOrgPath, responsiblePath, programStatus }) });

/** The task as audited: its data, not what this caller may do to it. */
async function item(db: Queryable, id: number) {
  const [{ total: _t, programOrgPath: _p, responsiblePath: _r, programStatus: _s, ...rest }] = await q.tasks(db, sql`t.id = ${id}`);
  return rest;
}

async function answered(db: Queryable, actor: Actor, id: number) {
  return answerTask(actor)((await q.tasks(db, sql`t.id = ${id}`))[0]);
}

/** A task the actor sees (404 otherwise), with who it is to the actor. */
async function readableTask(db: Queryable, actor: Actor, id: number, lock = false) {
  const t = await q.findTask(db, id, lock);
  if (!t) throw notFound('task');
  const visible = await one(db, sql`SELECT 1 FROM program_tasks t WHERE t.id = ${id} AND ${taskScope(actor)}`);
  if (!visible) throw notFound('task');
  const { owner, responsible } = taskParties(actor, t);
  return { t, owner, responsible };
}

/** A task of a closed program is read-only, for everyone. */
function assertOpen(t: q.TaskRow) {
  if (t.programStatus === 'closed') throw conflict('program_closed');
}

export async function list(db: Db, actor: Actor, f: ListTasksQuery) {
  assertAnywhere(actor, 'program.read');
  const status = f.status === 'overdue' ? q.overdueSql('t') : f.status ? sql`t.status = ${f.status}` : sql`true`;
  // A unit's list: the tasks it is responsible for or co-operates in, its own and those assigned from above.
  const unit = f.orgId
    ? sql`(t.responsible_org_id = ${f.orgId} OR EXISTS (SELECT 1 FROM task_units u WHERE u.task_id = t.id AND u.org_id = ${f.orgId}))`
    : sql`true`;
  const where = sql`${taskScope(actor)} AND ${unit} AND ${status} ${f.programId ? sql`AND t.program_id = ${f.programId}` : sql``}`;
  const page = toPage(await q.tasks(db, where, f), f);
  return { ...page, items: page.items.map(answerTask(actor)) };
}

export async function detail(db: Queryable, actor: Actor, id: number) {
  await readableTask(db, actor, id);
  const [it, notes, evidence] = await Promise.all([answered(db, actor, id), q.notesOf(db, id), q.evidenceOf(db, sql`e.task_id = ${id}`)]);
  return { ...it, notes: notes as (typeof notes[number] & { status: TaskItem['status'] | null })[], evidence: evidence.map(({ storageKey: _k, ...e }) => e) };
}

/** The responsible unit lies in the program's unit's subtree; its person in the responsible unit's; co-operating units in scope. */
async function checkParties(tx: Queryable, actor: Actor, programOrgPath: string, v: { responsibleOrgId: number; responsiblePersonId: number | null; cooperatingOrgIds: number[] }) {
  const org = await q.findOrg(tx, v.responsibleOrgId);
  if (!org || org.status !== 'active' || !(org.path === programOrgPath || org.path.startsWith(programOrgPath + '.'))) {
    throw badRequest({ responsibleOrgId: 'task_unit_outside' });
  }
  if (v.responsiblePersonId) {
    const ok = await one(tx, sql`SELECT 1 FROM people pe JOIN orgs o ON o.id = pe.org_id WHERE pe.id = ${v.responsiblePersonId} AND o.path <@ ${org.path}::ltree`);
    if (!ok) throw badRequest({ responsiblePersonId: 'task_person_outside' });
  }
  const unique = [...new Set(v.cooperatingOrgIds)];
  if (unique.length) {
    const found = new Set((await rows<{ id: number }>(tx, sql`SELECT o.id FROM orgs o WHERE o.id IN (${idList(unique)})
      AND o.status = 'active' AND ${inScope(actor, 'program.read', sql`o.path`)}`)).map((r) => r.id));
    const missing = unique.filter((i) => !found.has(i));
    if (missing.length) throw badRequest({ cooperatingOrgIds: { key: 'task_units_outside', params: { ids: missing.join(', ') } } });
  }
  return unique;
}

async function writeUnits(tx: Queryable, id: number, orgIds: number[]) {
  await tx.execute(sql`DELETE FROM task_units WHERE task_id = ${id}`);
  if (orgIds.length) await tx.execute(sql`INSERT INTO task_units (task_id, org_id) VALUES ${sql.join(orgIds.map((o) => sql`(${id}, ${o})`), sql`, `)}`);
}

export async function create(db: Db, actor: Actor, programId: number, input: TaskInput) {
  assertAnywhere(actor, 'program.write');
  return db.transaction(async (tx) => {
    const p = await writableProgram(tx, actor, programId);
    const parties = { responsibleOrgId: input.responsibleOrgId ?? p.orgId, responsiblePersonId: input.responsiblePersonId ?? null, cooperatingOrgIds: input.cooperatingOrgIds ?? [] };
    const units = await checkParties(tx, actor, p.orgPath, parties);
    const status = input.status ?? 'not_started';
    const created = (await one<{ id: number }>(tx, sql`INSERT INTO program_tasks (program_id, title, description, responsible_org_id,
        responsible_person_id, deadline, status, done_on, created_by)
      VALUES (${programId}, ${input.title}, ${input.description ?? null}, ${parties.responsibleOrgId}, ${parties.responsiblePersonId},
        ${input.deadline}, ${status}, ${status === 'done' ? todayVn() : null}, ${actor.accountId}) RETURNING id`))!;
    await writeUnits(tx, created.id, units);
    await noticeAssigned(tx, actor, created.id);
    const after = await item(tx, created.id);
    await audit(tx, actor, { action: 'create', entity: 'task', entityId: created.id, orgPath: p.orgPath, after });
    return answered(tx, actor, created.id);
  });
}

/** The assigning unit edits the task; the responsible unit only moves its status. */
export async function update(db: Db, actor: Actor, id: number, input: UpdateTaskInput) {
  assertAnywhere(actor, 'program.read');
  return db.transaction(async (tx) => {
    const { t, owner, responsible } = await readableTask(tx, actor, id, true);
    const onlyStatus = Object.keys(input).every((k) => k === 'status');
    if (!owner && !(responsible && onlyStatus)) throw new AppError(403, responsible ? 'task_owner_only' : 'program_own_unit');
    assertOpen(t);
    const before = await item(tx, id);
    if (!onlyStatus) {
      const parties = {
        responsibleOrgId: input.responsibleOrgId ?? t.responsibleOrgId,
        responsiblePersonId: input.responsiblePersonId === undefined ? t.responsiblePersonId : input.responsiblePersonId,
        cooperatingOrgIds: input.cooperatingOrgIds ?? before.cooperatingUnits.map((u) => u.id),
      };
      const units = await checkParties(tx, actor, t.programOrgPath, parties);
      await tx.execute(sql`UPDATE program_tasks SET title = ${input.title ?? t.title},
          description = ${input.description === undefined ? t.description : input.description},
          responsible_org_id = ${parties.responsibleOrgId}, responsible_person_id = ${parties.responsiblePersonId},
          deadline = ${input.deadline ?? t.deadline}, updated_at = now() WHERE id = ${id}`);
      if (input.cooperatingOrgIds) await writeUnits(tx, id, units);
      if (parties.responsibleOrgId !== t.responsibleOrgId) await noticeAssigned(tx, actor, id);
    }
    if (input.status) await setStatus(tx, t, input.status);
    const after = await item(tx, id);
    await audit(tx, actor, { action: 'update', entity: 'task', entityId: id, orgPath: t.responsiblePath, before, after });
    return answered(tx, actor, id);
  });
}

async function setStatus(tx: Queryable, t: q.TaskRow, status: string) {
  if (status === t.status) return;
  await tx.execute(sql`UPDATE program_tasks SET status = ${status}, done_on = ${status === 'done' ? todayVn() : null}, updated_at = now() WHERE id = ${t.id}`);
}

export async function remove(db: Db, filesDir: string, actor: Actor, id: number) {
  assertAnywhere(actor, 'program.write');
  const keys = await db.transaction(async (tx) => {
    const { t, owner } = await readableTask(tx, actor, id, true);
    if (!owner) throw new AppError(403, 'program_own_unit');
    assertOpen(t);
    const before = await item(tx, id);
    const keys = (await q.evidenceOf(tx, sql`e.task_id = ${id}`)).map((e) => e.storageKey);
    await tx.execute(sql`DELETE FROM program_tasks WHERE id = ${id}`);
    await audit(tx, actor, { action: 'delete', entity: 'task', entityId: id, orgPath: t.programOrgPath, before });
    return keys;
  });
  // The rows are gone with the task; their files follow once that is committed.
  for (const key of keys) await removeStored(filesDir, key);
}

/** The unit a note or a file is written for: the responsible unit, else the assigning one (đôn đốc). */
function writerOf(r: Awaited<ReturnType<typeof readableTask>>) {
  if (r.responsible) return { orgPath: r.t.responsiblePath, orgId: r.t.responsibleOrgId };
  if (r.owner) return { orgPath: r.t.programOrgPath, orgId: r.t.programOrgId };
  throw new AppError(403, 'program_own_unit');
}

export async function addNote(db: Db, actor: Actor, id: number, input: NoteInput) {
  assertAnywhere(actor, 'program.read');
  return db.transaction(async (tx) => {
    const r = await readableTask(tx, actor, id, true);
    const w = writerOf(r);
    assertOpen(r.t);
    const note = (await one<{ id: number }>(tx, sql`INSERT INTO task_notes (task_id, org_id, body, status, created_by)
      VALUES (${id}, ${w.orgId}, ${input.body}, ${input.status ?? null}, ${actor.accountId})
      RETURNING id`))!;
    if (input.status) await setStatus(tx, r.t, input.status);
    await audit(tx, actor, { action: 'create', entity: 'task_note', entityId: note.id, orgPath: w.orgPath, after: { taskId: id, ...input } });
    return detail(tx, actor, id);
  });
}

export async function uploadEvidence(db: Db, filesDir: string, actor: Actor, id: number, req: FastifyRequest) {
  assertAnywhere(actor, 'program.read');
  writerOf(await readableTask(db, actor, id));
  return storeUpload(filesDir, req, (saved) => db.transaction(async (tx) => {
    // Re-read under lock: the task may have gone while the file was streaming.
    const r = await readableTask(tx, actor, id, true);
    const w = writerOf(r);
    assertOpen(r.t);
    const row = (await one<{ id: number }>(tx, sql`INSERT INTO task_evidence (task_id, filename, mime, size, sha256, storage_key, uploaded_by)
      VALUES (${id}, ${saved.filename}, ${saved.mime}, ${saved.size}, ${saved.sha256}, ${saved.key}, ${actor.accountId}) RETURNING id`))!;
    const [{ storageKey: _k, ...out }] = await q.evidenceOf(tx, sql`e.id = ${row.id}`);
    await audit(tx, actor, { action: 'create', entity: 'task_evidence', entityId: row.id, orgPath: w.orgPath, after: out });
    return out;
  }));
}

async function readableEvidence(db: Queryable, actor: Actor, id: number) {
  const [e] = await q.evidenceOf(db, sql`e.id = ${id}`);
  if (!e) throw notFound('evidence');
  const r = await readableTask(db, actor, e.taskId).catch(() => { throw notFound('evidence'); });
  return { e, r };
}

export async function openEvidence(db: Db, filesDir: string, actor: Actor, id: number) {
  const { e } = await readableEvidence(db, actor, id);
  const file = await openStored(filesDir, e);
  if (!file) throw notFound('evidence');
  return file;
}

export async function removeEvidence(db: Db, filesDir: string, actor: Actor, id: number) {
  const key = await db.transaction(async (tx) => {
    const { e, r } = await readableEvidence(tx, actor, id);
    const w = writerOf(r);
    assertOpen(r.t);
    await tx.execute(sql`DELETE FROM task_evidence WHERE id = ${id}`);
    const { storageKey, ...before } = e;
    await audit(tx, actor, { action: 'delete', entity: 'task_evidence', entityId: id, orgPath: w.orgPath, before });
    return storageKey;
  });
  await removeStored(filesDir, key);
}
