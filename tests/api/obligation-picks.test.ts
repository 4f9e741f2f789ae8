// The board's conference per obligation comes from columns kept by triggers (migration 020). After every kind of
// change to conferences the kept columns must equal a fresh computation, and the derived status must equal the one
// the lateral rule gives ("the earliest conference that has ended, else the earliest scheduled"), overlaps included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql } from '../../server/core/db/index.js';
import { derived } from '../../server/modules/campaigns/queries.js';
import { setup } from '../helpers.js';
import { api, day, document, type Ctx } from './campaigns-fixture.js';

let ctx: Ctx;
let campaignId: number;

beforeAll(async () => {
  ctx = await setup();
  const call = api(ctx);
  const { orgs } = ctx.fx;
  const doc = await document(ctx.database.db, orgs.district.id, '14-KH/HU', 'Kế hoạch học tập');
  campaignId = (await call(ctx.cookies.leaderDistrict, 'POST', '/api/campaigns', {
    orgId: orgs.district.id, title: 'Học tập Nghị quyết', documentIds: [doc], tiers: ['all_members', 'mass_org'], deadline: day(30),
  })).json().id;
});
afterAll(async () => { await ctx?.close(); });

/** A conference from `from` to `to` hours from now (the database's clock). */
async function conference(orgId: number, from: number, to: number, makeupOf: number | null = null) {
  const [r] = await rows<{ id: number }>(ctx.database.db, sql`INSERT INTO conferences (campaign_id, org_id, tier, title, format, starts_at, ends_at, hall_secret, makeup_of)
    VALUES (${campaignId}, ${orgId}, 'all_members', 'Hội nghị', 'in_person', now() + ${from} * interval '1 hour', now() + ${to} * interval '1 hour', 's', ${makeupOf}) RETURNING id`);
  return r.id;
}

/** Kept columns against a fresh computation, and the derived pick against the plain lateral rule, for every obligation. */
async function check() {
  const { db } = ctx.database;
  const kept = await rows<{ id: number; diff: boolean }>(db, sql`SELECT ob.id,
      (ob.first_conference_id, ob.first_starts_at, ob.first_ends_at, ob.min_ends_at) IS DISTINCT FROM (f.id, f.starts_at, f.ends_at, m.e) AS diff
    FROM obligations ob
    LEFT JOIN LATERAL (SELECT c.id, c.starts_at, c.ends_at FROM conferences c WHERE c.campaign_id = ob.campaign_id AND c.org_id = ob.org_id
      AND c.tier = ob.tier AND c.makeup_of IS NULL ORDER BY c.starts_at, c.id LIMIT 1) f ON true
    LEFT JOIN LATERAL (SELECT min(c.ends_at) AS e FROM conferences c WHERE c.campaign_id = ob.campaign_id AND c.org_id = ob.org_id
      AND c.tier = ob.tier AND c.makeup_of IS NULL) m ON true`);
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.filter((k) => k.diff)).toEqual([]);
  const picks = await rows<{ id: number; conference_id: number | null; rule: number | null }>(db, sql`SELECT d.id, d.conference_id,
      (SELECT c.id FROM conferences c WHERE c.campaign_id = d.campaign_id AND c.org_id = d.org_id AND c.tier = d.tier AND c.makeup_of IS NULL
        ORDER BY c.ends_at <= now() DESC, c.starts_at, c.id LIMIT 1) AS rule
    FROM ${derived(sql`ob.campaign_id = ${campaignId}`)}`);
  expect(picks.filter((p) => p.conference_id !== p.rule)).toEqual([]);
  return picks;
}

describe('the conference kept per obligation', () => {
  it('follows inserts, time changes, make-ups, moves to another unit and deletions', async () => {
    const { orgs } = ctx.fx;
    const { db } = ctx.database;
    const pick = async (orgId: number) => (await check()).find((p) => p.id === (obligationOf.get(orgId) ?? -1))?.conference_id ?? null;
    const obligationOf = new Map((await rows<{ id: number; org_id: number }>(db, sql`SELECT id, org_id FROM obligations
      WHERE campaign_id = ${campaignId} AND tier = 'all_members'`)).map((o) => [o.org_id, o.id]));
    const a = orgs.communeA.id;
    const b = orgs.communeB.id;

    const later = await conference(a, 48, 50);
    expect(await pick(a)).toBe(later); // only one, scheduled
    const earlier = await conference(a, 24, 26);
    expect(await pick(a)).toBe(earlier); // the earliest scheduled
    await db.execute(sql`UPDATE conferences SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = ${later}`);
    expect(await pick(a)).toBe(later); // ended beats scheduled
    // A long conference started earlier and still running, beside a short one that has ended: the ended one counts.
    const long = await conference(a, -30, 5);
    expect(await pick(a)).toBe(later);
    await db.execute(sql`DELETE FROM conferences WHERE id = ${later}`);
    expect(await pick(a)).toBe(long); // none ended now: the earliest by start, still running
    // A make-up session does not count.
    await conference(a, -10, -8, long);
    expect(await pick(a)).toBe(long);
    // Moved to another unit: the first unit keeps the other, the second gets it.
    await db.execute(sql`UPDATE conferences SET org_id = ${b} WHERE id = ${long}`);
    expect(await pick(a)).toBe(earlier);
    expect(await pick(b)).toBe(long);
    // A title edit changes nothing; a deletion of everything leaves no conference.
    await db.execute(sql`UPDATE conferences SET title = 'Hội nghị (sửa)' WHERE campaign_id = ${campaignId}`);
    await check();
    await db.execute(sql`DELETE FROM conferences WHERE campaign_id = ${campaignId}`);
    expect(await pick(a)).toBe(null);
    expect(await pick(b)).toBe(null);
  });

  it('is filled in for obligations created after their conferences exist', async () => {
    const { orgs } = ctx.fx;
    const { db } = ctx.database;
    const c = await conference(orgs.cellA1.id, -5, -3);
    await db.execute(sql`DELETE FROM obligations WHERE campaign_id = ${campaignId} AND org_id = ${orgs.cellA1.id}`);
    await db.execute(sql`INSERT INTO obligations (campaign_id, org_id, tier, deadline) VALUES (${campaignId}, ${orgs.cellA1.id}, 'all_members', ${day(3)})`);
    const picks = await check();
    const [ob] = await rows<{ id: number }>(db, sql`SELECT id FROM obligations WHERE campaign_id = ${campaignId} AND org_id = ${orgs.cellA1.id} AND tier = 'all_members'`);
    expect(picks.find((p) => p.id === ob.id)?.conference_id).toBe(c);
  });
});
