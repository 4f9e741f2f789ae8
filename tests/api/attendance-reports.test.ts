import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';
import { sseReader } from '../sse.js';
import { api, bridgePoint, campaign, conference, countWhere, HOUR, invite, MIN, type Conf, type Ctx } from './attendance-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let camp: number;
let k1: Conf; let k2: Conf; let makeup: Conf;
let bpK1: number; let bpK2A: number; let bpK2B: number; let bpM: number;

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { db } = ctx.database;
  const { orgs, people } = ctx.fx;
  camp = await campaign(db, orgs.district.id);
  // Commune A's session for all members, held this morning.
  k1 = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -3 * HOUR, hours: 2, title: 'Quán triệt toàn thể đảng viên' });
  bpK1 = await bridgePoint(db, k1.id, orgs.communeA.id, 'Hội trường xã Dân Lực', true);
  await invite(db, k1.id, [people.anA1, people.binhA1, people.cuongA2, people.hoaWomenA], bpK1);
  // The district's key-cadre session, running now, with a bridge point per commune.
  k2 = await conference(db, { campaignId: camp, orgId: orgs.district.id, fromNow: -20 * MIN, tier: 'key_cadre', title: 'Hội nghị cán bộ chủ chốt' });
  bpK2A = await bridgePoint(db, k2.id, orgs.communeA.id, 'Điểm cầu Dân Lực');
  bpK2B = await bridgePoint(db, k2.id, orgs.communeB.id, 'Điểm cầu Hợp Thành');
  await invite(db, k2.id, [people.anA1], bpK2A);
  await invite(db, k2.id, [people.dungB1], bpK2B);
  // Make-up session of k1, running now.
  makeup = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -5 * MIN, makeupOf: k1.id, title: 'Học bù' });
  bpM = await bridgePoint(db, makeup.id, orgs.communeA.id, 'Phòng họp xã', true);
  await invite(db, makeup.id, [people.binhA1, people.hoaWomenA], bpM);
});
afterAll(async () => { await ctx?.close(); });

describe('roll-call and absences', () => {
  it('marks present and absent in one go, audited, and lists statuses', async () => {
    const { people } = ctx.fx;
    const r = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${k1.id}/roll-call`, { marks: [
      { personId: people.anA1, present: true },
      { personId: people.cuongA2, present: false },
      { personId: people.binhA1, present: false, excused: true, reason: 'Ốm' },
    ] });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ present: 1, absent: 2 });
    // Correction: Cường was there after all.
    await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${k1.id}/roll-call`, { marks: [{ personId: people.cuongA2, present: true }] });
    const abs = await call(ctx.cookies.propagandaA, 'POST', `/api/conferences/${k1.id}/absences`, { personId: people.hoaWomenA, excused: false, reason: 'Không báo' });
    expect(abs.json()).toEqual({ personId: people.hoaWomenA, excused: false, reason: 'Không báo' });

    const list = (await call(ctx.cookies.inspectorA, 'GET', `/api/conferences/${k1.id}/roll-call`)).json().items;
    const by = Object.fromEntries(list.map((x: { personId: number }) => [x.personId, x]));
    expect(by[people.anA1]).toMatchObject({ attended: true, method: 'roll_call', lateMinutes: 0, bridgePointId: bpK1, absence: null });
    expect(by[people.cuongA2]).toMatchObject({ attended: true, absence: null });
    expect(by[people.binhA1]).toMatchObject({ attended: false, absence: { excused: true, reason: 'Ốm' } });
    expect(by[people.hoaWomenA]).toMatchObject({ attended: false, absence: { excused: false, reason: 'Không báo' } });
    const cellA1 = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${k1.id}/roll-call?orgId=${ctx.fx.orgs.cellA1.id}`)).json().items;
    expect(cellA1.map((x: { fullName: string }) => x.fullName).sort()).toEqual(['Lê Thị Bình', 'Nguyễn Văn An']);
    // 3 marks + the correction + the absence.
    expect(await countWhere(ctx.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'attendance'`)).toBe(5);
  });

  it('refuses absences for attendees and strangers, and marks by those who may not record', async () => {
    const { people } = ctx.fx;
    const audits = await countWhere(ctx.database.db, sql`SELECT count(*)::int AS n FROM audit_log`);
    const attended = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${k1.id}/absences`, { personId: people.anA1, excused: true });
    expect(attended.statusCode).toBe(409);
    expect(attended.json().error.message).toBe('Người này đã điểm danh, không thể ghi vắng mặt');
    const stranger = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${k1.id}/absences`, { personId: people.dungB1, excused: true });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields.personId).toBe('Người này không có trong danh sách triệu tập của hội nghị');
    expect((await call(ctx.cookies.inspectorA, 'POST', `/api/conferences/${k1.id}/roll-call`, { marks: [{ personId: people.anA1, present: false }] })).statusCode).toBe(403);
    expect((await call(ctx.cookies.clerkB, 'GET', `/api/conferences/${k1.id}/roll-call`)).statusCode).toBe(404);
    expect(await countWhere(ctx.database.db, sql`SELECT count(*)::int AS n FROM audit_log`)).toBe(audits);
  });
});

