// Progress reports of action programs: periods from the top program's frequency, filing (draft, submit, correction)
// with field-level kind checks, one unit never filing for another, the parent's board (late first), reminders,
// off-track targets, and refused writes leaving nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';
import { document } from './campaigns-fixture.js';
import { api, countOf, day, footprint, multipart, type Ctx } from './programs-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let district: number;
let programA: number;
let programB: number;
const t: Record<string, number> = {};
let taskA: number;
type Period = { id: number; label: string; startsOn: string; endsOn: string; dueOn: string; status: string; current: boolean };
const periodsOf = async (programId: number, who: 'leaderDistrict' | 'clerkA' | 'clerkB' = 'leaderDistrict') =>
  (await call(who, 'GET', `/api/programs/${programId}/reporting`)).json().periods as Period[];
const q1 = (ps: Period[]) => ps.find((p) => p.label === 'Quý I/2025')!;

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { orgs } = ctx.fx;
  const doc = await document(ctx.database.db, orgs.district.id, '01-NQ/HU', 'Nghị quyết Đại hội Đảng bộ huyện');
  // A span from 2025 to a few months ahead: past quarters (due) and the current one.
  const p = (await call('leaderDistrict', 'POST', '/api/programs', {
    orgId: orgs.district.id, title: 'Chương trình hành động', adoptedOn: '2025-01-05', documentIds: [doc], periodFrom: '2025-01-01', periodTo: day(120),
  })).json();
  district = p.id;
  const target = async (body: object) => (await call('leaderDistrict', 'POST', `/api/programs/${district}/targets`, { deadline: day(365), ...body })).json().id;
  t.members = await target({ indicator: 'Kết nạp đảng viên mới', unit: 'đảng viên', kind: 'number', aggregation: 'sum', baselineValue: 0, targetValue: 100 });
  t.rate = await target({ indicator: 'Tỷ lệ hộ nghèo', unit: '%', kind: 'percentage', baselineValue: 10, baselineOn: '2024-12-31', targetValue: 2 });
  t.ntm = await target({ indicator: 'Xã đạt chuẩn nông thôn mới nâng cao', kind: 'boolean', baselineValue: false, targetValue: true });
  programA = (await call('clerkA', 'POST', `/api/programs/${district}/cascade`, { orgId: orgs.communeA.id, adoptedOn: '2025-02-01' })).json().id;
  taskA = (await call('leaderDistrict', 'POST', `/api/programs/${district}/tasks`, { title: 'Rà soát hộ nghèo', responsibleOrgId: orgs.communeA.id, deadline: day(30) })).json().id;
});
afterAll(async () => { await ctx?.close(); });

describe('reporting periods', () => {
  it('the top program sets quarterly reporting; the programs built from it follow, now and later; audited', async () => {
    const res = await call('leaderDistrict', 'PUT', `/api/programs/${district}/reporting`, { frequency: 'quarterly', dueDays: 10 });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ frequency: 'quarterly', dueDays: 10, inherited: false });
    expect(r.periods[0]).toMatchObject({ label: 'Quý I/2025', startsOn: '2025-01-01', endsOn: '2025-03-31', dueOn: '2025-04-10', status: 'late', reportId: null });
    expect(r.periods.some((x: Period) => x.current && x.status === 'not_due')).toBe(true);
    // Commune A (cascaded before) follows; commune B, cascaded after, takes the frequency at once.
    expect((await periodsOf(programA, 'clerkA')).map((x) => x.endsOn)).toEqual(r.periods.map((x: Period) => x.endsOn));
    programB = (await call('clerkB', 'POST', `/api/programs/${district}/cascade`, { orgId: ctx.fx.orgs.communeB.id, adoptedOn: '2025-02-01' })).json().id;
    const b = (await call('clerkB', 'GET', `/api/programs/${programB}/reporting`)).json();
    expect(b).toMatchObject({ frequency: 'quarterly', dueDays: 10, inherited: true });
    expect(b.periods.length).toBe(r.periods.length);
    expect(await countOf(ctx.database.db, sql`SELECT 1 FROM audit_log WHERE entity = 'program_reporting' AND entity_id = ${String(district)}`)).toBe(1);
  });

  it('refuses a bad frequency with the field named, a cascaded program\'s own frequency, another unit\'s; writes nothing', async () => {
    const before = await footprint(ctx.database.db);
    const bad = await call('leaderDistrict', 'PUT', `/api/programs/${district}/reporting`, { frequency: 'weekly', dueDays: 200 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['dueDays', 'frequency']);
    expect(bad.json().error.fields.frequency).toContain('quarterly (hằng quý)');
    const inherited = await call('clerkA', 'PUT', `/api/programs/${programA}/reporting`, { frequency: 'monthly' });
    expect(inherited.statusCode).toBe(409);
    expect(inherited.json().error.fields.frequency).toContain('chương trình gốc');
    expect((await call('clerkA', 'PUT', `/api/programs/${district}/reporting`, { frequency: 'monthly' })).statusCode).toBe(403);
    expect(await footprint(ctx.database.db)).toEqual(before);
  });
});

