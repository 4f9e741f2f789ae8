// The inbox of the caller's own account, their preferences, and the admins' view of the outbox.
import { audit } from '../../core/audit.js';
import { one, rows, sql, utc, type Db } from '../../core/db/index.js';
import { conflict, notFound } from '../../core/errors.js';
import { limitOffset, toPage } from '../../core/pagination.js';
import { assertAnywhere, inScope, type Actor } from '../../core/policy.js';
import { unitLabel } from '../../core/units.js';
import { modesOf, render, type Kind, type Params } from './kinds.js';
import type { InboxQuery, OutboxQuery, SettingsInput } from './schemas.js';
import { wakeAfterCommit } from './notify.js';
import { mailState } from './state.js';
import './policy.js';

const unreadOf = async (db: Db, accountId: number) =>
  (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM notifications WHERE account_id = ${accountId} AND read_at IS NULL`))!.n;

export async function unread(db: Db, actor: Actor) {
  return { unread: await unreadOf(db, actor.accountId) };
}

/** Newest first; the text is rendered now, in the reader's language. */
export async function inbox(db: Db, actor: Actor, f: InboxQuery) {
  const found = await rows<{ id: number; kind: Kind; params: Params; link: string | null; orgId: number | null; orgName: string | null;
    createdAt: string; readAt: string | null; total: number }>(db, sql`
    SELECT n.id, n.kind, n.params, n.link, n.org_id AS "orgId", CASE WHEN o.id IS NULL THEN NULL ELSE ${unitLabel('o')} END AS "orgName",
      ${utc(sql`n.created_at`)} AS "createdAt", ${utc(sql`n.read_at`)} AS "readAt", count(*) OVER () AS total
    FROM notifications n LEFT JOIN orgs o ON o.id = n.org_id
    WHERE n.account_id = ${actor.accountId} ${f.unread === 'true' ? sql`AND n.read_at IS NULL` : f.unread === 'false' ? sql`AND n.read_at IS NOT NULL` : sql``}
    ORDER BY n.created_at DESC, n.id DESC ${limitOffset(f)}`);
  const page = toPage(found, f);
  return {
    ...page,
    items: page.items.map(({ params, ...n }) => ({ ...n, id: Number(n.id), ...render(actor.lang, n.kind, params) })),
    unread: await unreadOf(db, actor.accountId),
  };
}

/** Marks one of the caller's notices read; another account's is unknown (404). */
export async function markRead(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const n = await one<{ id: number; readAt: string | null }>(tx, sql`SELECT id, read_at AS "readAt" FROM notifications
      WHERE id = ${id} AND account_id = ${actor.accountId} FOR UPDATE`);
    if (!n) throw notFound('notification');
    if (!n.readAt) {
      await tx.execute(sql`UPDATE notifications SET read_at = now() WHERE id = ${id}`);
      await audit(tx, actor, { action: 'read', entity: 'notification', entityId: id });
    }
    return { unread: await unreadOf(tx as unknown as Db, actor.accountId) };
  });
}

export async function markAllRead(db: Db, actor: Actor) {
  return db.transaction(async (tx) => {
    const done = await rows(tx, sql`UPDATE notifications SET read_at = now() WHERE account_id = ${actor.accountId} AND read_at IS NULL RETURNING id`);
    if (done.length) await audit(tx, actor, { action: 'read_all', entity: 'notification', after: { count: done.length } });
    return { updated: done.length, unread: 0 };
  });
}

async function settingsOf(db: Db, accountId: number) {
  const r = await one<{ email: string | null; personEmail: string | null; modes: Record<string, string> | null }>(db, sql`
    SELECT np.email, NULLIF(p.email, '') AS "personEmail", np.modes FROM accounts a
    LEFT JOIN people p ON p.id = a.person_id LEFT JOIN notification_prefs np ON np.account_id = a.id WHERE a.id = ${accountId}`);
  return { email: r?.email ?? null, personEmail: r?.personEmail ?? null, modes: modesOf(r?.modes), mailEnabled: mailState.on };
}

export const settings = (db: Db, actor: Actor) => settingsOf(db, actor.accountId);

export async function putSettings(db: Db, actor: Actor, input: SettingsInput) {
  await db.transaction(async (tx) => {
    const before = await settingsOf(tx as unknown as Db, actor.accountId);
    const email = input.email === undefined ? before.email : input.email || null;
    const modes = { ...before.modes, ...(input.modes ?? {}) };
    await tx.execute(sql`INSERT INTO notification_prefs (account_id, email, modes) VALUES (${actor.accountId}, ${email}, ${JSON.stringify(modes)}::jsonb)
      ON CONFLICT (account_id) DO UPDATE SET email = EXCLUDED.email, modes = EXCLUDED.modes, updated_at = now()`);
    await audit(tx, actor, { action: 'update', entity: 'notification_prefs', entityId: actor.accountId,
      before: { email: before.email, modes: before.modes }, after: { email, modes } });
  });
  return settingsOf(db, actor.accountId);
}

// ---- the outbox, for admins. Mail names no unit, so an admin of a subtree sees mail to accounts granted inside it.

const outboxScope = (actor: Actor) => sql`EXISTS (SELECT 1 FROM role_grants g JOIN orgs o ON o.id = g.org_id
  WHERE g.account_id = m.account_id AND ${inScope(actor, 'mail.admin', sql`o.path`)})`;

export async function outbox(db: Db, actor: Actor, f: OutboxQuery) {
  assertAnywhere(actor, 'mail.admin');
  const found = await rows<{ total: number; id: number } & Record<string, unknown>>(db, sql`
    SELECT m.id, m.to_address AS "toAddress", a.display_name AS "accountName", m.subject, m.status, m.attempts, m.last_error AS "lastError",
      ${utc(sql`m.created_at`)} AS "createdAt", ${utc(sql`m.next_attempt_at`)} AS "nextAttemptAt", ${utc(sql`m.sent_at`)} AS "sentAt",
      m.digest_on::text AS "digestOn", count(*) OVER () AS total
    FROM mail_outbox m LEFT JOIN accounts a ON a.id = m.account_id
    WHERE ${outboxScope(actor)} ${f.status ? sql`AND m.status = ${f.status}` : sql``}
    ORDER BY m.id DESC ${limitOffset(f)}`);
  const counts = await rows<{ status: string; n: number }>(db, sql`SELECT m.status, count(*)::int AS n FROM mail_outbox m
    WHERE ${outboxScope(actor)} GROUP BY m.status`);
  const page = toPage(found, f);
  return {
    ...page,
    items: page.items.map((m) => ({ ...m, id: Number(m.id) })) as never[],
    counts: { pending: 0, sending: 0, sent: 0, failed: 0, ...Object.fromEntries(counts.map((c) => [c.status, c.n])) },
    mailEnabled: mailState.on,
  };
}

/** Sends a failed mail again: attempts start over, and the worker is woken after commit. */
export async function retry(db: Db, actor: Actor, id: number) {
  assertAnywhere(actor, 'mail.admin');
  await db.transaction(async (tx) => {
    const m = await one<{ status: string; attempts: number }>(tx, sql`SELECT m.status, m.attempts FROM mail_outbox m
      WHERE m.id = ${id} AND ${outboxScope(actor)} FOR UPDATE`);
    if (!m) throw notFound('mail');
    if (m.status !== 'failed') throw conflict('mail_not_failed');
    await tx.execute(sql`UPDATE mail_outbox SET status = 'pending', attempts = 0, next_attempt_at = now() WHERE id = ${id}`);
    await audit(tx, actor, { action: 'retry', entity: 'mail', entityId: id, before: { status: m.status, attempts: m.attempts }, after: { status: 'pending' } });
    await wakeAfterCommit(tx);
  });
  return { id, status: 'pending' as const };
}
