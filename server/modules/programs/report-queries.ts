import { one, rows, sql, utc, VN_TODAY, type Queryable } from '../../core/db/index.js';
import { unitLabel } from '../../core/units.js';
import { reportStatusSql } from './board-queries.js';
import { overdueSql } from './queries.js';
import type { PeriodRow } from './periods.js';

export interface PeriodFull extends PeriodRow { orgPath: string; orgId: number; orgName: string; programTitle: string; parentProgramId: number | null }

export async function findPeriod(db: Queryable, id: number, lock = false) {
  return one<PeriodFull>(db, sql`SELECT rp.id, rp.program_id AS "programId", rp.starts_on AS "startsOn", rp.ends_on AS "endsOn",
      rp.due_on AS "dueOn", rp.label, ${reportStatusSql('rp', 'r')} AS status, r.id AS "reportId", r.status AS "reportStatus",
      (${VN_TODAY} BETWEEN rp.starts_on AND rp.ends_on) AS current,
      o.path::text AS "orgPath", o.id AS "orgId", ${unitLabel('o')} AS "orgName", p.title AS "programTitle", p.parent_program_id AS "parentProgramId"
    FROM report_periods rp JOIN programs p ON p.id = rp.program_id JOIN orgs o ON o.id = p.org_id
    LEFT JOIN program_reports r ON r.period_id = rp.id
    WHERE rp.id = ${id} ${lock ? sql`FOR UPDATE OF rp` : sql``}`);
}

export interface ReportRow {
  id: number; status: 'draft' | 'submitted'; narrative: string | null; submittedAt: string | null; submittedBy: string | null;
  lastSubmittedAt: string | null; revision: number;
  content: { values?: { targetId: number; value: number | boolean | null; asOf?: string; note?: string | null }[]; tasks?: { taskId: number; status?: string; note?: string | null }[] };
}

export async function findReport(db: Queryable, periodId: number) {
  return one<ReportRow>(db, sql`SELECT r.id, r.status, r.narrative, ${utc(sql`r.submitted_at`)} AS "submittedAt", a.display_name AS "submittedBy",
      ${utc(sql`r.last_submitted_at`)} AS "lastSubmittedAt", r.revision, r.content
    FROM program_reports r LEFT JOIN accounts a ON a.id = r.submitted_by WHERE r.period_id = ${periodId}`);
}

/** The targets a program's unit reports itself (not roll-ups), with their latest value. */
export async function ownTargets(db: Queryable, programId: number) {
  return rows<{ id: number; indicator: string; unit: string | null; kind: 'number' | 'percentage' | 'boolean' | 'units_meeting'; targetValue: number;
    baselineValue: number | null; deadline: string; lastValue: number | null; lastAsOf: string | null }>(db, sql`
    SELECT t.id, t.indicator, t.unit, t.kind, t.target_value::float8 AS "targetValue", t.baseline_value::float8 AS "baselineValue", t.deadline,
      lv.value::float8 AS "lastValue", lv.as_of AS "lastAsOf"
    FROM program_targets t LEFT JOIN LATERAL (SELECT v.value, v.as_of FROM target_values v WHERE v.target_id = t.id
      ORDER BY v.as_of DESC, v.id DESC LIMIT 1) lv ON true
    WHERE t.program_id = ${programId} AND t.aggregation IS NULL ORDER BY t.position, t.id`);
}

/** The tasks unit `orgId` is responsible for in program `programId` or the programs above it (given from above). */
export async function ownTasks(db: Queryable, programId: number, orgId: number) {
  return rows<{ id: number; title: string; programTitle: string; deadline: string; status: 'not_started' | 'in_progress' | 'done'; overdue: boolean; assignedFromAbove: boolean }>(db, sql`
    WITH RECURSIVE up AS (SELECT id, parent_program_id FROM programs WHERE id = ${programId}
      UNION ALL SELECT p.id, p.parent_program_id FROM programs p JOIN up ON p.id = up.parent_program_id)
    SELECT t.id, t.title, p.title AS "programTitle", t.deadline, t.status, ${overdueSql('t')} AS overdue, (t.program_id <> ${programId}) AS "assignedFromAbove"
    FROM program_tasks t JOIN programs p ON p.id = t.program_id
    WHERE t.program_id IN (SELECT id FROM up) AND t.responsible_org_id = ${orgId} AND p.status = 'active'
    ORDER BY ${overdueSql('t')} DESC, t.status = 'done', t.deadline, t.id`);
}

export async function evidenceOf(db: Queryable, where: ReturnType<typeof sql>) {
  return rows<{ id: number; reportId: number; filename: string; mime: string; size: number; sha256: string; storageKey: string; createdAt: string }>(db, sql`
    SELECT e.id, e.report_id AS "reportId", e.filename, e.mime, e.size, e.sha256, e.storage_key AS "storageKey", ${utc(sql`e.created_at`)} AS "createdAt"
    FROM report_evidence e WHERE ${where} ORDER BY e.created_at, e.id`);
}

export async function remindersOf(db: Queryable, periodId: number) {
  return rows<{ id: number; message: string; sentAt: string; sentBy: string | null; fromOrg: string | null }>(db, sql`
    SELECT rr.id, rr.message, ${utc(sql`rr.sent_at`)} AS "sentAt", a.display_name AS "sentBy",
      CASE WHEN so.id IS NULL THEN NULL ELSE ${unitLabel('so')} END AS "fromOrg"
    FROM report_reminders rr LEFT JOIN accounts a ON a.id = rr.sent_by LEFT JOIN orgs so ON so.id = rr.sent_by_org_id
    WHERE rr.period_id = ${periodId} ORDER BY rr.sent_at DESC, rr.id DESC`);
}
