import { randomBytes } from 'node:crypto';
import { audit } from '../../core/audit.js';
import { one, sql, type Db } from '../../core/db/index.js';
import { conflict } from '../../core/errors.js';
import { assertAnywhere, assertCan, can, type Actor } from '../../core/policy.js';
import { readableConference } from './access.js';
import { audienceCondition, invite } from './audience.js';
import { invitePresenters } from './invitations.js';
import { createMainPoint } from './placement.js';
import * as q from './queries.js';
import { checkTimes, Problems } from './validate.js';
import './messages.js';

/**
 * A new conference like an earlier one, on new dates: same campaign, organizer, tier, format, hall, agenda,
 * materials, bridge points (readiness not carried over) and audience — its invitations at the matching points,
 * plus whoever its audience rules name today.
 */
export async function copy(db: Db, actor: Actor, sourceId: number, input: { startsAt: string; endsAt: string; title?: string }) {
  assertAnywhere(actor, 'conference.write');
  return db.transaction(async (tx) => {
    const src = await readableConference(tx, actor, sourceId);
    assertCan(actor, 'conference.write', src.orgPath);
    const campaign = (await q.findCampaign(tx, src.campaignId))!;
    if (campaign.status === 'closed') throw conflict('campaign_closed');
    const problems = new Problems();
    checkTimes(input.startsAt, input.endsAt, problems);
    problems.throwIfAny();

    const { id } = (await one<{ id: number }>(tx, sql`INSERT INTO conferences
        (campaign_id, org_id, tier, title, format, starts_at, ends_at, hall, audience, hall_secret, created_by)
      SELECT campaign_id, org_id, tier, ${input.title ?? src.title}, format, ${input.startsAt}::timestamptz, ${input.endsAt}::timestamptz,
        hall, audience, ${randomBytes(32).toString('hex')}, ${actor.accountId}
      FROM conferences WHERE id = ${sourceId} RETURNING id`))!;
    await tx.execute(sql`INSERT INTO agenda_items (conference_id, position, topic, presenter_person_id, minutes)
      SELECT ${id}, position, topic, presenter_person_id, minutes FROM agenda_items WHERE conference_id = ${sourceId} ORDER BY position, id`);
    await tx.execute(sql`INSERT INTO conference_materials (conference_id, document_id)
      SELECT ${id}, document_id FROM conference_materials WHERE conference_id = ${sourceId}`);
    // Points are copied in id order, so the n-th new point (by id) stands for the n-th old one.
    await tx.execute(sql`INSERT INTO bridge_points (conference_id, org_id, name, host_person_id, capacity, is_main)
      SELECT ${id}, org_id, name, host_person_id, capacity, is_main FROM bridge_points WHERE conference_id = ${sourceId} ORDER BY id`);
    if (!(await one(tx, sql`SELECT 1 FROM bridge_points WHERE conference_id = ${id} AND is_main`))) {
      await createMainPoint(tx, id, (await q.findOrg(tx, src.orgId))!, src.hall);
    }
    await tx.execute(sql`WITH o AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM bridge_points WHERE conference_id = ${sourceId}),
        m AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM bridge_points WHERE conference_id = ${id})
      INSERT INTO invitations (conference_id, person_id, bridge_point_id)
      SELECT ${id}, i.person_id, COALESCE(m.id, (SELECT id FROM bridge_points WHERE conference_id = ${id} AND is_main LIMIT 1))
      FROM invitations i LEFT JOIN o ON o.id = i.bridge_point_id LEFT JOIN m ON m.n = o.n
      WHERE i.conference_id = ${sourceId}`);
    // People the audience rules name now (newcomers since the earlier conference), where the caller reads people.
    let newcomers = 0;
    for (const rule of src.audience.rules ?? []) {
      const org = await q.findOrg(tx, rule.orgId);
      if (org && can(actor, 'person.read', org.path)) newcomers += await invite(tx, id, audienceCondition(rule, org.path));
    }
    await invitePresenters(tx, actor, id, src.orgPath);
    const after = await q.conferenceItem(tx, id);
    await audit(tx, actor, { action: 'create', entity: 'conference', entityId: id, orgPath: src.orgPath, after: { ...after, copiedFrom: sourceId, newcomers } });
    return after;
  });
}
