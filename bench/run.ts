// `npm run bench`: generates a province-scale dataset on PGlite (always) and PostgreSQL (when one answers), starts the
// real app on 127.0.0.1, and measures check-in bursts and participation roll-ups; then the phone scenario (bench/phone.ts:
// page loads in Chromium on emulated slow 3G); then, on PostgreSQL, the national scenario (bench/national.ts: 5.6 million
// members, one conference at 31,000 bridge points). Writes bench/results.md.
// Env: BENCH_DATABASE_URL (server to create qt_bench and qt_national on), BENCH_ONLY=pglite|postgres|phone|campaign|programs|national
// (comma-separated for several: databases and scenarios combine, "programs" alone is the program scenarios on both
// databases, "pglite,programs" on PGlite only; such a run rewrites only its own sections of results.md),
// BENCH_SCALE (default 1), BENCH_NATIONAL_SCALE (default 1), BENCH_NATIONAL_DB (default qt_national), BENCH_KEEP_NATIONAL (keep qt_national afterwards, and reuse a kept one),
// BENCH_PHONE_RUNS (default 3), BENCH_OUT.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { ChildSpec, Message, Scenario } from './one.js';
import { ROLLUP_TIMEOUT_MS } from './one.js';
import { PHONE_TITLE, phoneSection } from './phone.js';
import { machine, merge, render, type Row, type Section } from './report.js';

const DEFAULT_PG = 'postgres://qt:qt@127.0.0.1:5432/postgres';
const BENCH_DB = 'qt_bench';
const NATIONAL_DB = process.env.BENCH_NATIONAL_DB ?? 'qt_national';
const NATIONAL_TITLE = 'National scale on';
const here = path.dirname(fileURLToPath(import.meta.url));
const scale = Number(process.env.BENCH_SCALE ?? 1);
const out = process.env.BENCH_OUT ?? path.join(here, 'results.md');

async function pgAnswers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

