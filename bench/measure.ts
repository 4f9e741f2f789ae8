// The three measurements: raw single-row insert rate, check-in burst over HTTP, participation roll-up over HTTP.
import http from 'node:http';
import { Worker } from 'node:worker_threads';
import { one, rows, sql, type Database } from '../server/core/db/index.js';
import { personCode } from '../server/modules/attendance/codes.js';
import { personKey } from '../server/modules/attendance/keys.js';
import type { BenchFixture } from './generate.js';
import type { LoadJob, LoadResult } from './load-worker.js';

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;

export interface Target { host: string; port: number; cookie: string }

/**
 * Sequential single-row INSERTs (autocommit) into a scratch copy of attendance with the same columns, defaults,
 * unique key, indexes and foreign keys, through the same driver the app uses: the database's own ceiling for check-ins.
 */
export async function rawInsertRate(database: Database, n: number, timeLimitMs: number) {
  const { db } = database;
  await db.execute(sql`DROP TABLE IF EXISTS bench_raw_attendance`);
  await db.execute(sql`CREATE TABLE bench_raw_attendance (LIKE attendance INCLUDING ALL)`);
  await db.execute(sql`ALTER TABLE bench_raw_attendance
    ADD FOREIGN KEY (conference_id) REFERENCES conferences(id) ON DELETE CASCADE,
    ADD FOREIGN KEY (person_id) REFERENCES people(id), ADD FOREIGN KEY (bridge_point_id) REFERENCES bridge_points(id)`);
  const pairs = await rows<{ c: number; p: number; b: number }>(db, sql`SELECT conference_id AS c, person_id AS p, bridge_point_id AS b
    FROM invitations ORDER BY conference_id, person_id LIMIT ${n}`);
  const started = performance.now();
  let done = 0;
  for (const r of pairs) {
    if (performance.now() - started > timeLimitMs) break;
    await db.execute(sql`INSERT INTO bench_raw_attendance (conference_id, person_id, bridge_point_id, checked_at, late_minutes, method, extra, recorded_by)
      VALUES (${r.c}, ${r.p}, ${r.b}, ${new Date().toISOString()}::timestamptz, 0, 'card', false, 1)
      ON CONFLICT (conference_id, person_id) DO NOTHING RETURNING id`);
    done++;
  }
  const seconds = (performance.now() - started) / 1000;
  await db.execute(sql`DROP TABLE bench_raw_attendance`);
  return { rows: done, seconds, rate: done / seconds };
}

/** Logs in through the API and returns the session cookie. */
export function login(host: string, port: number, username: string, password: string): Promise<string> {
  const body = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port, path: '/api/auth/login', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      const set = res.headers['set-cookie']?.find((c) => c.startsWith('qt_session='));
      res.on('end', () => (res.statusCode === 200 && set ? resolve(set.split(';')[0]) : reject(new Error(`login failed: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function runWorker(job: LoadJob): Promise<LoadResult> {
  // The worker is TypeScript too: register tsx inside it before importing it.
  const url = new URL('./load-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url)}); })`;
  return new Promise((resolve, reject) => {
    const w = new Worker(boot, { eval: true, workerData: job });
    w.once('message', (m: LoadResult) => void w.terminate().then(() => resolve(m)));
    w.once('error', reject);
  });
}

/** Simple deterministic shuffle (the same order every run). */
function shuffled<T>(list: T[]): T[] {
  const out = [...list];
  let s = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * `total` staff scans of personal codes at the live conferences, 2 % of them repeats of an earlier scan (a person
 * scanned twice), by `concurrency` clients. Afterwards the attendance rows of those conferences must equal the distinct
 * people the server reported as recorded.
 */
export async function checkinBurst(database: Database, target: Target, fx: BenchFixture, total: number, concurrency: number, timeLimitMs: number) {
  const key = await personKey(database.db);
  const pool = shuffled(fx.liveInvitations);
  const requests: LoadJob['requests'] = [];
  for (let i = 0, k = 0; requests.length < total && k < pool.length; i++) {
    const inv = i % 50 === 49 && k > 100 ? pool[k - 100] : pool[k++];
    requests.push({ path: `/api/conferences/${inv.conferenceId}/checkins`, body: { bridgePointId: inv.bridgePointId, code: personCode(key, inv.personId) } });
  }
  const res = await runWorker({ ...target, concurrency, timeLimitMs, requests });
  const lat = [...res.latenciesMs].sort((a, b) => a - b);
  const ids = sql.join(fx.liveConferenceIds.map((id) => sql`${id}`), sql`, `);
  const inDb = (await one<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM attendance WHERE conference_id IN (${ids})`))!.n;
  const distinctRecorded = new Set(res.recorded).size;
  return {
    sent: res.sent, seconds: res.elapsedMs / 1000, rate: res.sent / (res.elapsedMs / 1000),
    p50: percentile(lat, 50), p99: percentile(lat, 99), max: lat[lat.length - 1] ?? NaN,
    statuses: res.statuses, results: res.results, errors: res.errors,
    attendanceRows: inDb, distinctRecorded, verified: inDb === distinctRecorded && res.recorded.length === distinctRecorded,
  };
}

/** One request (JSON body if given); a request slower than timeoutMs is abandoned (status 0): the bench must stop by itself. */
export function request(target: Target, method: 'GET' | 'POST', path: string, timeoutMs: number, body?: object): Promise<{ status: number; ms: number; bytes: number }> {
  const data = body ? JSON.stringify(body) : undefined;
  const headers: http.OutgoingHttpHeaders = { cookie: target.cookie, ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}) };
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request({ host: target.host, port: target.port, path, method, headers }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, bytes }));
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve({ status: 0, ms: performance.now() - t0, bytes: 0 });
    });
    req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
    req.end(data);
  });
}

const get = (target: Target, path: string, timeoutMs: number) => request(target, 'GET', path, timeoutMs);

/**
 * Sequential GETs of one roll-up: warm-ups first, then timed iterations (bounded in time). A request that does not
 * answer within requestTimeoutMs ends the measurement: status 0, timedOut.
 */
export async function rollup(target: Target, path: string, iterations: number, warmups: number, timeLimitMs: number, requestTimeoutMs: number) {
  const fail = (status: number, ms: number) => ({ status, timedOut: status === 0, n: 0, p50: NaN, p95: NaN, bytes: 0, firstMs: ms });
  let firstMs = NaN;
  for (let i = 0; i < warmups; i++) {
    const r = await get(target, path, requestTimeoutMs);
    if (i === 0) firstMs = r.ms;
    if (r.status !== 200) return fail(r.status, r.ms);
  }
  const started = performance.now();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < iterations && performance.now() - started < timeLimitMs; i++) {
    const r = await get(target, path, requestTimeoutMs);
    if (r.status !== 200) return fail(r.status, r.ms);
    times.push(r.ms);
    bytes = r.bytes;
  }
  times.sort((a, b) => a - b);
  return { status: 200, timedOut: false, n: times.length, p50: percentile(times, 50), p95: percentile(times, 95), bytes, firstMs };
}
