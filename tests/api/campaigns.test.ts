import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/core/db/index.js';
import { insertOrg } from '../../server/modules/orgs/queries.js';
import { setup } from '../helpers.js';
import { api, count, day, document, type Ctx } from './campaigns-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let docProvince: number;
let docDistrict: number;
let docB: number;
let provinceCampaign: number;
const deadline = day(60);

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { db } = ctx.database;
  const { orgs } = ctx.fx;
  docProvince = await document(db, orgs.province.id, '05-NQ/TU', 'Nghị quyết về phát triển kinh tế - xã hội');
  docDistrict = await document(db, orgs.district.id, '12-KH/HU', 'Kế hoạch học tập, quán triệt nghị quyết');
  docB = await document(db, orgs.communeB.id, '01-NQ/ĐU', 'Nghị quyết Đảng bộ xã Hợp Thành');
  // A dissolved cell gets no obligation.
  const gone = await insertOrg(db, { parentId: orgs.communeB.id, parentPath: orgs.communeB.path, name: 'Chi bộ đã giải thể', kind: 'cell', effectiveOn: '2024-01-01' });
  await db.execute(sql`UPDATE orgs SET status = 'dissolved' WHERE id = ${gone.id}`);
});
afterAll(async () => { await ctx?.close(); });

type BoardRow = { orgName: string; tier: string; deadline: string; status: string; orgKind: string; parentName: string | null };

describe('campaigns: cascade', () => {
  it('opens a province campaign and cascades one obligation per responsible unit and tier, deadline per level', async () => {
    const res = await call(ctx.cookies.admin, 'POST', '/api/campaigns', {
      orgId: ctx.fx.orgs.province.id, title: 'Học tập, quán triệt Nghị quyết 05-NQ/TU', description: 'Đợt 1',
      documentIds: [docProvince, docDistrict], tiers: ['key_cadre', 'presenters_staff', 'mass_org', 'all_members'],
      deadline, levelOffsets: { district: 20, grassroots: 10, cell: 3 },
    });
    expect(res.statusCode).toBe(201);
    const k = res.json();
    provinceCampaign = k.id;
    expect(k).toMatchObject({ orgName: 'Tỉnh ủy Thử Nghiệm', status: 'active', documentCount: 2, obligationCount: 10, overdueCount: 0,
      levelOffsets: { district: 20, grassroots: 10, cell: 3 }, description: 'Đợt 1' });
    expect(k.documents.map((d: { symbol: string }) => d.symbol).sort()).toEqual(['05-NQ/TU', '12-KH/HU']);
    // Each document says who issued it, not only its code.
    expect(k.documents.every((d: { issuerName: string }) => d.issuerName.length > 2 && !/^[A-Z]+$/.test(d.issuerName))).toBe(true);
    expect(k.summary).toEqual({ overdue: 0, not_scheduled: 10, scheduled: 0, held_late: 0, held_on_time: 0 });

    const board = (await call(ctx.cookies.admin, 'GET', `/api/campaigns/${k.id}/board?pageSize=50`)).json();
    expect(board.total).toBe(10);
    const got = (board.items as BoardRow[]).map((r) => `${r.orgName}|${r.tier}|${r.deadline}`).sort();
    expect(got).toEqual([
      `Chi bộ thôn 1|all_members|${day(57)}`,
      `Chi bộ thôn 2|all_members|${day(57)}`,
      `Chi bộ thôn Đông|all_members|${day(57)}`,
      `Hội LHPN xã Dân Lực|mass_org|${day(50)}`,
      `Huyện ủy Triệu Sơn|key_cadre|${day(40)}`,
      `Huyện ủy Triệu Sơn|presenters_staff|${day(40)}`,
      `Tỉnh ủy Thử Nghiệm|key_cadre|${deadline}`,
      `Tỉnh ủy Thử Nghiệm|presenters_staff|${deadline}`,
      `Đảng ủy xã Dân Lực|all_members|${day(50)}`,
      `Đảng ủy xã Hợp Thành|all_members|${day(50)}`,
    ].sort());
    const cell = (board.items as BoardRow[]).find((r) => r.orgName === 'Chi bộ thôn Đông')!;
    expect(cell).toMatchObject({ orgKind: 'cell', parentName: 'Đảng ủy xã Hợp Thành', status: 'not_scheduled' });
    expect(await count(ctx.database.db, 'obligations')).toBe(10);
  });

  it('a commune campaign without offsets: the commune and its cells keep the campaign deadline', async () => {
    const res = await call(ctx.cookies.clerkA, 'POST', '/api/campaigns', {
      orgId: ctx.fx.orgs.communeA.id, title: 'Quán triệt kế hoạch của Huyện ủy', documentIds: [docDistrict],
      tiers: ['all_members', 'key_cadre'], deadline: day(30),
    });
    expect(res.statusCode).toBe(201);
    const board = (await call(ctx.cookies.clerkA, 'GET', `/api/campaigns/${res.json().id}/board`)).json();
    expect((board.items as BoardRow[]).map((r) => `${r.orgName}|${r.tier}|${r.deadline}`).sort()).toEqual([
      `Chi bộ thôn 1|all_members|${day(30)}`, `Chi bộ thôn 2|all_members|${day(30)}`,
      `Đảng ủy xã Dân Lực|all_members|${day(30)}`, `Đảng ủy xã Dân Lực|key_cadre|${day(30)}`,
    ].sort());
  });
});

