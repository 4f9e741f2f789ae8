import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows, sql, type Db } from '../../server/core/db/index.js';
import { hallCode, minuteWindow } from '../../server/modules/attendance/codes.js';
import { setup } from '../helpers.js';
import { api, bridgePoint, campaign, conference, invite, MIN, type Ctx } from './attendance-fixture.js';

// Live counts read bridge_point_counts (migration 019), kept by triggers on invitations and attendance. After every
// kind of change the kept table must equal a fresh count(*) for every (conference, bridge point) pair, 0 standing
// for "no bridge point", and a rebuild from scratch must give the same table.

let ctx: Ctx;
beforeAll(async () => { ctx = await setup(); });
afterAll(async () => { await ctx?.close(); });

type Row = { conference_id: number; bridge_point_id: number; invited: number; attended: number };
const kept = (db: Db) => rows<Row>(db, sql`SELECT conference_id, bridge_point_id, invited, attended FROM bridge_point_counts
  WHERE invited <> 0 OR attended <> 0 ORDER BY 1, 2`);
const fresh = (db: Db) => rows<Row>(db, sql`SELECT conference_id, bp AS bridge_point_id, sum(inv)::int AS invited, sum(att)::int AS attended FROM (
    SELECT conference_id, coalesce(bridge_point_id, 0) AS bp, 1 AS inv, 0 AS att FROM invitations
    UNION ALL SELECT conference_id, coalesce(bridge_point_id, 0), 0, 1 FROM attendance) x
  GROUP BY 1, 2 ORDER BY 1, 2`);

async function expectExact(db: Db) {
  const k = await kept(db);
  expect(k).toEqual(await fresh(db));
  // No row left behind for a removed point or conference, even at zero.
  const stray = await rows(db, sql`SELECT k.* FROM bridge_point_counts k WHERE k.bridge_point_id <> 0
    AND NOT EXISTS (SELECT 1 FROM bridge_points b WHERE b.id = k.bridge_point_id AND b.conference_id = k.conference_id)`);
  expect(stray).toEqual([]);
  await db.execute(sql`SELECT participation_rebuild()`);
  expect(await kept(db)).toEqual(k);
  return k;
}

const newPeople = async (db: Db, orgId: number, n: number, tag: string) =>
  (await rows<{ id: number }>(db, sql`INSERT INTO people (org_id, full_name, sort_key, party_status)
    SELECT ${orgId}, ${tag} || ' ' || g, lower(${tag}) || ' ' || g, 'official' FROM generate_series(1, ${n}) g RETURNING id`)).map((r) => r.id);

