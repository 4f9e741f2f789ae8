import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql, type Db } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';
import { bridgePoint, campaign, conference, invite, MIN, type Ctx } from './attendance-fixture.js';

// The roll-up reads campaign_unit_counts, kept by triggers (migration 005). After every kind of change the
// kept counts must equal (a) the counts rebuilt from scratch and (b) a direct count over the raw rows.

let ctx: Ctx;
beforeAll(async () => { ctx = await setup(); });
afterAll(async () => { await ctx?.close(); });

type Count = { campaign_id: number; org_id: number; tier: string; invited: number; attended: number };
const kept = (db: Db) => rows<Count>(db, sql`SELECT campaign_id, org_id, tier, invited, attended FROM campaign_unit_counts
  WHERE invited <> 0 OR attended <> 0 ORDER BY 1, 2, 3`);

/** The definition, straight from invitations and attendance, under each person's current unit. */
const direct = (db: Db) => rows<Count>(db, sql`WITH inv AS (
    SELECT c.campaign_id, i.person_id, c.tier FROM invitations i JOIN conferences c ON c.id = i.conference_id
  ), att AS (
    SELECT c.campaign_id, a.person_id, c.tier FROM attendance a JOIN conferences c ON c.id = a.conference_id
  ), per AS (
    SELECT inv.campaign_id, inv.person_id, p.org_id, inv.tier,
      EXISTS (SELECT 1 FROM att WHERE att.campaign_id = inv.campaign_id AND att.person_id = inv.person_id AND att.tier = inv.tier) AS tier_att,
      EXISTS (SELECT 1 FROM att WHERE att.campaign_id = inv.campaign_id AND att.person_id = inv.person_id) AS any_att
    FROM (SELECT DISTINCT * FROM inv) inv JOIN people p ON p.id = inv.person_id
  )
  SELECT campaign_id, org_id, tier, count(*)::int AS invited, (count(*) FILTER (WHERE tier_att))::int AS attended FROM per GROUP BY 1, 2, 3
  UNION ALL
  SELECT campaign_id, org_id, '', count(DISTINCT person_id)::int, (count(DISTINCT person_id) FILTER (WHERE any_att))::int FROM per GROUP BY 1, 2
  ORDER BY 1, 2, 3`);

// By method (migration 010): per campaign and unit, the invited people recorded present at least once each way.
type ByMethod = { campaign_id: number; org_id: number; hall_qr: number; card: number; manual: number; roll_call: number; listening: number };
const keptMethods = (db: Db) => rows<ByMethod>(db, sql`SELECT campaign_id, org_id, by_hall_qr AS hall_qr, by_card AS card, by_manual AS manual,
    by_roll_call AS roll_call, by_listening AS listening FROM campaign_unit_counts WHERE tier = '' AND invited <> 0 ORDER BY 1, 2`);
const directMethods = (db: Db) => rows<ByMethod>(db, sql`WITH inv AS (
    SELECT DISTINCT c.campaign_id, i.person_id FROM invitations i JOIN conferences c ON c.id = i.conference_id
  ), m AS (
    SELECT inv.campaign_id, p.org_id, inv.person_id, a.method FROM inv JOIN people p ON p.id = inv.person_id
    LEFT JOIN (SELECT DISTINCT c.campaign_id, a.person_id, a.method FROM attendance a JOIN conferences c ON c.id = a.conference_id) a
      ON a.campaign_id = inv.campaign_id AND a.person_id = inv.person_id
  )
  SELECT campaign_id, org_id, ${sql.raw(['hall_qr', 'card', 'manual', 'roll_call', 'listening']
    .map((x) => `(count(DISTINCT person_id) FILTER (WHERE method = '${x}'))::int AS ${x}`).join(', '))}
  FROM m GROUP BY 1, 2 ORDER BY 1, 2`);

async function expectConsistent(db: Db) {
  const before = await kept(db);
  expect(before).toEqual(await direct(db));
  const methods = await keptMethods(db);
  expect(methods).toEqual(await directMethods(db));
  await db.execute(sql`SELECT participation_rebuild()`);
  expect(await kept(db)).toEqual(before);
  expect(await keptMethods(db)).toEqual(methods);
}

