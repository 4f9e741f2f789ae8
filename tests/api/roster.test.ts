// The bridge point's invitee list kept on the check-in phone: its own point's people only, with units and check-ins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, bridgePoint, campaign, conference, invite, MIN, type Conf, type Ctx } from './attendance-fixture.js';
import { setup } from '../helpers.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let live: Conf;
let bpMain: number; let bpA: number; let bpB: number;

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { db } = ctx.database;
  const { orgs, people } = ctx.fx;
  const camp = await campaign(db, orgs.district.id);
  live = await conference(db, { campaignId: camp, orgId: orgs.district.id, fromNow: -30 * MIN });
  bpMain = await bridgePoint(db, live.id, orgs.district.id, 'Hội trường Huyện ủy', true);
  bpA = await bridgePoint(db, live.id, orgs.communeA.id, 'Điểm cầu xã Dân Lực');
  bpB = await bridgePoint(db, live.id, orgs.communeB.id, 'Điểm cầu xã Hợp Thành');
  await invite(db, live.id, [people.anA1, people.binhA1, people.hoaWomenA], bpA);
  await invite(db, live.id, [people.dungB1], bpB);
});
afterAll(async () => { await ctx?.close(); });

const url = (bp: number, conf = live.id) => `/api/conferences/${conf}/bridge-points/${bp}/roster`;

describe('bridge point roster', () => {
  it('gives the commune clerk the names and units of their point, with check-ins as they stand', async () => {
    const scan = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${live.id}/checkins`, { bridgePointId: bpA, personId: ctx.fx.people.binhA1 });
    expect(scan.statusCode).toBe(200);
    const r = await call(ctx.cookies.clerkA, 'GET', url(bpA));
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ conferenceId: live.id, bridgePointId: bpA, bridgePointName: 'Điểm cầu xã Dân Lực', startsAt: new Date(live.startsAt).toISOString() });
    // Sorted the Vietnamese way (by given name); a cell is shown with the organization it belongs to.
    expect(body.people.map((p: { fullName: string; unitName: string }) => [p.fullName, p.unitName])).toEqual([
      ['Nguyễn Văn An', 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực'],
      ['Lê Thị Bình', 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực'],
      ['Phạm Thị Hoa', 'Hội LHPN xã Dân Lực'], // already named after its place: no suffix
    ]);
    const binh = body.people.find((p: { personId: number }) => p.personId === ctx.fx.people.binhA1);
    expect(binh.checkedAt).toEqual(expect.any(String));
    expect(binh.lateMinutes).toBeGreaterThanOrEqual(29);
    expect(body.people.find((p: { personId: number }) => p.personId === ctx.fx.people.anA1).checkedAt).toBeNull();
  });

  it('never names another commune\'s people: the other point is refused, the conference hidden from strangers', async () => {
    const other = await call(ctx.cookies.clerkA, 'GET', url(bpB));
    expect(other.statusCode).toBe(403);
    expect(other.body).not.toContain('Hoàng Văn Dũng');
    expect((await call(ctx.cookies.clerkA, 'GET', url(bpMain))).statusCode).toBe(403);
    // Reading is not recording: the inspector and a member get no roster.
    expect((await call(ctx.cookies.inspectorA, 'GET', url(bpA))).statusCode).toBe(403);
    expect((await call(ctx.cookies.memberA, 'GET', url(bpA))).statusCode).toBe(404);
    const b = await call(ctx.cookies.clerkB, 'GET', url(bpB));
    expect(b.json().people.map((p: { fullName: string }) => p.fullName)).toEqual(['Hoàng Văn Dũng']);
    // The organizer above records at every point.
    expect((await call(ctx.cookies.admin, 'GET', url(bpA))).json().people).toHaveLength(3);
  });

  it('answers a point of another conference, an unknown point and an out-of-range id in the standard shape', async () => {
    const { db } = ctx.database;
    const other = await conference(db, { campaignId: (await campaign(db, ctx.fx.orgs.communeA.id)), orgId: ctx.fx.orgs.communeA.id, fromNow: 0 });
    const otherBp = await bridgePoint(db, other.id, ctx.fx.orgs.communeA.id, 'Hội trường xã', true);
    const mismatch = await call(ctx.cookies.clerkA, 'GET', url(otherBp));
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.fields).toHaveProperty('bridgePointId');
    expect((await call(ctx.cookies.clerkA, 'GET', url(999_999))).statusCode).toBe(404);
    const big = await call(ctx.cookies.clerkA, 'GET', url(2147483648));
    expect(big.statusCode).toBe(400);
    expect(big.json().error).toHaveProperty('code');
  });
});
