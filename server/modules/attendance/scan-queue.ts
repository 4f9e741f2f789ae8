import { rows, sql, type Database, type Db } from '../../core/db/index.js';
import { GroupQueue, type Settled } from '../../core/db/group.js';
import { can, type Actor } from '../../core/policy.js';
import { unitLabel } from '../../core/units.js';
import { assertRunning, assertScanTime, lateMinutes, toDate } from './access.js';
import { checkin, outcomeOf, type AttendanceRow, type Outcome, type ScanInput } from './checkin.js';
import { verifyPersonCode } from './codes.js';
import { personKey } from './keys.js';
import { publish } from './live.js';

// Staff scans in a burst (hundreds of phones at bridge points when a conference opens) go through a group
// commit: one lookup statement, one INSERT … ON CONFLICT DO NOTHING and one read-back per flush, whatever
// the number of scans in it. Only scans that pass every check on the fast path are written there; any
// other scan is replayed through the one-by-one path (checkin()), which gives exactly its refusal and
// message. The unique (conference, person) key still settles every race, inside a flush and between them.

interface Job { db: Db; actor: Actor; conferenceId: number; input: ScanInput; now: number }

interface Look {
  i: number;
  startsAt: Date | string | null;
  endsAt: Date | string | null;
  bConf: number | null;
  bPath: string | null;
  pId: number | null;
  fullName: string | null;
  orgName: string | null;
  pPath: string | null;
  invited: boolean;
  cPath: string | null;
  invPath: string | null;
}

interface Ready { i: number; job: Job; invited: boolean; personId: number; fullName: string; orgName: string; at: Date; late: number; method: 'card' | 'manual' }

type Row = AttendanceRow & { c: number; p: number };
const keyOf = (c: number, p: number) => `${c}:${p}`;

/** The scans that pass every check with the facts of one lookup; the rest go the one-by-one way. */
async function triage(db: Db, jobs: Job[]): Promise<{ ready: Ready[]; slow: number[] }> {
  const key = await personKey(db);
  const ids = jobs.map((j) => (j.input.code ? verifyPersonCode(key, j.input.code) : j.input.personId ?? null));
  const params = JSON.stringify(jobs.map((j, i) => ({ i, c: j.conferenceId, b: j.input.bridgePointId, p: ids[i] })));
  // Where the conference and the invitee's point are matters only for people chosen by name; a flush of card scans
  // (the burst when a conference opens) leaves those joins out.
  const named = jobs.some((j) => j.input.code === undefined)
    ? {
      columns: sql`co.path::text AS "cPath", ibo.path::text AS "invPath"`,
      joins: sql`LEFT JOIN orgs co ON co.id = c.org_id
    LEFT JOIN bridge_points ib ON ib.id = inv.bridge_point_id LEFT JOIN orgs ibo ON ibo.id = ib.org_id`,
    }
    : { columns: sql`NULL AS "cPath", NULL AS "invPath"`, joins: sql`` };
  const looks = await rows<Look>(db, sql`SELECT x.i, c.starts_at AS "startsAt", c.ends_at AS "endsAt",
      b.conference_id AS "bConf", bo.path::text AS "bPath",
      p.id AS "pId", p.full_name AS "fullName", ${unitLabel('po', { parent: 'pp' })} AS "orgName", po.path::text AS "pPath",
      (inv.person_id IS NOT NULL) AS invited, ${named.columns}
    FROM json_to_recordset(${params}::json) AS x(i int, c int, b int, p int)
    LEFT JOIN conferences c ON c.id = x.c
    LEFT JOIN bridge_points b ON b.id = x.b LEFT JOIN orgs bo ON bo.id = b.org_id
    LEFT JOIN people p ON p.id = x.p LEFT JOIN orgs po ON po.id = p.org_id LEFT JOIN orgs pp ON pp.id = po.parent_id
    LEFT JOIN invitations inv ON inv.conference_id = x.c AND inv.person_id = x.p
    ${named.joins}`);
  const ready: Ready[] = [];
  const slow: number[] = [];
  for (const l of looks) {
    const job = jobs[l.i];
    const ok = l.startsAt !== null && l.bConf === job.conferenceId && l.bPath !== null
      && can(job.actor, 'attendance.record', l.bPath) && l.pId !== null
      && (job.input.code !== undefined || can(job.actor, 'attendance.record', l.pPath!) || (l.invited
        // chosen by name: invited where the actor sees them (checkin.ts resolvePerson gives the refusal)
        && (can(job.actor, 'attendance.record', l.cPath!) || (l.invPath !== null && can(job.actor, 'attendance.record', l.invPath)))));
    const at = job.input.scannedAt ? new Date(job.input.scannedAt) : new Date(job.now);
    const window = ok ? { startsAt: toDate(l.startsAt!), endsAt: toDate(l.endsAt!) } : null;
    if (!window || !inWindow(window, at, job)) {
      slow.push(l.i);
      continue;
    }
    ready.push({
      i: l.i, job, invited: l.invited, personId: l.pId!, fullName: l.fullName!, orgName: l.orgName!, at,
      late: lateMinutes(window, at), method: job.input.code !== undefined ? 'card' : 'manual',
    });
  }
  return { ready, slow };
}

