import { rows, sql, type Queryable } from '../db/index.js';

/**
 * Login attempt limits, kept in the database (table login_attempts) so that every server instance on one
 * PostgreSQL counts the same attempts, and a restart forgets nothing. Each key has a fixed window that
 * starts at its first attempt. An attempt is counted before the password is checked (so parallel guesses
 * are counted too) and given back when it succeeds.
 */
export interface Limit { key: string; max: number }

export interface Attempt {
  /** Seconds until the keys may try again, 0 when this attempt may go on. */
  retryAfter: number;
  /** Attempts in the window per key, this one included. */
  counts: Record<string, number>;
}

const WINDOW = '15 minutes';

/** Counts one attempt on every key at once (one statement, row locks in key order). */
export async function countAttempt(q: Queryable, limits: Limit[]): Promise<Attempt> {
  const keys = [...limits].sort((a, b) => (a.key < b.key ? -1 : 1));
  const values = sql.join(keys.map((l) => sql`(${l.key}, now(), 1)`), sql`, `);
  const got = await rows<{ key: string; count: number; wait: number }>(q, sql`INSERT INTO login_attempts AS l (key, window_start, count)
    VALUES ${values}
    ON CONFLICT (key) DO UPDATE SET
      window_start = CASE WHEN l.window_start <= now() - ${WINDOW}::interval THEN now() ELSE l.window_start END,
      count = CASE WHEN l.window_start <= now() - ${WINDOW}::interval THEN 1 ELSE l.count + 1 END
    RETURNING key, count, ceil(extract(epoch FROM (window_start + ${WINDOW}::interval - now())))::int AS wait`);
  const counts: Record<string, number> = {};
  let retryAfter = 0;
  for (const r of got) {
    counts[r.key] = r.count;
    const max = limits.find((l) => l.key === r.key)!.max;
    if (r.count > max) retryAfter = Math.max(retryAfter, Math.max(1, r.wait));
  }
  return { retryAfter, counts };
}

/** A successful login: the account's count for this address starts over, the address gets its attempt back. */
export async function attemptSucceeded(q: Queryable, resetKey: string, refundKey: string) {
  await q.execute(sql`DELETE FROM login_attempts WHERE key = ${resetKey}`);
  await q.execute(sql`UPDATE login_attempts SET count = greatest(count - 1, 0) WHERE key = ${refundKey}`);
}

/** Windows that have passed are dropped now and then (a failed login pays for it). */
export async function pruneAttempts(q: Queryable) {
  await q.execute(sql`DELETE FROM login_attempts WHERE window_start <= now() - ${WINDOW}::interval`);
}

/** The pause before answering a failed attempt: none for the first, then 0.2 s doubling up to 2 s. */
export function failureDelayMs(attempt: number): number {
  return attempt < 2 ? 0 : Math.min(200 * 2 ** (attempt - 2), 2_000);
}