describe('filing a report', () => {
  it('the commune\'s form: its own targets with last value and target, the task given to it', async () => {
    const f = (await call('clerkA', 'GET', `/api/report-periods/${q1(await periodsOf(programA, 'clerkA')).id}/report`)).json();
    expect(f).toMatchObject({ id: null, status: null, canEdit: true, org: { name: 'Đảng ủy xã Dân Lực' }, period: { label: 'Quý I/2025', status: 'late' } });
    expect(f.targets.map((x: { indicator: string; kind: string }) => [x.indicator, x.kind])).toEqual([
      ['Kết nạp đảng viên mới', 'number'], ['Tỷ lệ hộ nghèo', 'percentage'], ['Xã đạt chuẩn nông thôn mới nâng cao', 'boolean']]);
    expect(f.targets[1]).toMatchObject({ targetValue: 2, baselineValue: 10, lastValue: null });
    expect(f.tasks).toEqual([expect.objectContaining({ id: taskA, title: 'Rà soát hộ nghèo', assignedFromAbove: true, status: 'not_started' })]);
    const own = (await call('clerkA', 'GET', `/api/programs/${programA}`)).json().targets;
    Object.assign(t, Object.fromEntries(own.map((x: { indicator: string; id: number }) => [`A:${x.indicator}`, x.id])));
  });

  it('refuses values of the wrong kind naming each field, a roll-up target, a task not its own; writes nothing', async () => {
    const period = q1(await periodsOf(programA, 'clerkA')).id;
    const before = await footprint(ctx.database.db);
    const res = await call('clerkA', 'PUT', `/api/report-periods/${period}/report`, {
      narrative: 'x',
      values: [
        { targetId: t['A:Kết nạp đảng viên mới'], value: true },
        { targetId: t['A:Tỷ lệ hộ nghèo'], value: 150 },
        { targetId: t['A:Xã đạt chuẩn nông thôn mới nâng cao'], value: 1 },
        { targetId: t.members, value: 3 },
        { targetId: t['A:Tỷ lệ hộ nghèo'], value: 5, asOf: '2025-05-01' },
      ],
      tasks: [{ taskId: taskA + 999, status: 'done' }],
      submit: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      'values.0.value': 'Chỉ tiêu dạng số: cần một số, không phải đúng/sai',
      'values.1.value': 'Tỷ lệ phần trăm phải là số từ 0 đến 100',
      'values.2.value': 'Chỉ tiêu có/không: cần true (đạt) hoặc false (chưa đạt)',
      'values.3.targetId': 'Chỉ tiêu này không do đơn vị tự báo cáo trong chương trình (chỉ tiêu tổng hợp hoặc của đơn vị khác)',
      'values.4.targetId': 'Chỉ tiêu bị nhập hai lần trong báo cáo',
      'values.4.asOf': 'Ngày số liệu phải trong kỳ báo cáo (2025-01-01 – 2025-03-31)',
      'tasks.0.taskId': 'Nhiệm vụ này không do đơn vị chủ trì',
    });
    const en = await call('clerkA', 'PUT', `/api/report-periods/${period}/report`, { values: [{ targetId: t['A:Tỷ lệ hộ nghèo'], value: -1 }] }, 'en');
    expect(en.json().error.fields['values.0.value']).toBe('A percentage must be a number from 0 to 100');
    expect(await footprint(ctx.database.db)).toEqual(before);
  });

  it('a unit files only its own: not a sibling commune (404), nor the district for a commune (403); nothing written', async () => {
    const period = q1(await periodsOf(programA, 'clerkA')).id;
    const before = await footprint(ctx.database.db);
    const body = { narrative: 'x', values: [], submit: true };
    expect((await call('clerkB', 'PUT', `/api/report-periods/${period}/report`, body)).statusCode).toBe(404);
    expect((await call('clerkB', 'GET', `/api/report-periods/${period}/report`)).statusCode).toBe(404);
    const up = await call('leaderDistrict', 'PUT', `/api/report-periods/${period}/report`, body);
    expect(up.statusCode).toBe(403);
    expect(up.json().error.message).toBe('Chỉ văn phòng, lãnh đạo của chính đơn vị mới lập và nộp báo cáo của đơn vị đó');
    expect((await call('memberA', 'PUT', `/api/report-periods/${period}/report`, body)).statusCode).toBe(403);
    const file = multipart('bien-ban.pdf', Buffer.from('%PDF-1.4 minh chung'));
    expect((await ctx.app.inject({ method: 'POST', url: `/api/report-periods/${period}/evidence`, ...file, headers: { ...file.headers, cookie: ctx.cookies.clerkB } })).statusCode).toBe(404);
    // The district reads the commune's report but may not edit it.
    expect((await call('leaderDistrict', 'GET', `/api/report-periods/${period}/report`)).json().canEdit).toBe(false);
    expect(await footprint(ctx.database.db)).toEqual(before);
  });

  it('saves a draft (nothing reaches the targets), then submits: values with the period, task progress, audit', async () => {
    const period = q1(await periodsOf(programA, 'clerkA')).id;
    const values = [{ targetId: t['A:Kết nạp đảng viên mới'], value: 4 }, { targetId: t['A:Tỷ lệ hộ nghèo'], value: 9 },
      { targetId: t['A:Xã đạt chuẩn nông thôn mới nâng cao'], value: false }];
    const draft = await call('clerkA', 'PUT', `/api/report-periods/${period}/report`, { narrative: 'Dự thảo', values });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({ status: 'draft', submittedAt: null, revision: 0, narrative: 'Dự thảo' });
    expect(draft.json().targets[1]).toMatchObject({ value: 9, lastValue: null });
    expect(await countOf(ctx.database.db, sql`SELECT 1 FROM target_values WHERE period_id = ${period}`)).toBe(0);
    const file = multipart('bien-ban.pdf', Buffer.from('%PDF-1.4 minh chung'));
    const up = await ctx.app.inject({ method: 'POST', url: `/api/report-periods/${period}/evidence`, ...file, headers: { ...file.headers, cookie: ctx.cookies.clerkA } });
    expect(up.statusCode).toBe(201);
    expect((await call('clerkB', 'GET', `/api/report-evidence/${up.json().id}`)).statusCode).toBe(404);
    expect((await call('leaderDistrict', 'GET', `/api/report-evidence/${up.json().id}`)).statusCode).toBe(200);

    const sub = await call('clerkA', 'PUT', `/api/report-periods/${period}/report`, {
      narrative: 'Quý I: kết nạp 4 đảng viên, tỷ lệ hộ nghèo còn 9%.', values, tasks: [{ taskId: taskA, status: 'in_progress', note: 'Đã rà soát 3/12 thôn' }], submit: true,
    });
    expect(sub.statusCode).toBe(200);
    const r = sub.json();
    // Filed now, long after 10/4/2025: late filed.
    expect(r).toMatchObject({ status: 'submitted', revision: 1, period: { status: 'late_filed' }, submittedBy: 'clerk.a' });
    expect(r.evidence.map((e: { filename: string }) => e.filename)).toEqual(['bien-ban.pdf']);
    expect(r.targets.map((x: { lastValue: unknown; lastAsOf: string }) => [x.lastValue, x.lastAsOf])).toEqual([[4, '2025-03-31'], [9, '2025-03-31'], [false, '2025-03-31']]);
    expect(await countOf(ctx.database.db, sql`SELECT 1 FROM target_values WHERE period_id = ${period}`)).toBe(3);
    const task = (await call('clerkA', 'GET', `/api/tasks/${taskA}`)).json();
    expect(task.status).toBe('in_progress');
    expect(task.notes[0]).toMatchObject({ body: 'Đã rà soát 3/12 thôn', status: 'in_progress' });
    expect(await countOf(ctx.database.db, sql`SELECT 1 FROM task_notes WHERE period_id = ${period}`)).toBe(1);
    // The district's roll-up counts the commune's figure.
    const members = (await call('leaderDistrict', 'GET', `/api/targets/${t.members}`)).json();
    expect(members.current).toBe(4);
    expect(await countOf(ctx.database.db, sql`SELECT 1 FROM audit_log WHERE entity = 'program_report' AND action IN ('create', 'submit')`)).toBe(2);
  });

  it('a submitted report is corrected by submitting again: the period\'s values replaced, lateness kept, history in the audit', async () => {
    const period = q1(await periodsOf(programA, 'clerkA')).id;
    const first = (await call('clerkA', 'GET', `/api/report-periods/${period}/report`)).json();
    const draft = await call('clerkA', 'PUT', `/api/report-periods/${period}/report`, { narrative: 'x', values: [] });
    expect(draft.statusCode).toBe(409);
    const again = (await call('clerkA', 'PUT', `/api/report-periods/${period}/report`, {
      narrative: 'Đính chính: kết nạp 5 đảng viên.', submit: true,
      values: [{ targetId: t['A:Kết nạp đảng viên mới'], value: 5 }, { targetId: t['A:Tỷ lệ hộ nghèo'], value: 9.8 }],
    })).json();
    expect(again).toMatchObject({ revision: 2, submittedAt: first.submittedAt, period: { status: 'late_filed' } });
    // The correction is the period's figures: the yes/no value it left out is gone with the first submission.
    expect(await countOf(ctx.database.db, sql`SELECT 1 FROM target_values WHERE period_id = ${period}`)).toBe(2);
    expect((await call('leaderDistrict', 'GET', `/api/targets/${t.members}`)).json().current).toBe(5);
    const log = await countOf(ctx.database.db, sql`SELECT 1 FROM audit_log WHERE entity = 'program_report' AND action = 'submit'
      AND before->>'revision' = '1' AND before->>'narrative' LIKE 'Quý I:%'`);
    expect(log).toBe(1);
  });
});