describe('participation', () => {
  it('per conference: per bridge point and per home unit, with late, extras and absences', async () => {
    const r = await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${k1.id}/participation`);
    expect(r.statusCode).toBe(200);
    const p = r.json();
    expect(p.total).toEqual({ invited: 4, attended: 2, late: 0, extra: 0, absentExcused: 1, absentUnexcused: 1, rate: 0.5 });
    expect(p.bridgePoints).toEqual([expect.objectContaining({ bridgePointId: bpK1, invited: 4, attended: 2 })]);
    const units = Object.fromEntries(p.units.map((u: { orgName: string }) => [u.orgName, u]));
    expect(units['Chi bộ thôn 1 · Đảng ủy xã Dân Lực']).toMatchObject({ invited: 2, attended: 1, absentExcused: 1, rate: 0.5 });
    expect(units['Chi bộ thôn 2 · Đảng ủy xã Dân Lực']).toMatchObject({ invited: 1, attended: 1, rate: 1 });
    expect(units['Hội LHPN xã Dân Lực']).toMatchObject({ invited: 1, attended: 0, absentUnexcused: 1 });
    expect((await call(ctx.cookies.clerkB, 'GET', `/api/conferences/${k1.id}/participation`)).statusCode).toBe(404);
  });

  it('a district conference seen from one commune shows only its bridge point', async () => {
    const { people } = ctx.fx;
    const late = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${k2.id}/checkins`, { bridgePointId: bpK2A, personId: people.anA1 });
    expect(late.json().lateMinutes).toBeGreaterThanOrEqual(20);
    const extra = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${k2.id}/checkins`, { bridgePointId: bpK2A, personId: people.cuongA2 });
    expect(extra.json().extra).toBe(true);
    const whole = (await call(ctx.cookies.leaderDistrict, 'GET', `/api/conferences/${k2.id}/participation`)).json();
    expect(whole.total).toMatchObject({ invited: 2, attended: 1, late: 2, extra: 1, absentUnexcused: 1, rate: 0.5 });
    const b = (await call(ctx.cookies.clerkB, 'GET', `/api/conferences/${k2.id}/participation`)).json();
    expect(b.bridgePoints.map((x: { bridgePointId: number }) => x.bridgePointId)).toEqual([bpK2B]);
    expect(b.total).toMatchObject({ invited: 1, attended: 0 });
  });

  it('per campaign: a person counts once, and a make-up session closes the gap', async () => {
    const { people, orgs } = ctx.fx;
    const get = async (cookie: string, q = '') => call(cookie, 'GET', `/api/campaigns/${camp}/participation${q}`);
    const before = (await get(ctx.cookies.leaderDistrict)).json();
    // Invited: An, Bình, Cường, Hoa (k1), An, Dũng (k2) → 5 people; present: An (twice), Cường → 2.
    expect(before).toMatchObject({ orgId: orgs.district.id, total: { invited: 5, attended: 2, rate: 0.4 } });
    const tiers = Object.fromEntries(before.tiers.map((x: { tier: string }) => [x.tier, x]));
    expect(tiers.all_members).toMatchObject({ invited: 4, attended: 2 });
    expect(tiers.key_cadre).toMatchObject({ invited: 2, attended: 1 });
    const units = Object.fromEntries(before.units.map((x: { orgId: number }) => [x.orgId, x]));
    expect(units[orgs.communeA.id]).toMatchObject({ invited: 4, attended: 2, rate: 0.5 });
    expect(units[orgs.communeB.id]).toMatchObject({ invited: 1, attended: 0, rate: 0 });

    expect((await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${k1.id}/makeup-list`)).json().map((x: { fullName: string }) => x.fullName).sort())
      .toEqual(['Lê Thị Bình', 'Phạm Thị Hoa']);
    const m = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${makeup.id}/checkins`, { bridgePointId: bpM, personId: people.binhA1 });
    expect(m.json().result).toBe('recorded');
    const list = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${k1.id}/makeup-list`)).json();
    expect(list).toEqual([expect.objectContaining({ personId: people.hoaWomenA, absence: { excused: false, reason: 'Không báo' } })]);

    const after = (await get(ctx.cookies.leaderDistrict)).json();
    expect(after.total).toEqual({ invited: 5, attended: 3, rate: 0.6 });
    expect(after.tiers.find((x: { tier: string }) => x.tier === 'all_members')).toMatchObject({ invited: 4, attended: 3 });
    const a = (await get(ctx.cookies.clerkA)).json();
    expect(a.orgId).toBe(orgs.communeA.id);
    const aUnits = Object.fromEntries(a.units.map((x: { orgName: string }) => [x.orgName, x]));
    expect(aUnits['Chi bộ thôn 1 · Đảng ủy xã Dân Lực']).toMatchObject({ invited: 2, attended: 2, rate: 1 });
    expect(aUnits['Hội LHPN xã Dân Lực']).toMatchObject({ invited: 1, attended: 0 });
    // Scoping: clerk.b sees its own commune, never commune A.
    expect((await get(ctx.cookies.clerkB, `?orgId=${orgs.communeA.id}`)).statusCode).toBe(404);
    expect((await get(ctx.cookies.clerkB)).json()).toMatchObject({ orgId: orgs.communeB.id, total: { invited: 1, attended: 0 } });
  });
});

