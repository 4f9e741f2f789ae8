// Cascade down the tree, roll-up over three levels, tasks assigned from above seen by the assignee.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup } from '../helpers.js';
import { document } from './campaigns-fixture.js';
import { api, footprint, type Ctx, type Who } from './programs-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let doc: number;
let district: { id: number; targets: { id: number; indicator: string }[] };
const T: Record<string, number> = {};
const P: Record<string, number> = {};

type Target = { id: number; parentTargetId: number | null; kind: string; indicator: string; aggregation: string | null; targetValue: unknown };

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  doc = await document(ctx.database.db, ctx.fx.orgs.district.id, '01-NQ/HU', 'Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV');
  const res = await call('leaderDistrict', 'POST', '/api/programs', {
    orgId: ctx.fx.orgs.district.id, title: 'Chương trình hành động thực hiện Nghị quyết Đại hội', adoptedOn: '2021-03-15',
    documentIds: [doc], periodFrom: '2020-10-01', periodTo: '2025-12-31',
  });
  P.district = res.json().id;
  const add = async (name: string, body: object) => {
    const r = await call('leaderDistrict', 'POST', `/api/programs/${P.district}/targets`, body);
    expect(r.statusCode, r.body).toBe(201);
    T[name] = r.json().id;
  };
  await add('budget', { indicator: 'Thu ngân sách trên địa bàn', unit: 'tỷ đồng', kind: 'number', aggregation: 'sum', targetValue: 100, deadline: '2025-12-31', position: 1 });
  await add('insurance', { indicator: 'Tỷ lệ dân số tham gia bảo hiểm y tế', unit: '%', kind: 'percentage', aggregation: 'avg', baselineValue: 80, targetValue: 95, deadline: '2025-12-31', position: 2 });
  await add('standard', { indicator: 'Số xã đạt chuẩn nông thôn mới nâng cao', unit: 'xã', kind: 'units_meeting', aggregation: 'count_meeting',
    criterion: 'Xã đạt chuẩn nông thôn mới nâng cao', baselineValue: 0, targetValue: 2, deadline: '2024-12-31', position: 3,
    milestones: [{ year: 2023, value: 1 }, { year: 2024, value: 2 }] });
  district = (await call('leaderDistrict', 'GET', `/api/programs/${P.district}`)).json();
});
afterAll(async () => { await ctx?.close(); });

const cascade = (who: Who, from: number, orgId: number, extra: object = {}) =>
  call(who, 'POST', `/api/programs/${from}/cascade`, { orgId, adoptedOn: '2021-05-10', ...extra });
const report = (who: Who, id: number, value: unknown, asOf = '2024-06-30') => call(who, 'POST', `/api/targets/${id}/values`, { value, asOf });
const contributions = (who: Who, id: number, query = '') => call(who, 'GET', `/api/targets/${id}/contributions${query}`);
const byParent = (targets: Target[], parent: number) => targets.find((t) => t.parentTargetId === parent)!;

