import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';
import { api, campaign, count, document, END, seedAudience, START, type Ctx } from './conferences-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let extra: Awaited<ReturnType<typeof seedAudience>>;
let campaignDistrict: number;
let campaignOnlyMembers: number;
let campaignCellA1: number;
let campaignB: number;
let docProvince: number;
let docB: number;

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  extra = await seedAudience(ctx);
  const { db } = ctx.database;
  const { orgs } = ctx.fx;
  campaignDistrict = await campaign(db, orgs.district.id);
  campaignOnlyMembers = await campaign(db, orgs.communeA.id, ['all_members'], 'Chỉ toàn thể đảng viên');
  campaignCellA1 = await campaign(db, orgs.cellA1.id, ['all_members'], 'Đợt của chi bộ');
  campaignB = await campaign(db, orgs.communeB.id, ['all_members'], 'Đợt của xã Hợp Thành');
  docProvince = await document(db, orgs.province.id, '12-NQ/TU', 'TU', 'Nghị quyết của Tỉnh ủy');
  docB = await document(db, orgs.communeB.id, '3-NQ/ĐU', 'ĐU', 'Nghị quyết của xã Hợp Thành');
});
afterAll(async () => { await ctx?.close(); });

const body = (over: Record<string, unknown> = {}) => ({
  campaignId: campaignDistrict, orgId: ctx.fx.orgs.communeA.id, tier: 'all_members', title: 'Hội nghị quán triệt toàn thể đảng viên',
  format: 'hybrid', startsAt: START, endsAt: END, hall: 'Hội trường UBND xã', ...over,
});

