import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Db } from './db/index.js';

/**
 * Messages between the server instances of one database: live attendance counts and cache invalidations.
 * On PGlite there is one process, so the bus stays in memory; on PostgreSQL it is LISTEN/NOTIFY over a
 * dedicated connection, so every instance behind a load balancer hears what any of them published.
 * Delivery is best effort (NOTIFY is not a queue): users of the bus keep a fallback (cache TTLs, the next
 * count) and drop what they cache while `connected` is false or after a gap.
 */
export interface Bus {
  /** Sends payload (< 7,900 bytes) to every subscriber of channel, in this instance at once. Call after commit. */
  publish(channel: string, payload: string): void;
  subscribe(channel: string, fn: (payload: string) => void): () => void;
  /** Called after the connection to the other instances was lost and is back: messages may have been missed. */
  onGap(fn: () => void): () => void;
  /** False while messages from other instances may be missed. */
  readonly connected: boolean;
  /** Resolves once messages from other instances are heard (at once on the memory bus; at most 2 s). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export const MAX_PAYLOAD = 7_900; // PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more

class LocalFanOut {
  private handlers = new Map<string, Set<(payload: string) => void>>();
  private gapHandlers = new Set<() => void>();

  subscribe(channel: string, fn: (payload: string) => void) {
    let set = this.handlers.get(channel);
    if (!set) this.handlers.set(channel, (set = new Set()));
    set.add(fn);
    return () => void set.delete(fn);
  }

  onGap(fn: () => void) {
    this.gapHandlers.add(fn);
    return () => void this.gapHandlers.delete(fn);
  }

  channels() {
    return [...this.handlers.keys()];
  }

  deliver(channel: string, payload: string) {
    for (const fn of this.handlers.get(channel) ?? []) {
      try {
        fn(payload);
      } catch (e) {
        console.error(`bus: a subscriber of ${channel} failed`, e);
      }
    }
  }

  gap() {
    for (const fn of this.gapHandlers) fn();
  }
}

function checkPayload(channel: string, payload: string) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`bus: bad channel name ${channel}`);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD) throw new Error(`bus: payload on ${channel} too large`);
}

/** One process: publish calls the subscribers directly. */
export function memoryBus(): Bus {
  const local = new LocalFanOut();
  return {
    publish: (channel, payload) => {
      checkPayload(channel, payload);
      local.deliver(channel, payload);
    },
    subscribe: (channel, fn) => local.subscribe(channel, fn),
    onGap: (fn) => local.onGap(fn),
    connected: true,
    ready: async () => undefined,
    close: async () => undefined,
  };
}

/**
 * PostgreSQL: NOTIFY through the pool (one statement, not awaited by the caller), LISTEN on a connection
 * of its own that reconnects with a growing pause. Each instance tags what it sends, delivers its own
 * messages directly and ignores their echo, so it never depends on the round trip for itself.
 */
export function pgBus(connectionString: string, notify: (channel: string, payload: string) => Promise<unknown>): Bus {
  const local = new LocalFanOut();
  const origin = randomUUID().slice(0, 8);
  const listening = new Set<string>();
  let client: pg.Client | null = null;
  let connected = false;
  let closed = false;
  let everConnected = false;
  let pause = 250;
  let timer: NodeJS.Timeout | null = null;
  let starting: Promise<void> | null = null;
  let readyWaiters: (() => void)[] = [];
  let lastListen: Promise<unknown> = Promise.resolve(); // LISTENs issued while connected, in order

  const quote = (channel: string) => `"${channel}"`;

  const connect = async () => {
    const c = new pg.Client({ connectionString, keepAlive: true });
    c.on('error', () => lost(c)); // a dropped connection: 'end' follows, reconnect from there
    c.on('end', () => lost(c));
    c.on('notification', (msg) => {
      if (!msg.payload) return;
      const space = msg.payload.indexOf(' ');
      if (space < 0 || msg.payload.slice(0, space) === origin) return;
      local.deliver(msg.channel, msg.payload.slice(space + 1));
    });
    try {
      await c.connect();
      // Channels subscribed while connecting are picked up by the next round.
      for (let missing = local.channels(); missing.length; missing = local.channels().filter((ch) => !listening.has(ch))) {
        for (const ch of missing) {
          await c.query(`LISTEN ${quote(ch)}`);
          listening.add(ch);
        }
      }
    } catch (e) {
      c.removeAllListeners('end');
      await c.end().catch(() => undefined);
      throw e;
    }
    if (closed) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
    connected = true;
    pause = 250;
    if (everConnected) local.gap();
    everConnected = true;
    for (const w of readyWaiters) w();
    readyWaiters = [];
  };

  const start = () => {
    if (closed || client || starting) return starting ?? Promise.resolve();
    starting = connect()
      .catch((e) => {
        if (closed) return;
        console.error(`bus: LISTEN connection failed (${(e as Error).message}); retrying in ${pause} ms`);
        timer = setTimeout(() => { timer = null; void start(); }, pause);
        timer.unref();
        pause = Math.min(pause * 2, 5_000);
      })
      .finally(() => { starting = null; });
    return starting;
  };

  function lost(c: pg.Client) {
    if (client !== c) return;
    client = null;
    connected = false;
    listening.clear();
    if (!closed) void start();
  }

  return {
    publish(channel, payload) {
      checkPayload(channel, payload);
      local.deliver(channel, payload);
      notify(channel, `${origin} ${payload}`).catch((e) => {
        if (!closed) console.error(`bus: NOTIFY ${channel} failed`, e);
      });
    },
    subscribe(channel, fn) {
      checkPayload(channel, '');
      const off = local.subscribe(channel, fn);
      if (client && !listening.has(channel)) {
        listening.add(channel);
        lastListen = client.query(`LISTEN ${quote(channel)}`).catch(() => listening.delete(channel));
      }
      void start();
      return off;
    },
    onGap: (fn) => local.onGap(fn),
    get connected() {
      return connected;
    },
    ready() {
      if (connected) return lastListen.then(() => undefined);
      void start();
      // Never hold a request for long: without the connection it serves this instance's messages only.
      return new Promise((resolve) => {
        readyWaiters.push(resolve);
        setTimeout(resolve, 2_000).unref();
      });
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await starting;
      const c = client;
      client = null;
      connected = false;
      for (const w of readyWaiters) w();
      if (c) await c.end().catch(() => undefined);
    },
  };
}

const buses = new WeakMap<Db, Bus>();

/** The bus of a database handle (set by openDatabase); services only hold the Db. */
export function busOf(db: Db): Bus {
  const bus = buses.get(db);
  if (!bus) throw new Error('bus: this database was not opened by openDatabase');
  return bus;
}

export function attachBus(db: Db, bus: Bus) {
  buses.set(db, bus);
}
