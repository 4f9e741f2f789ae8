import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';
import { api, conference, count, day, document, type Ctx } from './campaigns-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let campaignId: number;
let otherCampaign: number;
const ob: Record<string, number> = {};

type Row = { obligationId: number; orgName: string; tier: string; status: string; conferenceId: number | null; heldOn: string | null; lastRemindedAt: string | null };
const board = async (cookie: string, query = '') => (await call(cookie, 'GET', `/api/campaigns/${campaignId}/board?pageSize=50${query}`)).json();

/**
 * A district campaign for all members and mass organizations. Deadlines are set per unit (through the API) and
 * conferences written relative to today, so every derived status appears:
 * commune A held on time, commune B held late, cell A1 scheduled, cell A2 overdue (only a make-up session),
 * cell B1 not scheduled, women's union A scheduled after its passed deadline (overdue).
 */
beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { db } = ctx.database;
  const { orgs } = ctx.fx;
  const doc = await document(db, orgs.district.id, '12-KH/HU', 'Kế hoạch học tập, quán triệt nghị quyết');
  const res = await call(ctx.cookies.leaderDistrict, 'POST', '/api/campaigns', {
    orgId: orgs.district.id, title: 'Học tập Nghị quyết Đại hội', documentIds: [doc], tiers: ['all_members', 'mass_org'], deadline: day(30),
  });
  campaignId = res.json().id;
  otherCampaign = (await call(ctx.cookies.leaderDistrict, 'POST', '/api/campaigns', {
    orgId: orgs.district.id, title: 'Đợt khác', documentIds: [doc], tiers: ['key_cadre'], deadline: day(30),
  })).json().id;
  for (const r of (await board(ctx.cookies.leaderDistrict)).items as Row[]) ob[r.orgName] = r.obligationId;
  const deadlines: [string, number][] = [
    ['Đảng ủy xã Dân Lực', -10], ['Đảng ủy xã Hợp Thành', -10], ['Chi bộ thôn 1', 5], ['Chi bộ thôn 2', -3],
    ['Chi bộ thôn Đông', 20], ['Hội LHPN xã Dân Lực', -2],
  ];
  for (const [name, offset] of deadlines) {
    const r = await call(ctx.cookies.leaderDistrict, 'PATCH', `/api/obligations/${ob[name]}`, { deadline: day(offset) });
    expect(r.statusCode).toBe(200);
  }
  const conf = (orgId: number, dayOffset: number, extra: { tier?: string; makeupOf?: number } = {}) =>
    conference(db, { campaignId, orgId, tier: extra.tier ?? 'all_members', dayOffset, makeupOf: extra.makeupOf });
  const onTime = await conf(orgs.communeA.id, -12);
  await conf(orgs.communeB.id, -5);
  await conf(orgs.cellA1.id, 2);
  await conf(orgs.cellA2.id, -4, { makeupOf: onTime }); // make-up sessions do not fulfil the obligation
  await conf(orgs.cellA2.id, -20, { tier: 'mass_org' }); // another tier does not either
  await conf(orgs.womenA.id, 3, { tier: 'mass_org' });
});
afterAll(async () => { await ctx?.close(); });

