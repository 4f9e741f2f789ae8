// Reporting periods (kỳ báo cáo): calendar months, quarters, half-years or years over a program's span, each due a
// number of days after its end. The top program of a cascade sets the frequency; every program built from it, at
// any depth, follows, so the parent's board compares periods of the same dates.
import { audit } from '../../core/audit.js';
import { rows, sql, VN_TODAY, type Db, type Queryable } from '../../core/db/index.js';
import { conflict } from '../../core/errors.js';
import { assertAnywhere, type Actor } from '../../core/policy.js';
import { maySetReporting } from './abilities.js';
import { reportStatusSql } from './board-queries.js';
import type { ReportingInput } from './report-schemas.js';
import { readableProgram, writableProgram } from './service.js';

export const FREQUENCIES = ['monthly', 'quarterly', 'half_year', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
const MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 3, half_year: 6, yearly: 12 };
const ROMAN = ['I', 'II', 'III', 'IV'];
/** More periods than this is a mistake (monthly over 20 years). */
const MAX_PERIODS = 240;

export interface PeriodSpec { startsOn: string; endsOn: string; dueOn: string; label: string }

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utcDate = (y: number, m: number, day: number) => new Date(Date.UTC(y, m, day));

/** The Vietnamese name of a period, as reports are titled ("Quý II/2025"). */
export function periodLabel(frequency: Frequency, startsOn: string): string {
  const y = Number(startsOn.slice(0, 4));
  const m = Number(startsOn.slice(5, 7));
  if (frequency === 'monthly') return `Tháng ${m}/${y}`;
  if (frequency === 'quarterly') return `Quý ${ROMAN[Math.floor((m - 1) / 3)]}/${y}`;
  if (frequency === 'half_year') return m <= 6 ? `6 tháng đầu năm ${y}` : `6 tháng cuối năm ${y}`;
  return `Năm ${y}`;
}

/** The calendar periods covering [from, to], whole (not cut at the span's ends, so programs' periods line up). */
export function periodsOver(frequency: Frequency, from: string, to: string, dueDays: number): PeriodSpec[] {
  const step = MONTHS[frequency];
  const y0 = Number(from.slice(0, 4));
  const m0 = Number(from.slice(5, 7)) - 1;
  let start = utcDate(y0, m0 - (m0 % step), 1);
  const out: PeriodSpec[] = [];
  while (iso(start) <= to && out.length < MAX_PERIODS) {
    const next = utcDate(start.getUTCFullYear(), start.getUTCMonth() + step, 1);
    const end = new Date(next.getTime() - 86400_000);
    const due = new Date(end.getTime() + dueDays * 86400_000);
    out.push({ startsOn: iso(start), endsOn: iso(end), dueOn: iso(due), label: periodLabel(frequency, iso(start)) });
    start = next;
  }
  return out;
}

/** SQL: the ids of program `id` and of the programs built from it at any depth. */
export const programTree = (id: number) => sql`(WITH RECURSIVE tree AS (SELECT ${id}::int AS id
    UNION ALL SELECT c.id FROM programs c JOIN tree ON c.parent_program_id = tree.id) SELECT id FROM tree)`;

/**
 * (Re)makes the periods of the given programs from their frequency: periods nothing was filed for are dropped,
 * those reported on stay, and new ones are added where they do not overlap a kept one. Set-based: one statement per
 * distinct span, however many units follow the program.
 */
