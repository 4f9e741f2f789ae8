import { randomBytes } from 'node:crypto';
import { audit } from '../../core/audit.js';
import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { conflict } from '../../core/errors.js';
import { toPage } from '../../core/pagination.js';
import { assertAnywhere, inScopeOrAbove, type Actor } from '../../core/policy.js';
import { conferenceAbilities } from './abilities.js';
import { hostScope, readableConference, visibleSql, writableConference } from './access.js';
import { applyRule } from './audience.js';
import { invitePresenters } from './invitations.js';
import { createMainPoint } from './placement.js';
import * as q from './queries.js';
import type { AgendaInput, CreateConferenceInput, UpdateConferenceInput } from './schemas.js';
import { checkMakeup, checkMaterials, checkPresenters, checkTier, checkTimes, organizer, Problems, visibleCampaign } from './validate.js';
import './messages.js';
import { noticeInvited } from './notices.js';

export async function list(db: Db, actor: Actor, f: q.ListFilter) {
  assertAnywhere(actor, 'conference.read');
  return toPage(await q.listConferences(db, visibleSql(actor), f), f);
}

export async function detail(db: Db, actor: Actor, id: number) {
  const c = await readableConference(db, actor, id);
  const [item, agenda, materials, bridgePoints] = await Promise.all([
    q.conferenceItem(db, id), q.agendaOf(db, id), q.materialsOf(db, id), q.bridgePointsOf(db, id, undefined, hostScope(actor, c)),
  ]);
  const can = await conferenceAbilities(db, actor, c);
  const points = bridgePoints.map((b) => ({ ...b, abilities: can.bridgePoints.get(b.id) ?? { checkConnection: false, recordAttendance: false } }));
  return { ...item, agenda, materials, bridgePoints: points, audience: { rules: c.audience.rules ?? [] }, abilities: can.conference };
}

async function writeAgenda(tx: Queryable, conferenceId: number, agenda: AgendaInput) {
  await tx.execute(sql`DELETE FROM agenda_items WHERE conference_id = ${conferenceId}`);
  if (!agenda.length) return;
  const values = agenda.map((a, i) => sql`(${conferenceId}, ${i + 1}, ${a.topic}, ${a.presenterPersonId ?? null}, ${a.minutes ?? null})`);
  await tx.execute(sql`INSERT INTO agenda_items (conference_id, position, topic, presenter_person_id, minutes)
    VALUES ${sql.join(values, sql`, `)}`);
}

/** A new conference of a campaign starts with the campaign's documents (those the caller can see) as materials. */
async function campaignMaterials(tx: Queryable, actor: Actor, campaignId: number) {
  const r = await tx.execute(sql`SELECT d.id FROM campaign_documents cd JOIN documents d ON d.id = cd.document_id
    JOIN orgs o ON o.id = d.owner_org_id
    WHERE cd.campaign_id = ${campaignId} AND ${inScopeOrAbove(actor, 'document.read', sql`o.path`)} ORDER BY d.issued_on DESC, d.id`);
  return (r as unknown as { rows: { id: number }[] }).rows.map((x) => x.id);
}

async function writeMaterials(tx: Queryable, conferenceId: number, ids: number[]) {
  await tx.execute(sql`DELETE FROM conference_materials WHERE conference_id = ${conferenceId}`);
  if (!ids.length) return;
  await tx.execute(sql`INSERT INTO conference_materials (conference_id, document_id)
    VALUES ${sql.join(ids.map((d) => sql`(${conferenceId}, ${d})`), sql`, `)}`);
}