describe('programs: cascade', () => {
  it('a commune builds its program from the district\'s: documents and targets copied, linked to theirs', async () => {
    const res = await cascade('clerkA', P.district, ctx.fx.orgs.communeA.id, { title: 'Chương trình hành động của Đảng ủy xã Dân Lực' });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    P.a = a.id;
    expect(a).toMatchObject({ orgName: 'Đảng ủy xã Dân Lực', parentProgramId: P.district, periodFrom: '2020-10-01', periodTo: '2025-12-31',
      parentProgram: { id: P.district, orgName: 'Huyện ủy Triệu Sơn' }, targetCount: 3 });
    expect(a.documents.map((d: { id: number }) => d.id)).toEqual([doc]);
    const budget = byParent(a.targets, T.budget);
    expect(budget).toMatchObject({ kind: 'number', indicator: 'Thu ngân sách trên địa bàn', aggregation: null, targetValue: 100 });
    // What the district counts ("communes meeting the standard") becomes, for the commune, whether it meets it.
    const standard = byParent(a.targets, T.standard);
    expect(standard).toMatchObject({ kind: 'boolean', indicator: 'Xã đạt chuẩn nông thôn mới nâng cao', targetValue: true, aggregation: null, milestones: [] });
    expect(byParent(a.targets, T.insurance)).toMatchObject({ kind: 'percentage', baselineValue: 80, targetValue: 95 });
    for (const t of a.targets as Target[]) T[`a.${t.parentTargetId === T.budget ? 'budget' : t.parentTargetId === T.insurance ? 'insurance' : 'standard'}`] = t.id;
    const b = (await cascade('clerkB', P.district, ctx.fx.orgs.communeB.id)).json();
    P.b = b.id;
    expect(b.title).toBe('Chương trình hành động thực hiện Nghị quyết Đại hội');
    T['b.budget'] = byParent(b.targets, T.budget).id;
    T['b.insurance'] = byParent(b.targets, T.insurance).id;
    T['b.standard'] = byParent(b.targets, T.standard).id;
    // The copies are the commune's own: it edits them.
    const edited = await call('clerkA', 'PATCH', `/api/targets/${T['a.budget']}`, { targetValue: 40 });
    expect(edited.json()).toMatchObject({ targetValue: 40, parentTargetId: T.budget });
  });

  it('refuses a cascade to a unit not below, not one\'s own, twice, and writes nothing', async () => {
    const before = await footprint(ctx.database.db);
    const up = await cascade('admin', P.district, ctx.fx.orgs.province.id);
    expect(up.statusCode).toBe(400);
    expect(up.json().error.fields.orgId).toBe('Đơn vị xây dựng chương trình phải là đơn vị cấp dưới của đơn vị ban hành chương trình gốc');
    expect((await cascade('clerkA', P.district, ctx.fx.orgs.communeB.id)).statusCode).toBe(404);
    expect((await cascade('clerkB', P.a, ctx.fx.orgs.communeB.id)).statusCode).toBe(404);
    expect((await cascade('leaderDistrict', P.district, ctx.fx.orgs.communeA.id)).statusCode).toBe(403);
    const twice = await cascade('clerkA', P.district, ctx.fx.orgs.communeA.id);
    expect(twice.statusCode).toBe(409);
    // A cell keeps its own program: the commune's office does not write it (the admin may).
    expect((await cascade('clerkA', P.district, ctx.fx.orgs.cellA1.id)).statusCode).toBe(403);
    const bad = await cascade('admin', P.district, ctx.fx.orgs.cellA1.id, { periodFrom: '2026-01-01' });
    expect(bad.json().error.fields.periodTo).toBe('Thời gian kết thúc phải từ thời gian bắt đầu trở đi');
    // A target others copied cannot be deleted from under them.
    const del = await call('leaderDistrict', 'DELETE', `/api/targets/${T.budget}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().error.message).toBe('Bản ghi đang được dùng trong chỉ tiêu của đơn vị cấp dưới, không thể xóa');
    expect(await footprint(ctx.database.db)).toEqual(before);
  });
});

describe('programs: roll-up over three levels', () => {
  it('the district aggregates the leaves below it: sum, average, count of units meeting the criterion', async () => {
    // Dân Lực rolls its figures up from its cells, which build their programs from the commune's.
    expect((await call('clerkA', 'PATCH', `/api/targets/${T['a.budget']}`, { aggregation: 'sum' })).statusCode).toBe(200);
    expect((await call('clerkA', 'PATCH', `/api/targets/${T['a.insurance']}`, { aggregation: 'avg' })).statusCode).toBe(200);
    for (const [name, cell] of [['a1', ctx.fx.orgs.cellA1], ['a2', ctx.fx.orgs.cellA2]] as const) {
      const res = await cascade('admin', P.a, cell.id);
      expect(res.statusCode, res.body).toBe(201);
      P[name] = res.json().id;
      T[`${name}.budget`] = byParent(res.json().targets, T['a.budget']).id;
      T[`${name}.insurance`] = byParent(res.json().targets, T['a.insurance']).id;
      T[`${name}.standard`] = byParent(res.json().targets, T['a.standard']).id;
    }
    const refused = await report('clerkA', T['a.budget'], 5);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fields.value).toBe('Chỉ tiêu này được tổng hợp tự động từ các đơn vị cấp dưới, không nhập số liệu trực tiếp');

    for (const [who, id, value] of [
      ['admin', T['a1.budget'], 10], ['admin', T['a2.budget'], 20], ['clerkB', T['b.budget'], 30],
      ['admin', T['a1.insurance'], 90], ['admin', T['a2.insurance'], 100], ['clerkB', T['b.insurance'], 70],
      // The cell's own yes/no does not count for the district: the commune's figure stands for it.
      ['admin', T['a1.standard'], true], ['clerkA', T['a.standard'], true], ['clerkB', T['b.standard'], false],
    ] as [Who, number, unknown][]) {
      const res = await report(who, id, value);
      expect(res.statusCode, res.body).toBe(201);
    }
    const targets = (await call('leaderDistrict', 'GET', `/api/programs/${P.district}`)).json().targets as Record<string, unknown>[];
    const [budget, insurance, standard] = targets;
    expect(budget).toMatchObject({ current: 60, currentAsOf: '2024-06-30', progress: 60, achieved: false, rollup: { units: 3, reported: 3 } });
    expect(insurance).toMatchObject({ current: 86.667, progress: 44.4, rollup: { units: 3, reported: 3, met: 1 } });
    expect(standard).toMatchObject({ current: 1, progress: 50, achieved: false, rollup: { units: 2, reported: 2, met: 1 } });
    // The middle level rolls up its own subtree.
    const a = (await call('clerkA', 'GET', `/api/programs/${P.a}`)).json().targets as Record<string, unknown>[];
    expect(a.find((t) => t.id === T['a.budget'])).toMatchObject({ current: 30, progress: 75, rollup: { units: 2 } });

    expect((await report('clerkB', T['b.standard'], true, '2024-11-30')).statusCode).toBe(201);
    const after = (await call('leaderDistrict', 'GET', `/api/targets/${T.standard}`)).json();
    expect(after).toMatchObject({ current: 2, progress: 100, achieved: true, currentAsOf: '2024-11-30' });
    expect(after).not.toHaveProperty('contributions');
    const units = (await contributions('leaderDistrict', T.standard)).json();
    expect(units.items.map((c: { orgName: string; value: unknown; met: boolean }) => [c.orgName, c.value, c.met])).toEqual([
      ['Đảng ủy xã Dân Lực', true, true], ['Đảng ủy xã Hợp Thành', true, true],
    ]);
  });

  it('each unit sees the contributions of its own subtree only', async () => {
    const forDistrict = (await contributions('leaderDistrict', T.budget)).json();
    expect(forDistrict.items.map((c: { orgName: string; value: number }) => [c.orgName, c.value])).toEqual([
      ['Chi bộ thôn 1 · Đảng ủy xã Dân Lực', 10], ['Chi bộ thôn 2 · Đảng ủy xã Dân Lực', 20], ['Đảng ủy xã Hợp Thành', 30],
    ]);
    expect((await call('clerkA', 'GET', `/api/targets/${T.budget}`)).json().current).toBe(60);
    const forA = (await contributions('clerkA', T.budget)).json();
    expect(forA.items.map((c: { orgId: number }) => c.orgId)).toEqual([ctx.fx.orgs.cellA1.id, ctx.fx.orgs.cellA2.id]);
    expect(forA.total).toBe(2);
    const forB = (await contributions('clerkB', T.budget)).json();
    expect(forB.items.map((c: { orgId: number }) => c.orgId)).toEqual([ctx.fx.orgs.communeB.id]);
    expect((await call('clerkB', 'GET', `/api/targets/${T['a1.budget']}`)).statusCode).toBe(404);
    expect((await contributions('clerkB', T['a.budget'])).statusCode).toBe(404);
    expect((await call('clerkB', 'GET', `/api/programs/${P.a1}`)).statusCode).toBe(404);
  });
  it('pages the contributions in tree order, found by the unit\'s name (folded) and by state', async () => {
    const names = (r: { json: () => { items: { orgName: string }[] } }) => r.json().items.map((c) => c.orgName);
    const first = await contributions('leaderDistrict', T.budget, '?page=1&pageSize=2');
    expect(first.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(names(first)).toEqual(['Chi bộ thôn 1 · Đảng ủy xã Dân Lực', 'Chi bộ thôn 2 · Đảng ủy xã Dân Lực']);
    expect(names(await contributions('leaderDistrict', T.budget, '?page=2&pageSize=2'))).toEqual(['Đảng ủy xã Hợp Thành']);
    // Without diacritics, any case; % and _ are letters, not patterns.
    expect(names(await contributions('leaderDistrict', T.budget, `?q=${encodeURIComponent('HOP THANH')}`))).toEqual(['Đảng ủy xã Hợp Thành']);
    expect(names(await contributions('leaderDistrict', T.budget, '?q=th%C3%B4n%202'))).toEqual(['Chi bộ thôn 2 · Đảng ủy xã Dân Lực']);
    expect((await contributions('leaderDistrict', T.budget, '?q=%25')).json()).toMatchObject({ items: [], total: 0 });
    // Insurance (target 95): cells 90 and 100, Hợp Thành 70.
    expect(names(await contributions('leaderDistrict', T.insurance, '?state=met'))).toEqual(['Chi bộ thôn 2 · Đảng ủy xã Dân Lực']);
    expect(names(await contributions('leaderDistrict', T.insurance, '?state=not_met'))).toEqual(['Chi bộ thôn 1 · Đảng ủy xã Dân Lực', 'Đảng ủy xã Hợp Thành']);
    expect((await contributions('leaderDistrict', T.insurance, '?state=not_reported')).json().total).toBe(0);
    // A unit that built its program and reported nothing yet: not reported, not "not met".
    expect((await cascade('admin', P.a, ctx.fx.orgs.womenA.id)).statusCode).toBe(201);
    expect(names(await contributions('leaderDistrict', T.budget, '?state=not_reported'))).toEqual(['Hội LHPN xã Dân Lực']);
    expect(names(await contributions('leaderDistrict', T.budget, '?state=not_met'))).toEqual([
      'Chi bộ thôn 1 · Đảng ủy xã Dân Lực', 'Chi bộ thôn 2 · Đảng ủy xã Dân Lực', 'Đảng ủy xã Hợp Thành',
    ]);
    expect((await contributions('clerkB', T.budget, '?state=not_reported')).json()).toMatchObject({ items: [], total: 0 });
    // A target of its own feeds on nothing; a state out of the list is refused with the field named.
    expect((await contributions('clerkB', T['b.budget'])).json()).toMatchObject({ items: [], total: 0 });
    const bad = await contributions('leaderDistrict', T.budget, '?state=late');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.state).toBe('Tình trạng chỉ nhận: met (đạt), not_met (chưa đạt), not_reported (chưa báo cáo)');
  });
});

describe('programs: tasks assigned down the tree', () => {
  let toA: number;
  let toB: number;

  it('the district assigns tasks to communes; each sees its own in its list, marked as from above', async () => {
    const a = await call('leaderDistrict', 'POST', `/api/programs/${P.district}/tasks`, {
      title: 'Xây dựng xã Dân Lực đạt chuẩn nông thôn mới nâng cao', responsibleOrgId: ctx.fx.orgs.communeA.id,
      responsiblePersonId: ctx.fx.people.anA1, cooperatingOrgIds: [ctx.fx.orgs.womenA.id], deadline: '2024-12-31',
    });
    expect(a.statusCode, a.body).toBe(201);
    toA = a.json().id;
    expect(a.json()).toMatchObject({ assignedFromAbove: true, programOrg: { name: 'Huyện ủy Triệu Sơn' }, responsibleOrg: { name: 'Đảng ủy xã Dân Lực' }, overdue: true });
    toB = (await call('leaderDistrict', 'POST', `/api/programs/${P.district}/tasks`, {
      title: 'Hoàn thành quy hoạch chung xã Hợp Thành', responsibleOrgId: ctx.fx.orgs.communeB.id, deadline: '2030-06-30',
    })).json().id;
    const listA = (await call('clerkA', 'GET', `/api/tasks?orgId=${ctx.fx.orgs.communeA.id}`)).json();
    expect(listA.items.map((t: { id: number }) => t.id)).toEqual([toA]);
    // The co-operating women's union sees it in its list too.
    const women = (await call('clerkA', 'GET', `/api/tasks?orgId=${ctx.fx.orgs.womenA.id}`)).json();
    expect(women.items.map((t: { id: number }) => t.id)).toEqual([toA]);
    const listB = (await call('clerkB', 'GET', '/api/tasks')).json();
    expect(listB.items.map((t: { id: number }) => t.id)).toEqual([toB]);
    // The district program shows each commune only its tasks.
    expect((await call('clerkA', 'GET', `/api/programs/${P.district}`)).json().taskCount).toBe(1);
    expect((await call('leaderDistrict', 'GET', `/api/programs/${P.district}`)).json()).toMatchObject({ taskCount: 2, overdueTaskCount: 1 });
    expect((await call('leaderDistrict', 'GET', '/api/tasks?status=overdue')).json().items.map((t: { id: number }) => t.id)).toEqual([toA]);
  });

  it('the assignee moves the status and reports progress; only the assigning unit edits the task', async () => {
    const moved = await call('clerkA', 'PATCH', `/api/tasks/${toA}`, { status: 'in_progress' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'in_progress', overdue: true });
    const before = await footprint(ctx.database.db);
    const edit = await call('clerkA', 'PATCH', `/api/tasks/${toA}`, { deadline: '2026-12-31' });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().error.code).toBe('task_owner_only');
    expect((await call('clerkA', 'DELETE', `/api/tasks/${toA}`)).statusCode).toBe(403);
    expect((await call('clerkA', 'GET', `/api/tasks/${toB}`)).statusCode).toBe(404);
    expect((await call('clerkA', 'PATCH', `/api/tasks/${toB}`, { status: 'done' })).statusCode).toBe(404);
    expect((await call('clerkB', 'POST', `/api/tasks/${toA}/notes`, { body: 'X' })).statusCode).toBe(404);
    expect(await footprint(ctx.database.db)).toEqual(before);
    await call('clerkA', 'POST', `/api/tasks/${toA}/notes`, { body: 'Đã đạt 19/19 tiêu chí, hoàn thiện hồ sơ', status: 'done' });
    const urged = await call('leaderDistrict', 'POST', `/api/tasks/${toB}/notes`, { body: 'Đề nghị xã khẩn trương hoàn thành' });
    expect(urged.json().notes[0]).toMatchObject({ orgName: 'Huyện ủy Triệu Sơn' });
    const detail = (await call('leaderDistrict', 'GET', `/api/tasks/${toA}`)).json();
    expect(detail).toMatchObject({ status: 'done', overdue: false, noteCount: 1 });
    expect(detail.notes[0]).toMatchObject({ orgName: 'Đảng ủy xã Dân Lực', status: 'done' });
    const moved2 = await call('leaderDistrict', 'PATCH', `/api/tasks/${toB}`, { deadline: '2029-12-31', responsibleOrgId: ctx.fx.orgs.cellB1.id });
    expect(moved2.json()).toMatchObject({ deadline: '2029-12-31', responsibleOrg: { id: ctx.fx.orgs.cellB1.id } });
    expect((await call('clerkB', 'GET', '/api/tasks')).json().total).toBe(1);
  });
});
