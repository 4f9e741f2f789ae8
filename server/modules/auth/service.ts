import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { audit } from '../../core/audit.js';
import { forgetAccount } from '../../core/auth/actor-cache.js';
import { hashPassword, isStrongPassword, verifyPassword } from '../../core/auth/password.js';
import { loadActor } from '../../core/auth/plugin.js';
import { attemptSucceeded, countAttempt, failureDelayMs, pruneAttempts } from '../../core/auth/rate-limit.js';
import { createSession, destroyAccountSessions, destroySession } from '../../core/auth/session.js';
import { one, sql, type Db } from '../../core/db/index.js';
import { AppError, badRequest } from '../../core/errors.js';
import type { Actor } from '../../core/policy.js';

// Within 15 minutes: 5 attempts per account from one address (a guesser elsewhere cannot lock the real
// user out), 50 failed attempts per address over all accounts (one office may share an address).
const PER_ACCOUNT_AND_ADDRESS = 5;
const PER_ADDRESS = 50;

// A fixed hash to verify against when the account does not exist, so timing does not tell which names exist.
let dummyHash: Promise<string> | null = null;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function login(db: Db, config: Config, input: { username: string; password: string }, req: FastifyRequest) {
  const userKey = input.username.toLowerCase();
  const accountKey = `user:${userKey}@${req.ip}`;
  const addressKey = `addr:${req.ip}`;
  const attempt = await countAttempt(db, [{ key: accountKey, max: PER_ACCOUNT_AND_ADDRESS }, { key: addressKey, max: PER_ADDRESS }]);
  if (attempt.retryAfter > 0) {
    throw new AppError(429, 'rate_limited', { minutes: Math.ceil(attempt.retryAfter / 60), seconds: attempt.retryAfter });
  }

  const account = await one<{ id: number; password_hash: string; path: string | null }>(db, sql`SELECT a.id, a.password_hash,
      (SELECT o.path::text FROM role_grants g JOIN orgs o ON o.id = g.org_id WHERE g.account_id = a.id ORDER BY g.id LIMIT 1) AS path
    FROM accounts a WHERE lower(a.username) = ${userKey} AND a.active`);
  dummyHash ??= hashPassword('not-a-real-password-1');
  const ok = await verifyPassword(input.password, account?.password_hash ?? (await dummyHash));
  if (!account || !ok) {
    // No actor: the attempted name and the address say who tried.
    await audit(db, { accountId: null, ip: req.ip }, {
      action: 'login_failed', entity: 'account', entityId: account?.id ?? null, orgPath: account?.path ?? null,
      after: { username: input.username },
    });
    await pruneAttempts(db);
    // Repeated failures are answered ever more slowly, up to the lock above.
    await sleep(failureDelayMs(attempt.counts[accountKey]));
    throw new AppError(401, 'bad_credentials');
  }
  const cookie = await db.transaction(async (tx) => {
    await attemptSucceeded(tx, accountKey, addressKey);
    const c = await createSession(tx, config.sessionSecret, account.id, config.sessionHours);
    await audit(tx, { accountId: account.id, ip: req.ip }, { action: 'login', entity: 'account', entityId: account.id, orgPath: account.path });
    return c;
  });
  const actor = (await loadActor(db, account.id, req))!;
  return { cookie, actor };
}

export async function logout(db: Db, token: string, actor: Actor | null) {
  await db.transaction(async (tx) => {
    await destroySession(tx, token);
    if (actor) await audit(tx, actor, { action: 'logout', entity: 'account', entityId: actor.accountId, orgPath: actor.grants[0]?.path });
  });
  if (actor) forgetAccount(db, actor.accountId);
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
    await audit(tx, actor, { action: 'password_change', entity: 'account', entityId: actor.accountId, orgPath: actor.grants[0]?.path });
  });
  forgetAccount(db, actor.accountId);
}
