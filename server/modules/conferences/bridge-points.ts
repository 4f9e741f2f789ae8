import { audit } from '../../core/audit.js';
import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { conflict, forbidden, notFound } from '../../core/errors.js';
import { can, type Actor } from '../../core/policy.js';
import { isWithin, readableConference, writableConference } from './access.js';
import { placeUnplaced } from './placement.js';
import * as q from './queries.js';
import type { BridgePointInput, BridgePointPatch } from './schemas.js';
import { Problems, readablePeople } from './validate.js';
import './messages.js';

async function checkHost(tx: Queryable, actor: Actor, hostPersonId: number | null | undefined, problems: Problems) {
  if (hostPersonId && !(await readablePeople(tx, actor, [hostPersonId])).has(hostPersonId)) problems.add('hostPersonId', 'host_not_found');
}

/** Only one main point per conference: making one main demotes the others. */
async function demoteOthers(tx: Queryable, conferenceId: number, keepId: number) {
  await tx.execute(sql`UPDATE bridge_points SET is_main = false WHERE conference_id = ${conferenceId} AND id <> ${keepId} AND is_main`);
}

const bridgePoint = async (tx: Queryable, conferenceId: number, id: number) => (await q.bridgePointsOf(tx, conferenceId, id))[0];

export async function add(db: Db, actor: Actor, conferenceId: number, input: BridgePointInput) {
  return db.transaction(async (tx) => {
    const c = await writableConference(tx, actor, conferenceId);
    const problems = new Problems();
    const org = await q.findOrg(tx, input.orgId);
    if (!org) throw notFound('org');
    if (!isWithin(org.path, c.orgPath)) problems.add('orgId', 'bridge_point_outside_organizer');
    else if (org.status !== 'active') throw conflict('org_inactive', {}, { orgId: 'org_inactive' });
    await checkHost(tx, actor, input.hostPersonId, problems);
    problems.throwIfAny();
    const { id } = (await one<{ id: number }>(tx, sql`INSERT INTO bridge_points (conference_id, org_id, name, host_person_id, capacity, is_main)
      VALUES (${conferenceId}, ${org.id}, ${input.name}, ${input.hostPersonId ?? null}, ${input.capacity ?? null}, ${input.isMain ?? false})
      RETURNING id`))!;
    if (input.isMain) await demoteOthers(tx, conferenceId, id);
    // Invitees who had nowhere to check in get a point now (nearest-unit rule).
    const placed = await placeUnplaced(tx, conferenceId);
    const after = await bridgePoint(tx, conferenceId, id);
    await audit(tx, actor, { action: 'create', entity: 'bridge_point', entityId: id, orgPath: c.orgPath, after: { ...after, placed } });
    return after;
  });
}

/** The bridge point and its conference, which the actor may change (404 unseen, 403 read-only). */
async function writableBridgePoint(tx: Queryable, actor: Actor, id: number) {
  const bp = await q.findBridgePoint(tx, id);
  if (!bp) throw notFound('bridge_point');
  const c = await writableConference(tx, actor, bp.conferenceId);
  return { bp: (await q.findBridgePoint(tx, id, true))!, c };
}

export async function update(db: Db, actor: Actor, id: number, input: BridgePointPatch) {
  return db.transaction(async (tx) => {
    const { bp, c } = await writableBridgePoint(tx, actor, id);
    // The main point stops being main only when another one becomes main.
    if (bp.isMain && input.isMain === false) throw conflict('bridge_point_main_required', {}, { isMain: 'bridge_point_main_required' });
    const problems = new Problems();
    await checkHost(tx, actor, input.hostPersonId, problems);
    problems.throwIfAny();
    const before = await bridgePoint(tx, c.id, id);
    const keep = <T>(v: T | undefined, old: T) => (v === undefined ? old : v);
    await tx.execute(sql`UPDATE bridge_points SET name = ${input.name ?? bp.name},
        host_person_id = ${keep(input.hostPersonId, bp.hostPersonId)}, capacity = ${keep(input.capacity, bp.capacity)},
        is_main = ${input.isMain ?? bp.isMain}
      WHERE id = ${id}`);
    if (input.isMain) await demoteOthers(tx, c.id, id);
    const after = await bridgePoint(tx, c.id, id);
    await audit(tx, actor, { action: 'update', entity: 'bridge_point', entityId: id, orgPath: c.orgPath, before, after });
    return after;
  });
}

/** Connection check before the session: the organizer's staff or the bridge point's own staff record it. */
export async function readiness(db: Db, actor: Actor, id: number, connectionOk: boolean) {
  return db.transaction(async (tx) => {
    const bp = await q.findBridgePoint(tx, id, true);
    if (!bp) throw notFound('bridge_point');
    const c = await readableConference(tx, actor, bp.conferenceId);
    if (!can(actor, 'conference.write', c.orgPath) && !can(actor, 'conference.write', bp.orgPath)) throw forbidden();
    await tx.execute(sql`UPDATE bridge_points SET connection_ok = ${connectionOk}, checked_at = now() WHERE id = ${id}`);
    const after = await bridgePoint(tx, c.id, id);
    await audit(tx, actor, { action: 'readiness', entity: 'bridge_point', entityId: id, orgPath: bp.orgPath, after: { connectionOk, checkedAt: after.checkedAt } });
    return after;
  });
}

/** Refused for the main point and once anyone checked in there; otherwise its invitees fall back to the main point. */
export async function remove(db: Db, actor: Actor, id: number) {
  await db.transaction(async (tx) => {
    const { bp, c } = await writableBridgePoint(tx, actor, id);
    const used = (await one<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM attendance WHERE bridge_point_id = ${id}`))!.n;
    if (used > 0) throw conflict('bridge_point_has_attendance', { count: used });
    if (bp.isMain) throw conflict('bridge_point_main_remove', { name: bp.name });
    const before = await bridgePoint(tx, c.id, id);
    await tx.execute(sql`UPDATE invitations SET bridge_point_id = (
        SELECT m.id FROM bridge_points m WHERE m.conference_id = ${c.id} AND m.is_main AND m.id <> ${id} ORDER BY m.id LIMIT 1)
      WHERE conference_id = ${c.id} AND bridge_point_id = ${id}`);
    await tx.execute(sql`DELETE FROM bridge_points WHERE id = ${id}`);
    await audit(tx, actor, { action: 'delete', entity: 'bridge_point', entityId: id, orgPath: bp.orgPath, before });
  });
}
