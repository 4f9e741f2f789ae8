// The national scenario (issue 9, item 5), on PostgreSQL only, run as a child of bench/run.ts (BENCH_ONLY=national):
// generates bench/national-data.ts, starts the app in its own process (bench/national-server.ts), then measures the
// dashboards at the top and for a commune, the trivial route's rate, 1,000 live watchers, a check-in wave with its
// delay to the watchers, the server's memory, and the dashboards again once the conference has ended.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { one, rows, sql, openDatabase, type Database } from '../server/core/db/index.js';
import { migrate } from '../server/core/db/migrate.js';
import { personCode } from '../server/modules/attendance/codes.js';
import { personKey } from '../server/modules/attendance/keys.js';
import { clerkName, CLERK_PASSWORD, COMMUNE_LEADER, generateNational, ids, NATIONAL, NATIONAL_ADMIN, reuseNational, type NationalFixture } from './national-data.js';
import { probeDelays, Watcher } from './national-live.js';
import { login, percentile, rollup, runWorker, type Target } from './measure.js';
import type { Message } from './one.js';
import { fmt, type Row } from './report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const send = (m: Message) => process.send?.(m);
const row = (r: Row) => send({ type: 'row', row: r, section: 'national' });
const note = (text: string) => send({ type: 'note', text, section: 'national' });
const phase = (figure: string, deadlineMs: number) => send({ type: 'phase', figure, deadlineMs });
const log = (m: string) => console.log(m);
const ms = (n: number) => (Number.isFinite(n) ? `${fmt(n, 1)} ms` : '—');
const WATCHERS = 1000;
const CLERKS_WATCHING = Math.min(97, NATIONAL.communes); // 970 streams shared among them, 10 for the central admin, 20 for the probes
const PROBE_COMMUNES = Math.min(20, NATIONAL.communes);

