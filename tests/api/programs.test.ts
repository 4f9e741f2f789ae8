// Action programs: CRUD with field-level messages, progress computed per kind, tasks with derived overdue,
// evidence stored like attachments, and cross-unit scoping (Dân Lực's clerk sees nothing of Hợp Thành's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';
import { document } from './campaigns-fixture.js';
import { api, countOf, day, footprint, multipart, type Ctx, type Who } from './programs-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let docDistrict: number;
let docCtr: number;
let docB: number;
let districtProgram: number;
let programA: number;
let programB: number;

const program = (orgId: number, title: string, documentIds: number[]) => ({
  orgId, title, adoptedOn: '2021-03-15', documentIds, periodFrom: '2020-10-01', periodTo: '2025-12-31',
});

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { db } = ctx.database;
  const { orgs } = ctx.fx;
  docDistrict = await document(db, orgs.district.id, '01-NQ/HU', 'Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025');
  docCtr = await document(db, orgs.district.id, '31-CTr/HU', 'Chương trình hành động thực hiện Nghị quyết Đại hội');
  docB = await document(db, orgs.communeB.id, '02-NQ/ĐU', 'Nghị quyết Đảng bộ xã Hợp Thành');
});
afterAll(async () => { await ctx?.close(); });

describe('programs: adoption and validation', () => {
  it('the district leadership adopts a program for registry documents, audited', async () => {
    const res = await call('leaderDistrict', 'POST', '/api/programs', {
      ...program(ctx.fx.orgs.district.id, 'Chương trình hành động thực hiện Nghị quyết Đại hội', [docDistrict]), adoptingDocumentId: docCtr,
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    districtProgram = p.id;
    expect(p).toMatchObject({ orgName: 'Huyện ủy Triệu Sơn', status: 'active', adoptingDocument: { symbol: '31-CTr/HU' },
      periodFrom: '2020-10-01', periodTo: '2025-12-31', targetCount: 0, taskCount: 0, parentProgram: null, targets: [] });
    expect(p.documents.map((d: { symbol: string }) => d.symbol)).toEqual(['01-NQ/HU']);
    expect(await countOf(ctx.database.db, sql`SELECT 1 FROM audit_log WHERE entity = 'program' AND action = 'create' AND entity_id = ${String(p.id)}`)).toBe(1);
  });

  it('refuses bad input with the field named, in Vietnamese, and writes nothing', async () => {
    const before = await footprint(ctx.database.db);
    const cases: [object, string, string][] = [
      [{ ...program(ctx.fx.orgs.communeA.id, 'X', [docDistrict]), periodTo: '2019-12-31' }, 'periodTo', 'Thời gian kết thúc phải từ thời gian bắt đầu trở đi'],
      [{ ...program(ctx.fx.orgs.communeA.id, '', [docDistrict]) }, 'title', 'Bắt buộc nhập'],
      [{ ...program(ctx.fx.orgs.communeA.id, 'X', [docDistrict]), adoptedOn: '2021-02-30' }, 'adoptedOn', 'Ngày không có thật trên lịch'],
      [{ ...program(ctx.fx.orgs.communeA.id, 'X', []) }, 'documentIds', 'Bắt buộc nhập'],
      [{ ...program(ctx.fx.orgs.communeA.id, 'X', [docB]) }, 'documentIds', `Không tìm thấy văn bản: ${docB}`],
    ];
    for (const [body, field, message] of cases) {
      const res = await call('clerkA', 'POST', '/api/programs', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields[field]).toBe(message);
    }
    const en = await call('clerkA', 'POST', '/api/programs', { ...program(ctx.fx.orgs.communeA.id, 'X', [docDistrict]), periodTo: '2019-01-01' }, 'en');
    expect(en.json().error.fields.periodTo).toBe('The period must end on or after its start');
    expect(await footprint(ctx.database.db)).toEqual(before);
  });

  it('a unit adopts programs only for itself: not for its superior (403) nor another commune (404)', async () => {
    const before = await footprint(ctx.database.db);
    const up = await call('clerkA', 'POST', '/api/programs', program(ctx.fx.orgs.district.id, 'X', [docDistrict]));
    expect(up.statusCode).toBe(403);
    expect(up.json().error.message).toBe('Chỉ văn phòng, lãnh đạo của chính đơn vị mới sửa chương trình, báo cáo số liệu của đơn vị đó');
    expect((await call('clerkA', 'POST', '/api/programs', program(ctx.fx.orgs.communeB.id, 'X', [docDistrict]))).statusCode).toBe(404);
    // The district sees the commune but does not write its program for it.
    expect((await call('leaderDistrict', 'POST', '/api/programs', program(ctx.fx.orgs.communeA.id, 'X', [docDistrict]))).statusCode).toBe(403);
    // A party member has no program role at all.
    expect((await call('memberA', 'POST', '/api/programs', program(ctx.fx.orgs.cellA1.id, 'X', [docDistrict]))).statusCode).toBe(403);
    expect(await footprint(ctx.database.db)).toEqual(before);

    const a = await call('clerkA', 'POST', '/api/programs', program(ctx.fx.orgs.communeA.id, 'Chương trình của xã Dân Lực', [docDistrict]));
    expect(a.statusCode).toBe(201);
    programA = a.json().id;
    const b = await call('clerkB', 'POST', '/api/programs', program(ctx.fx.orgs.communeB.id, 'Chương trình của xã Hợp Thành', [docB]));
    expect(b.statusCode).toBe(201);
    programB = b.json().id;
  });

  it('edits and closes a program; a closed program refuses changes until reopened', async () => {
    const res = await call('clerkA', 'PATCH', `/api/programs/${programA}`, { title: 'Chương trình hành động xã Dân Lực', status: 'closed' });
    expect(res.json()).toMatchObject({ title: 'Chương trình hành động xã Dân Lực', status: 'closed' });
    const refused = await call('clerkA', 'POST', `/api/programs/${programA}/targets`, { indicator: 'X', kind: 'number', targetValue: 1, deadline: '2025-12-31' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('program_closed');
    expect((await call('clerkA', 'PATCH', `/api/programs/${programA}`, { status: 'active' })).json().status).toBe('active');
  });
});

describe('programs: targets, progress per kind', () => {
  const ids: Record<string, number> = {};
  const target = (body: object) => call('clerkA', 'POST', `/api/programs/${programA}/targets`, body);
  const report = (who: Who, id: number, value: unknown, asOf = '2024-06-30') => call(who, 'POST', `/api/targets/${id}/values`, { value, asOf });

  it('creates targets of each kind, with milestones', async () => {
    const specs = {
      income: { indicator: 'Thu nhập bình quân đầu người', unit: 'triệu đồng', kind: 'number', baselineValue: 40, baselineOn: '2020-12-31', targetValue: 60, deadline: '2025-12-31',
        milestones: [{ year: 2023, value: 50 }, { year: 2024, value: 55 }] },
      poverty: { indicator: 'Tỷ lệ hộ nghèo', unit: '%', kind: 'percentage', baselineValue: 10, baselineOn: '2020-12-31', targetValue: 4, deadline: '2025-12-31' },
      standard: { indicator: 'Đạt chuẩn nông thôn mới nâng cao', kind: 'boolean', targetValue: true, deadline: '2024-12-31' },
      villages: { indicator: 'Số thôn đạt chuẩn nông thôn mới kiểu mẫu', unit: 'thôn', kind: 'units_meeting', criterion: 'Thôn đạt chuẩn kiểu mẫu', baselineValue: 2, targetValue: 10, deadline: '2025-12-31' },
    };
    for (const [name, body] of Object.entries(specs)) {
      const res = await target(body);
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
      expect(res.json()).toMatchObject({ current: null, progress: null, achieved: false, rollup: null });
    }
    const detail = (await call('clerkA', 'GET', `/api/programs/${programA}`)).json();
    expect(detail.targets.map((t: { kind: string }) => t.kind)).toEqual(['number', 'percentage', 'boolean', 'units_meeting']);
    expect(detail.targets[0].milestones).toEqual([{ year: 2023, value: 50 }, { year: 2024, value: 55 }]);
    expect(detail.targets[2].targetValue).toBe(true);
  });

  it('refuses values of the wrong kind in a target, naming the field', async () => {
    const before = await footprint(ctx.database.db);
    const cases: [object, string, string][] = [
      [{ indicator: 'X', kind: 'percentage', targetValue: 150, deadline: '2025-12-31' }, 'targetValue', 'Tỷ lệ phần trăm phải là số từ 0 đến 100'],
      [{ indicator: 'X', kind: 'boolean', targetValue: 1, deadline: '2025-12-31' }, 'targetValue', 'Chỉ tiêu có/không: cần true (đạt) hoặc false (chưa đạt)'],
      [{ indicator: 'X', kind: 'number', targetValue: 'nhiều', deadline: '2025-12-31' }, 'targetValue', 'Cần một số, hoặc true/false với chỉ tiêu có/không'],
      [{ indicator: 'X', kind: 'number', targetValue: true, deadline: '2025-12-31' }, 'targetValue', 'Chỉ tiêu dạng số: cần một số, không phải đúng/sai'],
      [{ indicator: 'X', kind: 'units_meeting', targetValue: 2.5, deadline: '2025-12-31' }, 'targetValue', 'Số đơn vị đạt phải là số nguyên không âm'],
      [{ indicator: 'X', kind: 'units_meeting', aggregation: 'sum', targetValue: 3, deadline: '2025-12-31' }, 'aggregation', 'Cách tổng hợp không hợp với loại chỉ tiêu: số đơn vị đạt chỉ tổng hợp bằng đếm đơn vị đạt; tỷ lệ chỉ tính bình quân; có/không không tổng hợp được'],
      [{ indicator: 'X', kind: 'ratio', targetValue: 3, deadline: '2025-12-31' }, 'kind', 'Loại chỉ tiêu chỉ nhận: number (số), percentage (tỷ lệ %), boolean (có/không), units_meeting (số đơn vị đạt)'],
      [{ indicator: 'X', kind: 'number', targetValue: 3, deadline: '2025-12-31', milestones: [{ year: 2023, value: 1 }, { year: 2023, value: 2 }] }, 'milestones.1.year', 'Mốc của năm 2023 bị lặp'],
      [{ indicator: 'X', kind: 'percentage', targetValue: 50, deadline: '2025-12-31', milestones: [{ year: 2023, value: 120 }] }, 'milestones.0.value', 'Tỷ lệ phần trăm phải là số từ 0 đến 100'],
      [{ indicator: 'X', kind: 'boolean', targetValue: true, deadline: '2025-12-31', milestones: [{ year: 2023, value: 1 }] }, 'milestones', 'Chỉ tiêu có/không không đặt mốc theo năm'],
      [{ indicator: 'X', kind: 'number', targetValue: 3, deadline: '31/12/2025' }, 'deadline', 'Ngày không hợp lệ (định dạng YYYY-MM-DD)'],
    ];
    for (const [body, field, message] of cases) {
      const res = await target(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields[field], JSON.stringify(res.json())).toBe(message);
    }
    expect(await footprint(ctx.database.db)).toEqual(before);
  });

  it('computes progress from baseline, target and the latest value, per kind', async () => {
    expect((await report('clerkA', ids.income, 45, '2023-12-31')).statusCode).toBe(201);
    const income = (await report('clerkA', ids.income, 50, '2024-06-30')).json();
    expect(income).toMatchObject({ current: 50, currentAsOf: '2024-06-30', progress: 50, achieved: false });
    expect(income.values.map((v: { value: number }) => v.value)).toEqual([45, 50]);
    // An older value filed later does not become the latest.
    expect((await report('clerkA', ids.income, 41, '2022-12-31')).json()).toMatchObject({ current: 50, progress: 50 });
    // A falling rate: from 10 % to 4 %, now 7 %: half way.
    expect((await report('clerkA', ids.poverty, 7)).json()).toMatchObject({ current: 7, progress: 50, achieved: false });
    expect((await report('clerkA', ids.poverty, 3.5, '2024-09-30')).json()).toMatchObject({ progress: 100, achieved: true });
    expect((await report('clerkA', ids.standard, false)).json()).toMatchObject({ current: false, progress: 0, achieved: false });
    expect((await report('clerkA', ids.standard, true, '2024-12-01')).json()).toMatchObject({ current: true, progress: 100, achieved: true });
    expect((await report('clerkA', ids.villages, 6)).json()).toMatchObject({ current: 6, progress: 50 });
  });

  it('refuses a reported value of the wrong kind, or dated in the future, and writes nothing', async () => {
    const before = await footprint(ctx.database.db);
    const cases: [number, unknown, string, string, string?][] = [
      [ids.standard, 1, 'value', 'Chỉ tiêu có/không: cần true (đạt) hoặc false (chưa đạt)'],
      [ids.poverty, 101, 'value', 'Tỷ lệ phần trăm phải là số từ 0 đến 100'],
      [ids.income, 'năm mươi', 'value', 'Cần một số, hoặc true/false với chỉ tiêu có/không'],
      [ids.villages, -1, 'value', 'Số đơn vị đạt phải là số nguyên không âm'],
      [ids.income, 52, 'asOf', 'Ngày số liệu không được sau hôm nay', day(2)],
    ];
    for (const [id, value, field, message, asOf] of cases) {
      const res = await report('clerkA', id, value, asOf);
      expect(res.statusCode, String(value)).toBe(400);
      expect(res.json().error.fields[field]).toBe(message);
    }
    expect(await footprint(ctx.database.db)).toEqual(before);
  });

  it('a unit reports only its own values: the district and another commune cannot', async () => {
    const before = await footprint(ctx.database.db);
    const district = await report('leaderDistrict', ids.income, 55);
    expect(district.statusCode).toBe(403);
    expect((await report('clerkB', ids.income, 55)).statusCode).toBe(404);
    expect((await report('inspectorA', ids.income, 55)).statusCode).toBe(403);
    expect(await footprint(ctx.database.db)).toEqual(before);
    // The district reads it (its subtree), the inspection of the commune too.
    expect((await call('leaderDistrict', 'GET', `/api/targets/${ids.income}`)).statusCode).toBe(200);
    expect((await call('inspectorA', 'GET', `/api/targets/${ids.income}`)).statusCode).toBe(200);
  });

  it('edits a target; its kind is locked once values exist; deletes one without values', async () => {
    const res = await call('clerkA', 'PATCH', `/api/targets/${ids.income}`, { targetValue: 70 });
    expect(res.json()).toMatchObject({ targetValue: 70, progress: 33.3, baselineValue: 40 });
    const locked = await call('clerkA', 'PATCH', `/api/targets/${ids.income}`, { kind: 'percentage' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.fields.kind).toBe('Chỉ tiêu đã có số liệu báo cáo: không đổi loại chỉ tiêu được (tạo chỉ tiêu mới nếu cần)');
    const bad = await call('clerkA', 'PATCH', `/api/targets/${ids.poverty}`, { targetValue: 200 });
    expect(bad.json().error.fields.targetValue).toBe('Tỷ lệ phần trăm phải là số từ 0 đến 100');
    const extra = (await target({ indicator: 'Tạm', kind: 'number', targetValue: 1, deadline: '2025-12-31' })).json().id;
    expect((await call('clerkA', 'DELETE', `/api/targets/${extra}`)).statusCode).toBe(204);
    expect((await call('clerkA', 'GET', `/api/targets/${extra}`)).statusCode).toBe(404);
  });

  it('Hợp Thành sees nothing of Dân Lực: programs, targets, lists', async () => {
    const before = await footprint(ctx.database.db);
    expect((await call('clerkB', 'GET', `/api/programs/${programA}`)).statusCode).toBe(404);
    expect((await call('clerkB', 'PATCH', `/api/programs/${programA}`, { title: 'X' })).statusCode).toBe(404);
    expect((await call('clerkB', 'GET', `/api/targets/${ids.income}`)).statusCode).toBe(404);
    expect((await call('clerkB', 'PATCH', `/api/targets/${ids.income}`, { targetValue: 1 })).statusCode).toBe(404);
    expect((await call('clerkB', 'DELETE', `/api/targets/${ids.income}`)).statusCode).toBe(404);
    expect((await call('clerkB', 'POST', `/api/programs/${programA}/targets`, { indicator: 'X', kind: 'number', targetValue: 1, deadline: '2025-12-31' })).statusCode).toBe(404);
    expect((await call('clerkB', 'POST', `/api/programs/${programA}/tasks`, { title: 'X', deadline: '2025-12-31' })).statusCode).toBe(404);
    const listB = (await call('clerkB', 'GET', '/api/programs')).json();
    expect(listB.items.map((p: { id: number }) => p.id).sort()).toEqual([districtProgram, programB].sort());
    expect((await call('clerkB', 'GET', `/api/programs?orgId=${ctx.fx.orgs.communeA.id}`)).json().total).toBe(0);
    // The district sees all three; Dân Lực sees its own and the district's.
    expect((await call('leaderDistrict', 'GET', '/api/programs')).json().total).toBe(3);
    expect((await call('clerkA', 'GET', '/api/programs?pageSize=1')).json()).toMatchObject({ total: 2, pageSize: 1 });
    expect((await call('clerkA', 'GET', '/api/programs?q=dan luc')).json().items.map((p: { id: number }) => p.id)).toEqual([programA]);
    expect(await footprint(ctx.database.db)).toEqual(before);
  });
});

describe('programs: tasks, derived overdue, evidence', () => {
  let late: number;
  let onTime: number;

  it('creates tasks; overdue is derived from the deadline, not stored', async () => {
    const a = await call('clerkA', 'POST', `/api/programs/${programA}/tasks`, {
      title: 'Hoàn thiện hồ sơ đề nghị công nhận xã nông thôn mới nâng cao', deadline: day(-3),
      responsiblePersonId: ctx.fx.people.anA1, cooperatingOrgIds: [ctx.fx.orgs.womenA.id],
    });
    expect(a.statusCode, a.body).toBe(201);
    late = a.json().id;
    expect(a.json()).toMatchObject({ status: 'not_started', overdue: true, assignedFromAbove: false, responsiblePerson: { fullName: 'Nguyễn Văn An' },
      cooperatingUnits: [{ id: ctx.fx.orgs.womenA.id, name: 'Hội LHPN xã Dân Lực' }] });
    onTime = (await call('clerkA', 'POST', `/api/programs/${programA}/tasks`, { title: 'Xây dựng thôn kiểu mẫu', deadline: day(30), status: 'in_progress' })).json().id;
    const overdue = (await call('clerkA', 'GET', `/api/tasks?orgId=${ctx.fx.orgs.communeA.id}&status=overdue`)).json();
    expect(overdue.items.map((t: { id: number }) => t.id)).toEqual([late]);
    const all = (await call('clerkA', 'GET', `/api/tasks?programId=${programA}`)).json();
    expect(all.items.map((t: { id: number }) => t.id)).toEqual([late, onTime]);
    expect((await call('clerkA', 'GET', `/api/programs/${programA}`)).json()).toMatchObject({ taskCount: 2, overdueTaskCount: 1 });
    // Done: no longer overdue, though the deadline passed.
    const done = await call('clerkA', 'PATCH', `/api/tasks/${late}`, { status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', overdue: false, doneOn: day(0) });
    expect((await call('clerkA', 'GET', '/api/tasks?status=overdue')).json().total).toBe(0);
  });

  it('refuses bad tasks with the field named, and writes nothing', async () => {
    const before = await footprint(ctx.database.db);
    const cases: [object, string, string][] = [
      [{ title: 'X', deadline: '2025-12-31', status: 'overdue' }, 'status', 'Trạng thái chỉ nhận: not_started (chưa thực hiện), in_progress (đang thực hiện), done (hoàn thành)'],
      [{ title: 'X', deadline: '2025-12-31', responsibleOrgId: ctx.fx.orgs.district.id }, 'responsibleOrgId', 'Đơn vị chủ trì phải là đơn vị có chương trình hoặc đơn vị cấp dưới của nó'],
      [{ title: 'X', deadline: '2025-12-31', responsibleOrgId: ctx.fx.orgs.communeB.id }, 'responsibleOrgId', 'Đơn vị chủ trì phải là đơn vị có chương trình hoặc đơn vị cấp dưới của nó'],
      [{ title: 'X', deadline: '2025-12-31', responsiblePersonId: ctx.fx.people.dungB1 }, 'responsiblePersonId', 'Người phụ trách phải thuộc đơn vị chủ trì hoặc đơn vị cấp dưới của nó'],
      [{ title: 'X', deadline: '2025-12-31', cooperatingOrgIds: [ctx.fx.orgs.cellB1.id] }, 'cooperatingOrgIds', `Đơn vị phối hợp không thuộc phạm vi: ${ctx.fx.orgs.cellB1.id}`],
      [{ title: '  ', deadline: '2025-12-31' }, 'title', 'Bắt buộc nhập'],
    ];
    for (const [body, field, message] of cases) {
      const res = await call('clerkA', 'POST', `/api/programs/${programA}/tasks`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields[field]).toBe(message);
    }
    expect(await footprint(ctx.database.db)).toEqual(before);
  });

  it('progress notes and evidence stored like attachments (same kinds), scoped', async () => {
    const note = await call('clerkA', 'POST', `/api/tasks/${onTime}/notes`, { body: 'Đã khảo sát 3 thôn, lập kế hoạch', status: 'in_progress' });
    expect(note.statusCode).toBe(201);
    expect(note.json().notes[0]).toMatchObject({ orgName: 'Đảng ủy xã Dân Lực', body: 'Đã khảo sát 3 thôn, lập kế hoạch', author: 'clerk.a' });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF');
    const up = (who: Who, name: string, content: Buffer) => {
      const m = multipart(name, content);
      return ctx.app.inject({ method: 'POST', url: `/api/tasks/${onTime}/evidence`, payload: m.payload, headers: { ...m.headers, cookie: ctx.cookies[who] } });
    };
    const ok = await up('clerkA', 'Biên bản khảo sát.pdf', pdf);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ filename: 'Biên bản khảo sát.pdf', mime: 'application/pdf', size: pdf.length });
    const before = await footprint(ctx.database.db);
    const exe = await up('clerkA', 'virus.exe', Buffer.from('MZ'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.fields.file).toBeTruthy();
    const fake = await up('clerkA', 'gia.pdf', Buffer.from('not a pdf at all'));
    expect(fake.statusCode).toBe(400);
    expect((await up('clerkB', 'x.pdf', pdf)).statusCode).toBe(404);
    expect((await up('leaderDistrict', 'x.pdf', pdf)).statusCode).toBe(403);
    expect(await footprint(ctx.database.db)).toEqual(before);
    const file = await call('clerkA', 'GET', `/api/evidence/${ok.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect((await call('clerkB', 'GET', `/api/evidence/${ok.json().id}`)).statusCode).toBe(404);
    expect((await call('leaderDistrict', 'GET', `/api/evidence/${ok.json().id}`)).statusCode).toBe(200);
    const detail = (await call('clerkA', 'GET', `/api/tasks/${onTime}`)).json();
    expect(detail).toMatchObject({ noteCount: 1, evidenceCount: 1 });
    expect((await call('clerkB', 'DELETE', `/api/evidence/${ok.json().id}`)).statusCode).toBe(404);
    expect((await call('clerkA', 'DELETE', `/api/evidence/${ok.json().id}`)).statusCode).toBe(204);
  });

  it('Hợp Thành sees nothing of Dân Lực\'s tasks', async () => {
    const before = await footprint(ctx.database.db);
    expect((await call('clerkB', 'GET', `/api/tasks/${onTime}`)).statusCode).toBe(404);
    expect((await call('clerkB', 'PATCH', `/api/tasks/${onTime}`, { status: 'done' })).statusCode).toBe(404);
    expect((await call('clerkB', 'POST', `/api/tasks/${onTime}/notes`, { body: 'X' })).statusCode).toBe(404);
    expect((await call('clerkB', 'DELETE', `/api/tasks/${onTime}`)).statusCode).toBe(404);
    expect((await call('clerkB', 'GET', `/api/tasks?orgId=${ctx.fx.orgs.communeA.id}`)).json().total).toBe(0);
    expect((await call('clerkB', 'GET', '/api/tasks')).json().total).toBe(0);
    expect(await footprint(ctx.database.db)).toEqual(before);
    expect((await call('clerkA', 'DELETE', `/api/tasks/${late}`)).statusCode).toBe(204);
  });
});
