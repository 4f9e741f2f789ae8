import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { audit } from '../../core/audit.js';
import { hashPassword, isStrongPassword, verifyPassword } from '../../core/auth/password.js';
import { loadActor } from '../../core/auth/plugin.js';
import { AttemptLimiter } from '../../core/auth/rate-limit.js';
import { createSession, destroyAccountSessions, destroySession } from '../../core/auth/session.js';
import { one, sql, type Db } from '../../core/db/index.js';
import { AppError, badRequest } from '../../core/errors.js';
import type { Actor } from '../../core/policy.js';

// 5 failures per account and 30 per address within 15 minutes, then wait.
const perAccount = new AttemptLimiter(5, 15 * 60_000);
const perAddress = new AttemptLimiter(30, 15 * 60_000);

// A fixed hash to verify against when the account does not exist, so timing does not tell which names exist.
let dummyHash: Promise<string> | null = null;

export async function login(db: Db, config: Config, input: { username: string; password: string }, req: FastifyRequest) {
  const userKey = input.username.toLowerCase();
  const wait = Math.max(perAccount.retryAfter(userKey), perAddress.retryAfter(req.ip));
  if (wait > 0) throw new AppError(429, 'rate_limited', { seconds: wait });

  const account = await one<{ id: number; password_hash: string }>(
    db, sql`SELECT id, password_hash FROM accounts WHERE lower(username) = ${userKey} AND active`);
  dummyHash ??= hashPassword('not-a-real-password-1');
  const ok = await verifyPassword(input.password, account?.password_hash ?? (await dummyHash));
  if (!account || !ok) {
    perAccount.fail(userKey);
    perAddress.fail(req.ip);
    throw new AppError(401, 'bad_credentials');
  }
  perAccount.reset(userKey);
  const cookie = await createSession(db, config.sessionSecret, account.id, config.sessionHours);
  const actor = (await loadActor(db, account.id, req))!;
  return { cookie, actor };
}

export async function logout(db: Db, token: string) {
  await destroySession(db, token);
}

export async function changePassword(db: Db, actor: Actor, token: string, input: { currentPassword: string; newPassword: string }) {
  const account = await one<{ password_hash: string }>(db, sql`SELECT password_hash FROM accounts WHERE id = ${actor.accountId}`);
  if (!account || !(await verifyPassword(input.currentPassword, account.password_hash))) {
    throw badRequest({ currentPassword: 'wrong_password' });
  }
  if (!isStrongPassword(input.newPassword)) throw badRequest({ newPassword: 'password_weak' });
  const hash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.execute(sql`UPDATE accounts SET password_hash = ${hash}, password_changed_at = now() WHERE id = ${actor.accountId}`);
    // Other sessions of this account end: a changed password should lock out whoever else had it.
    await destroyAccountSessions(tx, actor.accountId, token);
    await audit(tx, actor, { action: 'password_change', entity: 'account', entityId: actor.accountId });
  });
}
