import { audit } from '../../core/audit.js';
import { rows, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, conflict, notFound } from '../../core/errors.js';
import { assertCan, can, inScope, rootsFor, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { fold } from '../../core/vn.js';
import * as q from './queries.js';
import { ALLOWED_CHILDREN, type OrgKind } from './schemas.js';
import './policy.js';

/** Loads a unit the actor may read; anything outside the actor's subtree is reported as not found. */
export async function readableOrg(db: Queryable, actor: Actor, id: number, action = 'org.read') {
  const org = await q.findOrg(db, id);
  if (!org || !can(actor, action, org.path)) throw notFound('org');
  return org;
}

/** Top nodes of the actor's visible tree: the units where its roles were granted. */
export async function roots(db: Db, actor: Actor) {
  const paths = rootsFor(actor, 'org.read');
  if (!paths.length) return [];
  return q.listNodes(db, sql`o.path::text IN (${sql.join(paths.map((p) => sql`${p}`), sql`, `)})`);
}

export async function children(db: Db, actor: Actor, parentId: number, includeInactive: boolean) {
  await readableOrg(db, actor, parentId);
  return q.listNodes(db, sql`o.parent_id = ${parentId} ${includeInactive ? sql`` : sql`AND o.status = 'active'`}`);
}

export async function search(db: Db, actor: Actor, text: string, limit: number) {
  return q.searchOrgs(db, fold(text.trim()), inScope(actor, 'org.read', sql`o.path`), limit);
}

export async function detail(db: Db, actor: Actor, id: number) {
  const org = await readableOrg(db, actor, id);
  const [ancestors, counts, leaders, mergedFrom, history, into] = await Promise.all([
    q.ancestors(db, org.path),
    q.subtreeCounts(db, org.path),
    rows<{ personId: number; fullName: string; title: string }>(db, sql`SELECT p.id AS "personId", p.full_name AS "fullName", ps.title
        FROM positions ps JOIN people p ON p.id = ps.person_id
        WHERE ps.org_id = ${id} AND ps.ended_on IS NULL ORDER BY ps.id`),
    rows<{ id: number; name: string; endedOn: string | null }>(db, sql`SELECT id, name, ended_on AS "endedOn" FROM orgs WHERE merged_into_id = ${id} ORDER BY sort_key, id`),
    rows<{ id: number; kind: string; effectiveOn: string; details: Record<string, unknown> }>(db, sql`SELECT id, kind, effective_on AS "effectiveOn", details
        FROM org_events WHERE org_id = ${id} ORDER BY effective_on DESC, id DESC`),
    org.mergedIntoId ? q.findOrg(db, org.mergedIntoId) : Promise.resolve(undefined),
  ]);
  // Ancestors above the actor's own roots are shown by name only; they are part of the unit's identity.
  return { ...org, ...counts, ancestors, leaders, mergedFrom, history, mergedInto: into ? { id: into.id, name: into.name } : null };
}

function assertActive(org: q.OrgRow) {
  if (org.status !== 'active') throw conflict('org_inactive');
}

function assertChildKind(parent: q.OrgRow, kind: OrgKind, field: string) {
  if (!ALLOWED_CHILDREN[parent.kind].includes(kind)) {
    throw badRequest({ [field]: { key: 'org_parent_kind', params: { parent: parent.name } } });
  }
}

export async function create(db: Db, actor: Actor, input: {
  parentId: number; name: string; shortName?: string | null; kind: OrgKind; subkind?: string | null; code?: string | null; effectiveOn?: string;
}) {
  return db.transaction(async (tx) => {
    const parent = await readableOrg(tx, actor, input.parentId);
    assertCan(actor, 'org.write', parent.path);
    assertActive(parent);
    assertChildKind(parent, input.kind, 'kind');
    const effectiveOn = input.effectiveOn ?? todayVn();
    const org = await q.insertOrg(tx, { ...input, parentPath: parent.path, effectiveOn });
    await q.addEvent(tx, org.id, 'create', effectiveOn, { parentId: parent.id, parentName: parent.name }, actor.accountId);
    await audit(tx, actor, { action: 'create', entity: 'org', entityId: org.id, orgPath: org.path, after: org });
    return org;
  });
}

export async function update(db: Db, actor: Actor, id: number, input: { name?: string; shortName?: string | null; code?: string | null; effectiveOn?: string }) {
  return db.transaction(async (tx) => {
    const before = await readableOrg(tx, actor, id);
    assertCan(actor, 'org.write', before.path);
    assertActive(before);
    await tx.execute(sql`UPDATE orgs SET name = ${input.name ?? before.name},
        short_name = ${input.shortName === undefined ? before.shortName : input.shortName},
        code = ${input.code === undefined ? before.code : input.code} WHERE id = ${id}`);
    if (input.name && input.name !== before.name) {
      await q.addEvent(tx, id, 'rename', input.effectiveOn ?? todayVn(), { from: before.name, to: input.name }, actor.accountId);
    }
    const after = (await q.findOrg(tx, id))!;
    await audit(tx, actor, { action: 'update', entity: 'org', entityId: id, orgPath: after.path, before, after });
    return after;
  });
}

export async function move(db: Db, actor: Actor, id: number, input: { newParentId: number; effectiveOn?: string }) {
  return db.transaction(async (tx) => {
    const org = await readableOrg(tx, actor, id);
    const parent = await readableOrg(tx, actor, input.newParentId);
    assertCan(actor, 'org.write', org.path);
    assertCan(actor, 'org.write', parent.path);
    if (org.parentId === null) throw conflict('org_root');
    assertActive(org);
    assertActive(parent);
    if (parent.path === org.path || parent.path.startsWith(org.path + '.')) throw badRequest({ newParentId: 'org_cycle' });
    assertChildKind(parent, org.kind, 'newParentId');
    const from = org.parentId ? await q.findOrg(tx, org.parentId) : undefined;
    await q.reparent(tx, org, parent);
    await q.addEvent(tx, id, 'move', input.effectiveOn ?? todayVn(),
      { fromId: from?.id, fromName: from?.name, toId: parent.id, toName: parent.name }, actor.accountId);
    const after = (await q.findOrg(tx, id))!;
    await audit(tx, actor, { action: 'move', entity: 'org', entityId: id, orgPath: after.path, before: org, after });
    return after;
  });
}

/**
 * Merges units into one. The surviving (or new) unit takes over the active sub-units and the people of
 * the merged ones; the merged units stay in the tree, closed, under the survivor — so their records are
 * reachable from it and past reports still name them.
 */
export async function merge(db: Db, actor: Actor, input: { sourceIds: number[]; targetId?: number; newName?: string; effectiveOn?: string }) {
  const effectiveOn = input.effectiveOn ?? todayVn();
  const ids = [...new Set(input.sourceIds)];
  if (ids.length < 2) throw badRequest({ sourceIds: 'org_merge_same' });
  if (input.targetId !== undefined && !ids.includes(input.targetId)) ids.push(input.targetId);
  return db.transaction(async (tx) => {
    const sources: q.OrgRow[] = [];
    for (const id of ids) {
      const org = await readableOrg(tx, actor, id);
      assertCan(actor, 'org.write', org.path);
      assertActive(org);
      if (org.parentId === null) throw conflict('org_root');
      sources.push(org);
    }
    const kinds = new Set(sources.map((s) => s.kind));
    if (kinds.size > 1) throw badRequest({ sourceIds: { key: 'org_parent_kind', params: { parent: sources[0].name } } });
    let target: q.OrgRow;
    if (input.targetId !== undefined) {
      target = sources.find((s) => s.id === input.targetId)!;
    } else {
      const first = sources[0];
      const parent = (await q.findOrg(tx, first.parentId!))!;
      assertCan(actor, 'org.write', parent.path);
      target = await q.insertOrg(tx, { parentId: parent.id, parentPath: parent.path, name: input.newName!, kind: first.kind, subkind: first.subkind, effectiveOn });
      await q.addEvent(tx, target.id, 'create', effectiveOn, { mergedFrom: sources.map((s) => ({ id: s.id, name: s.name })) }, actor.accountId);
    }
    for (const src of sources.filter((s) => s.id !== target.id)) {
      if (target.path.startsWith(src.path + '.')) throw badRequest({ targetId: 'org_cycle' });
      const active = await rows<q.OrgRow>(tx, sql`SELECT ${q.orgColumns} FROM orgs o WHERE o.parent_id = ${src.id} AND o.status = 'active'`);
      for (const child of active) await q.reparent(tx, child, target);
      await tx.execute(sql`INSERT INTO person_transfers (person_id, from_org_id, to_org_id, effective_on, reason, account_id)
          SELECT id, ${src.id}, ${target.id}, ${effectiveOn}, 'merge', ${actor.accountId} FROM people WHERE org_id = ${src.id}`);
      await tx.execute(sql`UPDATE people SET org_id = ${target.id}, updated_at = now() WHERE org_id = ${src.id}`);
      await tx.execute(sql`UPDATE orgs SET status = 'merged', merged_into_id = ${target.id}, ended_on = ${effectiveOn} WHERE id = ${src.id}`);
      const current = (await q.findOrg(tx, src.id))!;
      await q.reparent(tx, current, target);
      await q.addEvent(tx, src.id, 'merge', effectiveOn, { intoId: target.id, intoName: target.name }, actor.accountId);
      await q.addEvent(tx, target.id, 'merge', effectiveOn, { fromId: src.id, fromName: src.name }, actor.accountId);
      await audit(tx, actor, { action: 'merge', entity: 'org', entityId: src.id, orgPath: target.path, before: src, after: { mergedIntoId: target.id } });
    }
    return (await q.findOrg(tx, target.id))!;
  });
}

export async function dissolve(db: Db, actor: Actor, id: number, input: { effectiveOn?: string; reason?: string }) {
  return db.transaction(async (tx) => {
    const org = await readableOrg(tx, actor, id);
    assertCan(actor, 'org.write', org.path);
    if (org.parentId === null) throw conflict('org_root');
    assertActive(org);
    const counts = await q.subtreeCounts(tx, org.path);
    if (counts.childCount > 0 || counts.peopleCount > 0) {
      throw new AppError(409, 'org_not_empty', { children: counts.childCount, people: counts.peopleCount });
    }
    const effectiveOn = input.effectiveOn ?? todayVn();
    await tx.execute(sql`UPDATE orgs SET status = 'dissolved', ended_on = ${effectiveOn} WHERE id = ${id}`);
    await q.addEvent(tx, id, 'dissolve', effectiveOn, { reason: input.reason ?? null }, actor.accountId);
    const after = (await q.findOrg(tx, id))!;
    await audit(tx, actor, { action: 'dissolve', entity: 'org', entityId: id, orgPath: org.path, before: org, after });
    return after;
  });
}
