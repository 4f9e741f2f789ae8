// Positions held and mass-organization memberships: both link a person to a unit other than (or besides)
// the home unit, so the caller needs write rights on the person's home unit and on that unit.
import { audit } from '../../core/audit.js';
import { one, sql, type Db } from '../../core/db/index.js';
import { badRequest, conflict, notFound } from '../../core/errors.js';
import type { Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import * as q from './queries.js';
import type { PositionTitle } from './schemas.js';
import { assertNotFuture, writablePerson, writableUnit } from './service.js';

export async function addPosition(db: Db, actor: Actor, personId: number,
  input: { orgId: number; title: PositionTitle; startedOn?: string }) {
  assertNotFuture({ startedOn: input.startedOn });
  return db.transaction(async (tx) => {
    const person = await writablePerson(tx, actor, personId);
    const unit = await writableUnit(tx, actor, input.orgId, 'orgId');
    const held = await one(tx, sql`SELECT 1 FROM positions WHERE person_id = ${personId} AND org_id = ${unit.id}
        AND title = ${input.title} AND ended_on IS NULL`);
    if (held) throw conflict('position_held', {}, { title: 'position_held' });
    const startedOn = input.startedOn ?? todayVn();
    const { id } = (await one<{ id: number }>(tx, sql`INSERT INTO positions (person_id, org_id, title, started_on)
        VALUES (${personId}, ${unit.id}, ${input.title}, ${startedOn}) RETURNING id`))!;
    const position = { id, orgId: unit.id, orgName: unit.label ?? unit.name, title: input.title, startedOn, endedOn: null };
    await audit(tx, actor, { action: 'create', entity: 'position', entityId: id, orgPath: unit.path, after: { personId, fullName: person.fullName, ...position } });
    return position;
  });
}

export async function endPosition(db: Db, actor: Actor, personId: number, positionId: number,
  input: { endedOn?: string }) {
  assertNotFuture({ endedOn: input.endedOn });
  return db.transaction(async (tx) => {
    await writablePerson(tx, actor, personId);
    const before = (await q.positionsOf(tx, personId)).find((p) => p.id === positionId);
    if (!before) throw notFound('position');
    // A position in a unit since closed can still be ended.
    const unit = await writableUnit(tx, actor, before.orgId, 'orgId', false);
    if (before.endedOn) throw conflict('position_ended');
    const endedOn = input.endedOn ?? todayVn();
    if (before.startedOn && endedOn < before.startedOn) throw badRequest({ endedOn: 'ended_before_started' });
    await tx.execute(sql`UPDATE positions SET ended_on = ${endedOn} WHERE id = ${positionId}`);
    const after = { ...before, endedOn };
    await audit(tx, actor, { action: 'end', entity: 'position', entityId: positionId, orgPath: unit.path, before, after });
    return after;
  });
}

export async function addMassOrg(db: Db, actor: Actor, personId: number,
  input: { orgId: number; joinedOn?: string }) {
  assertNotFuture({ joinedOn: input.joinedOn });
  return db.transaction(async (tx) => {
    const person = await writablePerson(tx, actor, personId);
    const unit = await writableUnit(tx, actor, input.orgId, 'orgId');
    if (unit.kind !== 'mass_org') throw badRequest({ orgId: 'not_mass_org' });
    const exists = await one(tx, sql`SELECT 1 FROM mass_org_memberships WHERE person_id = ${personId} AND org_id = ${unit.id}`);
    if (exists) throw conflict('mass_org_member_exists', {}, { orgId: 'mass_org_member_exists' });
    const joinedOn = input.joinedOn ?? null;
    await tx.execute(sql`INSERT INTO mass_org_memberships (person_id, org_id, joined_on) VALUES (${personId}, ${unit.id}, ${joinedOn})`);
    const membership = { orgId: unit.id, orgName: unit.label ?? unit.name, joinedOn };
    await audit(tx, actor, { action: 'create', entity: 'mass_org_membership', entityId: `${personId}:${unit.id}`, orgPath: unit.path,
      after: { personId, fullName: person.fullName, ...membership } });
    return membership;
  });
}

export async function removeMassOrg(db: Db, actor: Actor, personId: number, orgId: number) {
  await db.transaction(async (tx) => {
    await writablePerson(tx, actor, personId);
    const before = (await q.massOrgsOf(tx, personId)).find((m) => m.orgId === orgId);
    if (!before) throw notFound('mass_org_membership');
    // Leaving a closed organization is allowed: only the write right is checked, not the status.
    const unit = await writableUnit(tx, actor, orgId, 'orgId', false);
    await tx.execute(sql`DELETE FROM mass_org_memberships WHERE person_id = ${personId} AND org_id = ${orgId}`);
    await audit(tx, actor, { action: 'delete', entity: 'mass_org_membership', entityId: `${personId}:${orgId}`, orgPath: unit.path, before });
  });
}