describe('campaigns: validation', () => {
  it('names each bad field in Vietnamese and English, and writes nothing', async () => {
    const { db } = ctx.database;
    const before = [await count(db, 'campaigns'), await count(db, 'obligations'), await count(db, 'audit_log')];
    const bad = { orgId: ctx.fx.orgs.communeA.id, title: '', documentIds: [], tiers: [], deadline: '31/12/2026' };
    const vi = await call(ctx.cookies.clerkA, 'POST', '/api/campaigns', bad);
    expect(vi.statusCode).toBe(400);
    expect(Object.keys(vi.json().error.fields).sort()).toEqual(['deadline', 'documentIds', 'tiers', 'title']);
    expect(vi.json().error.fields.deadline).toBe('Ngày không hợp lệ (định dạng YYYY-MM-DD)');
    const en = await call(ctx.cookies.clerkA, 'POST', '/api/campaigns', bad, 'en');
    expect(en.json().error.fields.deadline).toBe('Invalid date (format YYYY-MM-DD)');

    const dup = { orgId: ctx.fx.orgs.communeA.id, title: 'Đợt học tập', documentIds: [docDistrict], tiers: ['all_members', 'all_members'], deadline: day(10) };
    expect((await call(ctx.cookies.clerkA, 'POST', '/api/campaigns', dup)).json().error.fields.tiers).toBe('Đối tượng học tập bị lặp');
    expect((await call(ctx.cookies.clerkA, 'POST', '/api/campaigns', dup, 'en')).json().error.fields.tiers).toBe('A tier is listed twice');

    // A document of commune B is not visible to commune A's clerk.
    const hidden = { ...dup, tiers: ['all_members'], documentIds: [docDistrict, docB] };
    const r = await call(ctx.cookies.clerkA, 'POST', '/api/campaigns', hidden);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields.documentIds).toBe(`Không tìm thấy văn bản: ${docB}`);
    expect((await call(ctx.cookies.clerkA, 'POST', '/api/campaigns', hidden, 'en')).json().error.fields.documentIds).toBe(`Documents not found: ${docB}`);
    expect([await count(db, 'campaigns'), await count(db, 'obligations'), await count(db, 'audit_log')]).toEqual(before);
  });

  it('refuses roles that do not open campaigns (403) and units outside the caller (404)', async () => {
    const body = { orgId: ctx.fx.orgs.communeA.id, title: 'Đợt học tập', documentIds: [docDistrict], tiers: ['all_members'], deadline: day(10) };
    expect((await call(ctx.cookies.inspectorA, 'POST', '/api/campaigns', body)).statusCode).toBe(403);
    expect((await call(ctx.cookies.memberA, 'POST', '/api/campaigns', body)).statusCode).toBe(403);
    expect((await call(ctx.cookies.memberA, 'GET', '/api/campaigns')).statusCode).toBe(403);
    expect((await call(ctx.cookies.clerkB, 'POST', '/api/campaigns', body)).statusCode).toBe(404);
    // The district lies above commune A's clerk: not one of its units (404).
    expect((await call(ctx.cookies.clerkA, 'POST', '/api/campaigns', { ...body, orgId: ctx.fx.orgs.district.id })).statusCode).toBe(404);
  });
});