describe('conferences: create and validate', () => {
  it('names every problem of a bad conference in Vietnamese and English, writing nothing', async () => {
    const { db } = ctx.database;
    const [confs, logs] = [await count(db, 'conferences'), await count(db, 'audit_log')];
    const bad = body({
      campaignId: campaignOnlyMembers, tier: 'key_cadre', startsAt: END, endsAt: START, materialIds: [docProvince, docB],
      agenda: [{ topic: 'Những điểm mới', presenterPersonId: ctx.fx.people.dungB1 }],
    });
    const vi = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', bad);
    expect(vi.statusCode).toBe(400);
    expect(vi.json().error.fields).toEqual({
      endsAt: 'Thời gian kết thúc phải sau thời gian bắt đầu',
      tier: 'Đợt học tập này không có đối tượng "key_cadre"; chỉ có: all_members',
      materialIds: `Không tìm thấy văn bản tài liệu: ${docB}`,
      'agenda.0.presenterPersonId': `Không tìm thấy báo cáo viên (mã ${ctx.fx.people.dungB1}) trong phạm vi của bạn`,
    });
    const en = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', bad, 'en');
    expect(en.json().error.fields.endsAt).toBe('The end time must be after the start time');
    expect(en.json().error.fields.tier).toBe('This campaign has no tier "key_cadre"; it has: all_members');
    const outside = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({ campaignId: campaignCellA1 }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields.orgId).toBe('Đơn vị tổ chức phải là đơn vị mở đợt học tập hoặc đơn vị trực thuộc');
    const format = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({ format: 'tv', startsAt: '10/03/2026' }));
    expect(Object.keys(format.json().error.fields)).toEqual(expect.arrayContaining(['format', 'startsAt']));
    expect((await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({ campaignId: campaignB }))).statusCode).toBe(404);
    expect((await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({ orgId: ctx.fx.orgs.communeB.id }))).statusCode).toBe(404);
    expect((await call(ctx.cookies.inspectorA, 'POST', '/api/conferences', body())).statusCode).toBe(403);
    expect((await call(ctx.cookies.memberA, 'POST', '/api/conferences', body())).statusCode).toBe(403);
    expect((await call(ctx.cookies.leaderDistrict, 'POST', '/api/conferences', body())).statusCode).toBe(403);
    expect([await count(db, 'conferences'), await count(db, 'audit_log'), await count(db, 'agenda_items')]).toEqual([confs, logs, 0]);
  });

  it('creates a conference with agenda, presenters and materials; the hall secret stays on the server', async () => {
    const res = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({
      materialIds: [docProvince],
      agenda: [
        { topic: 'Khai mạc', presenterPersonId: ctx.fx.people.anA1, minutes: 10 },
        // A presenter of the district (above the organizer) is allowed though the clerk cannot read the district's people.
        { topic: 'Những điểm mới, cốt lõi của Nghị quyết', presenterPersonId: extra.lanDistrict, minutes: 90 },
        { topic: 'Thảo luận, đối thoại' },
      ],
    }));
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ orgName: 'Đảng ủy xã Dân Lực', tier: 'all_members', format: 'hybrid', startsAt: START, endsAt: END, invitedCount: 2, makeupOf: null }); // the two presenters
    expect(JSON.stringify(c)).not.toMatch(/secret/i);
    const row = await one<{ hall_secret: string }>(ctx.database.db, sql`SELECT hall_secret FROM conferences WHERE id = ${c.id}`);
    expect(row!.hall_secret).toMatch(/^[0-9a-f]{64}$/);
    const detail = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${c.id}`)).json();
    expect(detail.agenda.map((a: { position: number; presenterName: string | null }) => [a.position, a.presenterName]))
      .toEqual([[1, 'Nguyễn Văn An'], [2, 'Vũ Thị Lan'], [3, null]]);
    expect(detail.materials).toEqual([{ id: docProvince, symbol: '12-NQ/TU', title: 'Nghị quyết của Tỉnh ủy', issuerName: 'Tỉnh ủy Thử Nghiệm' }]);
    // Its hall is its main bridge point from the start, where the presenters are invited.
    expect(detail.bridgePoints).toEqual([expect.objectContaining({ name: detail.hall, isMain: true, orgId: detail.orgId, invited: 2 })]);
    expect(detail).toMatchObject({ audience: { rules: [] }, campaignTitle: 'Học tập Nghị quyết Đại hội XIV' });
    expect(JSON.stringify(detail)).not.toMatch(/secret/i);
  });

  it('patches times and materials, replaces the agenda, and links make-up sessions within one campaign', async () => {
    const c = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({ title: 'Hội nghị sửa' }))).json();
    const late = await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${c.id}`, { startsAt: '2026-03-10T05:00:00Z' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields.endsAt).toBeTruthy();
    const ok = await call(ctx.cookies.propagandaA, 'PATCH', `/api/conferences/${c.id}`, { title: 'Hội nghị đã sửa', format: 'online', materialIds: [docProvince], hall: null });
    expect(ok.json()).toMatchObject({ title: 'Hội nghị đã sửa', format: 'online', hall: null });
    expect((await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${c.id}`, { materialIds: [docB] })).statusCode).toBe(400);
    const agenda = await call(ctx.cookies.clerkA, 'PUT', `/api/conferences/${c.id}/agenda`, [{ topic: 'Chuyên đề 1', presenterPersonId: ctx.fx.people.cuongA2, minutes: 45 }]);
    expect(agenda.json()).toEqual([expect.objectContaining({ position: 1, topic: 'Chuyên đề 1', presenterName: 'Trần Văn Cường', minutes: 45 })]);
    const badAgenda = await call(ctx.cookies.clerkA, 'PUT', `/api/conferences/${c.id}/agenda`, [{ topic: 'X', presenterPersonId: ctx.fx.people.dungB1 }]);
    expect(badAgenda.statusCode).toBe(400);
    const detail = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${c.id}`)).json();
    expect(detail.agenda.map((a: { topic: string }) => a.topic)).toEqual(['Chuyên đề 1']);
    expect(detail.materials.map((m: { id: number }) => m.id)).toEqual([docProvince]);

    const other = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({ campaignId: campaignOnlyMembers }))).json();
    const wrong = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({ makeupOf: other.id }));
    expect(wrong.json().error.fields.makeupOf).toBe('Hội nghị học bù phải thuộc cùng đợt học tập với hội nghị gốc');
    const makeup = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({ title: 'Học bù', makeupOf: c.id }));
    expect(makeup.statusCode).toBe(201);
    expect(makeup.json().makeupOf).toBe(c.id);
    expect((await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${c.id}`, { makeupOf: c.id })).statusCode).toBe(400);
  });
});

describe('conferences: bridge points', () => {
  it('adds bridge points inside the organizer, records readiness, refuses deletion once used', async () => {
    const c = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({ title: 'Hội nghị trực tuyến' }))).json();
    const { orgs, people } = ctx.fx;
    const outside = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${c.id}/bridge-points`, { orgId: orgs.cellB1.id, name: 'Thôn Đông' });
    expect(outside.json().error.fields.orgId).toBe('Điểm cầu phải đặt tại đơn vị tổ chức hoặc đơn vị trực thuộc');
    const badHost = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${c.id}/bridge-points`, { orgId: orgs.cellA1.id, name: 'Thôn 1', hostPersonId: people.dungB1 });
    expect(badHost.statusCode).toBe(400);
    const created = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${c.id}`)).json().bridgePoints[0].id as number;
    const main = (await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${c.id}/bridge-points`, { orgId: orgs.communeA.id, name: 'Hội trường xã', isMain: true })).json();
    // The point the conference was created with is no longer main, so it may go.
    expect((await call(ctx.cookies.clerkA, 'DELETE', `/api/bridge-points/${created}`)).statusCode).toBe(204);
    const a1 = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${c.id}/bridge-points`, { orgId: orgs.cellA1.id, name: 'Nhà văn hóa thôn 1', hostPersonId: people.anA1, capacity: 60 });
    expect(a1.statusCode).toBe(201);
    expect(a1.json()).toMatchObject({ orgName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực', hostName: 'Nguyễn Văn An', capacity: 60, isMain: false, connectionOk: null, checkedAt: null, invited: 0 });
    const bp = a1.json().id;
    const ready = await call(ctx.cookies.clerkA, 'POST', `/api/bridge-points/${bp}/readiness`, { connectionOk: true });
    expect(ready.json().connectionOk).toBe(true);
    expect(Date.now() - Date.parse(ready.json().checkedAt)).toBeLessThan(60_000);
    const renamed = await call(ctx.cookies.clerkA, 'PATCH', `/api/bridge-points/${bp}`, { name: 'Điểm cầu thôn 1', capacity: null });
    expect(renamed.json()).toMatchObject({ name: 'Điểm cầu thôn 1', capacity: null, hostName: 'Nguyễn Văn An' });
    expect((await call(ctx.cookies.inspectorA, 'POST', `/api/bridge-points/${bp}/readiness`, { connectionOk: false })).statusCode).toBe(403);
    expect((await call(ctx.cookies.clerkB, 'PATCH', `/api/bridge-points/${bp}`, { name: 'x' })).statusCode).toBe(404);
    // Another main point demotes the first one.
    await call(ctx.cookies.clerkA, 'PATCH', `/api/bridge-points/${bp}`, { isMain: true });
    const detail = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${c.id}`)).json();
    expect(detail.bridgePoints.map((b: { id: number; isMain: boolean }) => [b.id, b.isMain])).toEqual([[bp, true], [main.id, false]]);

    await ctx.database.db.execute(sql`INSERT INTO attendance (conference_id, person_id, bridge_point_id, checked_at, method)
      VALUES (${c.id}, ${people.anA1}, ${bp}, now(), 'card')`);
    const refused = await call(ctx.cookies.clerkA, 'DELETE', `/api/bridge-points/${bp}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('Điểm cầu đã có 1 lượt điểm danh, không thể xóa');
    // The main point cannot be deleted; the other one can.
    expect((await call(ctx.cookies.clerkA, 'DELETE', `/api/bridge-points/${bp}`)).statusCode).toBe(409);
    expect((await call(ctx.cookies.clerkA, 'DELETE', `/api/bridge-points/${main.id}`)).statusCode).toBe(204);
    const after = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${c.id}`)).json();
    expect(after.bridgePoints).toEqual([expect.objectContaining({ id: bp, attended: 1 })]);
    expect(after.attendedCount).toBe(1);
  });
});

describe('conferences: scope', () => {
  it('documents every route in the OpenAPI spec', async () => {
    const spec = (await ctx.app.inject('/api/openapi.json')).json();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining([
      '/api/conferences', '/api/conferences/{id}', '/api/conferences/{id}/agenda', '/api/conferences/{id}/bridge-points',
      '/api/bridge-points/{id}', '/api/bridge-points/{id}/readiness', '/api/conferences/{id}/invitations/generate',
      '/api/conferences/{id}/invitations', '/api/conferences/{id}/invitations/{personId}', '/api/me/invitations',
    ]));
  });

  it('hides another commune\'s conference (404), refuses writes by readers (403), lists by subtree', async () => {
    const c = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', body({ title: 'Hội nghị phạm vi' }))).json();
    expect((await call(ctx.cookies.clerkB, 'GET', `/api/conferences/${c.id}`)).statusCode).toBe(404);
    expect((await call(ctx.cookies.clerkB, 'PATCH', `/api/conferences/${c.id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await call(ctx.cookies.clerkB, 'GET', `/api/conferences/${c.id}/invitations`)).statusCode).toBe(404);
    expect((await call(ctx.cookies.inspectorA, 'GET', `/api/conferences/${c.id}`)).statusCode).toBe(200);
    expect((await call(ctx.cookies.inspectorA, 'PATCH', `/api/conferences/${c.id}`, { title: 'x' })).statusCode).toBe(403);
    expect((await call(ctx.cookies.leaderDistrict, 'PUT', `/api/conferences/${c.id}/agenda`, [])).statusCode).toBe(403);
    expect((await call(ctx.cookies.memberA, 'GET', `/api/conferences/${c.id}`)).statusCode).toBe(404);
    expect((await call(ctx.cookies.memberA, 'GET', '/api/conferences')).statusCode).toBe(403);
    const listB = (await call(ctx.cookies.clerkB, 'GET', '/api/conferences')).json();
    expect(listB.total).toBe(0);
    const listLeader = (await call(ctx.cookies.leaderDistrict, 'GET', `/api/conferences?orgId=${ctx.fx.orgs.communeA.id}&from=2026-03-10&to=2026-03-10&pageSize=100`)).json();
    expect(listLeader.items.map((x: { id: number }) => x.id)).toContain(c.id);
    expect((await call(ctx.cookies.leaderDistrict, 'GET', '/api/conferences?from=2026-03-11')).json().total).toBe(0);
    const byCampaign = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences?campaignId=${campaignOnlyMembers}`)).json();
    expect(byCampaign.items.every((x: { campaignId: number }) => x.campaignId === campaignOnlyMembers)).toBe(true);
    expect(byCampaign.total).toBeGreaterThan(0);
  });
});