describe('campaign board', () => {
  it('derives every status from the conferences and sorts the late units first', async () => {
    const b = await board(ctx.cookies.leaderDistrict);
    expect((b.items as Row[]).map((r) => `${r.status}|${r.orgName}`)).toEqual([
      'overdue|Chi bộ thôn 2',
      'overdue|Hội LHPN xã Dân Lực',
      'not_scheduled|Chi bộ thôn Đông',
      'scheduled|Chi bộ thôn 1',
      'held_late|Đảng ủy xã Hợp Thành',
      'held_on_time|Đảng ủy xã Dân Lực',
    ]);
    expect(b.summary).toEqual({ overdue: 2, not_scheduled: 1, scheduled: 1, held_late: 1, held_on_time: 1 });
    const held = (b.items as Row[]).find((r) => r.status === 'held_on_time')!;
    expect(held.heldOn).toBe(day(-12));
    expect(held.conferenceId).toEqual(expect.any(Number));
    const scheduled = (b.items as Row[]).find((r) => r.status === 'scheduled')!;
    expect([scheduled.heldOn, typeof scheduled.conferenceId]).toEqual([null, 'number']);
    expect((b.items as Row[]).find((r) => r.orgName === 'Chi bộ thôn 2')!.conferenceId).toBeNull();
  });

  it('a conference held by the deadline counts as on time, one held after it as late', async () => {
    const { db } = ctx.database;
    const id = await conference(db, { campaignId, orgId: ctx.fx.orgs.cellB1.id, tier: 'all_members', dayOffset: -1 });
    expect((await board(ctx.cookies.leaderDistrict, '&status=held_on_time')).items.map((r: Row) => r.orgName)).toEqual(['Chi bộ thôn Đông', 'Đảng ủy xã Dân Lực']);
    await db.execute(sql`DELETE FROM conferences WHERE id = ${id}`);
    await db.execute(sql`UPDATE obligations SET deadline = ${day(-3)} WHERE id = ${ob['Chi bộ thôn Đông']}`);
    const late = await conference(db, { campaignId, orgId: ctx.fx.orgs.cellB1.id, tier: 'all_members', dayOffset: -1 });
    const r = (await board(ctx.cookies.leaderDistrict, '&status=held_late')).items as Row[];
    expect(r.map((x) => x.orgName)).toEqual(['Chi bộ thôn Đông', 'Đảng ủy xã Hợp Thành']);
    await db.execute(sql`DELETE FROM conferences WHERE id = ${late}`);
    await db.execute(sql`UPDATE obligations SET deadline = ${day(20)} WHERE id = ${ob['Chi bộ thôn Đông']}`);
  });

  it('filters by derived status, tier and unit subtree; the summary ignores the status filter', async () => {
    const overdue = await board(ctx.cookies.leaderDistrict, '&status=overdue');
    expect([overdue.total, overdue.summary.held_on_time]).toEqual([2, 1]);
    expect((await board(ctx.cookies.leaderDistrict, '&tier=mass_org')).items.map((r: Row) => r.orgName)).toEqual(['Hội LHPN xã Dân Lực']);
    const a = await board(ctx.cookies.leaderDistrict, `&orgId=${ctx.fx.orgs.communeA.id}`);
    expect(a.total).toBe(4);
    const paged = (await call(ctx.cookies.leaderDistrict, 'GET', `/api/campaigns/${campaignId}/board?pageSize=2&page=2`)).json();
    expect([paged.total, paged.items.map((r: Row) => r.status)]).toEqual([6, ['not_scheduled', 'scheduled']]);
    const bad = await call(ctx.cookies.leaderDistrict, 'GET', `/api/campaigns/${campaignId}/board?status=late`);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['status']);
  });

  it('campaign lists and details count overdue units in the caller\'s scope', async () => {
    const list = (await call(ctx.cookies.leaderDistrict, 'GET', '/api/campaigns')).json();
    expect(list.items.find((k: { id: number }) => k.id === campaignId)).toMatchObject({ obligationCount: 6, overdueCount: 2 });
    const b = (await call(ctx.cookies.clerkB, 'GET', `/api/campaigns/${campaignId}`)).json();
    expect(b).toMatchObject({ obligationCount: 2, overdueCount: 0, summary: { held_late: 1, not_scheduled: 1, overdue: 0 } });
    // Commune B's clerk sees only its subtree on the board.
    expect((await board(ctx.cookies.clerkB)).items.map((r: Row) => r.orgName)).toEqual(['Chi bộ thôn Đông', 'Đảng ủy xã Hợp Thành']);
  });
});

describe('unit deadlines', () => {
  it('only the organizer\'s staff move a unit deadline, never past the campaign deadline', async () => {
    const id = ob['Chi bộ thôn 1'];
    expect((await call(ctx.cookies.clerkA, 'PATCH', `/api/obligations/${id}`, { deadline: day(6) })).statusCode).toBe(403);
    expect((await call(ctx.cookies.inspectorA, 'PATCH', `/api/obligations/${id}`, { deadline: day(6) })).statusCode).toBe(403);
    expect((await call(ctx.cookies.clerkB, 'PATCH', `/api/obligations/${id}`, { deadline: day(6) })).statusCode).toBe(404);
    const logs = await count(ctx.database.db, 'audit_log');
    const late = await call(ctx.cookies.leaderDistrict, 'PATCH', `/api/obligations/${id}`, { deadline: day(31) });
    expect(late.statusCode).toBe(400);
    const vn = day(30).split('-').reverse().join('/');
    expect(late.json().error.fields.deadline).toBe(`Hạn của đơn vị không được sau hạn của đợt học tập (${vn})`);
    const en = await call(ctx.cookies.leaderDistrict, 'PATCH', `/api/obligations/${id}`, { deadline: day(31) }, 'en');
    expect(en.json().error.fields.deadline).toBe(`A unit deadline cannot be later than the campaign deadline (${vn})`);
    expect(await count(ctx.database.db, 'audit_log')).toBe(logs);
    // Moving the deadline before the scheduled conference turns it into an overdue unit once past; here still scheduled.
    const ok = await call(ctx.cookies.leaderDistrict, 'PATCH', `/api/obligations/${id}`, { deadline: day(1) });
    expect(ok.json()).toMatchObject({ obligationId: id, deadline: day(1), status: 'scheduled' });
    const past = await call(ctx.cookies.leaderDistrict, 'PATCH', `/api/obligations/${id}`, { deadline: day(-1) });
    expect(past.json().status).toBe('overdue');
    await call(ctx.cookies.leaderDistrict, 'PATCH', `/api/obligations/${id}`, { deadline: day(5) });
    expect(await count(ctx.database.db, 'audit_log')).toBe(logs + 3);
    expect((await call(ctx.cookies.leaderDistrict, 'PATCH', '/api/obligations/999999', { deadline: day(1) })).statusCode).toBe(404);
  });
});

