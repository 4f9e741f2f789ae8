import { idList, one, sql, type Queryable, type SQL } from '../../core/db/index.js';
import { notFound } from '../../core/errors.js';
import { assertAnywhere, assertCan, can, inScope, inScopeAny, type Actor } from '../../core/policy.js';
import * as q from './queries.js';
import './policy.js';

/**
 * Staff see a conference their subtree organizes, hosts a bridge point of, or has invitees in (a cell secretary:
 * the cell's members are invited). c = conference, o = organizer org.
 */
export function visibleSql(actor: Actor): SQL {
  return sql`(${inScope(actor, 'conference.read', sql`o.path`)} OR EXISTS (
    SELECT 1 FROM bridge_points vb JOIN orgs vo ON vo.id = vb.org_id
    WHERE vb.conference_id = c.id AND ${inScope(actor, 'conference.read', sql`vo.path`)})
    OR c.id IN (SELECT vi.conference_id FROM orgs vu JOIN people vp ON vp.org_id = vu.id JOIN invitations vi ON vi.person_id = vp.id
      WHERE ${inScope(actor, 'conference.read', sql`vu.path`)}))`;
}

/** Does anyone invited live in the actor's subtrees? Driven from the actor's people, cheap on a huge conference. */
async function invitesFromScope(db: Queryable, actor: Actor, conferenceId: number) {
  return !!(await one(db, sql`SELECT 1 AS x FROM orgs u JOIN people p ON p.org_id = u.id
    JOIN invitations i ON i.conference_id = ${conferenceId} AND i.person_id = p.id
    WHERE ${inScope(actor, 'conference.read', sql`u.path`)} LIMIT 1`));
}

async function staffCanRead(db: Queryable, actor: Actor, c: q.ConferenceRow) {
  if (can(actor, 'conference.read', c.orgPath)) return true;
  if ((await q.bridgePointPaths(db, c.id)).some((p) => can(actor, 'conference.read', p))) return true;
  return invitesFromScope(db, actor, c.id);
}

/**
 * Which invitees' names and records the actor sees, as SQL on their bridge point's and home unit's org paths:
 * the organizers (and those above them) everyone; the staff of a point's unit their points and their subtree only.
 */
export function peopleScope(actor: Actor, c: Pick<q.ConferenceRow, 'orgPath'>) {
  const full = can(actor, 'conference.read', c.orgPath);
  return (bpPath: SQL, homePath: SQL) => (full ? sql`true` : inScopeAny(actor, 'conference.read', [bpPath, homePath]));
}

/**
 * Whose host a bridge point shows (SQL on its org path): organizers see every host; staff the hosts of their
 * subtree's points; an invitee the host of their own point.
 */
export function hostScope(actor: Actor, c: Pick<q.ConferenceRow, 'id' | 'orgPath'>) {
  if (can(actor, 'conference.read', c.orgPath)) return () => sql`true`;
  const own = actor.personId
    ? sql`bp.id = (SELECT bridge_point_id FROM invitations WHERE conference_id = ${c.id} AND person_id = ${actor.personId})`
    : sql`false`;
  return (bpPath: SQL) => sql`(${inScope(actor, 'conference.read', bpPath)} OR ${own} IS TRUE)`;
}

/** A conference the actor may see: as staff (above), or as an invitee. Otherwise 404. */
export async function readableConference(db: Queryable, actor: Actor, id: number) {
  const c = await q.findConference(db, id);
  if (!c) throw notFound('conference');
  if (await staffCanRead(db, actor, c)) return c;
  if (actor.personId && (await q.isInvited(db, id, actor.personId))) return c;
  throw notFound('conference');
}

/** Staff views (invitation lists): invitees who are not staff there get 403, strangers 404. */
export async function staffConference(db: Queryable, actor: Actor, id: number) {
  const c = await readableConference(db, actor, id);
  if (!(await staffCanRead(db, actor, c))) assertCan(actor, 'conference.read', c.orgPath);
  return c;
}

/** A conference the actor may change: 403 for roles that never organize, 404 if unseen, 403 where it only reads. */
export async function writableConference(db: Queryable, actor: Actor, id: number) {
  assertAnywhere(actor, 'conference.write');
  await readableConference(db, actor, id);
  const c = (await q.findConference(db, id, true))!; // lock: concurrent edits of one conference queue up
  assertCan(actor, 'conference.write', c.orgPath);
  return c;
}

export const isWithin = (path: string, root: string) => path === root || path.startsWith(root + '.');

/** SQL list of integer ids for IN (...). */
