import { audit } from '../../core/audit.js';
import { idList, likeContains, one, rows, sql, utc, type Db, type Queryable, type SQL } from '../../core/db/index.js';
import { conflict, notFound } from '../../core/errors.js';
import { limitOffset, toPage } from '../../core/pagination.js';
import { can, type Actor } from '../../core/policy.js';
import { unitLabel } from '../../core/units.js';
import { fold } from '../../core/vn.js';
import { peopleScope, staffConference, writableConference } from './access.js';
import { applyRule, invite } from './audience.js';
import * as q from './queries.js';
import type { z } from 'zod';
import type { AudienceRule, invitationOut, myInvitationOut } from './schemas.js';
import { Problems, readablePeople } from './validate.js';
import './messages.js';

export async function generate(db: Db, actor: Actor, conferenceId: number, rule: AudienceRule) {
  return db.transaction(async (tx) => {
    const c = await writableConference(tx, actor, conferenceId);
    const invited = await applyRule(tx, actor, conferenceId, rule);
    await audit(tx, actor, { action: 'invite', entity: 'conference', entityId: conferenceId, orgPath: c.orgPath, after: { rule, invited } });
    return { invited };
  });
}

/**
 * Presenters named in the agenda are invited: at the main bridge point (where they speak) if there is one, else by
 * the usual nearest-point rule. Existing invitations, hand-made or not, are kept as they are; nobody is removed.
 */
export async function invitePresenters(tx: Queryable, actor: Actor, conferenceId: number, orgPath: string) {
  const fresh = await rows<{ id: number }>(tx, sql`SELECT DISTINCT ai.presenter_person_id AS id FROM agenda_items ai
    WHERE ai.conference_id = ${conferenceId} AND ai.presenter_person_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.conference_id = ai.conference_id AND i.person_id = ai.presenter_person_id)
    ORDER BY 1`);
  if (!fresh.length) return 0;
  const personIds = fresh.map((r) => r.id);
  const main = await one<{ id: number }>(tx, sql`SELECT id FROM bridge_points WHERE conference_id = ${conferenceId} AND is_main ORDER BY id LIMIT 1`);
  const invited = await invite(tx, conferenceId, sql`p.id IN (${idList(personIds)})`, main?.id);
  await audit(tx, actor, { action: 'invite', entity: 'conference', entityId: conferenceId, orgPath, after: { presenters: personIds, invited } });
  return invited;
}

async function checkBridgePoint(tx: Queryable, conferenceId: number, bridgePointId: number, problems: Problems) {
  const bp = await q.findBridgePoint(tx, bridgePointId);
  if (!bp || bp.conferenceId !== conferenceId) problems.add('bridgePointId', 'bridge_point_other_conference');
}

export async function add(db: Db, actor: Actor, conferenceId: number, input: { personIds: number[]; bridgePointId?: number }) {
  return db.transaction(async (tx) => {
    const c = await writableConference(tx, actor, conferenceId);
    const problems = new Problems();
    const ids = [...new Set(input.personIds)];
    const readable = await readablePeople(tx, actor, ids);
    const missing = ids.filter((i) => !readable.has(i));
    if (missing.length) problems.add('personIds', { key: 'people_not_found', params: { ids: missing.join(', ') } });
    if (input.bridgePointId) await checkBridgePoint(tx, conferenceId, input.bridgePointId, problems);
    problems.throwIfAny();
    const invited = await invite(tx, conferenceId, sql`p.id IN (${idList(ids)})`, input.bridgePointId);
    await audit(tx, actor, { action: 'invite', entity: 'conference', entityId: conferenceId, orgPath: c.orgPath, after: { ...input, invited } });
    return { invited };
  });
}

export interface InvitationFilter { bridgePointId?: number; q?: string; personId?: number; page: number; pageSize: number }

/** Rows of the caller's part (peopleScope over bpo = bridge point org, po = home unit); the organizers see all. */
type Scope = (bpPath: SQL, homePath: SQL) => SQL;

