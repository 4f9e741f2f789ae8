// The board of reports (issue 8 item 2): for a program and one of its periods, every unit below that has a program
// built from it (at any depth) and owes a report for the period of the same dates, with the report's status.
import { rows, sql, utc, VN_TODAY, vnDay, type Queryable, type SQL } from '../../core/db/index.js';
import { limitOffset } from '../../core/pagination.js';
import { unitLabel } from '../../core/units.js';

export const BOARD_STATUSES = ['late', 'not_due', 'late_filed', 'on_time'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

/**
 * SQL: the status of period `rp` given its report `r` (may be NULL): submitted by the due date (a Vietnam day) is on
 * time, after it late filed; not submitted is late from the day after the due date, before that not yet due.
 */
export const reportStatusSql = (rp: string, r: string) => {
  const p = sql.raw(rp);
  const x = sql.raw(r);
  return sql`(CASE WHEN ${x}.submitted_at IS NOT NULL
      THEN CASE WHEN ${vnDay(sql`${x}.submitted_at`)} <= ${p}.due_on THEN 'on_time' ELSE 'late_filed' END
    WHEN ${VN_TODAY} > ${p}.due_on THEN 'late' ELSE 'not_due' END)`;
};

/** The order of the board: late first, then those still to come, then late filed, on time last. */
const statusRank = (status: SQL) => sql`array_position(ARRAY['late', 'not_due', 'late_filed', 'on_time'], ${status})`;

/**
 * The programs built from program `programId` at any depth (not itself), each with its period ending `endsOn`:
 * a walk down programs_parent_org, then one probe of report_periods (program_id, ends_on) and one of
 * program_reports (period_id) per unit. Units whose program has no such period (another frequency) are not expected.
 * `scope` is on org `o` (the caller's view).
 */
const expected = (programId: number, endsOn: string, scope: SQL) => sql`
  WITH RECURSIVE below AS (
    SELECT c.id, c.org_id FROM programs c WHERE c.parent_program_id = ${programId} AND c.status = 'active'
    UNION ALL
    SELECT c.id, c.org_id FROM programs c JOIN below b ON c.parent_program_id = b.id WHERE c.status = 'active'
  ), board AS (
    SELECT b.id AS program_id, o.id AS org_id, o.path, rp.id AS period_id, rp.due_on, rp.last_reminded_at,
      r.id AS report_id, r.status AS report_status, r.submitted_at, r.revision, ${reportStatusSql('rp', 'r')} AS status
    FROM below b JOIN orgs o ON o.id = b.org_id
    JOIN report_periods rp ON rp.program_id = b.id AND rp.ends_on = ${endsOn}::date
    LEFT JOIN program_reports r ON r.period_id = rp.id
    WHERE o.status = 'active' AND ${scope}
  )`;

export interface BoardRow {
  programId: number; orgId: number; orgName: string; periodId: number; dueOn: string; status: BoardStatus;
  reportId: number | null; reportStatus: 'draft' | 'submitted' | null; submittedAt: string | null; revision: number;
  lastRemindedAt: string | null; reminderCount: number; total?: unknown;
}

/** One page of the board, late first (then by the tree's order), and the counts per status over the whole board. */
export async function board(db: Queryable, programId: number, endsOn: string, scope: SQL, f: { status?: BoardStatus; page: number; pageSize: number }) {
  const [items, counts] = await Promise.all([
    rows<BoardRow>(db, sql`${expected(programId, endsOn, scope)}
      SELECT pg.program_id AS "programId", pg.org_id AS "orgId", ${unitLabel('o')} AS "orgName", pg.period_id AS "periodId",
        pg.due_on AS "dueOn", pg.status, pg.report_id AS "reportId", pg.report_status AS "reportStatus",
        ${utc(sql`pg.submitted_at`)} AS "submittedAt", coalesce(pg.revision, 0)::int AS revision,
        ${utc(sql`pg.last_reminded_at`)} AS "lastRemindedAt",
        (SELECT count(*) FROM report_reminders rr WHERE rr.period_id = pg.period_id)::int AS "reminderCount", pg.total
      FROM (SELECT board.*, count(*) OVER () AS total FROM board ${f.status ? sql`WHERE status = ${f.status}` : sql``}
        ORDER BY ${statusRank(sql`status`)}, path ${limitOffset(f)}) pg
      JOIN orgs o ON o.id = pg.org_id
      ORDER BY ${statusRank(sql`pg.status`)}, pg.path`),
    rows<{ status: BoardStatus; n: number }>(db, sql`${expected(programId, endsOn, scope)}
      SELECT status, count(*)::int AS n FROM board GROUP BY status`),
  ]);
  const byStatus = Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<BoardStatus, number>;
  for (const c of counts) byStatus[c.status] = c.n;
  return { items, counts: byStatus };
}
