import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, sql } from '../../server/core/db/index.js';
import { compareVn } from '../../server/core/vn.js';
import { insertOrg, type OrgRow } from '../../server/modules/orgs/queries.js';
import { setup } from '../helpers.js';
import { api, conference, day, document, type Ctx } from './campaigns-fixture.js';

// Lists the database sorts (and pages) come back in Vietnamese order: đ after d, "thôn 2" before "thôn 10",
// tones only breaking ties. Byte order would put every Đ after Z and "thôn 10" before "thôn 2".

let ctx: Ctx;
let call: ReturnType<typeof api>;
let campaignId: number;
const byte = (names: string[]) => [...names].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1));
const names = (list: { name: string }[]) => list.map((o) => o.name);

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { db } = ctx.database;
  const { district, communeA, communeB } = ctx.fx.orgs;
  const add = (parent: OrgRow, name: string, kind: string) =>
    insertOrg(db, { parentId: parent.id, parentPath: parent.path, name, kind, effectiveOn: '2024-01-01' });
  // The fixture has Đảng ủy xã Dân Lực and Hợp Thành, Chi bộ thôn 1, 2 (A) and Chi bộ thôn Đông (B).
  await add(district, 'Eo Lê', 'grassroots');
  await add(district, 'Doanh nghiệp Dũng Tiến', 'grassroots');
  await add(district, 'Đảng bộ Công an huyện', 'grassroots');
  for (const n of ['Chi bộ thôn 10', 'Chi bộ thôn Eo', 'Chi bộ thôn Dừa']) await add(communeA, n, 'cell');
  for (const n of ['Chi bộ thôn Yên', 'Chi bộ thôn Bái', 'Chi bộ thôn Bải', 'Chi bộ thôn Bãi']) await add(communeB, n, 'cell');
  const doc = await document(db, district.id, '12-KH/HU', 'Kế hoạch học tập, quán triệt nghị quyết');
  const res = await call(ctx.cookies.leaderDistrict, 'POST', '/api/campaigns', {
    orgId: district.id, title: 'Học tập Nghị quyết Đại hội', documentIds: [doc], tiers: ['all_members'], deadline: day(30),
  });
  expect(res.statusCode).toBe(201);
  campaignId = res.json().id;
});
afterAll(async () => { await ctx?.close(); });

