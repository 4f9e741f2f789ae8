// Per-record abilities (`can`) of programs, targets, tasks and reporting settings: each flag is checked against what
// the server then does. A district leader reads a commune's program but the commune keeps it; the admin keeps any.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup } from '../helpers.js';
import { document } from './campaigns-fixture.js';
import { api, multipart, type Ctx, type Who } from './programs-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
const P: Record<string, number> = {};
const T: Record<string, number> = {};
const K: Record<string, number> = {};

type Res = Awaited<ReturnType<ReturnType<typeof api>>>;
/** A flag says true: the write went through; false: it was refused (403 not the unit's, 409 closed or not possible). */
function matches(flag: boolean, res: Res) {
  if (flag) expect(res.statusCode, res.body).toBeLessThan(300);
  else expect([403, 409], res.body).toContain(res.statusCode);
}
const program = async (who: Who, id: number) => (await call(who, 'GET', `/api/programs/${id}`)).json();
const task = async (who: Who, id: number) => (await call(who, 'GET', `/api/tasks/${id}`)).json();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF');
const upload = (who: Who, taskId: number) => {
  const m = multipart('Minh chứng.pdf', pdf);
  return ctx.app.inject({ method: 'POST', url: `/api/tasks/${taskId}/evidence`, payload: m.payload, headers: { ...m.headers, cookie: ctx.cookies[who] } });
};

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { orgs } = ctx.fx;
  const doc = await document(ctx.database.db, orgs.district.id, '01-NQ/HU', 'Nghị quyết Đại hội Đảng bộ huyện');
  P.district = (await call('leaderDistrict', 'POST', '/api/programs', {
    orgId: orgs.district.id, title: 'Chương trình hành động của Huyện ủy', adoptedOn: '2021-03-15', documentIds: [doc],
    periodFrom: '2020-10-01', periodTo: '2030-12-31',
  })).json().id;
  const target = async (programId: number, body: object) => {
    const r = await call('leaderDistrict', 'POST', `/api/programs/${programId}/targets`, { kind: 'number', targetValue: 100, deadline: '2030-12-31', ...body });
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  };
  const own = await target(P.district, { indicator: 'Số đảng viên mới kết nạp' });
  expect(own.can).toEqual({ edit: true, delete: true, report: true });
  T.own = own.id;
  const roll = await target(P.district, { indicator: 'Thu ngân sách', aggregation: 'sum' });
  expect(roll.can).toEqual({ edit: true, delete: true, report: false });
  T.roll = roll.id;
});
afterAll(async () => { await ctx?.close(); });