function startServer(url: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(path.join(here, 'national-server.ts'), [], { execArgv: process.execArgv, stdio: 'inherit', env: { ...process.env, NATIONAL_DATABASE_URL: url } });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

/** Resident and peak resident memory of a process, in MiB (Linux /proc). */
function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function dashboards(label: string, admin: Target, leader: Target, clerk: Target, fx: NationalFixture) {
  const k = fx.campaignId;
  const list: [string, Target, string, number][] = [
    [`National participation roll-up (${label})`, admin, `/api/campaigns/${k}/participation`, 300],
    [`Top home overview, central admin (${label})`, admin, '/api/home/overview', 300],
    [`Top campaign board, first page (${label})`, admin, `/api/campaigns/${k}/board?page=1&pageSize=20`, 300],
    [`Top to-do list, central admin (${label})`, admin, '/api/home/todo', 300],
    [`Commune participation roll-up (${label})`, clerk, `/api/campaigns/${k}/participation`, 50],
    [`Commune home overview, its leader (${label})`, leader, '/api/home/overview', 50],
    [`Commune campaign board, first page (${label})`, clerk, `/api/campaigns/${k}/board?page=1&pageSize=20`, 50],
    [`Commune to-do list, its clerk (${label})`, clerk, '/api/home/todo', 50],
  ];
  for (const [figure, who, p, target] of list) {
    phase(figure, 300_000);
    const r = await rollup(who, p, 12, 1, 30_000, 60_000);
    log(`  ${figure}: status ${r.status}, n ${r.n}, first ${ms(r.firstMs)}, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, ${fmt(r.bytes)} bytes`);
    const failed = r.timedOut ? '> 60 s (timed out)' : `HTTP ${r.status}`;
    row({ figure: `${figure} p50`, measured: r.status === 200 ? ms(r.p50) : failed, target: '—', met: null });
    row({ figure: `${figure} p95`, measured: r.status === 200 ? ms(r.p95) : failed, target: `< ${target} ms`, met: r.status === 200 && r.p95 < target });
  }
}

async function run(url: string) {
  const database: Database = await openDatabase({ url });
  let server: { child: ChildProcess; port: number } | null = null;
  const watchers: Watcher[] = [];
  try {
    await migrate(database);
    phase('National dataset generation', 3_600_000);
    const reused = await reuseNational(database);
    const fx = reused ?? await generateNational(database, log);
    const counts = Object.entries(fx.counts).map(([t, n]) => `${fmt(n)} ${t}`).join(', ');
    note(`Dataset: ${counts}. Steps: ${fx.steps.map((s) => `${s.step} ${fmt(s.seconds, 0)} s`).join('; ')}.${reused ? ' Generated by an earlier run and kept (BENCH_KEEP_NATIONAL); this run reset its check-ins and migrated it to the current schema.' : ''}`);
    row({ figure: 'National dataset generation', measured: `${fmt(fx.seconds / 60, 1)} min`, target: '—', met: null });
    const size = await one<{ mb: number }>(database.db, sql`SELECT (pg_database_size(current_database()) / 1048576)::int AS mb`);
    row({ figure: 'Database size on disk', measured: `${fmt(size!.mb / 1024, 1)} GiB`, target: '—', met: null });

    server = await startServer(url);
    const at = (cookie: string): Target => ({ host: '127.0.0.1', port: server!.port, cookie });
    const admin = at(await login('127.0.0.1', server.port, NATIONAL_ADMIN.username, NATIONAL_ADMIN.password));
    const leader = at(await login('127.0.0.1', server.port, COMMUNE_LEADER, CLERK_PASSWORD));
    const clerk = at(await login('127.0.0.1', server.port, clerkName(0), CLERK_PASSWORD));
    note(`Dashboards: each GET as the central admin (top: ${fmt(NATIONAL.people)} members) or as the first commune's leader or clerk (${fmt(NATIONAL.people / NATIONAL.communes, 0)} members on average per commune), 1 warm-up then up to 12 sequential requests (at most 30 s); the home overview is one request holding all the page's figures.`);
    await dashboards('conference under way', admin, leader, clerk, fx);

    phase('Trivial route rate', 120_000);
    const trivial = await runWorker({ ...admin, method: 'GET', concurrency: 50, timeLimitMs: 15_000, requests: Array.from({ length: 200_000 }, () => ({ path: '/api/health', body: null })) });
    const trivialRate = trivial.sent / (trivial.elapsedMs / 1000);
    log(`  trivial route: ${trivial.sent} in ${fmt(trivial.elapsedMs / 1000, 1)} s → ${fmt(trivialRate)} /s ${JSON.stringify(trivial.statuses)}`);
    row({ figure: 'Trivial route GET /api/health (50 clients)', measured: `${fmt(trivialRate)} /s`, target: '—', met: null });

    phase('Live watchers connected', 600_000);
    const mem0 = memoryOf(server.child.pid!);
    const clerkCookies: string[] = [];
    for (let k = 0; k < CLERKS_WATCHING; k++) clerkCookies.push(await login('127.0.0.1', server.port, clerkName(k), CLERK_PASSWORD));
    // The probe communes' clerks watch too (one stream each): their points are theirs, listed to them point by point.
    const probeFrom = NATIONAL.communes - PROBE_COMMUNES;
    const probeCookies: string[] = [];
    for (let k = probeFrom; k < NATIONAL.communes; k++) probeCookies.push(await login('127.0.0.1', server.port, clerkName(k), CLERK_PASSWORD));
    const t0 = performance.now();
    const openTimes: number[] = [];
    const probeWatchers: Watcher[] = [];
    for (let i = 0; i < WATCHERS; i++) {
      const probe = i >= WATCHERS - PROBE_COMMUNES;
      const cookie = i < 10 ? admin.cookie : probe ? probeCookies[i - (WATCHERS - PROBE_COMMUNES)] : clerkCookies[(i - 10) % CLERKS_WATCHING];
      const w = new Watcher(at(cookie), fx.conferenceId, 120_000);
      watchers.push(w);
      if (probe) probeWatchers.push(w);
      // Connect in waves of 50, as a room of browsers would, not 1,000 at the same millisecond.
      if (i % 50 === 49 || i === WATCHERS - 1) openTimes.push(...await Promise.all(watchers.slice(i - (i % 50), i + 1).map((x) => x.opened)));
    }
    const connectSeconds = (performance.now() - t0) / 1000;
    openTimes.sort((a, b) => a - b);
    const mem1 = memoryOf(server.child.pid!);
    log(`  ${WATCHERS} watchers in ${fmt(connectSeconds, 1)} s; snapshot p50 ${ms(percentile(openTimes, 50))}, p95 ${ms(percentile(openTimes, 95))}; admin snapshot ${fmt(watchers[0].snapshotBytes)} B, clerk ${fmt(watchers[10].snapshotBytes)} B; RSS ${fmt(mem0.rss)} → ${fmt(mem1.rss)} MiB`);
    note(`Watchers: ${WATCHERS} streams of GET /api/conferences/${fx.conferenceId}/live (10 as the central admin, ${WATCHERS - 10 - PROBE_COMMUNES} as the clerks of ${CLERKS_WATCHING} communes, one each for the clerks of the ${PROBE_COMMUNES} probe communes), connected 50 at a time in ${fmt(connectSeconds, 1)} s; a snapshot is ${fmt(watchers[0].snapshotBytes)} bytes for the admin, ${fmt(watchers[10].snapshotBytes)} for a commune's clerk.`);
    row({ figure: 'Live watcher connect (snapshot received) p95', measured: ms(percentile(openTimes, 95)), target: '—', met: null });

    // The wave: key cadres scanned at their points by 50 staff clients; the probe communes' points are left to the probe.
    const key = await personKey(database.db);
    const probes = await rows<{ p: number; b: number; k: number }>(database.db, sql`SELECT DISTINCT ON (i.bridge_point_id) i.person_id AS p,
        i.bridge_point_id AS b, bp.org_id - ${ids.commune0}::int AS k
      FROM invitations i JOIN bridge_points bp ON bp.id = i.bridge_point_id
      WHERE i.conference_id = ${fx.conferenceId}::int AND bp.org_id BETWEEN ${ids.commune0 + probeFrom}::int AND ${ids.commune0 + NATIONAL.communes - 1}::int
      ORDER BY i.bridge_point_id, i.person_id`);
    const wave = await rows<{ p: number; b: number }>(database.db, sql`SELECT i.person_id AS p, i.bridge_point_id AS b FROM invitations i
      WHERE i.conference_id = ${fx.conferenceId} AND i.person_id % 97 = 0 AND i.bridge_point_id NOT IN (SELECT b FROM (VALUES ${sql.join(probes.map((x) => sql`(${x.b}::int)`), sql`, `)}) v(b))
      ORDER BY (i.person_id::bigint * 7919) % 1000003 LIMIT 60000`);
    phase('Check-in wave', 600_000);
    let waveDone = false;
    const wavePromise = runWorker({ ...admin, concurrency: 50, timeLimitMs: 90_000,
      requests: wave.map((w) => ({ path: `/api/conferences/${fx.conferenceId}/checkins`, body: { bridgePointId: w.b, code: personCode(key, w.p) } })) })
      .finally(() => { waveDone = true; });
    const memSamples: number[] = [];
    const sampler = setInterval(() => memSamples.push(memoryOf(server!.child.pid!).rss), 1000);
    // Each probe point once, watched by its own commune's clerk (the central admin's stream lists the largest points).
    const probeList = probes.map((x) => ({ bridgePointId: x.b, code: () => personCode(key, x.p), watcher: probeWatchers[x.k - probeFrom] }));
    const delays = await probeDelays(admin, fx.conferenceId, probeList, 2000, () => waveDone, 10_000);
    const res = await wavePromise;
    clearInterval(sampler);
    const waveRate = res.sent / (res.elapsedMs / 1000);
    const lat = [...res.latenciesMs].sort((a, b) => a - b);
    const seen = delays.filter(Number.isFinite).sort((a, b) => a - b);
    const inDb = (await one<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM attendance WHERE conference_id = ${fx.conferenceId}`))!.n;
    const mem2 = memoryOf(server.child.pid!);
    log(`  wave: ${res.sent} in ${fmt(res.elapsedMs / 1000, 1)} s → ${fmt(waveRate)} /s ${JSON.stringify(res.statuses)} ${JSON.stringify(res.results)} p50 ${ms(percentile(lat, 50))} p99 ${ms(percentile(lat, 99))}; attendance ${inDb}`);
    log(`  probe delays (${delays.length}, ${seen.length} seen): ${delays.map((d) => fmt(d, 0)).join(' ')}`);
    for (const e of res.errors) log(`    error: ${e}`);
    note(`Check-in wave: ${fmt(res.sent)} POST /api/conferences/${fx.conferenceId}/checkins (personal codes at the invitee's point, spread over the country's points) by 50 keep-alive clients in ${fmt(res.elapsedMs / 1000, 1)} s, answers ${JSON.stringify(res.statuses)}, results ${JSON.stringify(res.results)}; ${fmt(inDb)} attendance rows after it (probes included). Meanwhile a probe checked one person in, every 2 s, at one of ${probes.length} commune points the wave leaves alone, and timed the event showing it on the stream of that commune's clerk.`);
    const ratio = waveRate / trivialRate;
    const worst = delays.length ? Math.max(...delays.map((d) => (Number.isFinite(d) ? d : Infinity))) : NaN;
    for (const r of [
      { figure: 'Check-ins per second during the wave (50 clients)', measured: `${fmt(waveRate)} /s`, target: '—', met: null },
      { figure: 'Check-ins ÷ trivial route rate', measured: fmt(ratio, 2), target: '≥ 0.30', met: ratio >= 0.3 && (res.statuses['200'] ?? 0) === res.sent },
      { figure: 'Check-in latency during the wave p50', measured: ms(percentile(lat, 50)), target: '—', met: null },
      { figure: 'Check-in latency during the wave p99', measured: ms(percentile(lat, 99)), target: '—', met: null },
      { figure: `Live count delay, check-in → watcher event p50 (${delays.length} probes)`, measured: ms(percentile(seen, 50)), target: '—', met: null },
      { figure: 'Live count delay, worst probe', measured: Number.isFinite(worst) ? ms(worst) : 'not seen within 10 s', target: '< 2,000 ms', met: delays.length > 0 && worst < 2000 },
      { figure: 'Server RSS: started, with 1,000 watchers, peak during the wave', measured: `${fmt(mem0.rss)} / ${fmt(mem1.rss)} / ${fmt(Math.max(mem2.peak, ...memSamples))} MiB`, target: '—', met: null },
    ]) row(r);

    for (const w of watchers.splice(0)) w.close();
    // The conference over: the trends of the home pages now count its 1.93 million invitations.
    await database.db.execute(sql`UPDATE conferences SET ends_at = now() - interval '1 minute', starts_at = now() - interval '5 hours' WHERE id = ${fx.conferenceId}`);
    await dashboards('after the conference', admin, leader, clerk, fx);
    phase('Shutdown', 120_000);
  } finally {
    for (const w of watchers) w.close();
    if (server) {
      server.child.send({ type: 'stop' });
      await new Promise((r) => server!.child.once('exit', r));
    }
    await database.close();
  }
}

if (process.send) {
  process.once('message', (spec: { url: string }) => {
    run(spec.url).then(() => process.exit(0), (e) => {
      console.error(e);
      process.exit(1);
    });
  });
}