describe('my attendance', () => {
  it('lists member.a history with method, time and lateness', async () => {
    const r = await call(ctx.cookies.memberA, 'GET', '/api/me/attendance');
    expect(r.statusCode).toBe(200);
    const list = r.json();
    expect(list.map((x: { conferenceId: number }) => x.conferenceId)).toEqual([k2.id, k1.id]);
    expect(list[0]).toMatchObject({ title: 'Hội nghị cán bộ chủ chốt', method: 'manual', absence: null });
    expect(list[0].lateMinutes).toBeGreaterThanOrEqual(20);
    expect(list[1]).toMatchObject({ method: 'roll_call', lateMinutes: 0 });
    expect(typeof list[1].checkedAt).toBe('string');
  });
});

describe('live (Server-Sent Events)', () => {
  it('sends a snapshot, then an event after a check-in', async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = ctx.app.server.address() as { port: number };
    const ac = new AbortController();
    const res = await fetch(`http://127.0.0.1:${addr.port}/api/conferences/${makeup.id}/live`, { headers: { cookie: ctx.cookies.clerkA }, signal: ac.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const read = sseReader(res.body!);
    const next = async (event: string) => (await read(event)).data;
    const snap = await next('snapshot');
    expect(snap).toMatchObject({ invited: 2, total: 1, bridgePoints: [{ bridgePointId: bpM, invited: 2, attended: 1 }] });
    const r = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${makeup.id}/checkins`, { bridgePointId: bpM, personId: ctx.fx.people.hoaWomenA });
    expect(r.json().result).toBe('recorded');
    expect(await next('checkin')).toEqual({ bridgePointId: bpM, attended: 2, invited: 2, total: 2 });
    ac.abort();
    // Others cannot open the stream of a conference they do not see.
    const other = await fetch(`http://127.0.0.1:${addr.port}/api/conferences/${makeup.id}/live`, { headers: { cookie: ctx.cookies.clerkB } });
    expect(other.status).toBe(404);
  });
});
