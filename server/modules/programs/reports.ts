// Progress reports (báo cáo kết quả thực hiện): for each period the program's unit files target values, task
// progress, a narrative and evidence. A draft keeps the form; submitting writes the values (target_values) and the
// task progress (task_notes), both with the period's id. A correction is a new submission replacing that period's
// values; the audit keeps what was there before, and lateness stays that of the first submission.
import type { FastifyRequest } from 'fastify';
import { audit } from '../../core/audit.js';
import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, conflict, notFound, type FieldMessage } from '../../core/errors.js';
import { t } from '../../core/i18n.js';
import { assertAnywhere, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { openStored, storeUpload, removeStored } from '../documents/files.js';
import { actsFor } from './policy.js';
import * as rq from './report-queries.js';
import type { ReportInput } from './report-schemas.js';
import { isVisible } from './service.js';
import { checkValue } from './targets.js';
import './report-messages.js';

const shown = (kind: string, v: number | null) => (v == null ? null : kind === 'boolean' ? v === 1 : v);

/** A period the actor sees (its program visible), 404 otherwise. */
async function readablePeriod(db: Queryable, actor: Actor, id: number, lock = false) {
  const p = await rq.findPeriod(db, id, lock);
  if (!p || !isVisible(actor, p.orgPath)) throw notFound('report_period');
  return p;
}

/** A period the actor files for: its own unit's (office or leadership), of an active program. */
async function fileablePeriod(db: Queryable, actor: Actor, id: number) {
  const p = await readablePeriod(db, actor, id, true);
  if (!actsFor(actor, 'program.report', p.orgPath)) throw new AppError(403, 'report_own_unit');
  const prog = await one<{ status: string }>(db, sql`SELECT status FROM programs WHERE id = ${p.programId}`);
  if (prog?.status === 'closed') throw conflict('program_closed');
  return p;
}

export async function form(db: Queryable, actor: Actor, periodId: number) {
  const p = await readablePeriod(db, actor, periodId);
  const [report, targets, tasks, reminders] = await Promise.all([
    rq.findReport(db, periodId), rq.ownTargets(db, p.programId), rq.ownTasks(db, p.programId, p.orgId), rq.remindersOf(db, periodId),
  ]);
  const evidence = report ? await rq.evidenceOf(db, sql`e.report_id = ${report.id}`) : [];
  const values = new Map((report?.content.values ?? []).map((v) => [v.targetId, v]));
  const taskEntries = new Map((report?.content.tasks ?? []).map((v) => [v.taskId, v]));
  const { orgPath: _p, orgId, orgName, programTitle, parentProgramId, ...period } = p;
  return {
    id: report?.id ?? null, period, program: { id: p.programId, title: programTitle, parentProgramId }, org: { id: orgId, name: orgName },
    status: report?.status ?? null, narrative: report?.narrative ?? null, submittedAt: report?.submittedAt ?? null,
    submittedBy: report?.submittedBy ?? null, lastSubmittedAt: report?.lastSubmittedAt ?? null, revision: report?.revision ?? 0,
    canEdit: actsFor(actor, 'program.report', p.orgPath),
    targets: targets.map((x) => {
      const v = values.get(x.id);
      return {
        id: x.id, indicator: x.indicator, unit: x.unit, kind: x.kind, targetValue: shown(x.kind, x.targetValue)!, deadline: x.deadline,
        baselineValue: shown(x.kind, x.baselineValue), lastValue: shown(x.kind, x.lastValue), lastAsOf: x.lastAsOf,
        value: v?.value ?? null, asOf: v?.asOf ?? null, note: v?.note ?? null,
      };
    }),
    tasks: tasks.map((x) => {
      const e = taskEntries.get(x.id);
      return { ...x, newStatus: (e?.status ?? null) as typeof x.status | null, note: e?.note ?? null };
    }),
    evidence: evidence.map(({ storageKey: _k, ...e }) => e),
    reminders,
  };
}

/** Checks every field against the unit's own targets and tasks; 400 names each bad one (`values.2.value`). */
async function validate(tx: Queryable, p: rq.PeriodFull, input: ReportInput) {
  const fields: Record<string, FieldMessage> = {};
  const targets = new Map((await rq.ownTargets(tx, p.programId)).map((x) => [x.id, x]));
  const tasks = new Map((await rq.ownTasks(tx, p.programId, p.orgId)).map((x) => [x.id, x]));
  const today = todayVn();
  const defaultAsOf = p.endsOn < today ? p.endsOn : today;
  const seen = new Set<number>();
  const values = input.values.map((v, i) => {
    const target = targets.get(v.targetId);
    if (!target) fields[`values.${i}.targetId`] = 'report_target_not_own';
    else if (seen.has(v.targetId)) fields[`values.${i}.targetId`] = 'report_target_twice';
    seen.add(v.targetId);
    const asOf = v.asOf ?? defaultAsOf;
    if (v.asOf && (v.asOf < p.startsOn || v.asOf > p.endsOn)) fields[`values.${i}.asOf`] = { key: 'report_as_of_period', params: { from: p.startsOn, to: p.endsOn } };
    else if (asOf > today) fields[`values.${i}.asOf`] = 'value_in_future';
    const stored = target && v.value != null ? checkValue(target.kind, v.value, `values.${i}.value`, fields) : null;
    return { targetId: v.targetId, value: v.value, stored, asOf, note: v.note ?? null };
  });
  const seenTasks = new Set<number>();
  input.tasks.forEach((x, i) => {
    if (!tasks.has(x.taskId)) fields[`tasks.${i}.taskId`] = 'report_task_not_own';
    else if (seenTasks.has(x.taskId)) fields[`tasks.${i}.taskId`] = 'report_task_twice';
    seenTasks.add(x.taskId);
  });
  if (Object.keys(fields).length) throw badRequest(fields);
  return { values, known: tasks };
}

/** Saves the draft, or submits (a first submission or a correction). */
export async function save(db: Db, actor: Actor, periodId: number, input: ReportInput) {
  assertAnywhere(actor, 'program.report');
  return db.transaction(async (tx) => {
    const p = await fileablePeriod(tx, actor, periodId);
    const { values, known } = await validate(tx, p, input);
    const before = await rq.findReport(tx, periodId);
    if (before?.status === 'submitted' && !input.submit) throw conflict('report_already_submitted');
    const content = { values: values.map(({ stored: _s, ...v }) => v), tasks: input.tasks };
    const submit = input.submit;
    const row = (await one<{ id: number }>(tx, sql`INSERT INTO program_reports (program_id, period_id, org_id, narrative, content, status,
        submitted_at, submitted_by, revision, last_submitted_at, created_by)
      VALUES (${p.programId}, ${periodId}, ${p.orgId}, ${input.narrative ?? null}, ${JSON.stringify(content)}::jsonb,
        ${submit ? 'submitted' : 'draft'}, ${submit ? sql`now()` : null}, ${submit ? actor.accountId : null}, ${submit ? 1 : 0},
        ${submit ? sql`now()` : null}, ${actor.accountId})
      ON CONFLICT (period_id) DO UPDATE SET narrative = EXCLUDED.narrative, content = EXCLUDED.content, status = EXCLUDED.status,
        submitted_at = coalesce(program_reports.submitted_at, EXCLUDED.submitted_at),
        submitted_by = coalesce(program_reports.submitted_by, EXCLUDED.submitted_by),
        revision = program_reports.revision + EXCLUDED.revision,
        last_submitted_at = coalesce(EXCLUDED.last_submitted_at, program_reports.last_submitted_at), updated_at = now()
      RETURNING id`))!;
    if (submit) {
      // The period's values are those of its latest submission.
      await tx.execute(sql`DELETE FROM target_values WHERE period_id = ${periodId}`);
      const filed = values.filter((v) => v.stored != null);
      if (filed.length) {
        await tx.execute(sql`INSERT INTO target_values (target_id, value, as_of, period_id, note, reported_by)
          VALUES ${sql.join(filed.map((v) => sql`(${v.targetId}, ${v.stored}, ${v.asOf}, ${periodId}, ${v.note}, ${actor.accountId})`), sql`, `)}`);
      }
      for (const x of input.tasks) {
        const task = known.get(x.taskId)!;
        const moved = x.status && x.status !== task.status ? x.status : null;
        if (!moved && !x.note) continue;
        const body = x.note || t(actor.lang, 'report_task_status_note', { period: p.label });
        await tx.execute(sql`INSERT INTO task_notes (task_id, org_id, body, status, period_id, created_by)
          VALUES (${x.taskId}, ${p.orgId}, ${body}, ${moved}, ${periodId}, ${actor.accountId})`);
        if (moved) {
          await tx.execute(sql`UPDATE program_tasks SET status = ${moved}, done_on = ${moved === 'done' ? todayVn() : null}, updated_at = now()
            WHERE id = ${x.taskId}`);
        }
      }
    }
    const after = await form(tx, actor, periodId);
    await audit(tx, actor, {
      action: submit ? 'submit' : before ? 'update' : 'create', entity: 'program_report', entityId: row.id, orgPath: p.orgPath,
      before: before ? { status: before.status, narrative: before.narrative, content: before.content, revision: before.revision } : undefined,
      after: { periodId, label: p.label, status: after.status, narrative: after.narrative, content, revision: after.revision },
    });
    return after;
  });
}

/** Evidence goes on the report of the period (a draft is opened for it if there is none yet). */
export async function uploadEvidence(db: Db, filesDir: string, actor: Actor, periodId: number, req: FastifyRequest) {
  assertAnywhere(actor, 'program.report');
  await fileablePeriod(db, actor, periodId);
  return storeUpload(filesDir, req, (saved) => db.transaction(async (tx) => {
    const p = await fileablePeriod(tx, actor, periodId);
    const report = (await one<{ id: number }>(tx, sql`INSERT INTO program_reports (program_id, period_id, org_id, created_by)
      VALUES (${p.programId}, ${periodId}, ${p.orgId}, ${actor.accountId})
      ON CONFLICT (period_id) DO UPDATE SET updated_at = now() RETURNING id`))!;
    const row = (await one<{ id: number }>(tx, sql`INSERT INTO report_evidence (report_id, filename, mime, size, sha256, storage_key, uploaded_by)
      VALUES (${report.id}, ${saved.filename}, ${saved.mime}, ${saved.size}, ${saved.sha256}, ${saved.key}, ${actor.accountId}) RETURNING id`))!;
    const [{ storageKey: _k, ...out }] = await rq.evidenceOf(tx, sql`e.id = ${row.id}`);
    await audit(tx, actor, { action: 'create', entity: 'report_evidence', entityId: row.id, orgPath: p.orgPath, after: { ...out, periodId } });
    return out;
  }));
}

async function readableEvidence(db: Queryable, actor: Actor, id: number) {
  const [e] = await rq.evidenceOf(db, sql`e.id = ${id}`);
  if (!e) throw notFound('evidence');
  const r = await one<{ periodId: number }>(db, sql`SELECT period_id AS "periodId" FROM program_reports WHERE id = ${e.reportId}`);
  await readablePeriod(db, actor, r!.periodId).catch(() => { throw notFound('evidence'); });
  return { e, periodId: r!.periodId };
}

export async function openEvidence(db: Db, filesDir: string, actor: Actor, id: number) {
  const { e } = await readableEvidence(db, actor, id);
  const file = await openStored(filesDir, e);
  if (!file) throw notFound('evidence');
  return file;
}

export async function removeEvidence(db: Db, filesDir: string, actor: Actor, id: number) {
  const key = await db.transaction(async (tx) => {
    const { e, periodId } = await readableEvidence(tx, actor, id);
    const p = await fileablePeriod(tx, actor, periodId);
    await tx.execute(sql`DELETE FROM report_evidence WHERE id = ${id}`);
    const { storageKey, ...before } = e;
    await audit(tx, actor, { action: 'delete', entity: 'report_evidence', entityId: id, orgPath: p.orgPath, before });
    return storageKey;
  });
  await removeStored(filesDir, key);
}
