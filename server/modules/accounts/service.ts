import { audit } from '../../core/audit.js';
import { hashPassword, isStrongPassword } from '../../core/auth/password.js';
import { forgetAccount } from '../../core/auth/actor-cache.js';
import { destroyAccountSessions } from '../../core/auth/session.js';
import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors.js';
import { limitOffset, toPage } from '../../core/pagination.js';
import { assertAnywhere, can, inScope, type Actor, type Role } from '../../core/policy.js';
import { fold } from '../../core/vn.js';
import { findOrg } from '../orgs/queries.js';
import * as q from './queries.js';
import './messages.js';
import './policy.js';

const strip = (a: q.AccountRow) => ({ ...a, grants: a.grants.map(({ path: _p, ...g }) => g) });

/** An account is manageable when every role it holds lies in the admin's subtree. */
async function manageable(db: Queryable, actor: Actor, id: number) {
  const account = await q.findAccount(db, id);
  if (!account || !account.grants.some((g) => can(actor, 'account.manage', g.path))) throw notFound('account');
  if (!account.grants.every((g) => can(actor, 'account.manage', g.path))) throw forbidden();
  return account;
}

async function grantPath(db: Queryable, actor: Actor, orgId: number, field: string) {
  const org = await findOrg(db, orgId);
  if (!org || !can(actor, 'account.manage', org.path)) throw badRequest({ [field]: 'grant_outside' });
  return org.path;
}

export async function list(db: Db, actor: Actor, query: { q?: string; page: number; pageSize: number }) {
  assertAnywhere(actor, 'account.manage');
  const found = await q.listAccounts(db, inScope(actor, 'account.manage', sql`o.path`), query.q ? fold(query.q) : undefined, limitOffset(query));
  const page = toPage(found, query);
  return { ...page, items: page.items.map(strip) };
}

export async function get(db: Db, actor: Actor, id: number) {
  assertAnywhere(actor, 'account.manage');
  return strip(await manageable(db, actor, id));
}

export async function create(db: Db, actor: Actor, input: {
  username: string; displayName: string; password: string; personId?: number | null; grants: { role: Role; orgId: number }[];
}) {
  assertAnywhere(actor, 'account.manage');
  if (!isStrongPassword(input.password)) throw badRequest({ password: 'password_weak' });
  const hash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const paths: string[] = [];
    for (const [i, g] of input.grants.entries()) paths.push(await grantPath(tx, actor, g.orgId, `grants.${i}.orgId`));
    if (await one(tx, sql`SELECT 1 FROM accounts WHERE lower(username) = ${input.username.toLowerCase()}`)) {
      throw conflict('username_taken', {}, { username: 'username_taken' });
    }
    if (input.personId) {
      const person = await one<{ path: string }>(tx, sql`SELECT o.path::text AS path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${input.personId}`);
      if (!person || !can(actor, 'account.manage', person.path)) throw badRequest({ personId: { key: 'not_found', params: { entity: 'person' } } });
    }
    const row = (await one<{ id: number }>(tx, sql`INSERT INTO accounts (username, password_hash, display_name, person_id)
        VALUES (${input.username}, ${hash}, ${input.displayName}, ${input.personId ?? null}) RETURNING id`))!;
    for (const g of input.grants) {
      await tx.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${row.id}, ${g.role}, ${g.orgId}) ON CONFLICT DO NOTHING`);
    }
    const after = strip((await q.findAccount(tx, row.id))!);
    await audit(tx, actor, { action: 'create', entity: 'account', entityId: row.id, orgPath: paths[0], after });
    return after;
  });
}

export async function update(db: Db, actor: Actor, id: number, input: { displayName?: string; active?: boolean }) {
  assertAnywhere(actor, 'account.manage');
  const out = await db.transaction(async (tx) => {
    const before = await manageable(tx, actor, id);
    if (input.active === false && id === actor.accountId) throw badRequest({ active: 'self_deactivate' });
    await tx.execute(sql`UPDATE accounts SET display_name = ${input.displayName ?? before.displayName},
      active = ${input.active ?? before.active} WHERE id = ${id}`);
    if (input.active === false) await destroyAccountSessions(tx, id);
    const after = strip((await q.findAccount(tx, id))!);
    await audit(tx, actor, { action: 'update', entity: 'account', entityId: id, orgPath: before.grants[0]?.path, before: strip(before), after });
    return after;
  });
  // After the commit, in every server instance: the next request of this account reads it again.
  forgetAccount(db, id);
  return out;
}

export async function resetPassword(db: Db, actor: Actor, id: number, newPassword: string) {
  assertAnywhere(actor, 'account.manage');
  if (!isStrongPassword(newPassword)) throw badRequest({ newPassword: 'password_weak' });
  const hash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    const account = await manageable(tx, actor, id);
    await tx.execute(sql`UPDATE accounts SET password_hash = ${hash}, password_changed_at = now() WHERE id = ${id}`);
    await destroyAccountSessions(tx, id);
    await audit(tx, actor, { action: 'reset_password', entity: 'account', entityId: id, orgPath: account.grants[0]?.path });
  });
  forgetAccount(db, id);
}

export async function addGrant(db: Db, actor: Actor, id: number, grant: { role: Role; orgId: number }) {
  assertAnywhere(actor, 'account.manage');
  const out = await db.transaction(async (tx) => {
    await manageable(tx, actor, id);
    const path = await grantPath(tx, actor, grant.orgId, 'orgId');
    await tx.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${id}, ${grant.role}, ${grant.orgId}) ON CONFLICT DO NOTHING`);
    const after = strip((await q.findAccount(tx, id))!);
    await audit(tx, actor, { action: 'grant', entity: 'account', entityId: id, orgPath: path, after: grant });
    return after;
  });
  forgetAccount(db, id);
  return out;
}

export async function removeGrant(db: Db, actor: Actor, id: number, grantId: number) {
  assertAnywhere(actor, 'account.manage');
  await db.transaction(async (tx) => {
    const account = await manageable(tx, actor, id);
    const grant = account.grants.find((g) => g.id === grantId);
    if (!grant) throw notFound('account');
    if (account.grants.length === 1) throw badRequest({ grantId: 'last_grant' });
    await tx.execute(sql`DELETE FROM role_grants WHERE id = ${grantId}`);
    await audit(tx, actor, { action: 'revoke', entity: 'account', entityId: id, orgPath: grant.path, before: grant });
  });
  // After the commit, every instance forgets the cached actor: the revocation holds from its next request.
  forgetAccount(db, id);
}