describe('campaigns: reading and scope', () => {
  it('lists campaigns of the caller\'s units and those from above that concern them, with counts in scope', async () => {
    const a = (await call(ctx.cookies.clerkA, 'GET', '/api/campaigns')).json();
    expect(a.items.map((k: { title: string }) => k.title)).toEqual(['Quán triệt kế hoạch của Huyện ủy', 'Học tập, quán triệt Nghị quyết 05-NQ/TU']);
    // Commune A sees its own part of the province campaign: the commune, two cells, the women's union.
    expect(a.items[1]).toMatchObject({ obligationCount: 4, documentCount: 2, orgName: 'Tỉnh ủy Thử Nghiệm' });
    const b = (await call(ctx.cookies.clerkB, 'GET', '/api/campaigns')).json();
    expect(b.items.map((k: { title: string; obligationCount: number }) => [k.title, k.obligationCount])).toEqual([['Học tập, quán triệt Nghị quyết 05-NQ/TU', 2]]);
    const search = (await call(ctx.cookies.admin, 'GET', `/api/campaigns?q=${encodeURIComponent('quan triet ke hoach')}`)).json();
    expect(search.items.map((k: { title: string }) => k.title)).toEqual(['Quán triệt kế hoạch của Huyện ủy']);
    const byOrg = (await call(ctx.cookies.admin, 'GET', `/api/campaigns?orgId=${ctx.fx.orgs.communeB.id}`)).json();
    expect(byOrg.total).toBe(1);
  });

  it('commune B cannot see commune A\'s campaign (404) nor its obligations on a shared board', async () => {
    const own = (await call(ctx.cookies.clerkA, 'GET', '/api/campaigns')).json().items[0].id;
    expect((await call(ctx.cookies.clerkB, 'GET', `/api/campaigns/${own}`)).statusCode).toBe(404);
    expect((await call(ctx.cookies.clerkB, 'GET', `/api/campaigns/${own}/board`)).statusCode).toBe(404);
    expect((await call(ctx.cookies.clerkB, 'PATCH', `/api/campaigns/${own}`, { title: 'Đổi tên' })).statusCode).toBe(404);
    const board = (await call(ctx.cookies.clerkB, 'GET', `/api/campaigns/${provinceCampaign}/board`)).json();
    expect((board.items as BoardRow[]).map((r) => r.orgName).sort()).toEqual(['Chi bộ thôn Đông', 'Đảng ủy xã Hợp Thành']);
    expect(board.summary.not_scheduled).toBe(2);
    expect((await call(ctx.cookies.clerkB, 'GET', '/api/campaigns/999999')).statusCode).toBe(404);
  });

  it('only the organizer\'s staff edit a campaign; moving the deadline moves every unit\'s deadline', async () => {
    expect((await call(ctx.cookies.clerkA, 'PATCH', `/api/campaigns/${provinceCampaign}`, { title: 'Sửa' })).statusCode).toBe(403);
    expect((await call(ctx.cookies.inspectorA, 'PATCH', `/api/campaigns/${provinceCampaign}`, { title: 'Sửa' })).statusCode).toBe(403);
    const logs = await count(ctx.database.db, 'audit_log');
    const res = await call(ctx.cookies.admin, 'PATCH', `/api/campaigns/${provinceCampaign}`, { deadline: day(65), description: null });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ deadline: day(65), description: null });
    const board = (await call(ctx.cookies.admin, 'GET', `/api/campaigns/${provinceCampaign}/board?orgId=${ctx.fx.orgs.communeB.id}`)).json();
    expect((board.items as BoardRow[]).map((r) => `${r.orgName}|${r.deadline}`).sort()).toEqual([`Chi bộ thôn Đông|${day(62)}`, `Đảng ủy xã Hợp Thành|${day(55)}`]);
    expect(await count(ctx.database.db, 'audit_log')).toBe(logs + 1);
  });

  it('closes a campaign: reminders and unit deadlines are then refused', async () => {
    const res = await call(ctx.cookies.admin, 'PATCH', `/api/campaigns/${provinceCampaign}`, { status: 'closed' });
    expect(res.json().status).toBe('closed');
    expect((await call(ctx.cookies.admin, 'GET', '/api/campaigns?status=closed')).json().total).toBe(1);
    const r = await call(ctx.cookies.admin, 'POST', `/api/campaigns/${provinceCampaign}/reminders`, {});
    expect(r.statusCode).toBe(409);
    expect(r.json().error.message).toMatch(/^Đợt học tập đã kết thúc: chỉ xem/);
  });
});
