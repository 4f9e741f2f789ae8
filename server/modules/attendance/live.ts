import type { FastifyReply, FastifyRequest } from 'fastify';
import { busOf, type Bus } from '../../core/bus.js';
import type { Db, SQL } from '../../core/db/index.js';
import { listedPoints, readCounts, type Counts, type ListedPoint } from './live-read.js';

const CHANNEL = 'qt_live';
const PAIRS_PER_MESSAGE = 300; // [conference, bridge point] pairs, well under NOTIFY's 8,000 bytes
/**
 * Reads of one conference start at least this far apart: in a wave every read is written to every watcher (1,000 at
 * a national conference), so fewer, larger reads keep the check-ins fast; a count still moves within a second.
 */
const READ_GAP_MS = 250;

/**
 * A `checkin` event: a listed point's counts with the conference's total present, or the total alone (a change at a
 * point the watcher does not follow point by point: out of their scope, beyond the listed ones, or no point at all).
 */
export interface LiveEvent { bridgePointId?: number; attended?: number; invited?: number; total: number }

/** Whose points a watcher follows: `key` names the scope (watchers with the same key share their reads), `filter` is null for all. */
export interface LiveScope { key: string; filter: ((orgPath: SQL) => SQL) | null }

type Pair = [conferenceId: number, bridgePointId: number | null];

interface Watcher { write: (chunk: string) => void; end: () => void; closed: boolean }

/** The watchers of one conference with one scope: the same listed points, the same events. */
interface Group { scoped: boolean; points: ListedPoint[]; more: number; listed: Set<number>; live: Set<Watcher>; waiting: Set<Watcher> }

/** A conference watched on this instance: one read of its counts at a time, gathering the points changed meanwhile. */
interface Watched {
  groups: Map<string, Group>;
  opening: Map<string, Promise<Group>>;
  changed: Set<number>; // since the last read began; 0 = no bridge point (the total only)
  last: Map<number, string>; // counts per point as last read (and so as every watcher following it was last told)
  lastTotal: number | null;
  running: boolean;
  scheduled: boolean;
  lastRead: number;
}

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * Fan-out of check-ins to the SSE streams, one hub per database handle (per server instance). A check-in says only
 * "conference c, point b changed" on the bus (every instance hears it; on PostgreSQL through LISTEN/NOTIFY); an
 * instance with streams open for c reads the kept counts (migration 019) of the points changed and the conference's
 * total in one query, at most one such read running per conference, and writes each group of watchers its events.
 * A newcomer's snapshot comes from the same serialized reads, so no event older than its snapshot reaches it.
 */
class Hub {
  readonly stats = { reads: 0, snapshots: 0, events: 0 };
  private watched = new Map<number, Watched>();
  private outgoing = new Map<string, Pair>();
  private scheduled = false;

