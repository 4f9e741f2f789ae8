// Demo progress reports of the term program: yearly reports 2020–2024 (the figures the program already holds), then
// quarterly from 2025 (the frequency the district set in 2025; the yearly periods reported on stay). Communes file
// each quarter until Q3/2026: most on time, some late (after the due date), some never (late); two late ones got a
// reminder. Q4/2026 and later are open: a commune clerk has a current report to file on the day the demo starts.
// Deterministic: who is late is a function of the commune's place in the list and the quarter.
import { bulkInsert } from '../core/db/bulk.js';
import { rows, sql, type Queryable } from '../core/db/index.js';
import { periodLabel, programTree, regenerate } from '../modules/programs/periods.js';
import type { OrgTree } from './orgs.js';

const YEARS = [2020, 2021, 2022, 2023, 2024];
/** Quarters filed from 2025: Q1/2025 … Q3/2026. */
const QUARTERS = Array.from({ length: 7 }, (_, k) => ({ year: 2025 + Math.floor(k / 4), q: (k % 4) + 1 }));
const DUE_DAYS = 10;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400_000));
/** 09:00 in Vietnam on that day. */
const at9 = (day: string) => `${day}T02:00:00Z`;

type Fate = 'on_time' | 'late_filed' | 'missing' | 'draft';
/** The fate of commune i's report for quarter k (0 = Q1/2025). Dân Lực (0) and Hợp Thành (3) are always on time. */
function fate(i: number, k: number): Fate {
  if (i === 0 || i === 3) return 'on_time';
  if (k === 6) {
    if (i % 8 === 5) return 'missing';
    if (i % 8 === 1) return 'draft';
  } else if ((i + k) % 17 === 0) return 'missing';
  return (i * 3 + k) % 7 === 0 ? 'late_filed' : 'on_time';
}

interface TargetRow { id: number; programId: number; indicator: string; kind: string; last: number | null }

/** A commune's figure for quarter k, from its 2024 value along a steady path (what the yearly values suggest). */
function quarterValue(t: TargetRow, i: number, k: number): number | null {
  if (t.last == null) return null;
  if (t.kind === 'boolean') return t.last === 1 || (k >= 1 && i % 2 === 0) ? 1 : 0;
  if (t.indicator.startsWith('Tốc độ tăng trưởng')) return Math.round((t.last + 0.1 * (k + 1) - (i % 3) * 0.15) * 10) / 10;
  if (t.indicator.startsWith('Thu nhập')) return Math.round((t.last + 1.3 * (k + 1)) * 10) / 10;
  return t.last + (k + 1) + (i % 2);   // new members, cumulative over the term
}

const narrative = (unit: string, label: string, fateOf: Fate) => fateOf === 'draft'
  ? `${unit}: dự thảo báo cáo ${label}, đang tổng hợp số liệu từ các chi bộ.`
  : `${label}: ${unit} tiếp tục quán triệt, triển khai chương trình hành động; các chỉ tiêu cơ bản đạt tiến độ, `
    + 'tập trung duy trì tiêu chí nông thôn mới nâng cao, phát triển kinh tế và công tác xây dựng Đảng.';