describe('programs: abilities of a program', () => {
  it('the district keeps its own program; a commune below may build from it, once', async () => {
    expect((await program('leaderDistrict', P.district)).can).toEqual({
      edit: true, close: true, reopen: false, addTarget: true, addTask: true, report: true, cascade: false, setReporting: true,
    });
    expect((await program('clerkA', P.district)).can).toEqual({
      edit: false, close: false, reopen: false, addTarget: false, addTask: false, report: false, cascade: true, setReporting: false,
    });
    expect((await program('admin', P.district)).can).toMatchObject({ edit: true, report: true, cascade: true, setReporting: true });
    // Only reading: the propaganda office of a commune builds nothing.
    expect(Object.values((await program('propagandaA', P.district)).can).every((v) => v === false)).toBe(true);

    const built = await call('clerkA', 'POST', `/api/programs/${P.district}/cascade`, { orgId: ctx.fx.orgs.communeA.id, adoptedOn: '2021-05-10' });
    matches(true, built);
    P.a = built.json().id;
    // Its answer says what the commune may now do with its own program.
    expect(built.json().can).toEqual({
      edit: true, close: true, reopen: false, addTarget: true, addTask: true, report: true, cascade: false, setReporting: false,
    });
    const again = await program('clerkA', P.district);
    expect(again.can.cascade).toBe(false);
    matches(false, await call('clerkA', 'POST', `/api/programs/${P.district}/cascade`, { orgId: ctx.fx.orgs.communeA.id, adoptedOn: '2021-05-10' }));
    // The district's leadership reads the refusal it would get.
    const copy = built.json().targets.find((t: { parentTargetId: number }) => t.parentTargetId === T.own);
    T.aOwn = copy.id;
    expect(copy.can).toEqual({ edit: true, delete: true, report: true });
  });

  it('the district reads the commune\'s program; every flag false matches a refusal', async () => {
    const seen = await program('leaderDistrict', P.a);
    expect(Object.values(seen.can).every((v) => v === false)).toBe(true);
    expect(seen.targets.every((t: { can: Record<string, boolean> }) => Object.values(t.can).every((v) => v === false))).toBe(true);
    matches(seen.can.edit, await call('leaderDistrict', 'PATCH', `/api/programs/${P.a}`, { title: 'Sửa hộ' }));
    matches(seen.can.close, await call('leaderDistrict', 'PATCH', `/api/programs/${P.a}`, { status: 'closed' }));
    matches(seen.can.addTarget, await call('leaderDistrict', 'POST', `/api/programs/${P.a}/targets`, { indicator: 'X', kind: 'number', targetValue: 1, deadline: '2030-12-31' }));
    matches(seen.can.addTask, await call('leaderDistrict', 'POST', `/api/programs/${P.a}/tasks`, { title: 'X', deadline: '2030-12-31' }));
    matches(seen.can.report, await call('leaderDistrict', 'POST', `/api/targets/${T.aOwn}/values`, { value: 3, asOf: '2024-06-30' }));
    matches(seen.targets[0].can.edit, await call('leaderDistrict', 'PATCH', `/api/targets/${T.aOwn}`, { targetValue: 5 }));
    matches(seen.targets[0].can.delete, await call('leaderDistrict', 'DELETE', `/api/targets/${T.aOwn}`));
    matches(seen.can.setReporting, await call('leaderDistrict', 'PUT', `/api/programs/${P.a}/reporting`, { frequency: 'quarterly' }));
  });

  it('the commune\'s true flags go through; a roll-up is never reported; the admin builds for the cells', async () => {
    const mine = await program('clerkA', P.a);
    matches(mine.can.report, await call('clerkA', 'POST', `/api/targets/${T.aOwn}/values`, { value: 3, asOf: '2024-06-30' }));
    matches(mine.can.edit, await call('clerkA', 'PATCH', `/api/programs/${P.a}`, { title: 'Chương trình hành động của Đảng ủy xã Dân Lực' }));
    const added = await call('clerkA', 'POST', `/api/programs/${P.a}/targets`, { indicator: 'Tạm', kind: 'number', targetValue: 1, deadline: '2030-12-31' });
    matches(mine.can.addTarget, added);
    matches(added.json().can.delete, await call('clerkA', 'DELETE', `/api/targets/${added.json().id}`));
    // The district's roll-up: edited by the district, never reported.
    const roll = (await program('leaderDistrict', P.district)).targets.find((t: { id: number }) => t.id === T.roll);
    expect(roll.can).toEqual({ edit: true, delete: true, report: false });
    matches(roll.can.report, await call('leaderDistrict', 'POST', `/api/targets/${T.roll}/values`, { value: 3, asOf: '2024-06-30' }));
    // Settings: the top program's unit sets them; the commune's program follows the district's.
    matches(mine.can.setReporting, await call('clerkA', 'PUT', `/api/programs/${P.a}/reporting`, { frequency: 'quarterly' }));
    const top = (await call('leaderDistrict', 'GET', `/api/programs/${P.district}/reporting`)).json();
    expect(top.canEdit).toBe(true);
    matches(top.canEdit, await call('leaderDistrict', 'PUT', `/api/programs/${P.district}/reporting`, { frequency: 'quarterly' }));
    expect((await call('clerkA', 'GET', `/api/programs/${P.district}/reporting`)).json().canEdit).toBe(false);
    expect((await call('clerkA', 'GET', `/api/programs/${P.a}/reporting`)).json().canEdit).toBe(false);
    matches(false, await call('clerkA', 'PUT', `/api/programs/${P.district}/reporting`, { frequency: 'yearly' }));

    const admin = await program('admin', P.a);
    expect(admin.can).toMatchObject({ edit: true, cascade: true, setReporting: false });
    matches(admin.can.cascade, await call('admin', 'POST', `/api/programs/${P.a}/cascade`, { orgId: ctx.fx.orgs.cellA1.id, adoptedOn: '2021-06-01' }));
    // Cell 2 and the women's union are still to build.
    expect((await program('admin', P.a)).can.cascade).toBe(true);
  });

  it('members see no program at all', async () => {
    expect((await call('memberA', 'GET', `/api/programs/${P.a}`)).statusCode).toBe(404);
    expect((await call('memberA', 'GET', '/api/tasks')).statusCode).toBe(403);
  });
});