describe('participation counts kept by triggers', () => {
  it('match a recount after invitations, check-ins (batched too), removals, transfers and tier changes', async () => {
    const { db } = ctx.database;
    const { orgs, people } = ctx.fx;
    const camp = await campaign(db, orgs.district.id);
    const key = await conference(db, { campaignId: camp, orgId: orgs.district.id, fromNow: -5 * MIN, tier: 'key_cadre' });
    const grass = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -5 * MIN, tier: 'all_members' });
    const bpKey = await bridgePoint(db, key.id, orgs.district.id, 'Hội trường huyện', true);
    const bpA = await bridgePoint(db, grass.id, orgs.communeA.id, 'Hội trường xã', true);
    const all = Object.values(people);
    await invite(db, key.id, all.slice(0, 3), bpKey);
    await invite(db, grass.id, all, bpA);
    await expectConsistent(db);
    expect((await kept(db)).length).toBeGreaterThan(0);

    // Check-ins through the API, concurrently (one flush of the group commit), and one repeated.
    const post = (conf: number, bp: number, personId: number) => ctx.app.inject({
      method: 'POST', url: `/api/conferences/${conf}/checkins`, headers: { cookie: ctx.cookies.admin }, payload: { bridgePointId: bp, personId },
    });
    const replies = await Promise.all([...all.map((p) => post(grass.id, bpA, p)), post(grass.id, bpA, all[0]), post(key.id, bpKey, all[1])]);
    expect(replies.map((r) => r.statusCode)).toEqual(replies.map(() => 200));
    await expectConsistent(db);

    // Attendance removed (a roll-call correction), an invitation withdrawn, a person transferred, a tier changed.
    await db.execute(sql`DELETE FROM attendance WHERE conference_id = ${grass.id} AND person_id = ${all[2]}`);
    await expectConsistent(db);
    await db.execute(sql`DELETE FROM invitations WHERE conference_id = ${key.id} AND person_id = ${all[0]}`);
    await expectConsistent(db);
    await db.execute(sql`UPDATE people SET org_id = ${orgs.cellB1.id} WHERE id = ${all[1]}`);
    await expectConsistent(db);
    await db.execute(sql`UPDATE conferences SET tier = 'mass_org' WHERE id = ${grass.id}`);
    await expectConsistent(db);
    // Updates keeping the keys change nothing; a record moved to another person recounts both.
    await db.execute(sql`UPDATE invitations SET bridge_point_id = NULL WHERE conference_id = ${grass.id}`);
    await expectConsistent(db);
    await db.execute(sql`UPDATE attendance SET person_id = ${all[2]} WHERE conference_id = ${key.id} AND person_id = ${all[1]}`);
    await expectConsistent(db);
    // A presence recorded another way (a roll call turned into a listening record) moves between the method counts.
    await db.execute(sql`UPDATE attendance SET method = 'listening' WHERE conference_id = ${grass.id} AND person_id = ${all[3]}`);
    await expectConsistent(db);
    expect((await keptMethods(db)).reduce((n, r) => n + r.listening, 0)).toBe(1);

    // The roll-up answers from the counts: each person once, per tier at a conference of that tier.
    const res = await ctx.app.inject({ method: 'GET', url: `/api/campaigns/${camp}/participation?orgId=${orgs.district.id}`, headers: { cookie: ctx.cookies.admin } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { total: { invited: number; attended: number }; tiers: { tier: string; invited: number; attended: number }[] };
    const inCampaign = await rows<{ invited: number; attended: number }>(db, sql`SELECT count(DISTINCT i.person_id)::int AS invited,
        count(DISTINCT i.person_id) FILTER (WHERE EXISTS (SELECT 1 FROM attendance a JOIN conferences c2 ON c2.id = a.conference_id
          WHERE a.person_id = i.person_id AND c2.campaign_id = ${camp}))::int AS attended
      FROM invitations i JOIN conferences c ON c.id = i.conference_id WHERE c.campaign_id = ${camp}`);
    expect(body.total).toMatchObject(inCampaign[0]);
    expect(body.tiers.map((t) => t.tier).sort()).toEqual(['key_cadre', 'mass_org']);

    const unknown = await ctx.app.inject({ method: 'GET', url: '/api/campaigns/999999/participation', headers: { cookie: ctx.cookies.admin } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('đợt học tập');

    // Deleting a conference cascades to its invitations and attendance: the counts follow.
    await db.execute(sql`DELETE FROM conferences WHERE id = ${key.id}`);
    await expectConsistent(db);
  });
});