export async function insertProgramReports(tx: Queryable, tree: OrgTree) {
  await tx.execute(sql`UPDATE programs SET report_frequency = 'quarterly', report_due_days = ${DUE_DAYS}`);
  const programs = await rows<{ id: number; orgId: number }>(tx, sql`SELECT id, org_id AS "orgId" FROM programs ORDER BY id`);
  const periods: Record<string, unknown>[] = [];
  for (const p of programs) {
    for (const y of YEARS) {
      periods.push({ program_id: p.id, starts_on: `${y}-01-01`, ends_on: `${y}-12-31`, due_on: addDays(`${y}-12-31`, DUE_DAYS), label: periodLabel('yearly', `${y}-01-01`) });
    }
  }
  await bulkInsert(tx, 'report_periods', { program_id: 'int', starts_on: 'date', ends_on: 'date', due_on: 'date', label: 'text' }, periods);
  const all = await rows<{ id: number; programId: number; startsOn: string; endsOn: string; dueOn: string; label: string }>(tx, sql`
    SELECT id, program_id AS "programId", starts_on AS "startsOn", ends_on AS "endsOn", due_on AS "dueOn", label FROM report_periods`);
  const yearly = new Map(all.map((x) => [`${x.programId}:${x.endsOn}`, x]));
  const clerks = new Map((await rows<{ orgId: number; accountId: number }>(tx, sql`SELECT org_id AS "orgId", account_id AS "accountId"
    FROM role_grants WHERE role = 'clerk'`)).map((g) => [g.orgId, g.accountId]));
  const reports: Record<string, unknown>[] = [];
  const report = (p: { id: number; orgId: number }, period: { id: number; dueOn: string; label: string }, f: Fate, offset: number, unit: string, content: object) => {
    const submittedAt = f === 'on_time' ? at9(addDays(period.dueOn, -offset)) : f === 'late_filed' ? at9(addDays(period.dueOn, 1 + offset)) : null;
    reports.push({ program_id: p.id, period_id: period.id, org_id: p.orgId, narrative: narrative(unit, period.label, f), content: JSON.stringify(content),
      status: submittedAt ? 'submitted' : 'draft', submitted_at: submittedAt, submitted_by: submittedAt ? clerks.get(p.orgId) ?? null : null,
      revision: submittedAt ? 1 : 0, last_submitted_at: submittedAt, created_by: clerks.get(p.orgId) ?? null });
  };
  const flush = () => bulkInsert(tx, 'program_reports', {
    program_id: 'int', period_id: 'int', org_id: 'int', narrative: 'text', content: 'jsonb', status: 'text', submitted_at: 'timestamptz',
    submitted_by: 'int', revision: 'int', last_submitted_at: 'timestamptz', created_by: 'int',
  }, reports.splice(0));
  const unitName = (orgId: number) => tree.all.find((o) => o.id === orgId)!.name;
  // Yearly reports 2020–2024 by every unit, on time: they carry the yearly values already in the program.
  for (const p of programs) {
    YEARS.forEach((y, n) => report(p, yearly.get(`${p.id}:${y}-12-31`)!, 'on_time', (p.id + n) % 6, unitName(p.orgId), {}));
  }

  await flush();
  // Quarterly from 2025, the real generator filling the span around the yearly periods.
  await regenerate(tx, programTree(1));
  // The values the program already holds belong to the period they fall in.
  await tx.execute(sql`UPDATE target_values v SET period_id = rp.id FROM program_targets t, report_periods rp
    WHERE t.id = v.target_id AND rp.program_id = t.program_id AND v.as_of BETWEEN rp.starts_on AND rp.ends_on`);
  const quarterly = new Map((await rows<{ id: number; programId: number; endsOn: string; dueOn: string; label: string }>(tx, sql`
    SELECT id, program_id AS "programId", ends_on AS "endsOn", due_on AS "dueOn", label FROM report_periods WHERE starts_on >= '2025-01-01'`))
    .map((x) => [`${x.programId}:${x.endsOn}`, x]));
  const targets = await rows<TargetRow>(tx, sql`SELECT t.id, t.program_id AS "programId", t.indicator, t.kind,
      (SELECT v.value::float8 FROM target_values v WHERE v.target_id = t.id ORDER BY v.as_of DESC, v.id DESC LIMIT 1) AS last
    FROM program_targets t WHERE t.program_id <> 1 AND t.aggregation IS NULL ORDER BY t.id`);
  const values: Record<string, unknown>[] = [];
  const reminders: Record<string, unknown>[] = [];
  const district = programs[0];
  QUARTERS.forEach(({ year, q }, k) => {
    const endsOn = iso(new Date(Date.UTC(year, q * 3, 0)));
    const own = quarterly.get(`${district.id}:${endsOn}`)!;
    report(district, own, 'on_time', 1, unitName(district.orgId), {});
    tree.communes.forEach((c, i) => {
      const p = programs.find((x) => x.orgId === c.id)!;
      const period = quarterly.get(`${p.id}:${endsOn}`)!;
      const f = fate(i, k);
      if (f === 'missing') {
        if (k === 6 && reminders.length < 2) reminders.push({ period_id: period.id, message: `Đề nghị ${c.name} khẩn trương nộp báo cáo ${period.label}.`, sent_at: '2026-10-15T03:00:00Z' });
        return;
      }
      const filed = targets.filter((t) => t.programId === p.id).map((t) => ({ t, value: quarterValue(t, i, k) })).filter((x) => x.value != null);
      const content = { values: filed.map(({ t, value }) => ({ targetId: t.id, value: t.kind === 'boolean' ? value === 1 : value, asOf: endsOn, note: null })), tasks: [] };
      report(p, period, f, i % 5, c.name, content);
      if (f === 'draft') return;
      for (const { t, value } of filed) values.push({ target_id: t.id, value, as_of: endsOn, period_id: period.id, reported_by: clerks.get(c.id) ?? null });
    });
  });
  await flush();
  await bulkInsert(tx, 'target_values', { target_id: 'int', value: 'numeric', as_of: 'date', period_id: 'int', reported_by: 'int' }, values);
  await tx.execute(sql`UPDATE program_reports SET created_at = coalesce(submitted_at, '2026-10-05T02:00:00Z'), updated_at = coalesce(submitted_at, '2026-10-05T02:00:00Z')`);
  const sender = clerks.get(tree.district.id) ?? null;
  await bulkInsert(tx, 'report_reminders', { period_id: 'int', message: 'text', sent_at: 'timestamptz', sent_by: 'int', sent_by_org_id: 'int' },
    reminders.map((r) => ({ ...r, sent_by: sender, sent_by_org_id: tree.district.id })));
  await tx.execute(sql`UPDATE report_periods rp SET last_reminded_at = r.sent_at FROM report_reminders r WHERE r.period_id = rp.id`);
}
