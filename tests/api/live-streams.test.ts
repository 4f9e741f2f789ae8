import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql } from '../../server/core/db/index.js';
import { LIST_CAP } from '../../server/modules/attendance/live-read.js';
import { liveStats } from '../../server/modules/attendance/live.js';
import { setup } from '../helpers.js';
import { sseReader } from '../sse.js';
import { bridgePoint, campaign, conference, invite, MIN, type Ctx } from './attendance-fixture.js';

// The live stream over real HTTP: each watcher follows point by point only the bridge points of their subtrees and
// gets the conference's totals; a burst of check-ins at many points costs a few reads of the kept counts.

let ctx: Ctx;
let base = '';
beforeAll(async () => {
  ctx = await setup();
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
});
const open: AbortController[] = [];
afterAll(async () => {
  for (const ac of open) ac.abort();
  await ctx?.close();
});

type Event = { bridgePointId?: number; attended?: number; invited?: number; total: number };
type Snapshot = { bridgePoints: { bridgePointId: number; name: string; invited: number; attended: number }[]; invited: number; total: number; more: number; scoped: boolean };

async function watch(conferenceId: number, cookie: string) {
  const ac = new AbortController();
  open.push(ac);
  const res = await fetch(`${base}/api/conferences/${conferenceId}/live`, { headers: { cookie }, signal: ac.signal });
  expect(res.status).toBe(200);
  const read = sseReader(res.body!, ac, 10_000);
  const snapshot = (await read('snapshot')).data as Snapshot;
  const seen: Event[] = [];
  const next = async () => {
    const e = (await read('checkin')).data as Event;
    seen.push(e);
    return e;
  };
  /** Events until `done` holds for what was seen (10 s at most). */
  const until = async (done: () => boolean) => {
    while (!done()) await next();
  };
  /** The last counts seen per point. */
  const last = () => new Map(seen.filter((e) => e.bridgePointId !== undefined).map((e) => [e.bridgePointId!, e.attended!]));
  return { snapshot, next, until, last, seen, close: () => ac.abort() };
}

const scan = (conferenceId: number, cookie: string, bridgePointId: number, personId: number) => ctx.app.inject({
  method: 'POST', url: `/api/conferences/${conferenceId}/checkins`, headers: { cookie }, payload: { bridgePointId, personId },
});