export async function regenerate(tx: Queryable, ids: ReturnType<typeof programTree>) {
  await tx.execute(sql`DELETE FROM report_periods rp WHERE rp.program_id IN ${ids}
    AND NOT EXISTS (SELECT 1 FROM program_reports r WHERE r.period_id = rp.id)`);
  const spans = await rows<{ frequency: Frequency | null; dueDays: number; from: string; to: string }>(tx, sql`
    SELECT DISTINCT report_frequency AS frequency, report_due_days AS "dueDays", period_from AS "from", period_to AS "to"
    FROM programs WHERE id IN ${ids} AND report_frequency IS NOT NULL`);
  for (const s of spans) {
    const specs = periodsOver(s.frequency!, s.from, s.to, s.dueDays);
    if (!specs.length) continue;
    const values = sql.join(specs.map((p) => sql`(${p.startsOn}::date, ${p.endsOn}::date, ${p.dueOn}::date, ${p.label})`), sql`, `);
    await tx.execute(sql`INSERT INTO report_periods (program_id, starts_on, ends_on, due_on, label)
      SELECT p.id, x.s, x.e, x.d, x.l FROM programs p CROSS JOIN (VALUES ${values}) AS x(s, e, d, l)
      WHERE p.id IN ${ids} AND p.report_frequency = ${s.frequency} AND p.report_due_days = ${s.dueDays}
        AND p.period_from = ${s.from}::date AND p.period_to = ${s.to}::date
        AND NOT EXISTS (SELECT 1 FROM report_periods k WHERE k.program_id = p.id AND k.starts_on <= x.e AND k.ends_on >= x.s)`);
  }
}

export interface PeriodRow {
  id: number; programId: number; startsOn: string; endsOn: string; dueOn: string; label: string;
  status: 'late' | 'not_due' | 'late_filed' | 'on_time'; reportId: number | null; reportStatus: 'draft' | 'submitted' | null; current: boolean;
}

export async function periodsOf(db: Queryable, programId: number) {
  return rows<PeriodRow>(db, sql`SELECT rp.id, rp.program_id AS "programId", rp.starts_on AS "startsOn", rp.ends_on AS "endsOn",
      rp.due_on AS "dueOn", rp.label, ${reportStatusSql('rp', 'r')} AS status, r.id AS "reportId", r.status AS "reportStatus",
      (${VN_TODAY} BETWEEN rp.starts_on AND rp.ends_on) AS current
    FROM report_periods rp LEFT JOIN program_reports r ON r.period_id = rp.id
    WHERE rp.program_id = ${programId} ORDER BY rp.starts_on`);
}

async function reportingOf(db: Queryable, programId: number) {
  const [s] = await rows<{ frequency: Frequency | null; dueDays: number; inherited: boolean }>(db, sql`SELECT report_frequency AS frequency,
      report_due_days AS "dueDays", parent_program_id IS NOT NULL AS inherited FROM programs WHERE id = ${programId}`);
  return { ...s, periods: await periodsOf(db, programId) };
}

export async function reporting(db: Queryable, actor: Actor, programId: number) {
  const p = await readableProgram(db, actor, programId);
  return { ...(await reportingOf(db, programId)), canEdit: maySetReporting(actor, p) };
}

/** The top program sets how often the units report; the programs built from it follow. */
export async function setReporting(db: Db, actor: Actor, programId: number, input: ReportingInput) {
  assertAnywhere(actor, 'program.write');
  return db.transaction(async (tx) => {
    const p = await writableProgram(tx, actor, programId);
    if (p.parentProgramId) throw conflict('reporting_inherited', {}, { frequency: 'reporting_inherited' });
    const before = await reportingOf(tx, programId);
    const tree = programTree(programId);
    await tx.execute(sql`UPDATE programs SET report_frequency = ${input.frequency}, report_due_days = ${input.dueDays ?? before.dueDays},
      updated_at = now() WHERE id IN ${tree}`);
    await regenerate(tx, tree);
    const after = { ...(await reportingOf(tx, programId)), canEdit: maySetReporting(actor, p) };
    const { periods: _b, ...b } = before;
    await audit(tx, actor, { action: 'update', entity: 'program_reporting', entityId: programId, orgPath: p.orgPath,
      before: b, after: { frequency: after.frequency, dueDays: after.dueDays, periods: after.periods.map((x) => x.label) } });
    return after;
  });
}
