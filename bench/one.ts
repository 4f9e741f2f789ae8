// One database's benchmark, run as a child process of bench/run.ts so the parent can stop it when a phase overruns
// (PGlite runs statements on the process's own thread and cannot cancel them). Reports rows and notes as it goes.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase, type Database } from '../server/core/db/index.js';
import { migrate } from '../server/core/db/migrate.js';
import { BENCH_ADMIN, generate } from './generate.js';
import { checkinBurst, login, rawInsertRate, rollup } from './measure.js';
import { programScenarios } from './programs-measure.js';
import { fmt, type Row } from './report.js';

export type Scenario = 'campaign' | 'programs' | 'national';
/** `section`: the programs' (and the national scenario's) figures go to their own section of results.md, so each can be rerun alone. */
export type Message =
  | { type: 'row'; row: Row; section?: 'programs' | 'national' }
  | { type: 'note'; text: string; section?: 'programs' | 'national' }
  | { type: 'phase'; figure: string; deadlineMs: number }
  | { type: 'tmp'; dir: string };

export interface ChildSpec {
  name: 'pglite' | 'postgres'; url?: string; scale: number; checkins: number; targets: { checkins: number; rollupP95: number }; scenarios: Scenario[];
}

export const ROLLUP_TIMEOUT_MS = 60_000;

const send = (m: Message) => process.send?.(m);
const log = (m: string) => console.log(m);
const ms = (n: number) => `${fmt(n, 1)} ms`;