async function adminQuery(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/**
 * Runs one database's benchmark in a child process; a phase running past its deadline gets the child killed.
 * Returns its sections: the campaign's (titled `label`) and the programs' (`Action programs on …`), those it ran.
 */
function runChild(spec: ChildSpec, label: string): Promise<Section[]> {
  const main: Section = { title: label, notes: [], rows: [] };
  const programs: Section = { title: `Action programs on ${label}`, notes: [], rows: [] };
  const national: Section = { title: `${NATIONAL_TITLE} ${label}`, notes: [], rows: [] };
  const national_ = spec.scenarios.includes('national');
  let section = national_ ? national : spec.scenarios.includes('campaign') ? main : programs;
  const tmp: string[] = [];
  let current: { figure: string; deadlineMs: number } | null = null;
  let timer: NodeJS.Timeout | undefined;
  let killedIn: string | null = null;
  console.log(`\n== ${label} ==`);
  return new Promise((resolve) => {
    const child = fork(path.join(here, national_ ? 'national.ts' : 'one.ts'), [], { execArgv: process.execArgv, stdio: 'inherit' });
    const of = (s?: 'programs' | 'national') => (s === 'national' ? national : s ? programs : main);
    child.on('message', (m: Message) => {
      if (m.type === 'row') of(m.section).rows.push(m.row);
      else if (m.type === 'note') of(m.section).notes.push(m.text);
      else if (m.type === 'tmp') tmp.push(m.dir);
      else if (m.type === 'phase') {
        clearTimeout(timer);
        current = m;
        if (!national_ && (m.figure.startsWith('Program') || m.figure.startsWith('Target') || m.figure.startsWith('Board'))) section = programs;
        timer = setTimeout(() => {
          killedIn = m.figure;
          console.log(`  ${m.figure}: still running after ${m.deadlineMs / 1000} s, stopping this database's run`);
          child.kill('SIGKILL');
        }, m.deadlineMs);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      for (const dir of tmp) rmSync(dir, { recursive: true, force: true });
      if (killedIn && current) {
        const row: Row = { figure: killedIn, measured: `stopped after ${current.deadlineMs / 1000} s`, target: '—', met: false };
        section.rows.push(row);
        section.notes.push(`The run was stopped during "${killedIn}" (deadline ${current.deadlineMs / 1000} s); later figures are missing.`);
      } else if (code !== 0) section.notes.push(`The run failed (exit code ${code}); see the console output.`);
      resolve(national_ ? [national] : [main, programs].filter((s) => spec.scenarios.includes(s === main ? 'campaign' : 'programs')));
    });
    child.send(spec);
  });
}

const pgUrl = process.env.BENCH_DATABASE_URL || DEFAULT_PG;
const only = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const SCENARIOS: Scenario[] = ['campaign', 'programs'];
const chosen = SCENARIOS.filter((s) => only.includes(s));
const scenarios = chosen.length ? chosen : SCENARIOS;
const dbNamed = only.some((s) => s === 'pglite' || s === 'postgres');
/** A database runs when named, or when no database is named but a scenario is (or nothing is). */
const want = (what: 'pglite' | 'postgres' | 'phone') => only.length === 0 || only.includes(what)
  || (what !== 'phone' && !dbNamed && chosen.length > 0);
const sections: Section[] = [];
const count = (n: number) => Math.round(n * Math.min(1, scale * 4));
if (want('pglite')) {
  sections.push(...await runChild({ name: 'pglite', scale, checkins: count(10_000), targets: { checkins: 1000, rollupP95: 300 }, scenarios }, 'PGlite (embedded, temp directory)'));
}
if (want('postgres')) {
  if (await pgAnswers(pgUrl)) {
    const u = new URL(pgUrl);
    await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await adminQuery(pgUrl, `CREATE DATABASE ${BENCH_DB}`);
    // Server-side bound on any one statement: a runaway query must not outlive the bench.
    await adminQuery(pgUrl, `ALTER DATABASE ${BENCH_DB} SET statement_timeout = '${ROLLUP_TIMEOUT_MS}ms'`);
    u.pathname = `/${BENCH_DB}`;
    try {
      sections.push(...await runChild({ name: 'postgres', url: u.toString(), scale, checkins: count(20_000), targets: { checkins: 2000, rollupP95: 150 }, scenarios },
        `PostgreSQL (${u.host}, database ${BENCH_DB}, pool ${process.env.PG_POOL_SIZE ?? 10})`));
    } finally {
      await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    }
  } else console.log(`PostgreSQL not reachable at ${new URL(pgUrl).host}: skipped.`);
}
// The national scenario (PostgreSQL only): its own database, without the statement timeout (generation statements
// run for minutes); its phases have deadlines instead.
if (only.length === 0 || only.includes('national')) {
  if (await pgAnswers(pgUrl)) {
    const u = new URL(pgUrl);
    // BENCH_KEEP_NATIONAL keeps the database after the run, and the next run measures it again without regenerating it.
    if (!process.env.BENCH_KEEP_NATIONAL) await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${NATIONAL_DB} WITH (FORCE)`);
    await adminQuery(pgUrl, `CREATE DATABASE ${NATIONAL_DB}`).catch((e: { code?: string }) => { if (e.code !== '42P04') throw e; });
    u.pathname = `/${NATIONAL_DB}`;
    try {
      sections.push(...await runChild({ name: 'postgres', url: u.toString(), scale: 1, checkins: 0, targets: { checkins: 0, rollupP95: 300 }, scenarios: ['national'] },
        `PostgreSQL (${u.host}, database ${NATIONAL_DB}, pool ${process.env.PG_POOL_SIZE ?? 10})`));
    } finally {
      if (!process.env.BENCH_KEEP_NATIONAL) await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${NATIONAL_DB} WITH (FORCE)`);
    }
  } else console.log(`PostgreSQL not reachable at ${new URL(pgUrl).host}: the national scenario is skipped.`);
}
// A missed phone target is only reported; a page that never shows its content fails the run (after writing).
let failed = false;
if (want('phone')) {
  try {
    sections.push(await phoneSection(path.resolve(here, '..')));
  } catch (e) {
    failed = true;
    console.error(`\nPHONE SCENARIO FAILED: ${(e as Error).message}`);
    sections.push({ title: PHONE_TITLE, notes: [`FAILED ${new Date().toISOString()}: ${(e as Error).message.split('\n')[0]}`], rows: [] });
  }
}

function commit() {
  try {
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: here, encoding: 'utf8' }).trim();
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8' }).trim() + (dirty ? ' (with uncommitted changes)' : '');
  } catch {
    return 'unknown';
  }
}

const m = machine();
const header = [`Date: ${new Date().toISOString()}`, `Machine: \`${m.uname}\``, `CPU: ${m.cpu}, memory ${m.memory}`, `Node: ${m.node}`,
  'Server, load client (a worker thread) and PostgreSQL share the machine; figures are for that setting.'];
const text = render(sections, header);
if (only.length && existsSync(out)) {
  // The header's date stays that of the last full run: a section rewritten alone says when it was measured.
  for (const s of sections) if (s.title !== PHONE_TITLE) s.notes.unshift(`Measured ${new Date().toISOString()} at commit ${commit()} (BENCH_ONLY=${only.join(',')}).`);
  writeFileSync(out, merge(readFileSync(out, 'utf8'), sections, ['PGlite', 'PostgreSQL', 'Action programs on PGlite', 'Action programs on PostgreSQL', `${NATIONAL_TITLE} PostgreSQL`]));
} else writeFileSync(out, text + '\n');
console.log('\n' + text);
console.log(`Written to ${out}`);
process.exit(failed ? 1 : 0);
