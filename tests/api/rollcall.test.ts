import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/core/auth/password.js';
import { one, sql } from '../../server/core/db/index.js';
import { loginAs, PASSWORD, setup } from '../helpers.js';
import { api, bridgePoint, campaign, conference, countWhere, HOUR, invite, MIN, type Conf, type Ctx } from './attendance-fixture.js';

// Item 5 of issue 7: nobody is excused unless someone said so; "mark everyone else absent" is its own action;
// the list pages and filters by cell; a cell secretary (a clerk granted at the cell) calls the roll of the cell only.

let ctx: Ctx;
let call: ReturnType<typeof api>;
let running: Conf; let upcoming: Conf;
let bp: number;
let cellSecretary: string;

const names = (list: { fullName: string }[]) => list.map((x) => x.fullName).sort();
const audits = () => countWhere(ctx.database.db, sql`SELECT count(*)::int AS n FROM audit_log`);

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { db } = ctx.database;
  const { orgs, people } = ctx.fx;
  const camp = await campaign(db, orgs.district.id);
  running = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -40 * MIN, title: 'Quán triệt toàn thể đảng viên xã' });
  bp = await bridgePoint(db, running.id, orgs.communeA.id, 'Hội trường xã Dân Lực', true);
  await invite(db, running.id, [people.anA1, people.binhA1, people.cuongA2, people.hoaWomenA], bp);
  upcoming = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: 5 * HOUR, title: 'Hội nghị tháng sau' });
  const bpU = await bridgePoint(db, upcoming.id, orgs.communeA.id, 'Hội trường', true);
  await invite(db, upcoming.id, [people.anA1], bpU);
  // The secretary of cell A1: a clerk grant on the cell, nothing above it.
  const a = (await one<{ id: number }>(db, sql`INSERT INTO accounts (username, password_hash, display_name)
    VALUES ('bithu.chibo1', ${await hashPassword(PASSWORD)}, 'Bí thư chi bộ thôn 1') RETURNING id`))!;
  await db.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${a.id}, 'clerk', ${orgs.cellA1.id})`);
  cellSecretary = await loginAs(ctx.app, 'bithu.chibo1');
});
afterAll(async () => { await ctx?.close(); });

const rollCall = async (cookie: string, query = '') => {
  const r = await call(cookie, 'GET', `/api/conferences/${running.id}/roll-call${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

describe('roll call list', () => {
  it('someone not marked is "not marked", never excused; the list pages with counts over the whole filter', async () => {
    const first = await rollCall(ctx.cookies.clerkA, '?pageSize=2');
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 2, counts: { present: 0, absent_excused: 0, absent_unexcused: 0, not_marked: 4 } });
    expect(first.items).toHaveLength(2);
    for (const r of first.items) expect(r).toMatchObject({ status: 'not_marked', absence: null, attended: false });
    const second = await rollCall(ctx.cookies.clerkA, '?pageSize=2&page=2');
    expect(second.items).toHaveLength(2);
    expect(names([...first.items, ...second.items])).toEqual(['Lê Thị Bình', 'Nguyễn Văn An', 'Phạm Thị Hoa', 'Trần Văn Cường']);
    // Nothing was written by reading.
    expect(await countWhere(ctx.database.db, sql`SELECT count(*)::int AS n FROM absences`)).toBe(0);
  });

  it('filters by cell (units listed with their committee) and by status', async () => {
    const all = await rollCall(ctx.cookies.clerkA);
    expect(all.units.map((u: { orgName: string }) => u.orgName)).toEqual([
      'Chi bộ thôn 1 · Đảng ủy xã Dân Lực', 'Chi bộ thôn 2 · Đảng ủy xã Dân Lực', 'Hội LHPN xã Dân Lực']);
    const cell = await rollCall(ctx.cookies.clerkA, `?orgId=${ctx.fx.orgs.cellA1.id}`);
    expect(names(cell.items)).toEqual(['Lê Thị Bình', 'Nguyễn Văn An']);
    expect(cell.counts.not_marked).toBe(2);
    expect(cell.items[0].orgName).toBe('Chi bộ thôn 1 · Đảng ủy xã Dân Lực');
    expect((await rollCall(ctx.cookies.clerkA, '?status=present')).total).toBe(0);
    expect((await rollCall(ctx.cookies.clerkA, '?q=cuong')).items.map((x: { fullName: string }) => x.fullName)).toEqual(['Trần Văn Cường']);
    const bad = await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${running.id}/roll-call?status=excused`);
    expect(bad.statusCode).toBe(400);
  });
});

describe('mark everyone else absent', () => {
  it('is refused before the start and for those who only read; writes nothing', async () => {
    const before = await audits();
    const early = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${upcoming.id}/roll-call/absent-rest`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('chưa bắt đầu');
    expect((await call(ctx.cookies.inspectorA, 'POST', `/api/conferences/${running.id}/roll-call/absent-rest`, {})).statusCode).toBe(403);
    expect((await call(ctx.cookies.clerkB, 'POST', `/api/conferences/${running.id}/roll-call/absent-rest`, {})).statusCode).toBe(404);
    expect(await audits()).toBe(before);
    expect(await countWhere(ctx.database.db, sql`SELECT count(*)::int AS n FROM absences`)).toBe(0);
  });

  it('records unexcused absences for those not marked only, audited once; again it changes nothing', async () => {
    const { people } = ctx.fx;
    // An arrives, Bình is excused by the secretary; Cường and Hoa are not marked.
    expect((await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${running.id}/roll-call`, { marks: [
      { personId: people.anA1, present: true }, { personId: people.binhA1, present: false, excused: true, reason: 'Đi công tác' },
    ] })).json()).toEqual({ present: 1, absent: 1 });
    const before = await audits();
    const r = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${running.id}/roll-call/absent-rest`, {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ absent: 2 });
    const list = await rollCall(ctx.cookies.clerkA);
    const by = Object.fromEntries(list.items.map((x: { fullName: string; status: string }) => [x.fullName, x.status]));
    expect(by).toEqual({ 'Nguyễn Văn An': 'present', 'Lê Thị Bình': 'absent_excused', 'Trần Văn Cường': 'absent_unexcused', 'Phạm Thị Hoa': 'absent_unexcused' });
    expect(list.counts).toEqual({ present: 1, absent_excused: 1, absent_unexcused: 2, not_marked: 0 });
    const row = await one<{ action: string; after: { personIds: number[]; excused: boolean; count: number } }>(ctx.database.db,
      sql`SELECT action, after FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(row).toMatchObject({ action: 'roll_call_absent_rest', after: { excused: false, count: 2 } });
    expect(row!.after.personIds.sort()).toEqual([people.cuongA2, people.hoaWomenA].sort());
    expect(await audits()).toBe(before + 1);
    expect((await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${running.id}/roll-call/absent-rest`, {})).json()).toEqual({ absent: 0 });
    expect(await audits()).toBe(before + 1);
  });
});

