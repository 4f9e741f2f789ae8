import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { day, footprint, inspectionSetup, planAndInspection, type InspCtx } from './inspections-fixture.js';

let c: InspCtx;
let id: number;
let recId: number;
let findingId: number;
let fileId: number;
beforeAll(async () => {
  c = await inspectionSetup();
  ({ id } = await planAndInspection(c));
  await c.api('lead', 'PATCH', `/api/inspections/${id}`, { startsOn: day(-75) });
  const A = c.fx.orgs.communeA.id;
  findingId = (await c.api('lead', 'POST', `/api/inspections/${id}/findings`, { orgId: A, item: 'action_programs', assessment: 'fair', body: 'Xây dựng chương trình kịp thời.' })).json().id;
  fileId = (await c.upload('lead', `/api/findings/${findingId}/files`)).json().id;
  await c.api('lead', 'POST', `/api/findings/${findingId}/publish`);
  // Concluded in the past, with a deadline already missed: the overdue list has it.
  const res = await c.api('lead', 'POST', `/api/inspections/${id}/conclude`, {
    conclusion: 'Còn hạn chế trong xây dựng mô hình.', concludedOn: day(-60),
    recommendations: [{ orgId: A, body: 'Xây dựng mô hình dân vận khéo', deadline: day(-10) }],
  });
  recId = res.json().recommendations[0].id;
});
afterAll(async () => { await c?.close(); });