export async function create(db: Db, actor: Actor, input: CreateConferenceInput) {
  assertAnywhere(actor, 'conference.write');
  return db.transaction(async (tx) => {
    const problems = new Problems();
    const campaign = await visibleCampaign(tx, actor, input.campaignId);
    const org = await organizer(tx, actor, input.orgId, campaign.orgPath, problems);
    if (campaign.status === 'closed') throw conflict('campaign_closed');
    checkTier(input.tier, campaign.tiers, problems);
    checkTimes(input.startsAt, input.endsAt, problems);
    const materialIds = input.materialIds ? await checkMaterials(tx, actor, input.materialIds, problems) : await campaignMaterials(tx, actor, campaign.id);
    await checkPresenters(tx, actor, input.agenda ?? [], org.path, problems);
    if (input.makeupOf) await checkMakeup(tx, actor, input.makeupOf, campaign.id, null, problems);
    problems.throwIfAny();

    // The hall secret keys the rotating hall QR; it never leaves the server.
    const { id } = (await one<{ id: number }>(tx, sql`INSERT INTO conferences
        (campaign_id, org_id, tier, title, format, starts_at, ends_at, hall, makeup_of, hall_secret, created_by)
      VALUES (${campaign.id}, ${org.id}, ${input.tier}, ${input.title}, ${input.format}, ${input.startsAt}::timestamptz,
        ${input.endsAt}::timestamptz, ${input.hall ?? null}, ${input.makeupOf ?? null}, ${randomBytes(32).toString('hex')}, ${actor.accountId})
      RETURNING id`))!;
    await writeAgenda(tx, id, input.agenda ?? []);
    await writeMaterials(tx, id, materialIds);
    // Checked into as soon as it is saved: the hall is its main bridge point.
    const mainPointId = await createMainPoint(tx, id, org, input.hall);
    const after = await q.conferenceItem(tx, id);
    await audit(tx, actor, { action: 'create', entity: 'conference', entityId: id, orgPath: org.path, after: { ...after, materialIds, agenda: input.agenda ?? [], mainPointId } });
    for (const rule of input.audience ?? []) {
      const invited = await applyRule(tx, actor, id, rule);
      await audit(tx, actor, { action: 'invite', entity: 'conference', entityId: id, orgPath: org.path, after: { rule, invited } });
    }
    await invitePresenters(tx, actor, id, org.path);
    return q.conferenceItem(tx, id);
  });
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateConferenceInput) {
  return db.transaction(async (tx) => {
    const c = await writableConference(tx, actor, id);
    const problems = new Problems();
    const startsAt = input.startsAt ?? c.startsAt;
    const endsAt = input.endsAt ?? c.endsAt;
    checkTimes(startsAt, endsAt, problems);
    if (input.tier) checkTier(input.tier, c.campaignTiers, problems);
    const materialIds = input.materialIds ? await checkMaterials(tx, actor, input.materialIds, problems) : null;
    if (input.makeupOf) await checkMakeup(tx, actor, input.makeupOf, c.campaignId, id, problems);
    problems.throwIfAny();

    const before = await q.conferenceItem(tx, id);
    const keep = <T>(v: T | undefined, old: T) => (v === undefined ? old : v);
    await tx.execute(sql`UPDATE conferences SET tier = ${input.tier ?? c.tier}, title = ${input.title ?? c.title},
        format = ${input.format ?? c.format}, starts_at = ${startsAt}::timestamptz, ends_at = ${endsAt}::timestamptz,
        hall = ${keep(input.hall, c.hall)}, makeup_of = ${keep(input.makeupOf, c.makeupOf)}
      WHERE id = ${id}`);
    if (materialIds) await writeMaterials(tx, id, materialIds);
    // The main point named after the hall follows a renamed hall; a point renamed by hand keeps its name.
    if (input.hall !== undefined && (input.hall?.trim() || null) !== c.hall) {
      const org = (await q.findOrg(tx, c.orgId))!;
      await tx.execute(sql`UPDATE bridge_points SET name = ${input.hall?.trim() || org.name}
        WHERE conference_id = ${id} AND is_main AND name = ${c.hall || org.name}`);
    }
    const after = await q.conferenceItem(tx, id);
    await audit(tx, actor, { action: 'update', entity: 'conference', entityId: id, orgPath: c.orgPath, before, after: { ...after, ...(materialIds ? { materialIds } : {}) } });
    const moved = new Date(startsAt).getTime() !== new Date(c.startsAt).getTime() || new Date(endsAt).getTime() !== new Date(c.endsAt).getTime()
      || (input.hall !== undefined && (input.hall?.trim() || null) !== c.hall);
    if (moved) await noticeInvited(tx, id, 'conference_changed', undefined, actor.accountId);
    // Also catches presenters of an agenda saved before presenters were invited automatically.
    return (await invitePresenters(tx, actor, id, c.orgPath)) ? q.conferenceItem(tx, id) : after;
  });
}

export async function putAgenda(db: Db, actor: Actor, id: number, agenda: AgendaInput) {
  return db.transaction(async (tx) => {
    const c = await writableConference(tx, actor, id);
    const problems = new Problems();
    await checkPresenters(tx, actor, agenda, c.orgPath, problems);
    problems.throwIfAny();
    const before = await q.agendaOf(tx, id);
    await writeAgenda(tx, id, agenda);
    const after = await q.agendaOf(tx, id);
    await audit(tx, actor, { action: 'agenda', entity: 'conference', entityId: id, orgPath: c.orgPath, before, after });
    await invitePresenters(tx, actor, id, c.orgPath);
    return after;
  });
}
