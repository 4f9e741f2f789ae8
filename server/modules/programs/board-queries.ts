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
 * The periods ending `endsOn` of the programs built from program `programId` at any depth (not itself): one range of
 * report_periods_board (ends_on, tree), each period carrying its unit and first submission, so no walk of the tree
 * and no join over the whole board (on PGlite each join of 10,000 rows costs about 70 ms). Units whose program has
 * no such period (another frequency) are not expected. `scope` on org `o` is the caller's view, null when it
 * covers the program's unit (and so every unit below): only then is the join to orgs skipped.
 */
export const boardExpected = (programId: number, endsOn: string, scope: SQL | null) => sql`
  WITH top AS (SELECT tree || '.' AS lo, tree || '/' AS hi FROM programs WHERE id = ${programId}),
  board AS (
    SELECT rp.program_id, rp.org_id, rp.tree, rp.id AS period_id, rp.due_on, rp.last_reminded_at, ${reportStatusSql('rp', 'rp')} AS status
    FROM top JOIN report_periods rp ON rp.ends_on = ${endsOn}::date AND rp.tree >= top.lo AND rp.tree < top.hi
    ${scope ? sql`JOIN orgs o ON o.id = rp.org_id AND ${scope}` : sql``}
  )`;

export interface BoardRow {
  programId: number; orgId: number; orgName: string; periodId: number; dueOn: string; status: BoardStatus;
  reportId: number | null; reportStatus: 'draft' | 'submitted' | null; submittedAt: string | null; revision: number;
  lastRemindedAt: string | null; reminderCount: number; total?: unknown;
}

/** One page of the board, late first (then in the order of the programs' tree), and the counts per status over the whole board: one scan. */
export async function board(db: Queryable, programId: number, endsOn: string, scope: SQL | null, f: { status?: BoardStatus; page: number; pageSize: number }) {
  const counts = sql.join(BOARD_STATUSES.map((s) => sql`count(*) FILTER (WHERE status = ${s}) OVER () AS ${sql.raw(`"n_${s}"`)}`), sql`, `);
  const items = await rows<BoardRow & Record<`n_${BoardStatus}`, unknown>>(db, sql`${boardExpected(programId, endsOn, scope)}
    SELECT pg.program_id AS "programId", pg.org_id AS "orgId", ${unitLabel('o')} AS "orgName", pg.period_id AS "periodId",
      pg.due_on AS "dueOn", pg.status, r.id AS "reportId", r.status AS "reportStatus",
      ${utc(sql`r.submitted_at`)} AS "submittedAt", coalesce(r.revision, 0)::int AS revision,
      ${utc(sql`pg.last_reminded_at`)} AS "lastRemindedAt",
      (SELECT count(*) FROM report_reminders rr WHERE rr.period_id = pg.period_id)::int AS "reminderCount", pg.total,
      ${sql.join(BOARD_STATUSES.map((s) => sql.raw(`pg."n_${s}"`)), sql`, `)}
    FROM (SELECT board.*, count(*) FILTER (WHERE ${f.status ? sql`status = ${f.status}` : sql`true`}) OVER () AS total, ${counts}
      FROM board ORDER BY ${f.status ? sql`status = ${f.status} DESC, ` : sql``}${statusRank(sql`status`)}, tree ${limitOffset(f)}) pg
    JOIN orgs o ON o.id = pg.org_id LEFT JOIN program_reports r ON r.period_id = pg.period_id
    ${f.status ? sql`WHERE pg.status = ${f.status}` : sql``}
    ORDER BY ${statusRank(sql`pg.status`)}, pg.tree`);
  const byStatus = Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<BoardStatus, number>;
  if (items[0]) for (const s of BOARD_STATUSES) byStatus[s] = Number(items[0][`n_${s}`]);
  else {
    // An empty page (no unit of that status, or past the end) still tells the counts.
    const rest = await rows<{ status: BoardStatus; n: number }>(db, sql`${boardExpected(programId, endsOn, scope)} SELECT status, count(*)::int AS n FROM board GROUP BY status`);
    for (const c of rest) byStatus[c.status] = c.n;
  }
  return { items: items.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith('n_'))) as unknown as BoardRow), counts: byStatus };
}