describe('programs: abilities of a task', () => {
  beforeAll(async () => {
    const give = async (who: Who, programId: number, body: object) => {
      const r = await call(who, 'POST', `/api/programs/${programId}/tasks`, { deadline: '2030-12-31', ...body });
      expect(r.statusCode, r.body).toBe(201);
      return r.json();
    };
    const toA = await give('leaderDistrict', P.district, { title: 'Xây dựng xã đạt chuẩn nông thôn mới nâng cao', responsibleOrgId: ctx.fx.orgs.communeA.id });
    expect(toA.can).toEqual({ edit: true, delete: true, note: true, evidence: true });
    K.toA = toA.id;
    K.own = (await give('clerkA', P.a, { title: 'Rà soát hồ sơ đảng viên' })).id;
  });

  it('the giving unit edits and deletes; the responsible unit writes notes, moves the status, adds evidence', async () => {
    expect((await task('clerkA', K.toA)).can).toEqual({ edit: false, delete: false, note: true, evidence: true });
    expect((await task('leaderDistrict', K.toA)).can).toEqual({ edit: true, delete: true, note: true, evidence: true });
    expect((await task('propagandaA', K.toA)).can).toEqual({ edit: false, delete: false, note: false, evidence: false });
    expect((await task('admin', K.toA)).can).toEqual({ edit: true, delete: true, note: true, evidence: true });
    // The same flags in the lists: the unit's tasks and the program's.
    const list = (await call('clerkA', 'GET', `/api/tasks?orgId=${ctx.fx.orgs.communeA.id}`)).json();
    expect(list.items.find((t: { id: number }) => t.id === K.toA).can).toEqual({ edit: false, delete: false, note: true, evidence: true });
    expect(list.items.find((t: { id: number }) => t.id === K.own).can).toEqual({ edit: true, delete: true, note: true, evidence: true });
    const ofProgram = (await call('leaderDistrict', 'GET', `/api/tasks?programId=${P.a}`)).json();
    expect(ofProgram.items.map((t: { can: object }) => t.can)).toEqual([{ edit: false, delete: false, note: false, evidence: false }]);

    const a = await task('clerkA', K.toA);
    matches(a.can.edit, await call('clerkA', 'PATCH', `/api/tasks/${K.toA}`, { title: 'Đổi tên' }));
    matches(a.can.delete, await call('clerkA', 'DELETE', `/api/tasks/${K.toA}`));
    const moved = await call('clerkA', 'PATCH', `/api/tasks/${K.toA}`, { status: 'in_progress' });
    matches(a.can.note, moved);
    expect(moved.json().can).toEqual(a.can);
    matches(a.can.note, await call('clerkA', 'POST', `/api/tasks/${K.toA}/notes`, { body: 'Đã khảo sát 3 thôn' }));
    const file = await upload('clerkA', K.toA);
    matches(a.can.evidence, file);
    const p = await task('propagandaA', K.toA);
    matches(p.can.note, await call('propagandaA', 'POST', `/api/tasks/${K.toA}/notes`, { body: 'Ghi hộ' }));
    matches(p.can.evidence, await upload('propagandaA', K.toA));
    matches(p.can.evidence, await call('propagandaA', 'DELETE', `/api/evidence/${file.json().id}`));
    matches(a.can.evidence, await call('clerkA', 'DELETE', `/api/evidence/${file.json().id}`));
    const d = await task('leaderDistrict', K.toA);
    matches(d.can.edit, await call('leaderDistrict', 'PATCH', `/api/tasks/${K.toA}`, { deadline: '2029-12-31' }));
    // The district's leadership reads the commune's own task and answers nothing on it.
    const o = await task('leaderDistrict', K.own);
    expect(o.can).toEqual({ edit: false, delete: false, note: false, evidence: false });
    matches(o.can.note, await call('leaderDistrict', 'POST', `/api/tasks/${K.own}/notes`, { body: 'Đôn đốc' }));
    matches(o.can.delete, await call('leaderDistrict', 'DELETE', `/api/tasks/${K.own}`));
  });

  it('a closed program is read-only for everyone until its unit reopens it', async () => {
    matches(true, await call('clerkA', 'PATCH', `/api/programs/${P.a}`, { status: 'closed' }));
    const closed = await program('clerkA', P.a);
    expect(closed.can).toEqual({
      edit: false, close: false, reopen: true, addTarget: false, addTask: false, report: false, cascade: false, setReporting: false,
    });
    expect(closed.targets.find((t: { id: number }) => t.id === T.aOwn).can).toEqual({ edit: false, delete: false, report: false });
    const t = await task('clerkA', K.own);
    expect(t.can).toEqual({ edit: false, delete: false, note: false, evidence: false });
    matches(t.can.note, await call('clerkA', 'POST', `/api/tasks/${K.own}/notes`, { body: 'Sau khi kết thúc' }));
    matches(closed.can.report, await call('clerkA', 'POST', `/api/targets/${T.aOwn}/values`, { value: 4, asOf: '2024-09-30' }));
    matches(closed.can.addTarget, await call('clerkA', 'POST', `/api/programs/${P.a}/targets`, { indicator: 'X', kind: 'number', targetValue: 1, deadline: '2030-12-31' }));
    // Nothing more is built from a closed program, not even by the admin.
    expect((await program('admin', P.a)).can.cascade).toBe(false);
    matches(false, await call('admin', 'POST', `/api/programs/${P.a}/cascade`, { orgId: ctx.fx.orgs.cellA2.id, adoptedOn: '2021-06-01' }));
    expect((await program('leaderDistrict', P.a)).can.reopen).toBe(false);
    matches(false, await call('leaderDistrict', 'PATCH', `/api/programs/${P.a}`, { status: 'active' }));
    matches(closed.can.reopen, await call('clerkA', 'PATCH', `/api/programs/${P.a}`, { status: 'active' }));
    expect((await task('clerkA', K.own)).can.note).toBe(true);
  });
});
