// The action-program scenarios (issue 8 item 8): the province program's roll-ups over HTTP, and the district's board
// of reports for the last completed quarter (late first).
import { one, sql, type Database } from '../server/core/db/index.js';
import { BENCH_ADMIN, BENCH_DISTRICT_CLERK, type BenchFixture } from './generate.js';
import { todayVn } from '../server/core/schemas.js';
import { login, percentile, request, rollup, type Target } from './measure.js';
import { fmt, type Row } from './report.js';

export const PROGRAMS_TARGET_P95 = 200;
const ITERATIONS = 30;
const WARMUPS = 3;
const ms = (n: number) => `${fmt(n, 1)} ms`;

interface Ctx {
  database: Database; host: string; port: number; fx: BenchFixture; timeoutMs: number;
  row: (r: Row) => void; note: (t: string) => void; phase: (figure: string, deadlineMs: number) => void; log: (m: string) => void;
}

/** One GET measured like the campaign roll-ups: warm-ups, then up to 30 sequential requests; two rows (p50, p95). */
async function measureGet(c: Ctx, target: Target, label: string, path: string, goal: number | null = PROGRAMS_TARGET_P95, iterations = ITERATIONS) {
  c.phase(`${label} p95`, 200_000);
  const r = await rollup(target, path, iterations, WARMUPS, 120_000, c.timeoutMs);
  c.log(`  ${label}: status ${r.status}, n ${r.n}, first ${ms(r.firstMs)}, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, ${r.bytes} bytes`);
  const failed = r.timedOut ? `> ${c.timeoutMs / 1000} s (timed out)` : `HTTP ${r.status}`;
  c.row({ figure: `${label} p50`, measured: r.status === 200 ? ms(r.p50) : failed, target: '—', met: null });
  c.row({ figure: `${label} p95`, measured: r.status === 200 ? ms(r.p95) : failed, target: goal ? `< ${goal} ms` : '—', met: goal ? r.status === 200 && r.p95 < goal : null });
  return r;
}

/**
 * A grassroots unit's value of the province's sum target reported (as the province admin, who may act below), then the
 * province program read at once: the write carries the roll-ups above the unit (kept figures, migration 015), the read
 * must not have to recompute them. Sequential pairs; rows for the write (no target) and the read after it.
 */
async function measureWriteThenRead(c: Ctx, admin: Target, iterations = 20) {
  const p = c.fx.programs!;
  const leaf = await one<{ id: number }>(c.database.db, sql`SELECT t.id FROM program_targets t, program_targets top
    WHERE top.id = ${p.rootSumTargetId} AND t.lineage <@ top.lineage AND t.aggregation IS NULL ORDER BY t.id LIMIT 1`);
  c.phase('Program roll-up right after a report p95', 200_000);
  const writes: number[] = [];
  const reads: number[] = [];
  let failed = '';
  for (let i = 0; i < iterations + WARMUPS && !failed; i++) {
    const w = await request(admin, 'POST', `/api/targets/${leaf!.id}/values`, c.timeoutMs, { value: 100 + i, asOf: todayVn(), note: 'bench' });
    const r = await request(admin, 'GET', `/api/programs/${p.rootProgramId}`, c.timeoutMs);
    if (w.status !== 201 || r.status !== 200) failed = `HTTP ${w.status} / ${r.status}`;
    else if (i >= WARMUPS) { writes.push(w.ms); reads.push(r.ms); }
  }
  writes.sort((a, b) => a - b);
  reads.sort((a, b) => a - b);
  c.log(`  write then read: n ${reads.length}, write p50 ${ms(percentile(writes, 50))} p95 ${ms(percentile(writes, 95))}, read p50 ${ms(percentile(reads, 50))} p95 ${ms(percentile(reads, 95))} ${failed}`);
  const cell = (v: number) => (failed ? failed : ms(v));
  c.row({ figure: 'Report a value under the province roll-ups p50', measured: cell(percentile(writes, 50)), target: '—', met: null });
  c.row({ figure: 'Report a value under the province roll-ups p95', measured: cell(percentile(writes, 95)), target: '—', met: null });
  c.row({ figure: 'Program roll-up, province program, right after a report p50', measured: cell(percentile(reads, 50)), target: '—', met: null });
  c.row({ figure: 'Program roll-up, province program, right after a report p95', measured: cell(percentile(reads, 95)),
    target: `< ${PROGRAMS_TARGET_P95} ms`, met: !failed && percentile(reads, 95) < PROGRAMS_TARGET_P95 });
}

export async function programScenarios(c: Ctx) {
  const p = c.fx.programs!;
  const admin: Target = { host: c.host, port: c.port, cookie: await login(c.host, c.port, BENCH_ADMIN.username, BENCH_ADMIN.password) };
  const clerk: Target = { host: c.host, port: c.port, cookie: await login(c.host, c.port, BENCH_DISTRICT_CLERK.username, BENCH_DISTRICT_CLERK.password) };
  const q = p.quarters[p.quarters.length - 2];
  c.note(`Roll-up: GET /api/programs/${p.rootProgramId} (the province program: 4 roll-up targets over the ${fmt(c.fx.counts.programs)} programs below it, and 1 own target) as the province admin, ${WARMUPS} warm-ups then up to ${ITERATIONS} sequential requests. For comparison, not a target: GET /api/targets/:id of its sum target, which also lists its ${fmt(p.leaves)} contributing units (unpaged), up to 10 requests.`);
  await measureGet(c, admin, 'Program roll-up, province program', `/api/programs/${p.rootProgramId}`);
  c.note(`Write then read: ${20} pairs of POST /api/targets/:id/values (a grassroots unit's value of the province's sum target, as the province admin) then GET /api/programs/${p.rootProgramId}, after ${WARMUPS} warm-up pairs.`);
  await measureWriteThenRead(c, admin);
  await measureGet(c, admin, 'Target with its contributions, province sum target', `/api/targets/${p.rootSumTargetId}`, null, 10);
  c.note(`Board: GET /api/programs/:id/report-board (default period: the latest past its due date, ${q.label}; first page, late first, with the counts per status) of the district's program as the district's clerk (${fmt(c.fx.counts.districtUnits)} units below it), and of the province's program as the province admin (${fmt(c.fx.counts.programs - 1)} units); ${fmt(c.fx.counts.lateReports)} of the ${fmt(c.fx.counts.reportPeriods - c.fx.counts.programs)} past reports are late or missing.`);
  await measureGet(c, clerk, `Board of reports, district (${q.label})`, `/api/programs/${c.fx.districtId}/report-board`);
  await measureGet(c, admin, `Board of reports, province (${q.label})`, `/api/programs/${p.rootProgramId}/report-board`);
}
