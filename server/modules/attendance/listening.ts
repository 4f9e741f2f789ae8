import { audit } from '../../core/audit.js';
import { one, rows, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, forbidden, notFound } from '../../core/errors.js';
import { can, inScope, rootsFor, type Actor } from '../../core/policy.js';
import { unitLabel } from '../../core/units.js';
import { visibleConference, type Visible } from './access.js';
import { publish } from './live.js';

// The listening record of a radio / loudspeaker conference (format 'radio'): members without a smartphone, or far
// from any hall, listen at home; the cell secretary ticks who heard it from the cell's invitation list. Each tick is an
// attendance row with method 'listening' (and the secretary's note), so it counts in participation like any presence.

export const LISTENING_MAX = 2000;

interface Entry { personId: number; listened: boolean; note?: string }
interface Row { personId: number; fullName: string; orgName: string; method: string | null; note: string | null }

/**
 * The conference (radio only) and the unit whose list the actor keeps: the secretary's cell, or a clerk's subtree
 * (without orgId, the actor's own unit).
 */
async function scope(q: Queryable, actor: Actor, id: number, orgId?: number) {
  const c = await visibleConference(q, actor, id);
  const fmt = await one<{ format: string }>(q, sql`SELECT format FROM conferences WHERE id = ${id}`);
  if (fmt!.format !== 'radio') throw new AppError(409, 'listening_radio_only');
  const root = rootsFor(actor, 'attendance.record')[0];
  if (orgId === undefined && !root) throw forbidden();
  const org = await one<{ id: number; path: string; label: string }>(q, sql`SELECT o.id, o.path::text AS path, ${unitLabel('o')} AS label
    FROM orgs o WHERE ${orgId === undefined ? sql`o.path = ${root}::ltree` : sql`o.id = ${orgId}`}`);
  if (!org) throw notFound('org');
  if (!can(actor, 'attendance.record', org.path)) throw forbidden();
  return { c, org };
}

const listOf = (q: Queryable, c: Visible, orgPath: string) => rows<Row>(q, sql`SELECT p.id AS "personId", p.full_name AS "fullName",
    ${unitLabel('u')} AS "orgName", a.method, a.note
  FROM invitations i JOIN people p ON p.id = i.person_id JOIN orgs u ON u.id = p.org_id
  LEFT JOIN attendance a ON a.conference_id = i.conference_id AND a.person_id = i.person_id
  WHERE i.conference_id = ${c.id} AND u.path <@ ${orgPath}::ltree
  ORDER BY u.path, p.sort_key, p.id LIMIT ${LISTENING_MAX}`);

const shape = (r: Row) => ({ ...r, listened: r.method !== null });

export async function listening(db: Db, actor: Actor, id: number, orgId?: number) {
  const { c, org } = await scope(db, actor, id, orgId);
  const [list, units] = await Promise.all([
    listOf(db, c, org.path),
    // The units (cells) with invitees whose lists the actor keeps, to choose from.
    rows<{ orgId: number; orgName: string; people: number }>(db, sql`SELECT x.id AS "orgId", ${unitLabel('x')} AS "orgName", x.n AS people
      FROM (SELECT u.id, u.name, u.kind, u.path, count(*)::int AS n FROM invitations i JOIN people p ON p.id = i.person_id
        JOIN orgs u ON u.id = p.org_id WHERE i.conference_id = ${id} AND ${inScope(actor, 'attendance.record', sql`u.path`)} GROUP BY u.id) x
      ORDER BY x.path LIMIT 2000`),
  ]);
  const items = list.map(shape);
  return {
    conferenceId: id, orgId: org.id, orgName: org.label, items, units,
    counts: { invited: items.length, listened: items.filter((r) => r.method === 'listening').length, otherwise: items.filter((r) => r.method !== null && r.method !== 'listening').length },
  };
}

/**
 * Saves the whole list in one go: a tick adds a listening record (or updates its note), an untick removes a listening
 * record. Presences recorded another way (a check-in, the roll call) are left as they are. Re-saving the same list
 * changes nothing; any refused entry refuses the whole save.
 */
export async function saveListening(db: Db, actor: Actor, id: number, input: { orgId: number; entries: Entry[] }) {
  const now = Date.now();
  const out = await db.transaction(async (tx) => {
    const { c, org } = await scope(tx, actor, id, input.orgId);
    if (now < c.startsAt.getTime()) throw new AppError(409, 'listening_not_started');
    const list = new Map((await listOf(tx, c, org.path)).map((r) => [r.personId, r]));
    const seen = new Set<number>();
    const fields: Record<string, string> = {};
    input.entries.forEach((e, i) => {
      if (seen.has(e.personId)) fields[`entries.${i}.personId`] = 'listening_duplicate';
      else if (!list.has(e.personId)) fields[`entries.${i}.personId`] = 'listening_not_in_list';
      seen.add(e.personId);
    });
    if (Object.keys(fields).length) throw badRequest(fields);
    const at = new Date(Math.min(Math.max(now, c.startsAt.getTime()), c.endsAt.getTime())).toISOString();
    const added: number[] = [];
    const removed: number[] = [];
    const noted: number[] = [];
    for (const e of input.entries) {
      const r = list.get(e.personId)!;
      const note = e.note?.trim() || null;
      if (e.listened && r.method === null) {
        await tx.execute(sql`INSERT INTO attendance (conference_id, person_id, bridge_point_id, checked_at, late_minutes, method, extra, recorded_by, note)
          SELECT ${id}, ${e.personId}, i.bridge_point_id, ${at}::timestamptz, 0, 'listening', false, ${actor.accountId}, ${note}
          FROM invitations i WHERE i.conference_id = ${id} AND i.person_id = ${e.personId}`);
        await tx.execute(sql`DELETE FROM absences WHERE conference_id = ${id} AND person_id = ${e.personId}`);
        added.push(e.personId);
      } else if (e.listened && r.method === 'listening' && (r.note ?? null) !== note) {
        await tx.execute(sql`UPDATE attendance SET note = ${note}, recorded_by = ${actor.accountId} WHERE conference_id = ${id} AND person_id = ${e.personId}`);
        noted.push(e.personId);
      } else if (!e.listened && r.method === 'listening') {
        await tx.execute(sql`DELETE FROM attendance WHERE conference_id = ${id} AND person_id = ${e.personId} AND method = 'listening'`);
        removed.push(e.personId);
      }
    }
    if (added.length || removed.length || noted.length) {
      await audit(tx, actor, { action: 'listening', entity: 'conference', entityId: id, orgPath: org.path,
        after: { orgId: org.id, added, removed, noted } });
    }
    return { added: added.length, removed: removed.length, noted: noted.length };
  });
  if (out.added || out.removed) publish(db, id, null);
  return out;
}
