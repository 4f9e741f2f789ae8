import { sql, type Queryable, type SQL } from '../../core/db/index.js';
import { notFound } from '../../core/errors.js';
import { assertAnywhere, assertCan, can, inScope, type Actor } from '../../core/policy.js';
import * as q from './queries.js';
import './policy.js';

/** Staff see a conference their subtree organizes or hosts a bridge point of (c = conference, o = organizer org). */
export function visibleSql(actor: Actor): SQL {
  return sql`(${inScope(actor, 'conference.read', sql`o.path`)} OR EXISTS (
    SELECT 1 FROM bridge_points vb JOIN orgs vo ON vo.id = vb.org_id
    WHERE vb.conference_id = c.id AND ${inScope(actor, 'conference.read', sql`vo.path`)}))`;
}

async function staffCanRead(db: Queryable, actor: Actor, c: q.ConferenceRow) {
  if (can(actor, 'conference.read', c.orgPath)) return true;
  return (await q.bridgePointPaths(db, c.id)).some((p) => can(actor, 'conference.read', p));
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
export const idList = (ids: number[]) => sql.join(ids.map((i) => sql`${i}`), sql`, `);
