import { audit } from '../../core/audit.js';
import { one, rows, sql, type Db, type Queryable } from '../../core/db/index.js';
import { forbidden } from '../../core/errors.js';
import { limitOffset, toPage } from '../../core/pagination.js';
import { can, type Actor } from '../../core/policy.js';
import { unitLabel } from '../../core/units.js';
import { readableConference, writableConference } from './access.js';
import { nearestBridgePoint } from './audience.js';
import * as q from './queries.js';
import { Problems } from './validate.js';
import './messages.js';

/**
 * The conference's hall as its main bridge point, so it can be checked into as soon as it is saved: named after
 * the hall, or after the organizing unit when no hall is given.
 */
export async function createMainPoint(tx: Queryable, conferenceId: number, org: { id: number; name: string }, hall: string | null | undefined) {
  const r = await one<{ id: number }>(tx, sql`INSERT INTO bridge_points (conference_id, org_id, name, is_main)
    VALUES (${conferenceId}, ${org.id}, ${hall?.trim() || org.name}, true) RETURNING id`);
  return r!.id;
}

/**
 * Gives invitations without a bridge point one: the given point, or by the nearest-unit rule of the audience
 * generation (nearest ancestor-or-self unit's point, else the main point). Returns how many were placed.
 */
export async function placeUnplaced(tx: Queryable, conferenceId: number, bridgePointId?: number) {
  const target = bridgePointId ? sql`${bridgePointId}::int` : nearestBridgePoint(conferenceId);
  const r = await one<{ n: number }>(tx, sql`WITH placed AS (
      UPDATE invitations i SET bridge_point_id = ${target}
      FROM people p JOIN orgs po ON po.id = p.org_id
      WHERE p.id = i.person_id AND i.conference_id = ${conferenceId} AND i.bridge_point_id IS NULL
      RETURNING 1)
    SELECT count(*)::int AS n FROM placed`);
  return r!.n;
}

export async function unplacedCount(db: Queryable, conferenceId: number) {
  return (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM invitations
    WHERE conference_id = ${conferenceId} AND bridge_point_id IS NULL`))!.n;
}

/** Invitees without a bridge point. Names are the organizers' to see (item: no names across units). */
export async function listUnplaced(db: Db, actor: Actor, conferenceId: number, page: { page: number; pageSize: number }) {
  const c = await readableConference(db, actor, conferenceId);
  if (!can(actor, 'conference.read', c.orgPath)) throw forbidden();
  const found = await rows<{ personId: number; fullName: string; orgName: string; total: number }>(db, sql`
    SELECT p.id AS "personId", p.full_name AS "fullName", ${unitLabel('po')} AS "orgName", count(*) OVER () AS total
    FROM invitations i JOIN people p ON p.id = i.person_id JOIN orgs po ON po.id = p.org_id
    WHERE i.conference_id = ${conferenceId} AND i.bridge_point_id IS NULL
    ORDER BY p.sort_key, p.id ${limitOffset(page)}`);
  return toPage(found, page);
}

/** The fix offered for unplaced invitees: all to one point, or each by the nearest-unit rule. */
export async function place(db: Db, actor: Actor, conferenceId: number, bridgePointId?: number) {
  return db.transaction(async (tx) => {
    const c = await writableConference(tx, actor, conferenceId);
    if (bridgePointId) {
      const bp = await q.findBridgePoint(tx, bridgePointId);
      const problems = new Problems();
      if (!bp || bp.conferenceId !== conferenceId) problems.add('bridgePointId', 'bridge_point_other_conference');
      problems.throwIfAny();
    }
    const placed = await placeUnplaced(tx, conferenceId, bridgePointId);
    if (placed) await audit(tx, actor, { action: 'place', entity: 'conference', entityId: conferenceId, orgPath: c.orgPath, after: { bridgePointId: bridgePointId ?? null, placed } });
    return { placed, unplaced: await unplacedCount(tx, conferenceId) };
  });
}
