// The action-program scenarios (issue 8 item 8): the province program's roll-ups over HTTP, and the district's board
// of reports for the last completed quarter (late first).
import { one, sql, type Database } from '../server/core/db/index.js';
import { board } from '../server/modules/programs/board-queries.js';
import { BENCH_ADMIN, BENCH_DISTRICT_CLERK, type BenchFixture } from './generate.js';
import { login, percentile, rollup, type Target } from './measure.js';
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
async function measureGet(c: Ctx, target: Target, label: string, path: string) {
  c.phase(`${label} p95`, 200_000);
  const r = await rollup(target, path, ITERATIONS, WARMUPS, 120_000, c.timeoutMs);
  c.log(`  ${label}: status ${r.status}, n ${r.n}, first ${ms(r.firstMs)}, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, ${r.bytes} bytes`);
  const failed = r.timedOut ? `> ${c.timeoutMs / 1000} s (timed out)` : `HTTP ${r.status}`;
  c.row({ figure: `${label} p50`, measured: r.status === 200 ? ms(r.p50) : failed, target: '—', met: null });
  c.row({ figure: `${label} p95`, measured: r.status === 200 ? ms(r.p95) : failed, target: `< ${PROGRAMS_TARGET_P95} ms`, met: r.status === 200 && r.p95 < PROGRAMS_TARGET_P95 });
  return r;
}

/** The board's query itself (no HTTP), for as long as the board has no route: same warm-ups and iterations. */
async function measureBoardSql(c: Ctx, label: string, programId: number, endsOn: string, scopePath: string) {
  c.phase(`${label} p95`, 200_000);
  const scope = sql`o.path <@ ${scopePath}::ltree`;
  const f = { page: 1, pageSize: 20 };
  let counts: Record<string, number> = {};
  for (let i = 0; i < WARMUPS; i++) counts = (await board(c.database.db, programId, endsOn, scope, f)).counts;
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < ITERATIONS && performance.now() - started < 120_000; i++) {
    const t0 = performance.now();
    await board(c.database.db, programId, endsOn, scope, f);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
  c.log(`  ${label}: n ${times.length}, p50 ${ms(p50)}, p95 ${ms(p95)}, counts ${JSON.stringify(counts)}`);
  c.row({ figure: `${label} p50`, measured: ms(p50), target: '—', met: null });
  c.row({ figure: `${label} p95`, measured: ms(p95), target: `< ${PROGRAMS_TARGET_P95} ms`, met: p95 < PROGRAMS_TARGET_P95 });
  return counts;
}

export async function programScenarios(c: Ctx) {
  const p = c.fx.programs!;
  const admin: Target = { host: c.host, port: c.port, cookie: await login(c.host, c.port, BENCH_ADMIN.username, BENCH_ADMIN.password) };
  const clerk: Target = { host: c.host, port: c.port, cookie: await login(c.host, c.port, BENCH_DISTRICT_CLERK.username, BENCH_DISTRICT_CLERK.password) };
  c.note(`Roll-up: GET /api/programs/${p.rootProgramId} (the province program: 4 roll-up targets over the ${fmt(c.fx.counts.programs)} programs below it, and 1 own target) as the province admin, and GET /api/targets/:id of its sum target (the roll-up with its ${fmt(p.leaves)} contributing units listed), ${WARMUPS} warm-ups then up to ${ITERATIONS} sequential requests.`);
  await measureGet(c, admin, 'Program roll-up, province program', `/api/programs/${p.rootProgramId}`);
  await measureGet(c, admin, 'Target roll-up with contributions, province sum target', `/api/targets/${p.rootSumTargetId}`);
  const last = p.quarters[p.quarters.length - 2];
  const pathOf = async (id: number) => (await one<{ path: string }>(c.database.db, sql`SELECT path::text AS path FROM orgs WHERE id = ${id}`))!.path;
  const counts = await measureBoardSql(c, `Board of reports, district (${last.label})`, c.fx.districtId, last.to, await pathOf(c.fx.districtId));
  const all = await measureBoardSql(c, `Board of reports, province (${last.label})`, p.rootProgramId, last.to, await pathOf(c.fx.rootId));
  c.note(`Board: the board query of programs/board-queries.ts (no route yet) for ${last.label}, the first page of 20 (late first) and the counts per status, for the district's program scoped to the district (its clerk's view; units ${JSON.stringify(counts)}) and for the province's program (units ${JSON.stringify(all)}); ${WARMUPS} warm-ups then up to ${ITERATIONS} sequential calls in the server's process (no HTTP).`);
  void clerk;
}