describe('live counts per watcher', () => {
  it("a commune's clerk follows only their points and the conference's totals; the organizers follow every point", async () => {
    const { db } = ctx.database;
    const { orgs, people } = ctx.fx;
    const c = await conference(db, { campaignId: await campaign(db, orgs.district.id), orgId: orgs.district.id, fromNow: -10 * MIN });
    const main = await bridgePoint(db, c.id, orgs.district.id, 'Hội trường huyện', true);
    const bpA = await bridgePoint(db, c.id, orgs.communeA.id, 'Điểm cầu xã Dân Lực');
    const bpB = await bridgePoint(db, c.id, orgs.communeB.id, 'Điểm cầu xã Hợp Thành');
    await invite(db, c.id, [people.anA1, people.binhA1], bpA);
    await invite(db, c.id, [people.dungB1], bpB);
    await invite(db, c.id, [people.cuongA2], main);

    const clerkB = await watch(c.id, ctx.cookies.clerkB);
    expect(clerkB.snapshot).toEqual({ bridgePoints: [{ bridgePointId: bpB, name: 'Điểm cầu xã Hợp Thành', invited: 1, attended: 0 }], invited: 4, total: 0, more: 0, scoped: true });
    const admin = await watch(c.id, ctx.cookies.admin);
    expect(admin.snapshot.bridgePoints.map((b) => b.bridgePointId)).toEqual([main, bpA, bpB]);
    expect(admin.snapshot).toMatchObject({ invited: 4, total: 0, more: 0, scoped: false });

    // A check-in at commune A: the organizers see the point; commune B's clerk the total only.
    expect((await scan(c.id, ctx.cookies.clerkA, bpA, people.anA1)).json().result).toBe('recorded');
    expect(await admin.next()).toEqual({ bridgePointId: bpA, attended: 1, invited: 2, total: 1 });
    expect(await clerkB.next()).toEqual({ total: 1 });
    // At commune B: both see the point.
    expect((await scan(c.id, ctx.cookies.clerkB, bpB, people.dungB1)).json().result).toBe('recorded');
    expect(await clerkB.next()).toEqual({ bridgePointId: bpB, attended: 1, invited: 1, total: 2 });
    expect(await admin.next()).toEqual({ bridgePointId: bpB, attended: 1, invited: 1, total: 2 });
    // A newcomer's snapshot has what came before.
    const clerkA = await watch(c.id, ctx.cookies.clerkA);
    expect(clerkA.snapshot).toEqual({ bridgePoints: [{ bridgePointId: bpA, name: 'Điểm cầu xã Dân Lực', invited: 2, attended: 1 }], invited: 4, total: 2, more: 0, scoped: true });
    for (const w of [clerkA, clerkB, admin]) w.close();
  });

  it('a burst of check-ins at hundreds of points costs a few reads; a big conference lists the largest points', async () => {
    const { db } = ctx.database;
    const { orgs } = ctx.fx;
    const POINTS = LIST_CAP + 60;
    const c = await conference(db, { campaignId: await campaign(db, orgs.district.id), orgId: orgs.district.id, fromNow: -10 * MIN });
    await bridgePoint(db, c.id, orgs.district.id, 'Hội trường huyện', true);
    const points = await rows<{ id: number; org_id: number }>(db, sql`INSERT INTO bridge_points (conference_id, org_id, name)
      SELECT ${c.id}, CASE WHEN g % 2 = 0 THEN ${orgs.communeA.id} ELSE ${orgs.communeB.id} END::int, 'Điểm cầu ' || g
      FROM generate_series(1, ${POINTS - 1}) g RETURNING id, org_id`);
    // Two invitees per point, three at the last 40 (the largest, listed first after the main point).
    const invitees = await rows<{ id: number; bp: number }>(db, sql`WITH p AS (
        INSERT INTO people (org_id, full_name, sort_key, party_status)
        SELECT ${orgs.cellA1.id}, 'Người dự ' || b.id || '.' || k, 'nguoi du ' || b.id || '.' || k, 'official'
        FROM bridge_points b CROSS JOIN generate_series(1, 3) k
        WHERE b.conference_id = ${c.id} AND NOT b.is_main AND (k < 3 OR b.id > ${points[POINTS - 42].id}) RETURNING id, full_name)
      INSERT INTO invitations (conference_id, person_id, bridge_point_id)
      SELECT ${c.id}, p.id, split_part(substr(p.full_name, 10), '.', 1)::int FROM p RETURNING person_id AS id, bridge_point_id AS bp`);
    const largest = new Set(points.slice(-40).map((p) => p.id));

    const admin = await watch(c.id, ctx.cookies.admin);
    const listed = new Set(admin.snapshot.bridgePoints.map((b) => b.bridgePointId));
    expect(admin.snapshot.bridgePoints.length).toBe(LIST_CAP);
    expect(admin.snapshot.more).toBe(POINTS - LIST_CAP);
    expect(admin.snapshot.invited).toBe(invitees.length);
    for (const id of largest) expect(listed.has(id)).toBe(true);
    const clerkB = await watch(c.id, ctx.cookies.clerkB);
    const ofB = new Set(points.filter((p) => p.org_id === orgs.communeB.id).map((p) => p.id));
    expect(new Set(clerkB.snapshot.bridgePoints.map((b) => b.bridgePointId))).toEqual(ofB);

    // One check-in at every point but the main one, all at once.
    const first = new Map<number, number>();
    for (const i of invitees) if (!first.has(i.bp)) first.set(i.bp, i.id);
    const before = liveStats(db);
    const replies = await Promise.all([...first].map(([bp, person]) => scan(c.id, ctx.cookies.admin, bp, person)));
    expect(replies.filter((r) => r.json().result !== 'recorded')).toEqual([]);
    // Every listed point but the main one had its check-in.
    await admin.until(() => admin.last().size === LIST_CAP - 1 && admin.seen.at(-1)!.total === first.size);
    await clerkB.until(() => clerkB.last().size === ofB.size && clerkB.seen.at(-1)!.total === first.size);
    const reads = liveStats(db).reads - before.reads;
    // Reads are per conference (one at a time, gathering every point changed meanwhile), not per point: 259 points here.
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(first.size / 10);
    // Point by point only what each watcher follows, each listed point's final count exact.
    for (const e of admin.seen) if (e.bridgePointId !== undefined) expect(listed.has(e.bridgePointId)).toBe(true);
    for (const e of clerkB.seen) if (e.bridgePointId !== undefined) expect(ofB.has(e.bridgePointId)).toBe(true);
    for (const n of admin.last().values()) expect(n).toBe(1);
    expect(clerkB.seen.filter((e) => e.bridgePointId !== undefined).length).toBe(ofB.size); // one event per point changed
    admin.close();
    clerkB.close();
  });
});
