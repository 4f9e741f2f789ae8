import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';

let ctx: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => { ctx = await setup(); });
afterAll(async () => { await ctx?.close(); });

const get = (url: string, cookie: string) => ctx.app.inject({ url, headers: { cookie } });
const post = (url: string, cookie: string, payload: object, method: 'POST' | 'PATCH' = 'POST') =>
  ctx.app.inject({ method, url, headers: { cookie }, payload });
const auditCount = async () => Number((await rows<{ n: number }>(ctx.database.db, sql`SELECT count(*)::int AS n FROM audit_log`))[0].n);

describe('org tree', () => {
  it('shows each account its own subtree as roots, with member counts', async () => {
    const roots = (await get('/api/orgs/roots', ctx.cookies.clerkA)).json();
    expect(roots.map((r: { name: string }) => r.name)).toEqual(['Đảng ủy xã Dân Lực']);
    expect(roots[0].memberCount).toBe(3); // An, Bình, Cường; Hoa is not a party member
    const district = (await get('/api/orgs/roots', ctx.cookies.leaderDistrict)).json();
    expect(district[0]).toMatchObject({ name: 'Huyện ủy Triệu Sơn', memberCount: 4, childCount: 2 });
    const kids = (await get(`/api/orgs/${ctx.fx.orgs.communeA.id}/children`, ctx.cookies.clerkA)).json();
    expect(kids.map((k: { name: string; kind: string }) => k.kind)).toEqual(['cell', 'cell', 'mass_org']);
    // A mass organization counts its members, party members or not: Hoa (home unit) and An (membership).
    await ctx.database.db.execute(sql`INSERT INTO mass_org_memberships (person_id, org_id) VALUES (${ctx.fx.people.anA1}, ${ctx.fx.orgs.womenA.id})`);
    const union = (await get(`/api/orgs/${ctx.fx.orgs.communeA.id}/children`, ctx.cookies.clerkA)).json().find((k: { kind: string }) => k.kind === 'mass_org');
    expect(union.memberCount).toBe(2);
  });

  it('searches names with or without diacritics, inside the scope only', async () => {
    const found = (await get('/api/orgs/search?q=chi%20bo%20thon', ctx.cookies.clerkA)).json();
    expect(found.map((o: { name: string }) => o.name).sort()).toEqual(['Chi bộ thôn 1', 'Chi bộ thôn 2']);
    const district = (await get('/api/orgs/search?q=thon%20dong', ctx.cookies.leaderDistrict)).json();
    expect(district.map((o: { name: string }) => o.name)).toEqual(['Chi bộ thôn Đông']);
  });

  it('hides another commune: 404 on its detail and children', async () => {
    expect((await get(`/api/orgs/${ctx.fx.orgs.communeB.id}`, ctx.cookies.clerkA)).statusCode).toBe(404);
    expect((await get(`/api/orgs/${ctx.fx.orgs.cellB1.id}/children`, ctx.cookies.clerkA)).statusCode).toBe(404);
    expect((await get(`/api/orgs/search?q=dong`, ctx.cookies.clerkA)).json()).toEqual([]);
  });

  it('shows the detail with ancestors and counts', async () => {
    const d = (await get(`/api/orgs/${ctx.fx.orgs.communeA.id}`, ctx.cookies.clerkA)).json();
    expect(d.ancestors.map((a: { name: string }) => a.name)).toEqual(['Tỉnh ủy Thử Nghiệm', 'Huyện ủy Triệu Sơn']);
    expect(d).toMatchObject({ peopleCount: 4, memberCount: 3, cellCount: 2 });
  });

  it('refuses writes to members, inspectors and other communes, and writes nothing', async () => {
    const before = await auditCount();
    const body = { parentId: ctx.fx.orgs.communeA.id, name: 'Chi bộ thôn 3', kind: 'cell' };
    expect((await post(`/api/orgs/${ctx.fx.orgs.cellA1.id}`, ctx.cookies.memberA, { name: 'Chi bộ thôn Một' }, 'PATCH')).statusCode).toBe(403);
    expect((await post('/api/orgs', ctx.cookies.memberA, body)).statusCode).toBe(404); // commune A is above the member's cell
    expect((await post('/api/orgs', ctx.cookies.inspectorA, body)).statusCode).toBe(403);
    expect((await post('/api/orgs', ctx.cookies.clerkB, body)).statusCode).toBe(404);
    expect((await post(`/api/orgs/${ctx.fx.orgs.cellA1.id}`, ctx.cookies.clerkB, { name: 'X thôn' }, 'PATCH')).statusCode).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it('validates input with field messages in the caller language', async () => {
    const res = await post('/api/orgs', ctx.cookies.clerkA, { parentId: ctx.fx.orgs.communeA.id, name: 'X', kind: 'bogus', effectiveOn: '2024-13-45' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['effectiveOn', 'kind', 'name']);
    expect(res.json().error.fields.effectiveOn).toBe('Ngày không có thật trên lịch');
    const cellUnderCell = await ctx.app.inject({ method: 'POST', url: '/api/orgs', headers: { cookie: ctx.cookies.clerkA, 'accept-language': 'en' },
      payload: { parentId: ctx.fx.orgs.cellA1.id, name: 'Tổ đảng 1', kind: 'cell' } });
    expect(cellUnderCell.statusCode).toBe(400);
    expect(cellUnderCell.json().error.fields.kind).toBe('This kind of organization cannot sit under Chi bộ thôn 1');
  });

  it('creates, renames and moves a unit, keeping history and audit', async () => {
    const created = await post('/api/orgs', ctx.cookies.clerkA, { parentId: ctx.fx.orgs.communeA.id, name: 'Chi bộ thôn 3', kind: 'cell', effectiveOn: '2024-03-01' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json().path).toBe(`${ctx.fx.orgs.communeA.path}.${id}`);
    const renamed = await post(`/api/orgs/${id}`, ctx.cookies.clerkA, { name: 'Chi bộ thôn Ba', effectiveOn: '2024-04-01' }, 'PATCH');
    expect(renamed.json().name).toBe('Chi bộ thôn Ba');
    // A commune clerk cannot move it into another commune; the district admin can.
    expect((await post(`/api/orgs/${id}/move`, ctx.cookies.clerkA, { newParentId: ctx.fx.orgs.communeB.id })).statusCode).toBe(404);
    const moved = await post(`/api/orgs/${id}/move`, ctx.cookies.admin, { newParentId: ctx.fx.orgs.communeB.id, effectiveOn: '2024-05-01' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().path).toBe(`${ctx.fx.orgs.communeB.path}.${id}`);
    const detail = (await get(`/api/orgs/${id}`, ctx.cookies.admin)).json();
    expect(detail.history.map((h: { kind: string }) => h.kind)).toEqual(['move', 'rename', 'create']);
    expect(detail.history[1].details).toMatchObject({ from: 'Chi bộ thôn 3', to: 'Chi bộ thôn Ba' });
    const log = (await get('/api/audit?entity=org', ctx.cookies.admin)).json();
    expect(log.items.map((e: { action: string }) => e.action).slice(0, 3)).toEqual(['move', 'update', 'create']);
  });

  it('refuses moving a unit under its own descendant', async () => {
    const res = await post(`/api/orgs/${ctx.fx.orgs.district.id}/move`, ctx.cookies.admin, { newParentId: ctx.fx.orgs.communeA.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.newParentId).toMatch(/cấp dưới/);
  });

  it('merges two communes: people and cells reachable from the new unit, old units kept in history', async () => {
    const res = await post('/api/orgs/merge', ctx.cookies.admin, {
      sourceIds: [ctx.fx.orgs.communeA.id, ctx.fx.orgs.communeB.id], newName: 'Đảng ủy xã Dân Lực mới', effectiveOn: '2025-07-01',
    });
    expect(res.statusCode).toBe(200);
    const merged = res.json();
    const d = (await get(`/api/orgs/${merged.id}`, ctx.cookies.admin)).json();
    expect(d.mergedFrom.map((m: { name: string }) => m.name).sort()).toEqual(['Đảng ủy xã Dân Lực', 'Đảng ủy xã Hợp Thành']);
    expect(d.memberCount).toBe(4);
    expect(d.cellCount).toBe(4); // A1, A2, B1 and the cell moved into B earlier
    const old = (await get(`/api/orgs/${ctx.fx.orgs.communeA.id}`, ctx.cookies.admin)).json();
    expect(old).toMatchObject({ status: 'merged', endedOn: '2025-07-01', mergedInto: { id: merged.id } });
    // The old unit keeps its name for past reports, and the clerk granted at it still reaches its former cells.
    expect(old.name).toBe('Đảng ủy xã Dân Lực');
    const activeChildren = (await get(`/api/orgs/${merged.id}/children`, ctx.cookies.admin)).json();
    expect(activeChildren.every((c: { status: string }) => c.status === 'active')).toBe(true);
    const all = (await get(`/api/orgs/${merged.id}/children?includeInactive=true`, ctx.cookies.admin)).json();
    expect(all.filter((c: { status: string }) => c.status === 'merged')).toHaveLength(2);
  });

  it('dissolves only an empty unit', async () => {
    const full = await post(`/api/orgs/${ctx.fx.orgs.cellA1.id}/dissolve`, ctx.cookies.admin, {});
    expect(full.statusCode).toBe(409);
    expect(full.json().error.message).toContain('2 người');
    const empty = (await post('/api/orgs', ctx.cookies.admin, { parentId: ctx.fx.orgs.district.id, name: 'Chi bộ tạm', kind: 'grassroots', subkind: 'agency' })).json();
    const res = await post(`/api/orgs/${empty.id}/dissolve`, ctx.cookies.admin, { reason: 'Không còn hoạt động' });
    expect(res.json()).toMatchObject({ status: 'dissolved' });
  });
});