function invitationRows(db: Queryable, conferenceId: number, f: InvitationFilter, scope: Scope = () => sql`true`) {
  const words = fold(f.q ?? '').trim().split(/\s+/).filter(Boolean);
  const match = words.map((w) => sql`AND p.name_folded LIKE ${likeContains(w)}`);
  return rows<z.infer<typeof invitationOut> & { total: number }>(db, sql`
    SELECT p.id AS "personId", p.full_name AS "fullName", ${unitLabel('po')} AS "orgName", i.bridge_point_id AS "bridgePointId",
      bp.name AS "bridgePointName", (a.id IS NOT NULL) AS attended,
      CASE WHEN a.id IS NULL THEN NULL ELSE ${utc(sql`a.checked_at`)} END AS "checkedAt", a.late_minutes AS "lateMinutes",
      CASE WHEN ab.person_id IS NULL THEN NULL ELSE json_build_object('excused', ab.excused, 'reason', ab.reason) END AS absence,
      count(*) OVER () AS total
    FROM invitations i JOIN people p ON p.id = i.person_id JOIN orgs po ON po.id = p.org_id
    LEFT JOIN bridge_points bp ON bp.id = i.bridge_point_id LEFT JOIN orgs bpo ON bpo.id = bp.org_id
    LEFT JOIN attendance a ON a.conference_id = i.conference_id AND a.person_id = i.person_id
    LEFT JOIN absences ab ON ab.conference_id = i.conference_id AND ab.person_id = i.person_id
    WHERE i.conference_id = ${conferenceId} AND ${scope(sql`bpo.path`, sql`po.path`)}
      ${f.bridgePointId ? sql`AND i.bridge_point_id = ${f.bridgePointId}` : sql``}
      ${f.personId ? sql`AND i.person_id = ${f.personId}` : sql``}
      ${sql.join(match, sql` `)}
    ORDER BY p.sort_key, p.id ${limitOffset(f)}`);
}

export async function list(db: Db, actor: Actor, conferenceId: number, f: InvitationFilter) {
  const c = await staffConference(db, actor, conferenceId);
  // partial: the caller sees its own part only (not an organizer), so the page can say why totals differ.
  return { ...toPage(await invitationRows(db, conferenceId, f, peopleScope(actor, c)), f), partial: !can(actor, 'conference.read', c.orgPath) };
}

async function findInvitation(tx: Queryable, conferenceId: number, personId: number) {
  const r = await one<{ bridgePointId: number | null }>(tx, sql`SELECT bridge_point_id AS "bridgePointId" FROM invitations
    WHERE conference_id = ${conferenceId} AND person_id = ${personId} FOR UPDATE`);
  if (!r) throw notFound('invitation');
  return r;
}

export async function remove(db: Db, actor: Actor, conferenceId: number, personId: number) {
  await db.transaction(async (tx) => {
    const c = await writableConference(tx, actor, conferenceId);
    const before = await findInvitation(tx, conferenceId, personId);
    // Dropping someone who already checked in would silently turn them into an extra attendee.
    if (await one(tx, sql`SELECT 1 FROM attendance WHERE conference_id = ${conferenceId} AND person_id = ${personId}`)) {
      throw conflict('invitation_attended');
    }
    await tx.execute(sql`DELETE FROM invitations WHERE conference_id = ${conferenceId} AND person_id = ${personId}`);
    await audit(tx, actor, { action: 'delete', entity: 'invitation', entityId: `${conferenceId}:${personId}`, orgPath: c.orgPath, before: { personId, ...before } });
  });
}

export async function reassign(db: Db, actor: Actor, conferenceId: number, personId: number, bridgePointId: number) {
  return db.transaction(async (tx) => {
    const c = await writableConference(tx, actor, conferenceId);
    const before = await findInvitation(tx, conferenceId, personId);
    const problems = new Problems();
    await checkBridgePoint(tx, conferenceId, bridgePointId, problems);
    problems.throwIfAny();
    await tx.execute(sql`UPDATE invitations SET bridge_point_id = ${bridgePointId} WHERE conference_id = ${conferenceId} AND person_id = ${personId}`);
    await audit(tx, actor, { action: 'update', entity: 'invitation', entityId: `${conferenceId}:${personId}`, orgPath: c.orgPath, before, after: { bridgePointId } });
    const [row] = await invitationRows(tx, conferenceId, { personId, page: 1, pageSize: 1 });
    const { total: _t, ...item } = row;
    return item;
  });
}

/** The actor's own invitations, newest first. */
export async function mine(db: Db, actor: Actor) {
  if (!actor.personId) return [] as z.infer<typeof myInvitationOut>[];
  return rows<z.infer<typeof myInvitationOut>>(db, sql`
    SELECT c.id AS "conferenceId", c.title, c.format, ${utc(sql`c.starts_at`)} AS "startsAt", ${utc(sql`c.ends_at`)} AS "endsAt",
      c.hall, bp.name AS "bridgePointName",
      EXISTS (SELECT 1 FROM attendance a WHERE a.conference_id = c.id AND a.person_id = i.person_id) AS attended
    FROM invitations i JOIN conferences c ON c.id = i.conference_id LEFT JOIN bridge_points bp ON bp.id = i.bridge_point_id
    WHERE i.person_id = ${actor.personId} ORDER BY c.starts_at DESC, c.id DESC`);
}