  constructor(private db: Db, readonly bus: Bus) {
    bus.subscribe(CHANNEL, (payload) => {
      for (const [c, bp] of JSON.parse(payload) as Pair[]) this.changed(c, bp ?? 0);
    });
    // Messages from other instances may have been missed: read every followed point and the totals again.
    bus.onGap(() => {
      for (const [c, w] of this.watched) {
        for (const g of w.groups.values()) for (const id of g.listed) w.changed.add(id);
        w.changed.add(0);
        this.schedule(c, w);
      }
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

  private entry(c: number) {
    let w = this.watched.get(c);
    if (!w) this.watched.set(c, (w = { groups: new Map(), opening: new Map(), changed: new Set(), last: new Map(), lastTotal: null, running: false, scheduled: false, lastRead: 0 }));
    return w;
  }

  /** The group of this scope, its listed points read once for all its watchers (concurrent joiners share the read). */
  join(c: number, scope: LiveScope): Promise<Group> {
    const w = this.entry(c);
    const g = w.groups.get(scope.key);
    if (g) return Promise.resolve(g);
    let opening = w.opening.get(scope.key);
    if (!opening) {
      opening = listedPoints(this.db, c, scope.filter).then(({ points, more }) => {
        const fresh: Group = { scoped: scope.filter !== null, points, more, listed: new Set(points.map((p) => p.bridgePointId)), live: new Set(), waiting: new Set() };
        this.entry(c).groups.set(scope.key, fresh);
        return fresh;
      }).finally(() => w.opening.delete(scope.key));
      w.opening.set(scope.key, opening);
    }
    return opening;
  }

  /** Adds a watcher: its snapshot comes with the next read. Returns how it leaves. */
  attach(c: number, key: string, joined: Group, watcher: Watcher) {
    const w = this.entry(c);
    const g = w.groups.get(key) ?? joined;
    w.groups.set(key, g);
    g.waiting.add(watcher);
    this.schedule(c, w);
    return () => {
      watcher.closed = true;
      g.live.delete(watcher);
      g.waiting.delete(watcher);
      if (g.live.size || g.waiting.size) return;
      if (w.groups.get(key) === g) w.groups.delete(key);
      this.release(c, w);
    };
  }

  private release(c: number, w: Watched) {
    if (!w.groups.size && !w.opening.size && !w.running && this.watched.get(c) === w) this.watched.delete(c);
  }

  private changed(c: number, bridgePointId: number) {
    const w = this.watched.get(c);
    if (!w) return; // no stream of it here
    w.changed.add(bridgePointId);
    this.schedule(c, w);
  }

  private schedule(c: number, w: Watched) {
    if (w.running || w.scheduled) return;
    w.scheduled = true;
    const go = () => {
      w.scheduled = false;
      void this.read(c, w);
    };
    const wait = w.lastRead + READ_GAP_MS - Date.now();
    if (wait > 0) setTimeout(go, wait);
    else setImmediate(go);
  }

  private async read(c: number, w: Watched) {
    const changed = w.changed;
    w.changed = new Set();
    const newcomers: [Group, Watcher[]][] = [];
    for (const g of w.groups.values()) {
      if (!g.waiting.size) continue;
      newcomers.push([g, [...g.waiting]]);
      g.waiting.clear();
    }
    const followed = newcomers.length || [...w.groups.values()].some((g) => g.live.size);
    if (!followed || (!changed.size && !newcomers.length)) return this.release(c, w);
    w.running = true;
    w.lastRead = Date.now();
    this.stats.reads++;
    const ids = new Set(changed);
    for (const [g] of newcomers) for (const id of g.listed) ids.add(id);
    try {
      const counts = await readCounts(this.db, c, ids);
      // Only what differs from the last read goes out (a gap's re-read, a repeated scan, a point read for a newcomer
      // that changed before its own message came), so watchers never get the same figures twice.
      const moved = new Set<number>();
      for (const id of ids) {
        const k = counts.byPoint.get(id) ?? { invited: 0, attended: 0 };
        const v = `${k.invited}:${k.attended}`;
        if (w.last.get(id) !== v) moved.add(id);
        w.last.set(id, v);
      }
      const totalMoved = w.lastTotal !== counts.total.attended;
      w.lastTotal = counts.total.attended;
      if (moved.size || totalMoved) this.emit(w, moved, totalMoved, counts);
      for (const [g, watchers] of newcomers) this.welcome(g, watchers, counts);
    } catch {
      // A closed database during shutdown, or a lost connection: the newcomers' browsers reconnect and ask again.
      for (const [, watchers] of newcomers) for (const x of watchers) if (!x.closed) x.end();
    } finally {
      w.running = false;
      if (w.changed.size || [...w.groups.values()].some((g) => g.waiting.size)) this.schedule(c, w);
      else this.release(c, w);
    }
  }

  private emit(w: Watched, changed: Set<number>, totalMoved: boolean, counts: { byPoint: Map<number, Counts>; total: Counts }) {
    const total = counts.total.attended;
    const frames = new Map<number, string>();
    const pointFrame = (id: number) => {
      let f = frames.get(id);
      if (f === undefined) {
        const k = counts.byPoint.get(id) ?? { invited: 0, attended: 0 };
        frames.set(id, (f = frame('checkin', { bridgePointId: id, attended: k.attended, invited: k.invited, total } satisfies LiveEvent)));
      }
      return f;
    };
    const totalOnly = frame('checkin', { total } satisfies LiveEvent);
    for (const g of w.groups.values()) {
      if (!g.live.size) continue;
      const [small, large] = changed.size <= g.listed.size ? [changed, g.listed] : [g.listed, changed];
      let chunk = '';
      let n = 0;
      for (const id of small) if (large.has(id)) { chunk += pointFrame(id); n++; }
      if (!n && !totalMoved) continue;
      if (!n) { chunk = totalOnly; n = 1; }
      for (const x of g.live) {
        if (x.closed) continue;
        x.write(chunk);
        this.stats.events += n;
      }
    }
  }

  private welcome(g: Group, watchers: Watcher[], counts: { byPoint: Map<number, Counts>; total: Counts }) {
    const chunk = frame('snapshot', {
      bridgePoints: g.points.map((p) => ({ ...p, ...(counts.byPoint.get(p.bridgePointId) ?? { invited: 0, attended: 0 }) })),
      invited: counts.total.invited, total: counts.total.attended, more: g.more, scoped: g.scoped,
    });
    for (const x of watchers) {
      if (x.closed) continue;
      x.write(chunk);
      this.stats.snapshots++;
      g.live.add(x);
    }
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

/** Reads, snapshots and events of this instance's hub so far (tests: a burst must cost few reads). */
export function liveStats(db: Db) {
  return { ...hub(db).stats };
}

const HEARTBEAT_MS = 15_000;

/** Open streams per app, ended when the app closes so shutdown never waits on a browser. */
export type Streams = Set<FastifyReply['raw']>;

/** Takes over the reply: text/event-stream with a snapshot, then check-in events and a heartbeat comment. */
export async function stream(db: Db, streams: Streams, req: FastifyRequest, reply: FastifyReply, conferenceId: number, scope: LiveScope) {
  const h = hub(db);
  await h.bus.ready(); // hear other instances' check-ins from before the snapshot on
  const group = await h.join(conferenceId, scope);
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no', // nginx: pass events through unbuffered
  });
  const watcher: Watcher = { write: (chunk) => void res.write(chunk), end: () => res.end(), closed: false };
  const leave = h.attach(conferenceId, scope.key, group, watcher);
  const beat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  streams.add(res);
  const cleanup = () => {
    clearInterval(beat);
    leave();
    streams.delete(res);
  };
  req.raw.on('close', cleanup);
  res.on('close', cleanup);
}
