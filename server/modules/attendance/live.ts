import { EventEmitter } from 'node:events';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { busOf, type Bus } from '../../core/bus.js';
import { one, rows, sql, type Db, type Queryable } from '../../core/db/index.js';

const CHANNEL = 'qt_live';
const PAIRS_PER_MESSAGE = 300; // [conference, bridge point] pairs, well under NOTIFY's 8,000 bytes

const topic = (conferenceId: number) => `c${conferenceId}`;

export interface LiveEvent { bridgePointId: number | null; attended: number; invited: number; total: number }

type Pair = [conferenceId: number, bridgePointId: number | null];

/**
 * Fan-out of check-ins to the SSE streams, one hub per database handle (per server instance). A check-in
 * says only "conference c, point b changed" on the bus (every instance hears it; on PostgreSQL through
 * LISTEN/NOTIFY); the instances that have a stream open for c read the counts and send them. What is
 * published within one tick (one flush of the scan queue) goes out as one message.
 */
class Hub {
  readonly local = new EventEmitter();
  private outgoing = new Map<string, Pair>();
  private scheduled = false;
  private running = new Set<string>();
  private again = new Set<string>();

  constructor(private db: Db, readonly bus: Bus) {
    this.local.setMaxListeners(0);
    bus.subscribe(CHANNEL, (payload) => {
      for (const [c, bp] of JSON.parse(payload) as Pair[]) this.recount(c, bp);
    });
  }

  publish(conferenceId: number, bridgePointId: number | null) {
    this.outgoing.set(`${conferenceId}:${bridgePointId}`, [conferenceId, bridgePointId]);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const pairs = [...this.outgoing.values()];
      this.outgoing.clear();
      for (let i = 0; i < pairs.length; i += PAIRS_PER_MESSAGE) {
        this.bus.publish(CHANNEL, JSON.stringify(pairs.slice(i, i + PAIRS_PER_MESSAGE)));
      }
    });
  }

  /** Counts for a point that changed, if a stream here watches its conference; one read at a time per point. */
  private recount(conferenceId: number, bridgePointId: number | null) {
    if (this.local.listenerCount(topic(conferenceId)) === 0) return;
    const key = `${conferenceId}:${bridgePointId}`;
    if (this.running.has(key)) {
      this.again.add(key); // a check-in after the read began: read once more when it ends
      return;
    }
    this.running.add(key);
    void one<{ attended: number; invited: number; total: number }>(this.db, sql`SELECT
        (SELECT count(*)::int FROM attendance WHERE conference_id = ${conferenceId} AND bridge_point_id IS NOT DISTINCT FROM ${bridgePointId}::int) AS attended,
        (SELECT count(*)::int FROM invitations WHERE conference_id = ${conferenceId} AND bridge_point_id IS NOT DISTINCT FROM ${bridgePointId}::int) AS invited,
        (SELECT count(*)::int FROM attendance WHERE conference_id = ${conferenceId}) AS total`)
      .then((r) => this.local.emit(topic(conferenceId), { bridgePointId, ...r! } satisfies LiveEvent))
      .catch(() => undefined) // a closed database during shutdown: nobody left to tell
      .finally(() => {
        this.running.delete(key);
        if (this.again.delete(key)) this.recount(conferenceId, bridgePointId);
      });
  }
}

const hubs = new WeakMap<Db, Hub>();

function hub(db: Db) {
  let h = hubs.get(db);
  if (!h) hubs.set(db, (h = new Hub(db, busOf(db))));
  return h;
}

/** After a committed check-in (or roll call change): every instance's streams of the conference get new counts. */
export function publish(db: Db, conferenceId: number, bridgePointId: number | null) {
  hub(db).publish(conferenceId, bridgePointId);
}

export async function snapshot(q: Queryable, conferenceId: number) {
  const bridgePoints = await rows<{ bridgePointId: number; name: string; invited: number; attended: number }>(q, sql`SELECT b.id AS "bridgePointId", b.name,
      (SELECT count(*)::int FROM invitations i WHERE i.conference_id = b.conference_id AND i.bridge_point_id = b.id) AS invited,
      (SELECT count(*)::int FROM attendance a WHERE a.conference_id = b.conference_id AND a.bridge_point_id = b.id) AS attended
    FROM bridge_points b WHERE b.conference_id = ${conferenceId} ORDER BY b.is_main DESC, vn_sort_key(b.name), b.id`);
  const totals = (await one<{ invited: number; total: number }>(q, sql`SELECT
      (SELECT count(*)::int FROM invitations WHERE conference_id = ${conferenceId}) AS invited,
      (SELECT count(*)::int FROM attendance WHERE conference_id = ${conferenceId}) AS total`))!;
  return { bridgePoints, invited: totals.invited, total: totals.total };
}

const HEARTBEAT_MS = 15_000;

/** Open streams per app, ended when the app closes so shutdown never waits on a browser. */
export type Streams = Set<FastifyReply['raw']>;

/** Takes over the reply: text/event-stream with a snapshot, one event per check-in and a heartbeat comment. */
export async function stream(db: Db, streams: Streams, req: FastifyRequest, reply: FastifyReply, conferenceId: number) {
  const h = hub(db);
  await h.bus.ready(); // hear other instances' check-ins from before the snapshot on
  const first = await snapshot(db, conferenceId);
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no', // nginx: pass events through unbuffered
  });
  const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  send('snapshot', first);
  const onCheckin = (e: LiveEvent) => send('checkin', e);
  h.local.on(topic(conferenceId), onCheckin);
  const beat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  streams.add(res);
  const cleanup = () => {
    clearInterval(beat);
    h.local.off(topic(conferenceId), onCheckin);
    streams.delete(res);
  };
  req.raw.on('close', cleanup);
  res.on('close', cleanup);
}