/** The same time rules as the one-by-one path (a scan outside them is replayed there for its refusal). */
function inWindow(c: { startsAt: Date; endsAt: Date }, at: Date, job: Job): boolean {
  try {
    if (job.input.scannedAt) assertScanTime(c, at, job.now);
    else assertRunning(c, job.now);
    return true;
  } catch {
    return false;
  }
}

/** One INSERT for every ready scan, then one read of the records that already existed. */
async function write(db: Db, ready: Ready[]): Promise<Outcome[]> {
  if (!ready.length) return [];
  const params = JSON.stringify(ready.map((r) => ({
    c: r.job.conferenceId, p: r.personId, b: r.job.input.bridgePointId, at: r.at.toISOString(), late: r.late, m: r.method,
    x: !r.invited, by: r.job.actor.accountId,
  })));
  const cols = sql`a.conference_id AS c, a.person_id AS p, a.bridge_point_id AS "bridgePointId", a.checked_at AS "checkedAt",
    a.late_minutes AS "lateMinutes", a.extra`;
  // Within one statement a second row with the same key is skipped like any other conflict.
  const inserted = await rows<Row>(db, sql`INSERT INTO attendance AS a (conference_id, person_id, bridge_point_id, checked_at, late_minutes, method, extra, recorded_by)
    SELECT x.c, x.p, x.b, x.at, x.late, x.m, x.x, x.by
    FROM json_to_recordset(${params}::json) AS x(c int, p int, b int, at timestamptz, late int, m text, x boolean, by int)
    ON CONFLICT (conference_id, person_id) DO NOTHING
    RETURNING ${cols}`);
  const fresh = new Map(inserted.map((r) => [keyOf(r.c, r.p), r]));
  const missing = new Map<string, { c: number; p: number }>();
  for (const r of ready) {
    const k = keyOf(r.job.conferenceId, r.personId);
    if (!fresh.has(k)) missing.set(k, { c: r.job.conferenceId, p: r.personId });
  }
  const existing = new Map<string, Row>();
  if (missing.size) {
    const keys = JSON.stringify([...missing.values()]);
    const found = await rows<Row>(db, sql`SELECT ${cols} FROM json_to_recordset(${keys}::json) AS x(c int, p int)
      JOIN attendance a ON a.conference_id = x.c AND a.person_id = x.p`);
    for (const r of found) existing.set(keyOf(r.c, r.p), r);
  }
  // The first scan of a newly inserted key is the one recorded; any other scan of it in the flush is a duplicate.
  const claimed = new Set<string>();
  return ready.map((r) => {
    const k = keyOf(r.job.conferenceId, r.personId);
    const first = fresh.has(k) && !claimed.has(k);
    claimed.add(k);
    const row = fresh.get(k) ?? existing.get(k);
    if (!row) throw new Error(`attendance row ${k} vanished during a check-in`);
    return outcomeOf(first, { id: r.personId, fullName: r.fullName, orgName: r.orgName }, row);
  });
}

async function flush(jobs: Job[]): Promise<Settled<Outcome>[]> {
  const db = jobs[0].db;
  const out: Settled<Outcome>[] = new Array(jobs.length);
  const oneByOne = async (i: number) => {
    try {
      out[i] = { ok: true, value: await checkin(db, jobs[i].actor, jobs[i].conferenceId, jobs[i].input, jobs[i].now) };
    } catch (error) {
      out[i] = { ok: false, error };
    }
  };
  let slow: number[];
  try {
    const t = await triage(db, jobs);
    slow = t.slow;
    const outcomes = await write(db, t.ready);
    const live = new Map<string, [number, number | null]>();
    t.ready.forEach((r, k) => {
      out[r.i] = { ok: true, value: outcomes[k] };
      if (outcomes[k].result === 'recorded') live.set(`${r.job.conferenceId}:${outcomes[k].bridgePointId}`, [r.job.conferenceId, outcomes[k].bridgePointId]);
    });
    for (const [c, bp] of live.values()) publish(db, c, bp);
  } catch {
    // A failed flush (e.g. a deadlock on PostgreSQL) is replayed scan by scan: the INSERT is one statement, so
    // either it wrote nothing or its rows now answer as duplicates of themselves.
    slow = jobs.map((_, i) => i);
  }
  for (const i of slow) await oneByOne(i);
  return out;
}

/** The group commit of staff scans for one database. */
export function scanQueue(database: Database) {
  const queue = new GroupQueue<Job, Outcome>(flush, { maxBatch: 200, maxInFlight: database.dialect === 'pglite' ? 1 : 3 });
  return (actor: Actor, conferenceId: number, input: ScanInput) =>
    queue.submit({ db: database.db, actor, conferenceId, input, now: Date.now() });
}