async function open(spec: ChildSpec): Promise<Database> {
  if (spec.url) return openDatabase({ url: spec.url });
  const dir = mkdtempSync(path.join(tmpdir(), 'qt-bench-'));
  send({ type: 'tmp', dir });
  const inner = await openDatabase({ dir: path.join(dir, 'pglite') });
  return { ...inner, close: async () => { await inner.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function benchOne(spec: ChildSpec) {
  const row = (r: Row) => send({ type: 'row', row: r });
  const note = (text: string) => send({ type: 'note', text });
  const phase = (figure: string, deadlineMs: number) => send({ type: 'phase', figure, deadlineMs });
  const database = await open(spec);
  try {
    await migrate(database);
    const campaign = spec.scenarios.includes('campaign');
    const programs = spec.scenarios.includes('programs');
    phase('Dataset generation', 900_000);
    const fx = await generate(database, { scale: spec.scale, log, campaign, programs });
    log(`  generated in ${fmt(fx.seconds, 1)} s: ${JSON.stringify(fx.counts)}`);
    const dataset = `Dataset: ${Object.entries(fx.counts).map(([k, v]) => `${fmt(v)} ${k}`).join(', ')} (scale ${spec.scale}).`;
    if (programs) {
      const pNote = (text: string) => send({ type: 'note', text, section: 'programs' });
      pNote(`${dataset} Programs, their targets, periods, reports and values written in ${fmt(fx.programs!.seconds, 1)} s of the ${fmt(fx.seconds, 1)} s generation${campaign ? '' : ' (the campaign part left out)'}.`);
    }
    if (!campaign) {
      await runPrograms(spec, database, fx);
      return;
    }
    note(dataset);
    row({ figure: 'Dataset generation', measured: `${fmt(fx.seconds, 1)} s`, target: spec.name === 'pglite' ? '< 180 s' : '—', met: spec.name === 'pglite' ? fx.seconds < 180 : null });

    phase('Raw single-row insert rate', 120_000);
    const raw = await rawInsertRate(database, 5000, 30_000);
    log(`  raw single-row inserts: ${fmt(raw.rate)} rows/s (${raw.rows} rows in ${fmt(raw.seconds, 1)} s)`);
    note(`Raw rate: ${fmt(raw.rows)} sequential single-row INSERTs (autocommit) into a scratch copy of attendance (same unique key, indexes and foreign keys) through the same driver.`);
    row({ figure: 'Raw single-row insert rate', measured: `${fmt(raw.rate)} rows/s`, target: '—', met: null });

    const dataDir = mkdtempSync(path.join(tmpdir(), 'qt-bench-app-'));
    send({ type: 'tmp', dir: dataDir });
    const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'bench-session-secret', LOG_LEVEL: 'warn', DEMO_DATA: '0' });
    const app = await buildApp({ database, config, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const target = { host: '127.0.0.1', port, cookie: await login('127.0.0.1', port, BENCH_ADMIN.username, BENCH_ADMIN.password) };

    phase('Check-ins per second (50 clients)', 300_000);
    // CPU time of this process (server, database engine on PGlite, and the load client's thread) per check-in: unlike
    // the rate, it hardly moves when other work shares the machine, so runs on different days compare.
    const cpu0 = process.cpuUsage();
    const burst = await checkinBurst(database, target, fx, spec.checkins, 50, 180_000);
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / burst.sent;
    log(`  check-in burst: ${burst.sent} requests in ${fmt(burst.seconds, 1)} s → ${fmt(burst.rate)} /s, p50 ${ms(burst.p50)}, p99 ${ms(burst.p99)}, max ${ms(burst.max)}`);
    log(`    statuses ${JSON.stringify(burst.statuses)} results ${JSON.stringify(burst.results)}; attendance rows ${burst.attendanceRows}, distinct recorded ${burst.distinctRecorded}`);
    for (const e of burst.errors) log(`    error: ${e}`);
    const ok = (burst.statuses['200'] ?? 0) === burst.sent;
    const ratio = burst.rate / raw.rate;
    note(`Check-in burst: ${fmt(burst.sent)} POST /api/conferences/:id/checkins (personal codes, 2 % repeated scans) by 50 keep-alive clients over ${fx.liveConferenceIds.length} running conferences in ${fmt(burst.seconds, 1)} s; answers ${JSON.stringify(burst.statuses)}, results ${JSON.stringify(burst.results)}.`);
    for (const r of [
      { figure: 'Check-ins per second (50 clients)', measured: ok ? `${fmt(burst.rate)} /s` : `${fmt(burst.rate)} /s (errors)`, target: `≥ ${fmt(spec.targets.checkins)} /s`, met: ok && burst.rate >= spec.targets.checkins },
      { figure: 'Check-in latency p50', measured: ms(burst.p50), target: '—', met: null },
      { figure: 'Check-in latency p99', measured: ms(burst.p99), target: '< 100 ms', met: ok && burst.p99 < 100 },
      { figure: 'CPU time per check-in (this process)', measured: `${fmt(cpuMs, 2)} ms`, target: '—', met: null },
      { figure: 'Check-ins ÷ raw insert rate', measured: fmt(ratio, 2), target: '≥ 0.50', met: ok && ratio >= 0.5 },
      { figure: 'Attendance rows = distinct people recorded', measured: `${fmt(burst.attendanceRows)} = ${fmt(burst.distinctRecorded)}`, target: 'equal', met: burst.verified && ok },
    ]) row(r);

    note('Roll-up: GET /api/campaigns/:id/participation as the province admin (whole province, and orgId = one commune), 3 warm-ups then up to 30 sequential requests.');
    for (const [label, p] of [
      // The commune first: if the province roll-up overruns, the parent stops this process.
      ['Roll-up, one commune', `/api/campaigns/${fx.campaignId}/participation?orgId=${fx.communeId}`],
      ['Roll-up, whole province', `/api/campaigns/${fx.campaignId}/participation`],
    ] as const) {
      phase(`${label} p95`, 200_000);
      const r = await rollup(target, p, 30, 3, 120_000, ROLLUP_TIMEOUT_MS);
      log(`  ${label}: status ${r.status}, n ${r.n}, first ${ms(r.firstMs)}, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, ${r.bytes} bytes`);
      const failed = r.timedOut ? `> ${ROLLUP_TIMEOUT_MS / 1000} s (timed out)` : `HTTP ${r.status}`;
      row({ figure: `${label} p50`, measured: r.status === 200 ? ms(r.p50) : failed, target: '—', met: null });
      row({ figure: `${label} p95`, measured: r.status === 200 ? ms(r.p95) : failed, target: `< ${spec.targets.rollupP95} ms`, met: r.status === 200 && r.p95 < spec.targets.rollupP95 });
    }
    phase('Shutdown', 120_000);
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (programs) await runPrograms(spec, database, fx);
  } finally {
    await database.close();
  }
}

/** The program scenarios on a server of their own (after the campaign's, whose check-ins they do not see). */
async function runPrograms(spec: ChildSpec, database: Database, fx: Awaited<ReturnType<typeof generate>>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qt-bench-app-'));
  send({ type: 'tmp', dir: dataDir });
  const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'bench-session-secret', LOG_LEVEL: 'warn', DEMO_DATA: '0' });
  const app = await buildApp({ database, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const load = (await import('node:os')).loadavg().map((n) => n.toFixed(2)).join(', ');
  send({ type: 'note', text: `Load average ${load} at the start of these scenarios (2 cores shared with other work).`, section: 'programs' });
  await programScenarios({
    database, host: '127.0.0.1', port, fx, timeoutMs: ROLLUP_TIMEOUT_MS, log,
    row: (r) => send({ type: 'row', row: r, section: 'programs' }),
    note: (text) => send({ type: 'note', text, section: 'programs' }),
    phase: (figure, deadlineMs) => send({ type: 'phase', figure, deadlineMs }),
  });
  send({ type: 'phase', figure: 'Shutdown', deadlineMs: 120_000 });
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}

if (process.send) {
  process.once('message', (spec: ChildSpec) => {
    benchOne(spec).then(() => process.exit(0), (e) => {
      console.error(e);
      process.exit(1);
    });
  });
}