const get = async (url: string, cookie = ctx.cookies.leaderDistrict) => {
  const res = await call(cookie, 'GET', url);
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('Vietnamese order of unit names', () => {
  it('campaign board: Đ between D and E, thôn 2 before thôn 10, also across pages', async () => {
    const expected = [
      'Chi bộ thôn 1', 'Chi bộ thôn 2', 'Chi bộ thôn 10', 'Chi bộ thôn Bải', 'Chi bộ thôn Bãi', 'Chi bộ thôn Bái',
      'Chi bộ thôn Dừa', 'Chi bộ thôn Đông', 'Chi bộ thôn Eo', 'Chi bộ thôn Yên',
      'Doanh nghiệp Dũng Tiến', 'Đảng bộ Công an huyện', 'Đảng ủy xã Dân Lực', 'Đảng ủy xã Hợp Thành', 'Eo Lê',
    ];
    const all = (await get(`/api/campaigns/${campaignId}/board?pageSize=50`)).items as { orgName: string; status: string }[];
    expect(new Set(all.map((r) => r.status))).toEqual(new Set(['not_scheduled'])); // one status: the order is the names'
    const list = all.map((r) => r.orgName);
    expect(list).toEqual(expected);
    expect(list).toEqual([...list].sort(compareVn));
    expect(byte(list)).not.toEqual(list); // the test would catch byte order
    const pages: string[] = [];
    for (const page of [1, 2, 3, 4]) {
      pages.push(...((await get(`/api/campaigns/${campaignId}/board?pageSize=5&page=${page}`)).items as { orgName: string }[]).map((r) => r.orgName));
    }
    expect(pages).toEqual(expected);
  });

  it('org tree: roots and children by kind, then in Vietnamese order', async () => {
    const { district, communeA, communeB } = ctx.fx.orgs;
    expect(names(await get(`/api/orgs/${district.id}/children`))).toEqual([
      'Doanh nghiệp Dũng Tiến', 'Đảng bộ Công an huyện', 'Đảng ủy xã Dân Lực', 'Đảng ủy xã Hợp Thành', 'Eo Lê',
    ]);
    expect(names(await get(`/api/orgs/${communeA.id}/children`))).toEqual([
      'Chi bộ thôn 1', 'Chi bộ thôn 2', 'Chi bộ thôn 10', 'Chi bộ thôn Dừa', 'Chi bộ thôn Eo', 'Hội LHPN xã Dân Lực',
    ]);
    expect(names(await get(`/api/orgs/${communeB.id}/children`))).toEqual([
      'Chi bộ thôn Bải', 'Chi bộ thôn Bãi', 'Chi bộ thôn Bái', 'Chi bộ thôn Đông', 'Chi bộ thôn Yên',
    ]);
  });

  it('org search: equally good matches in Vietnamese order (tones break the tie)', async () => {
    // The three fold to "chi bo thon bai", so they match equally well; byte order would give Bái, Bãi, Bải.
    expect(names(await get('/api/orgs/search?q=thon%20bai'))).toEqual(['Chi bộ thôn Bải', 'Chi bộ thôn Bãi', 'Chi bộ thôn Bái']);
  });

  it('a renamed unit moves to its new place', async () => {
    const { communeA } = ctx.fx.orgs;
    const eo = (await get(`/api/orgs/${communeA.id}/children`)).find((o: { name: string }) => o.name === 'Chi bộ thôn Eo');
    const res = await call(ctx.cookies.clerkA, 'PATCH', `/api/orgs/${eo.id}`, { name: 'Chi bộ thôn Đồng Tâm' });
    expect(res.statusCode).toBe(200);
    expect(names(await get(`/api/orgs/${communeA.id}/children`))).toEqual([
      'Chi bộ thôn 1', 'Chi bộ thôn 2', 'Chi bộ thôn 10', 'Chi bộ thôn Dừa', 'Chi bộ thôn Đồng Tâm', 'Hội LHPN xã Dân Lực',
    ]);
  });

  it('a unit\'s merged-from list is in Vietnamese order', async () => {
    const { db } = ctx.database;
    const { communeB } = ctx.fx.orgs;
    await db.execute(sql`UPDATE orgs SET status = 'merged', ended_on = '2025-01-01', merged_into_id = ${communeB.id}
      WHERE parent_id = ${communeB.id} AND name IN ('Chi bộ thôn Yên', 'Chi bộ thôn Đông', 'Chi bộ thôn Bái')`);
    const detail = await get(`/api/orgs/${communeB.id}`);
    expect(names(detail.mergedFrom)).toEqual(['Chi bộ thôn Bái', 'Chi bộ thôn Đông', 'Chi bộ thôn Yên']);
  });

  it('bridge points of one unit: on the conference and in its participation', async () => {
    const { db } = ctx.database;
    const { district } = ctx.fx.orgs;
    const id = await conference(db, { campaignId, orgId: district.id, tier: 'all_members', dayOffset: 5 });
    const people = Object.values(ctx.fx.people);
    for (const [i, name] of ['Điểm cầu Đông', 'Điểm cầu 10', 'Điểm cầu Dân', 'Điểm cầu 2'].entries()) {
      const bp = (await one<{ id: number }>(db, sql`INSERT INTO bridge_points (conference_id, org_id, name)
        VALUES (${id}, ${district.id}, ${name}) RETURNING id`))!.id;
      await db.execute(sql`INSERT INTO invitations (conference_id, person_id, bridge_point_id) VALUES (${id}, ${people[i]}, ${bp})`);
    }
    const expected = ['Điểm cầu 2', 'Điểm cầu 10', 'Điểm cầu Dân', 'Điểm cầu Đông'];
    expect(names((await get(`/api/conferences/${id}`)).bridgePoints)).toEqual(expected);
    expect(names((await get(`/api/conferences/${id}/participation`)).bridgePoints)).toEqual(expected);
  });
});
