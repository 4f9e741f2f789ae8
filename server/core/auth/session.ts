import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { one, sql, type Queryable } from '../db/index.js';

export const SESSION_COOKIE = 'qt_session';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sign = (secret: string, token: string) => createHmac('sha256', secret).update(token).digest('base64url');

/** Creates a session; returns the cookie value "token.signature". Only the token's hash is stored. */
export async function createSession(q: Queryable, secret: string, accountId: number, hours: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await q.execute(sql`INSERT INTO sessions (token_hash, account_id, expires_at)
    VALUES (${sha256(token)}, ${accountId}, now() + make_interval(hours => ${hours}))`);
  return `${token}.${sign(secret, token)}`;
}

/** The token inside a cookie value, or null when the signature does not match (forged or altered). */
export function tokenFromCookie(secret: string, value: string | undefined): string | null {
  if (!value) return null;
  const [token, sig] = value.split('.');
  if (!token || !sig) return null;
  const expected = Buffer.from(sign(secret, token));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? token : null;
}

export async function sessionAccountId(q: Queryable, token: string): Promise<number | null> {
  const row = await one<{ account_id: number }>(
    q,
    sql`SELECT s.account_id FROM sessions s JOIN accounts a ON a.id = s.account_id
        WHERE s.token_hash = ${sha256(token)} AND s.expires_at > now() AND a.active`,
  );
  return row?.account_id ?? null;
}

// Both may run inside a transaction: the caller calls forgetAccount() (actor-cache.ts) after its commit.
export async function destroySession(q: Queryable, token: string) {
  await q.execute(sql`DELETE FROM sessions WHERE token_hash = ${sha256(token)}`);
}

export async function destroyAccountSessions(q: Queryable, accountId: number, exceptToken?: string) {
  await q.execute(sql`DELETE FROM sessions WHERE account_id = ${accountId}
    AND token_hash <> ${exceptToken ? sha256(exceptToken) : ''}`);
}
