import { EventEmitter } from 'node:events';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { one, rows, sql, type Db, type Queryable } from '../../core/db/index.js';

// In-process fan-out of check-ins to the SSE streams of one app (one emitter per database). A cluster of
// several processes would need Postgres LISTEN/NOTIFY here; one process serves a province comfortably.
const hubs = new WeakMap<Db, EventEmitter>();

function hub(db: Db) {
  let h = hubs.get(db);
  if (!h) {
    h = new EventEmitter();
    h.setMaxListeners(0);
    hubs.set(db, h);
  }
  return h;
}

const topic = (conferenceId: number) => `c${conferenceId}`;

export interface LiveEvent { bridgePointId: number | null; attended: number; invited: number; total: number }

/** After a committed check-in: counts for its bridge point and the conference, only if someone is watching. */
export function publish(db: Db, conferenceId: number, bridgePointId: number | null) {
  const h = hub(db);
  if (h.listenerCount(topic(conferenceId)) === 0) return;
  void one<{ attended: number; invited: number; total: number }>(db, sql`SELECT
      (SELECT count(*)::int FROM attendance WHERE conference_id = ${conferenceId} AND bridge_point_id IS NOT DISTINCT FROM ${bridgePointId}::int) AS attended,
      (SELECT count(*)::int FROM invitations WHERE conference_id = ${conferenceId} AND bridge_point_id IS NOT DISTINCT FROM ${bridgePointId}::int) AS invited,
      (SELECT count(*)::int FROM attendance WHERE conference_id = ${conferenceId}) AS total`)
    .then((r) => h.emit(topic(conferenceId), { bridgePointId, ...r! } satisfies LiveEvent))
    .catch(() => undefined); // a closed database during shutdown: nobody left to tell
}

export async function snapshot(q: Queryable, conferenceId: number) {
  const bridgePoints = await rows<{ bridgePointId: number; name: string; invited: number; attended: number }>(q, sql`SELECT b.id AS "bridgePointId", b.name,
      (SELECT count(*)::int FROM invitations i WHERE i.conference_id = b.conference_id AND i.bridge_point_id = b.id) AS invited,
      (SELECT count(*)::int FROM attendance a WHERE a.conference_id = b.conference_id AND a.bridge_point_id = b.id) AS attended
    FROM bridge_points b WHERE b.conference_id = ${conferenceId} ORDER BY b.is_main DESC, b.name`);
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
  const h = hub(db);
  const onCheckin = (e: LiveEvent) => send('checkin', e);
  h.on(topic(conferenceId), onCheckin);
  const beat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  streams.add(res);
  const cleanup = () => {
    clearInterval(beat);
    h.off(topic(conferenceId), onCheckin);
    streams.delete(res);
  };
  req.raw.on('close', cleanup);
  res.on('close', cleanup);
}