describe('counts per bridge point kept by triggers', () => {
  it('equal a fresh count after invitations, check-ins, roll calls, reassignments, removals and a deleted conference', async () => {
    const { db } = ctx.database;
    const { orgs, people } = ctx.fx;
    const call = api(ctx);
    const camp = await campaign(db, orgs.district.id);
    const c = await conference(db, { campaignId: camp, orgId: orgs.district.id, fromNow: -10 * MIN });
    const main = await bridgePoint(db, c.id, orgs.district.id, 'Hội trường huyện', true);
    const bpA = await bridgePoint(db, c.id, orgs.communeA.id, 'Điểm cầu xã Dân Lực');
    const bpB = await bridgePoint(db, c.id, orgs.communeB.id, 'Điểm cầu xã Hợp Thành');
    const spare = await bridgePoint(db, c.id, orgs.communeA.id, 'Điểm cầu thôn 2');
    const many = await newPeople(db, orgs.cellA1.id, 40, 'Đảng viên');
    // One statement for many rows at several points (and none), one row at a time for others.
    await db.execute(sql`INSERT INTO invitations (conference_id, person_id, bridge_point_id)
      SELECT ${c.id}, id, (ARRAY[${main}, ${bpA}, ${spare}, NULL]::int[])[1 + (id % 4)] FROM unnest(${`{${many.join(',')}}`}::int[]) id`);
    await invite(db, c.id, [people.binhA1, people.cuongA2], bpA);
    await invite(db, c.id, [people.dungB1], bpB);
    await invite(db, c.id, [people.anA1], null);
    expect((await expectExact(db)).length).toBe(5);

    // Check-ins through the API: a concurrent burst (group commit), an extra at a point, a self check-in with no point.
    const scans = await Promise.all([...many.slice(0, 30), people.binhA1].map((personId) => call(ctx.cookies.admin, 'POST', `/api/conferences/${c.id}/checkins`, { bridgePointId: bpA, personId })));
    expect(scans.map((r) => r.json().result)).toEqual(scans.map(() => 'recorded'));
    expect((await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${c.id}/checkins`, { bridgePointId: bpA, personId: people.hoaWomenA })).json().extra).toBe(true);
    const self = await call(ctx.cookies.memberA, 'POST', '/api/checkins/self', { code: hallCode(c.hallSecret, c.id, null, minuteWindow(Date.now())) });
    expect(self.json()).toMatchObject({ result: 'recorded', bridgePointId: null });
    await expectExact(db);

    // Roll call: present (no point given: the invitation's), absent (the record goes), present again.
    const roll = (marks: object[]) => call(ctx.cookies.admin, 'POST', `/api/conferences/${c.id}/roll-call`, { marks });
    expect((await roll([{ personId: people.dungB1, present: true }, { personId: many[0], present: false }, { personId: people.binhA1, present: false, excused: true }])).statusCode).toBe(200);
    await expectExact(db);
    expect((await roll([{ personId: many[0], present: true }])).statusCode).toBe(200);
    await expectExact(db);

    // Updates: a change of method or time alone writes nothing; points reassigned, in bulk and one by one.
    await db.execute(sql`UPDATE attendance SET method = 'manual', late_minutes = late_minutes + 1 WHERE conference_id = ${c.id}`);
    await db.execute(sql`UPDATE invitations SET bridge_point_id = ${bpB} WHERE conference_id = ${c.id} AND bridge_point_id IS NULL`);
    await db.execute(sql`UPDATE attendance SET bridge_point_id = NULL WHERE conference_id = ${c.id} AND person_id = ${many[1]}`);
    await db.execute(sql`UPDATE attendance SET bridge_point_id = ${main} WHERE conference_id = ${c.id} AND bridge_point_id = ${bpA} AND person_id = ANY (${`{${many.slice(2, 9).join(',')}}`}::int[])`);
    await expectExact(db);

    // A bridge point removed through the API (once its attendees are marked absent): its invitees go to the main point, its row goes.
    const there = await rows<{ personId: number }>(db, sql`SELECT person_id AS "personId" FROM attendance WHERE bridge_point_id = ${spare}`);
    if (there.length) expect((await roll(there.map((p) => ({ personId: p.personId, present: false })))).statusCode).toBe(200);
    const removed = await ctx.app.inject({ method: 'DELETE', url: `/api/bridge-points/${spare}`, headers: { cookie: ctx.cookies.admin } });
    expect(removed.statusCode, removed.body).toBeLessThan(300);
    expect(await one(db, sql`SELECT 1 AS x FROM bridge_point_counts WHERE bridge_point_id = ${spare}`)).toBeUndefined();
    await expectExact(db);

    // Deletions: some invitations and attendance, then a whole second conference.
    await db.execute(sql`DELETE FROM attendance WHERE conference_id = ${c.id} AND person_id = ANY (${`{${many.slice(20, 25).join(',')}}`}::int[])`);
    await db.execute(sql`DELETE FROM invitations WHERE conference_id = ${c.id} AND person_id = ANY (${`{${many.slice(30, 35).join(',')}}`}::int[])`);
    await expectExact(db);
    const other = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -10 * MIN });
    const otherBp = await bridgePoint(db, other.id, orgs.communeA.id, 'Hội trường xã', true);
    await invite(db, other.id, many.slice(0, 5), otherBp);
    await db.execute(sql`INSERT INTO attendance (conference_id, person_id, bridge_point_id, checked_at, method)
      SELECT ${other.id}, id, ${otherBp}, now(), 'card' FROM unnest(${`{${many.slice(0, 3).join(',')}}`}::int[]) id`);
    expect((await expectExact(db)).filter((r) => r.conference_id === other.id)).toEqual([{ conference_id: other.id, bridge_point_id: otherBp, invited: 5, attended: 3 }]);
    await db.execute(sql`DELETE FROM conferences WHERE id = ${other.id}`);
    expect(await rows(db, sql`SELECT * FROM bridge_point_counts WHERE conference_id = ${other.id}`)).toEqual([]);
    await expectExact(db);
  });
});
