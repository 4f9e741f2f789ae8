import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { attachBus, memoryBus, pgBus, type Bus } from '../bus.js';

// Both drivers share drizzle's Postgres dialect; the code above this file never knows which one runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = PgDatabase<any, any, any>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  dialect: 'pglite' | 'postgres';
  /** Messages to every instance on this database (LISTEN/NOTIFY on PostgreSQL, in memory on PGlite). */
  bus: Bus;
  /** Runs a multi-statement SQL script (migrations); no parameters. */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export { sql };
export type { SQL };

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite (in memory when dir is null). */
export async function openDatabase(opts: { url?: string; dir?: string | null }): Promise<Database> {
  if (opts.url) {
    // JIT off: at national scale many of the app's short queries are estimated above jit_above_cost and spent about
    // half a second compiling before running for a few milliseconds (seen in the national bench's plans).
    const pool = new pg.Pool({ connectionString: opts.url, max: Number(process.env.PG_POOL_SIZE ?? 10), options: '-c jit=off' });
    // An idle connection the server ends (a restart, an administrator, a dropped database) is an 'error' event on the
    // pool; unheard, it would crash the process. The pool drops that client and opens a new one when next needed.
    pool.on('error', (e) => console.error(`database: an idle connection was lost (${e.message})`));
    // DATE columns come back as 'YYYY-MM-DD' strings, as PGlite returns them.
    pg.types.setTypeParser(1082, (v: string) => v);
    const db = drizzlePg(pool) as unknown as Db;
    const bus = pgBus(opts.url, (channel, payload) => pool.query('SELECT pg_notify($1, $2)', [channel, payload]));
    attachBus(db, bus);
    return {
      db,
      dialect: 'postgres',
      bus,
      exec: async (script) => void (await pool.query(script)),
      close: async () => { await bus.close(); await pool.end(); },
    };
  }
  if (opts.dir) mkdirSync(path.dirname(opts.dir), { recursive: true });
  const client = await PGlite.create({
    dataDir: opts.dir ?? undefined,
    extensions: { ltree, pg_trgm, unaccent },
    parsers: { 1082: (v: string) => v },
  });
  const db = drizzlePglite(client) as unknown as Db;
  // One process owns a PGlite database, so its messages never need to leave it.
  const bus = memoryBus();
  attachBus(db, bus);
  return {
    db,
    dialect: 'pglite',
    bus,
    exec: async (script) => void (await client.exec(script)),
    close: () => client.close(),
  };
}

/** Runs a query and returns its rows. */
export async function rows<T = Record<string, unknown>>(q: Queryable, query: SQL): Promise<T[]> {
  const res = (await q.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

export async function one<T = Record<string, unknown>>(q: Queryable, query: SQL): Promise<T | undefined> {
  return (await rows<T>(q, query))[0];
}

// One spelling of the SQL pieces every module needs.

/** `1, 2, 3` for `IN (…)`: each id a bound parameter. */
export const idList = (ids: number[]) => sql.join(ids.map((i) => sql`${i}`), sql`, `);

/** A timestamp as the API's ISO text in UTC (`2026-12-01T08:30:00Z`). */
export const utc = (col: SQL) => sql`to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** The calendar day of a timestamp in Vietnam (a deadline on the 10th is missed from the 11th, local time). */
export const vnDay = (col: SQL) => sql`(${col} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
export const VN_TODAY = vnDay(sql`now()`);

/** A LIKE pattern for text containing `s` anywhere, its own %, _ and \ taken literally. */
export const likeContains = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