describe('reminders', () => {
  it('refuses clerks, inspectors and members (403) and validates the chosen units; nothing is written', async () => {
    const { db } = ctx.database;
    for (const who of ['clerkA', 'inspectorA', 'memberA'] as const) {
      expect((await call(ctx.cookies[who], 'POST', `/api/campaigns/${campaignId}/reminders`, {})).statusCode).toBe(403);
    }
    const before = [await count(db, 'reminders'), await count(db, 'audit_log')];
    // Commune A's propaganda staff cannot remind commune B, nor units of another campaign.
    const foreign = await call(ctx.cookies.propagandaA, 'POST', `/api/campaigns/${campaignId}/reminders`,
      { obligationIds: [ob['Chi bộ thôn 1'], ob['Đảng ủy xã Hợp Thành']] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields.obligationIds).toBe(`Không tìm thấy đơn vị cần nhắc trong đợt học tập này thuộc phạm vi của bạn: ${ob['Đảng ủy xã Hợp Thành']}`);
    const otherOb = (await one<{ id: number }>(db, sql`SELECT id FROM obligations WHERE campaign_id = ${otherCampaign} LIMIT 1`))!.id;
    const other = await call(ctx.cookies.leaderDistrict, 'POST', `/api/campaigns/${campaignId}/reminders`, { obligationIds: [otherOb] }, 'en');
    expect(other.json().error.fields.obligationIds).toBe(`Units to remind not found in this campaign within your scope: ${otherOb}`);
    expect([await count(db, 'reminders'), await count(db, 'audit_log')]).toEqual(before);
    expect((await call(ctx.cookies.admin, 'POST', '/api/campaigns/999999/reminders', {})).statusCode).toBe(404);
  });

  it('leadership reminds every late unit in its scope by default, recording each reminder', async () => {
    const { db } = ctx.database;
    const logs = await count(db, 'audit_log');
    const res = await call(ctx.cookies.leaderDistrict, 'POST', `/api/campaigns/${campaignId}/reminders`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ sent: 2 });
    const sent = await db.execute(sql`SELECT r.obligation_id, r.message FROM reminders r ORDER BY r.obligation_id`) as unknown as { rows: { obligation_id: number; message: string }[] };
    expect(sent.rows.map((r) => r.obligation_id).sort()).toEqual([ob['Chi bộ thôn 2'], ob['Hội LHPN xã Dân Lực']].sort());
    expect(sent.rows[0].message).toContain('Học tập Nghị quyết Đại hội');
    const rows = (await board(ctx.cookies.leaderDistrict)).items as Row[];
    expect(rows.filter((r) => r.lastRemindedAt).map((r) => r.orgName)).toEqual(['Chi bộ thôn 2', 'Hội LHPN xã Dân Lực']);
    expect(await count(db, 'audit_log')).toBe(logs + 1);
  });

  it('propaganda staff remind chosen units of their own subtree with their own message', async () => {
    const { db } = ctx.database;
    const res = await call(ctx.cookies.propagandaA, 'POST', `/api/campaigns/${campaignId}/reminders`,
      { obligationIds: [ob['Chi bộ thôn 1']], message: 'Đề nghị chi bộ chuẩn bị tài liệu.' });
    expect(res.json()).toEqual({ sent: 1 });
    const last = await one<{ message: string }>(db, sql`SELECT message FROM reminders WHERE obligation_id = ${ob['Chi bộ thôn 1']}`);
    expect(last!.message).toBe('Đề nghị chi bộ chuẩn bị tài liệu.');
    // A campaign with no late unit: nothing to send, nothing written.
    const before = [await count(db, 'reminders'), await count(db, 'audit_log')];
    const none = await call(ctx.cookies.leaderDistrict, 'POST', `/api/campaigns/${otherCampaign}/reminders`, {});
    expect(none.json()).toEqual({ sent: 0 });
    expect([await count(db, 'reminders'), await count(db, 'audit_log')]).toEqual(before);
  });
});