describe('the parent\'s board and reminders', () => {
  it('lists every unit below for the period, late first, with counts; default: the latest period past due', async () => {
    const ps = await periodsOf(district);
    const b = (await call('leaderDistrict', 'GET', `/api/programs/${district}/report-board?periodId=${q1(ps).id}`)).json();
    expect(b.counts).toEqual({ late: 1, not_due: 0, late_filed: 1, on_time: 0 });
    expect(b.items.map((x: { orgName: string; status: string }) => [x.orgName, x.status])).toEqual([['Đảng ủy xã Hợp Thành', 'late'], ['Đảng ủy xã Dân Lực', 'late_filed']]);
    expect(b.canRemind).toBe(true);
    const latestDue = ps.filter((x) => x.dueOn < day(0)).at(-1)!;
    expect((await call('leaderDistrict', 'GET', `/api/programs/${district}/report-board`)).json().period.id).toBe(latestDue.id);
    const late = (await call('leaderDistrict', 'GET', `/api/programs/${district}/report-board?periodId=${q1(ps).id}&status=late&pageSize=1`)).json();
    expect(late).toMatchObject({ total: 1, items: [{ orgName: 'Đảng ủy xã Hợp Thành' }] });
    // A commune sees only itself on the district's board; a period of another program is not found.
    const mine = (await call('clerkA', 'GET', `/api/programs/${district}/report-board?periodId=${q1(ps).id}`)).json();
    expect(mine.items.map((x: { orgName: string }) => x.orgName)).toEqual(['Đảng ủy xã Dân Lực']);
    expect(mine.canRemind).toBe(false);
    expect((await call('leaderDistrict', 'GET', `/api/programs/${district}/report-board?periodId=${q1(await periodsOf(programA)).id}`)).statusCode).toBe(404);
  });

  it('the district reminds late units only; the reminded unit sees it on its form; a commune cannot remind', async () => {
    const ps = await periodsOf(district);
    const before = await footprint(ctx.database.db);
    expect((await call('clerkA', 'POST', `/api/programs/${district}/report-reminders`, { periodId: q1(ps).id })).statusCode).toBe(403);
    const notLate = await call('leaderDistrict', 'POST', `/api/programs/${district}/report-reminders`, { periodId: q1(ps).id, orgIds: [ctx.fx.orgs.communeA.id] });
    expect(notLate.statusCode).toBe(400);
    expect(notLate.json().error.fields.orgIds).toBe(`Các đơn vị không chậm báo cáo kỳ này (hoặc ngoài phạm vi): ${ctx.fx.orgs.communeA.id}`);
    expect(await footprint(ctx.database.db)).toEqual(before);
    const sent = await call('leaderDistrict', 'POST', `/api/programs/${district}/report-reminders`, { periodId: q1(ps).id });
    expect(sent.json()).toEqual({ sent: 1 });
    const formB = (await call('clerkB', 'GET', `/api/report-periods/${q1(await periodsOf(programB, 'clerkB')).id}/report`)).json();
    expect(formB.reminders).toEqual([expect.objectContaining({ fromOrg: 'Huyện ủy Triệu Sơn', sentBy: 'leader.huyen' })]);
    expect(formB.reminders[0].message).toContain('Quý I/2025');
    expect((await call('clerkA', 'GET', `/api/report-periods/${q1(await periodsOf(programA, 'clerkA')).id}/report`)).json().reminders).toEqual([]);
    const board = (await call('leaderDistrict', 'GET', `/api/programs/${district}/report-board?periodId=${q1(ps).id}`)).json();
    expect(board.items[0]).toMatchObject({ orgName: 'Đảng ủy xã Hợp Thành', reminderCount: 1 });
    expect(board.items[0].lastRemindedAt).toMatch(/Z$/);
    expect(await countOf(ctx.database.db, sql`SELECT 1 FROM audit_log WHERE entity = 'program_report' AND action = 'remind'`)).toBe(1);
  });

  it('changing the frequency keeps the periods reported on and remakes the rest', async () => {
    const before = await periodsOf(programA, 'clerkA');
    await call('leaderDistrict', 'PUT', `/api/programs/${district}/reporting`, { frequency: 'half_year' });
    const after = await periodsOf(programA, 'clerkA');
    expect(after[0]).toMatchObject({ id: q1(before).id, label: 'Quý I/2025', status: 'late_filed' });
    // The first half-year overlaps the kept quarter: it is not made; the second is.
    expect(after.map((x) => x.label)).toContain('6 tháng cuối năm 2025');
    expect(after.map((x) => x.label)).not.toContain('6 tháng đầu năm 2025');
    await call('leaderDistrict', 'PUT', `/api/programs/${district}/reporting`, { frequency: 'quarterly' });
    expect((await periodsOf(programA, 'clerkA')).length).toBe(before.length);
  });
});

describe('off-track targets', () => {
  it('a target whose trend misses the deadline is flagged with its projected value, and listed first', async () => {
    // Poverty: 10% at the end of 2024, 9.8% (corrected) at the end of March, target 2% in a year: far too slow.
    const detail = (await call('clerkA', 'GET', `/api/programs/${programA}`)).json();
    const rate = detail.targets.find((x: { indicator: string }) => x.indicator === 'Tỷ lệ hộ nghèo');
    expect(rate).toMatchObject({ offTrack: true, current: 9.8 });
    expect(rate.projected).toBeGreaterThan(2);
    expect(detail.targets[0].offTrack).toBe(true);
    const members = detail.targets.find((x: { indicator: string }) => x.indicator === 'Kết nạp đảng viên mới');
    expect(members).toMatchObject({ offTrack: false });
  });
});