describe('a cell secretary', () => {
  it('sees the conference and calls the roll of the cell only', async () => {
    const { people, orgs } = ctx.fx;
    const confs = (await call(cellSecretary, 'GET', '/api/conferences')).json();
    expect(confs.items.map((c: { id: number }) => c.id)).toContain(running.id);
    const list = await rollCall(cellSecretary);
    expect(names(list.items)).toEqual(['Lê Thị Bình', 'Nguyễn Văn An']);
    expect(list.units.map((u: { orgId: number }) => u.orgId)).toEqual([orgs.cellA1.id]);
    // Other cells' people: not listed, not searchable, not markable.
    expect((await rollCall(cellSecretary, `?orgId=${orgs.cellA2.id}`)).items).toEqual([]);
    const inv = (await call(cellSecretary, 'GET', `/api/conferences/${running.id}/invitations?q=cuong`)).json();
    expect(inv.items).toEqual([]);
    const before = await audits();
    const other = await call(cellSecretary, 'POST', `/api/conferences/${running.id}/roll-call`, { marks: [{ personId: people.cuongA2, present: true }] });
    expect(other.statusCode).toBe(403);
    expect(await audits()).toBe(before);
    // The own cell: a correction is recorded.
    const own = await call(cellSecretary, 'POST', `/api/conferences/${running.id}/roll-call`, { marks: [{ personId: people.binhA1, present: true }] });
    expect(own.json()).toEqual({ present: 1, absent: 0 });
    expect((await rollCall(cellSecretary)).counts).toEqual({ present: 2, absent_excused: 0, absent_unexcused: 0, not_marked: 0 });
  });

  it('follows the rest of the conference for the cell only: evaluation suggestions, questions, participation', async () => {
    const sugg = await call(cellSecretary, 'GET', `/api/conferences/${running.id}/evaluation-suggestions`);
    expect(sugg.statusCode, sugg.body).toBe(200);
    // Cường (cell 2) and Hoa (women's union) are absent without excuse: suggested to the commune, not to this cell.
    expect(names(sugg.json().people)).not.toContain('Trần Văn Cường');
    expect(names(sugg.json().people)).not.toContain('Phạm Thị Hoa');
    expect(names((await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${running.id}/evaluation-suggestions`)).json().people)).toContain('Trần Văn Cường');
    expect((await call(cellSecretary, 'GET', `/api/conferences/${running.id}/questions`)).statusCode).toBe(200);
    const part = (await call(cellSecretary, 'GET', `/api/conferences/${running.id}/participation`)).json();
    expect(part.total.invited).toBe(2);
    expect(part.units.map((u: { orgId: number }) => u.orgId)).toEqual([ctx.fx.orgs.cellA1.id]);
  });

  it('marks everyone else absent in the cell only', async () => {
    const { db } = ctx.database;
    const { orgs, people } = ctx.fx;
    const camp = await campaign(db, orgs.district.id);
    const c = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -10 * MIN, title: 'Sinh hoạt chuyên đề' });
    const b = await bridgePoint(db, c.id, orgs.communeA.id, 'Hội trường', true);
    await invite(db, c.id, [people.anA1, people.binhA1, people.cuongA2], b);
    const r = await call(cellSecretary, 'POST', `/api/conferences/${c.id}/roll-call/absent-rest`, {});
    expect(r.json()).toEqual({ absent: 2 });
    const marked = await countWhere(db, sql`SELECT count(*)::int AS n FROM absences WHERE conference_id = ${c.id} AND person_id = ${people.cuongA2}`);
    expect(marked).toBe(0);
  });
});