describe('inspection scoping', () => {
  it('an inspector of another district or of another commune sees nothing: 404 with no names', async () => {
    for (const who of ['inspector2', 'inspectorB', 'clerkB'] as const) {
      for (const url of [`/api/inspections/${id}`, `/api/findings/${findingId}`, `/api/recommendations/${recId}`,
        `/api/inspections/${id}/record?orgId=${c.fx.orgs.communeA.id}`, `/api/inspection-files/${fileId}`]) {
        const res = await c.api(who, 'GET', url);
        expect(res.statusCode, `${who} ${url}`).toBe(404);
        expect(res.body).not.toMatch(/Dân Lực|Triệu Sơn|mô hình/);
      }
      for (const url of ['/api/inspections', '/api/inspection-plans', '/api/recommendations']) {
        const res = await c.api(who, 'GET', url);
        expect(res.statusCode, `${who} ${url}`).toBe(200);
        expect(res.json().items, `${who} ${url}`).toEqual([]);
      }
    }
    // Not even a remedy on it.
    expect((await c.api('clerkB', 'POST', `/api/recommendations/${recId}/plan`, { plan: 'x', dueOn: day(5) })).statusCode).toBe(404);
  });

  it('the subject unit sees its own part; the district sees all; the team is told its role', async () => {
    let res = await c.api('clerkA', 'GET', `/api/inspections/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ myRole: null, can: { edit: false, manage: false }, subjects: [{ id: c.fx.orgs.communeA.id }] });
    expect(res.json().findings[0]).toMatchObject({ id: findingId, draft: null });
    res = await c.api('clerkA', 'GET', '/api/inspections');
    expect(res.json().items.map((i: { id: number }) => i.id)).toEqual([id]);
    res = await c.api('outsider', 'GET', `/api/inspections/${id}`);
    expect(res.json()).toMatchObject({ myRole: null, can: { edit: false } });
    res = await c.api('mate', 'GET', `/api/inspections?mine=true`);
    expect(res.json().items).toEqual([expect.objectContaining({ id, myRole: 'member', overdueRecommendations: 1 })]);
    expect((await c.api('outsider', 'GET', `/api/inspections?mine=true`)).json().items).toEqual([]);
  });

  it('a non-member inspector cannot edit the inspection; only the team reviews and closes', async () => {
    const before = await footprint(c.db);
    const writes = [
      ['PATCH', `/api/inspections/${id}`, { title: 'Sửa' }],
      ['POST', `/api/inspections/${id}/findings`, { orgId: c.fx.orgs.communeA.id, item: 'target_results', assessment: 'good', body: 'Tốt' }],
      ['POST', `/api/findings/${findingId}/revisions`, { assessment: 'good', body: 'Tốt', reason: 'Sửa' }],
      ['POST', `/api/inspections/${id}/recommendations`, { orgId: c.fx.orgs.communeA.id, body: 'Thêm', deadline: day(10) }],
      ['PATCH', `/api/recommendations/${recId}`, { deadline: day(20) }],
      ['POST', `/api/inspections/${id}/close`, undefined],
    ] as const;
    for (const [method, url, body] of writes) {
      for (const who of ['outsider', 'clerkDistrict', 'clerkA'] as const) {
        const res = await c.api(who, method, url, body);
        expect(res.statusCode, `${who} ${method} ${url}`).toBe(403);
      }
    }
    await c.api('clerkA', 'POST', `/api/recommendations/${recId}/plan`, { plan: 'Xây dựng mô hình trong quý I.', dueOn: day(30) });
    const mid = await footprint(c.db);
    for (const who of ['outsider', 'clerkA', 'clerkDistrict', 'leaderDistrict'] as const) {
      const res = await c.api(who, 'POST', `/api/recommendations/${recId}/plan-review`, { decision: 'accept' });
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.message).toMatch(/thành viên đoàn/);
    }
    expect(await footprint(c.db)).toEqual(mid);
    expect(mid).toMatchObject({ ...before, events: before!.events as number + 1, audit: before!.audit as number + 1, recStatuses: 'plan_submitted' });
  });

  it('only the responsible unit files a remedy: the district office is refused, and nothing is written', async () => {
    const before = await footprint(c.db);
    const res = await c.api('clerkDistrict', 'POST', `/api/recommendations/${recId}/plan`, { plan: 'Thay xã', dueOn: day(5) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('recommendation_unit_only');
    expect((await c.upload('clerkDistrict', `/api/recommendations/${recId}/files`)).statusCode).toBe(403);
    expect((await c.api('lead', 'POST', `/api/recommendations/${recId}/done`, { report: 'Đoàn tự báo cáo' })).statusCode).toBe(403);
    expect(await footprint(c.db)).toEqual(before);
  });

  it('lists open recommendations past their deadline for the standing committee, and tracks them by status, unit, overdue', async () => {
    for (const who of ['leaderDistrict', 'lead', 'outsider'] as const) {
      const res = await c.api(who, 'GET', '/api/recommendations/overdue');
      expect(res.statusCode, who).toBe(200);
      expect(res.json().items, who).toEqual([expect.objectContaining({ id: recId, overdue: true, daysOverdue: 10, org: { id: c.fx.orgs.communeA.id, name: 'Đảng ủy xã Dân Lực' } })]);
    }
    expect((await c.api('clerkA', 'GET', '/api/recommendations/overdue')).statusCode).toBe(403);
    expect((await c.api('inspector2', 'GET', '/api/recommendations/overdue')).json().items).toEqual([]);
    // The tracker: the unit's own list, filters, pages.
    expect((await c.api('clerkA', 'GET', '/api/recommendations?overdue=true')).json()).toMatchObject({ total: 1, items: [{ id: recId }] });
    expect((await c.api('lead', 'GET', '/api/recommendations?status=closed')).json().total).toBe(0);
    expect((await c.api('lead', 'GET', `/api/recommendations?orgId=${c.fx.orgs.communeB.id}`)).json().total).toBe(0);
    expect((await c.api('lead', 'GET', '/api/recommendations?overdue=false')).json().total).toBe(0);
    expect((await c.api('lead', 'GET', '/api/recommendations?pageSize=1&page=1')).json()).toMatchObject({ total: 1, page: 1, pageSize: 1, items: [{ id: recId }] });
  });

  it('refuses bad input naming the fields, in Vietnamese or English, and writes nothing', async () => {
    const before = await footprint(c.db);
    const plans = (await c.api('lead', 'GET', '/api/inspection-plans')).json();
    const planId = plans.items[0].id;
    const cases: [string, string, object, string[]][] = [
      ['POST', '/api/inspection-plans', { orgId: c.fx.orgs.district.id, year: 1990, body: 'party', title: '' }, ['year', 'body', 'title']],
      ['POST', '/api/inspection-plans', { orgId: c.fx.orgs.district.id, year: 2026, body: 'inspection_commission', title: 'Trùng' }, ['year']],
      ['POST', '/api/inspections', { planId, kind: 'audit', title: 'x', leaderAccountId: c.accounts.lead, subjectOrgIds: [], periodFrom: '2026-02-30', periodTo: '2026-01-01' }, ['kind', 'subjectOrgIds', 'periodFrom']],
      ['POST', '/api/inspections', { planId, kind: 'giam_sat', title: 'x', leaderAccountId: c.accounts.inspector2, subjectOrgIds: [c.fx.orgs.communeB.id], periodFrom: '2026-01-01', periodTo: '2026-03-01' }, ['leaderAccountId']],
      ['POST', '/api/inspections', { planId, kind: 'giam_sat', title: 'x', leaderAccountId: c.accounts.lead, memberAccountIds: [c.accounts.memberA], subjectOrgIds: [c.fx.orgs.communeB.id], periodFrom: '2026-01-01', periodTo: '2026-03-01' }, ['memberAccountIds']],
      ['POST', '/api/inspections', { planId, kind: 'giam_sat', title: 'x', leaderAccountId: c.accounts.lead, subjectOrgIds: [c.fx.orgs.district.id, c.district2.id], periodFrom: '2026-01-01', periodTo: '2026-03-01' }, ['subjectOrgIds']],
      ['POST', '/api/inspections', { planId, kind: 'giam_sat', title: 'x', leaderAccountId: c.accounts.lead, subjectOrgIds: [c.fx.orgs.communeB.id], periodFrom: '2026-05-01', periodTo: '2026-03-01' }, ['periodTo']],
      ['POST', `/api/inspections/${id}/findings`, { orgId: c.fx.orgs.communeA.id, item: 'morale', assessment: 'great', body: '' }, ['item', 'assessment', 'body']],
      ['POST', `/api/inspections/${id}/recommendations`, { orgId: c.fx.orgs.communeB.id, body: 'Xã khác', deadline: day(5) }, ['orgId']],
      ['POST', `/api/inspections/${id}/recommendations`, { orgId: c.fx.orgs.communeA.id, body: 'Trước kết luận', deadline: day(-90) }, ['deadline']],
      ['POST', `/api/recommendations/${recId}/plan-review`, { decision: 'maybe' }, ['decision']],
      ['POST', `/api/recommendations/${recId}/plan`, { plan: '', dueOn: 'mai' }, ['plan', 'dueOn']],
    ];
    for (const [method, url, body, fields] of cases) {
      const res = await c.api('lead', method as 'POST', url, body);
      expect([400, 409], `${url} ${JSON.stringify(body)}`).toContain(res.statusCode);
      expect(Object.keys(res.json().error.fields ?? {}).sort(), `${url} ${JSON.stringify(body)}`).toEqual(expect.arrayContaining(fields));
    }
    const vi = await c.api('lead', 'POST', `/api/inspections/${id}/findings`, { orgId: c.fx.orgs.communeA.id, item: 'x', assessment: 'good', body: 'a' });
    expect(vi.json().error.fields.item).toMatch(/Nội dung kiểm tra chỉ nhận/);
    const en = await c.api('lead', 'POST', `/api/inspections/${id}/findings`, { orgId: c.fx.orgs.communeA.id, item: 'x', assessment: 'good', body: 'a' }, 'en');
    expect(en.json().error.fields.item).toMatch(/Checklist item must be/);
    expect(await footprint(c.db)).toEqual(before);
  });
});
