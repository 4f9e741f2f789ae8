import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql } from '../../server/core/db/index.js';
import { day, footprint, inspectionSetup, planAndInspection, registerDocument, type InspCtx } from './inspections-fixture.js';

let c: InspCtx;
beforeAll(async () => { c = await inspectionSetup(); });
afterAll(async () => { await c?.close(); });

const auditOf = (entity: string, id: number) => rows<{ action: string; before: { status?: string } | null; after: Record<string, unknown> | null; account_id: number }>(c.db,
  sql`SELECT action, before, after, account_id FROM audit_log WHERE entity = ${entity} AND entity_id = ${String(id)} ORDER BY id`);

describe('an inspection from plan to closed, with the recommendation followed to an accepted remedy', () => {
  it('runs the whole workflow, each step by its own side, audited', async () => {
    const { id, planId } = await planAndInspection(c, { start: false });
    const A = c.fx.orgs.communeA.id;

    let res = await c.api('lead', 'GET', `/api/inspection-plans/${planId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2026, body: 'inspection_commission', inspectionCount: 1, byStatus: { planned: 1 }, can: { edit: true } });
    expect(res.json().inspections[0]).toMatchObject({ id, status: 'planned', myRole: 'leader', subjects: [{ id: A }] });

    // Candidates for the team: staff of the district's subtree, not party members.
    res = await c.api('lead', 'GET', `/api/inspection-plans/${planId}/candidates`);
    const names = res.json().map((a: { username: string }) => a.username);
    expect(names).toEqual(expect.arrayContaining(['kiemtra.truongdoan', 'kiemtra.thanhvien', 'clerk.a', 'leader.huyen']));
    expect(names).not.toContain('member.a');
    expect(names).not.toContain('kiemtra.huyenkhac');

    // Findings wait for the start.
    res = await c.api('lead', 'POST', `/api/inspections/${id}/findings`, { orgId: A, item: 'leadership_documents', assessment: 'good', body: 'Ban hành kịp thời.' });
    expect(res.statusCode).toBe(409);
    res = await c.api('mate', 'POST', `/api/inspections/${id}/start`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'in_progress', startsOn: day(0), can: { edit: true } });

    res = await c.api('mate', 'POST', `/api/inspections/${id}/findings`, { orgId: A, item: 'leadership_documents', assessment: 'limited', body: 'Còn chậm ban hành kế hoạch.' });
    expect(res.statusCode).toBe(201);
    const finding = res.json();
    expect(finding).toMatchObject({ published: null, draft: { revision: 1, assessment: 'limited' }, revisionCount: 1 });
    // Concluding with a draft left is refused.
    const conclusion = { conclusion: 'Đảng ủy xã Dân Lực cơ bản thực hiện tốt; còn chậm ban hành kế hoạch.', concludedOn: day(0),
      recommendations: [{ orgId: A, body: 'Ban hành kế hoạch thực hiện còn thiếu', deadline: day(30) }] };
    res = await c.api('lead', 'POST', `/api/inspections/${id}/conclude`, conclusion);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('inspection_findings_unpublished');
    expect((await c.api('lead', 'POST', `/api/findings/${finding.id}/publish`)).statusCode).toBe(200);

    const notice = await registerDocument(c.db, c.fx.orgs.district.id, 'TB', 45, 'HU', day(0), 'Thông báo kết luận kiểm tra');
    res = await c.api('lead', 'POST', `/api/inspections/${id}/conclude`, { ...conclusion, conclusionDocumentId: notice });
    expect(res.statusCode).toBe(200);
    const concluded = res.json();
    expect(concluded).toMatchObject({ status: 'concluded', concludedOn: day(0), conclusionDocument: { id: notice, symbol: '45-TB/HU' } });
    expect(concluded.recommendations).toHaveLength(1);
    const rec = concluded.recommendations[0];
    expect(rec).toMatchObject({ org: { id: A }, status: 'open', overdue: false, deadline: day(30) });
    const url = `/api/recommendations/${rec.id}`;

    // The unit sees its recommendation, may file; the team may not file for it.
    res = await c.api('clerkA', 'GET', url);
    expect(res.json().can).toEqual({ remedy: true, review: false, edit: false });
    expect((await c.api('lead', 'POST', `${url}/plan`, { plan: 'Kế hoạch', dueOn: day(20) })).statusCode).toBe(403);
    res = await c.api('clerkA', 'POST', `${url}/plan`, { plan: 'Ban hành Kế hoạch 12-KH/ĐU trong tháng.', dueOn: day(20) });
    expect(res.json().status).toBe('plan_submitted');
    // The team returns it with a reason (no reason: 400 naming the field).
    res = await c.api('mate', 'POST', `${url}/plan-review`, { decision: 'return' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('note');
    res = await c.api('mate', 'POST', `${url}/plan-review`, { decision: 'return', note: 'Cần nêu rõ người chịu trách nhiệm.' });
    expect(res.json().status).toBe('plan_returned');
    await c.api('clerkA', 'POST', `${url}/plan`, { plan: 'Đồng chí Phó Bí thư chịu trách nhiệm ban hành kế hoạch.', dueOn: day(20) });
    res = await c.api('lead', 'POST', `${url}/plan-review`, { decision: 'accept' });
    expect(res.json().status).toBe('plan_accepted');

    // Remedy done needs evidence.
    res = await c.api('clerkA', 'POST', `${url}/done`, { report: 'Đã ban hành.' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('remedy_evidence_needed');
    res = await c.upload('clerkA', `${url}/files`, 'ke-hoach.pdf');
    expect(res.statusCode).toBe(201);
    const file = res.json();
    res = await c.api('clerkA', 'POST', `${url}/done`, { report: 'Đã ban hành Kế hoạch 12-KH/ĐU.' });
    expect(res.json()).toMatchObject({ status: 'done_reported', pendingFiles: [] });
    expect(res.json().events.at(-1)).toMatchObject({ kind: 'done', files: [{ id: file.id, filename: 'ke-hoach.pdf' }] });
    // A file sent with a report stays.
    expect((await c.api('clerkA', 'DELETE', `/api/inspection-files/${file.id}`)).statusCode).toBe(409);
    expect((await c.api('lead', 'GET', `/api/inspection-files/${file.id}`)).statusCode).toBe(200);

    // The unit cannot close it; the team accepts with a note, which closes it.
    expect((await c.api('clerkA', 'POST', `${url}/done-review`, { decision: 'accept', note: 'Tự đóng' })).statusCode).toBe(403);
    res = await c.api('lead', 'POST', `${url}/done-review`, { decision: 'accept' });
    expect(res.statusCode).toBe(400);
    res = await c.api('lead', 'POST', `${url}/done-review`, { decision: 'accept', note: 'Đã khắc phục đầy đủ.' });
    expect(res.json()).toMatchObject({ status: 'closed', closedOn: day(0), can: { remedy: false, review: false, edit: false } });
    expect(res.json().events.map((e: { kind: string }) => e.kind)).toEqual(['plan', 'plan_returned', 'plan', 'plan_accepted', 'done', 'done_accepted']);

    res = await c.api('lead', 'POST', `/api/inspections/${id}/close`);
    expect(res.json()).toMatchObject({ status: 'closed', can: { edit: false, reopen: true } });

    const actions = (await auditOf('recommendation', rec.id)).map((a) => a.action);
    expect(actions).toEqual(['submit_plan', 'return_plan', 'submit_plan', 'accept_plan', 'report_done', 'close']);
    expect((await auditOf('inspection', id)).map((a) => a.action)).toEqual(['create', 'start', 'conclude', 'close']);
  });

  it('a closed inspection refuses edits until reopened with a reason, which is audited', async () => {
    const { id } = await planAndInspection(c, { year: 2025 });
    await c.api('lead', 'POST', `/api/inspections/${id}/conclude`, { conclusion: 'Thực hiện tốt.', concludedOn: day(0) });
    expect((await c.api('lead', 'POST', `/api/inspections/${id}/close`)).statusCode).toBe(200);

    const before = await footprint(c.db);
    for (const [method, path, body] of [
      ['PATCH', `/api/inspections/${id}`, { title: 'Đổi tên' }],
      ['POST', `/api/inspections/${id}/findings`, { orgId: c.fx.orgs.communeA.id, item: 'target_results', assessment: 'good', body: 'Đạt' }],
      ['POST', `/api/inspections/${id}/recommendations`, { orgId: c.fx.orgs.communeA.id, body: 'Thêm', deadline: day(10) }],
      ['POST', `/api/inspections/${id}/close`, undefined],
    ] as const) {
      const res = await c.api('lead', method, path, body);
      expect(res.statusCode, `${method} ${path}`).toBe(409);
      expect(res.json().error.code).toBe('inspection_closed');
    }
    // Reopening needs a reason, and is the team's (or the issuing unit's leadership's), not another inspector's.
    expect((await c.api('lead', 'POST', `/api/inspections/${id}/reopen`, {})).json().error.fields).toHaveProperty('reason');
    expect((await c.api('outsider', 'POST', `/api/inspections/${id}/reopen`, { reason: 'Xem lại' })).statusCode).toBe(403);
    expect(await footprint(c.db)).toEqual(before);

    const res = await c.api('lead', 'POST', `/api/inspections/${id}/reopen`, { reason: 'Bổ sung kiến nghị theo ý kiến Ban Thường vụ' });
    expect(res.json()).toMatchObject({ status: 'concluded', can: { edit: true }, reopenings: [{ reason: 'Bổ sung kiến nghị theo ý kiến Ban Thường vụ', by: 'Cán bộ kiemtra.truongdoan' }] });
    const log = (await auditOf('inspection', id)).at(-1)!;
    expect(log).toMatchObject({ action: 'reopen', before: { status: 'closed' }, after: { status: 'concluded', reason: 'Bổ sung kiến nghị theo ý kiến Ban Thường vụ' }, account_id: c.accounts.lead });
    expect((await c.api('lead', 'PATCH', `/api/inspections/${id}`, { title: 'Kiểm tra (bổ sung)' })).json().title).toBe('Kiểm tra (bổ sung)');
  });

  it('a published finding is corrected by a new revision; the history is kept and readable', async () => {
    const { id } = await planAndInspection(c, { year: 2024 });
    const A = c.fx.orgs.communeA.id;
    const f = (await c.api('lead', 'POST', `/api/inspections/${id}/findings`, { orgId: A, item: 'target_results', assessment: 'good', body: 'Đạt 9/10 chỉ tiêu.' })).json();
    // A draft is edited in place by any team member, with its evidence.
    expect((await c.api('mate', 'PATCH', `/api/findings/${f.id}`, { body: 'Đạt 8/10 chỉ tiêu.' })).json().draft.body).toBe('Đạt 8/10 chỉ tiêu.');
    const file = (await c.upload('mate', `/api/findings/${f.id}/files`, 'bang-so-lieu.pdf')).json();
    await c.api('lead', 'POST', `/api/findings/${f.id}/publish`);
    // Published: not edited in place, no file added.
    let res = await c.api('lead', 'PATCH', `/api/findings/${f.id}`, { body: 'Sửa thẳng' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('finding_published');
    expect((await c.upload('lead', `/api/findings/${f.id}/files`)).statusCode).toBe(409);
    expect((await c.api('lead', 'DELETE', `/api/inspection-files/${file.id}`)).statusCode).toBe(409);
    // A correction needs its reason.
    expect((await c.api('lead', 'POST', `/api/findings/${f.id}/revisions`, { assessment: 'fair', body: 'Đạt 7/10.' })).json().error.fields).toHaveProperty('reason');
    res = await c.api('lead', 'POST', `/api/findings/${f.id}/revisions`, { assessment: 'fair', body: 'Đạt 7/10 chỉ tiêu.', reason: 'Số liệu quý II được điều chỉnh' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ published: { revision: 1, body: 'Đạt 8/10 chỉ tiêu.' }, draft: { revision: 2, reason: 'Số liệu quý II được điều chỉnh' } });
    expect(res.json().draft.files.map((x: { filename: string }) => x.filename)).toEqual(['bang-so-lieu.pdf']);
    expect((await c.api('lead', 'POST', `/api/findings/${f.id}/revisions`, { assessment: 'fair', body: 'Lần nữa', reason: 'x' })).statusCode).toBe(409);
    // The draft's copy of a file goes without taking the published revision's file with it.
    const copy = res.json().draft.files[0];
    expect((await c.api('lead', 'DELETE', `/api/inspection-files/${copy.id}`)).statusCode).toBe(204);
    expect((await c.api('lead', 'GET', `/api/inspection-files/${file.id}`)).statusCode).toBe(200);
    await c.api('lead', 'POST', `/api/findings/${f.id}/publish`);

    // The unit inspected reads the history of what was published, newest first.
    res = await c.api('clerkA', 'GET', `/api/findings/${f.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().published).toMatchObject({ revision: 2, assessment: 'fair', body: 'Đạt 7/10 chỉ tiêu.' });
    expect(res.json().revisions.map((r: { revision: number; body: string }) => [r.revision, r.body])).toEqual([[2, 'Đạt 7/10 chỉ tiêu.'], [1, 'Đạt 8/10 chỉ tiêu.']]);
    const stored = await rows<{ revision: number; body: string }>(c.db, sql`SELECT revision, body FROM finding_revisions WHERE finding_id = ${f.id} ORDER BY revision`);
    expect(stored).toEqual([{ revision: 1, body: 'Đạt 8/10 chỉ tiêu.' }, { revision: 2, body: 'Đạt 7/10 chỉ tiêu.' }]);
    // Drafts are the team's: the unit does not see one being written.
    await c.api('lead', 'POST', `/api/findings/${f.id}/revisions`, { assessment: 'poor', body: 'Nháp', reason: 'Thử' });
    res = await c.api('clerkA', 'GET', `/api/findings/${f.id}`);
    expect(res.json()).toMatchObject({ draft: null, revisionCount: 2 });
    expect((await c.api('lead', 'GET', `/api/findings/${f.id}`)).json()).toMatchObject({ draft: { revision: 3 }, revisionCount: 3 });
  });
});
