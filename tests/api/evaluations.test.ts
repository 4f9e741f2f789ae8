import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';
import { bridgePoint, campaign, conference, countWhere, HOUR, invite, MIN, type Conf, type Ctx } from './attendance-fixture.js';

let ctx: Ctx;
let district: Conf; let communal: Conf;
let year: number;

type Method = 'GET' | 'POST' | 'PUT';
const call = (cookie: string, method: Method, url: string, payload?: unknown, lang?: string) =>
  ctx.app.inject({ method, url, headers: { cookie, ...(lang ? { 'accept-language': lang } : {}) }, ...(payload === undefined ? {} : { payload: payload as object }) });
const evalCount = () => countWhere(ctx.database.db, sql`SELECT count(*)::int AS n FROM evaluations`);
const auditCount = () => countWhere(ctx.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'evaluation'`);
const at = (c: Conf, minutes: number) => new Date(c.startsAt + minutes * MIN).toISOString();

beforeAll(async () => {
  ctx = await setup();
  const { db } = ctx.database;
  const { orgs, people } = ctx.fx;
  const camp = await campaign(db, orgs.district.id);
  // A district conference held this morning, with bridge points in both communes; attendance recorded through the API.
  district = await conference(db, { campaignId: camp, orgId: orgs.district.id, fromNow: -5 * HOUR, hours: 3, tier: 'key_cadre' });
  const bpA = await bridgePoint(db, district.id, orgs.communeA.id, 'Điểm cầu xã Dân Lực');
  const bpB = await bridgePoint(db, district.id, orgs.communeB.id, 'Điểm cầu xã Hợp Thành');
  await invite(db, district.id, [people.anA1, people.binhA1, people.cuongA2, people.hoaWomenA], bpA);
  await invite(db, district.id, [people.dungB1], bpB);
  const batch = async (cookie: string, c: Conf, bridgePointId: number, items: [number, number][]) => {
    const r = await call(cookie, 'POST', `/api/conferences/${c.id}/checkins/batch`, {
      bridgePointId, items: items.map(([personId, min]) => ({ personId, scannedAt: at(c, min), clientId: `${c.id}-${personId}` })),
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().results.every((x: { result: string }) => x.result === 'recorded')).toBe(true);
  };
  await batch(ctx.cookies.clerkA, district, bpA, [[people.anA1, -10], [people.binhA1, 20]]);
  await batch(ctx.cookies.clerkB, district, bpB, [[people.dungB1, -5]]);
  const ab = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${district.id}/absences`, { personId: people.cuongA2, excused: true, reason: 'Ốm' });
  expect(ab.statusCode).toBe(200);
  // A commune's own conference: its cells answer for their members.
  communal = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -4 * HOUR, hours: 2 });
  const bpC = await bridgePoint(db, communal.id, orgs.communeA.id, 'Hội trường xã', true);
  await invite(db, communal.id, [people.anA1, people.cuongA2], bpC);
  await batch(ctx.cookies.clerkA, communal, bpC, [[people.anA1, 5]]);
});
afterAll(async () => { await ctx?.close(); });

describe('computed suggestions', () => {
  it('groups invitees by grassroots unit: late arrivals and unexcused absences suggest flags', async () => {
    const { orgs, people } = ctx.fx;
    const r = await call(ctx.cookies.leaderDistrict, 'GET', `/api/conferences/${district.id}/evaluation-suggestions`);
    expect(r.statusCode).toBe(200);
    const b = r.json();
    expect(b.ended).toBe(true);
    expect(b.units).toEqual([
      { orgId: orgs.communeA.id, orgName: 'Đảng ủy xã Dân Lực', orgKind: 'grassroots', invited: 4, attended: 2, late: 1, absentExcused: 1, absentUnexcused: 1, suggestedFlags: ['late', 'incomplete_composition'] },
      { orgId: orgs.communeB.id, orgName: 'Đảng ủy xã Hợp Thành', orgKind: 'grassroots', invited: 1, attended: 1, late: 0, absentExcused: 0, absentUnexcused: 0, suggestedFlags: [] },
    ]);
    expect(b.people).toEqual([
      expect.objectContaining({ personId: people.binhA1, attended: true, lateMinutes: 20, absentUnexcused: false, suggestedFlags: ['late'], unitId: orgs.communeA.id }),
      expect.objectContaining({ personId: people.hoaWomenA, attended: false, lateMinutes: 0, absentUnexcused: true, suggestedFlags: [] }),
    ]);
  });

  it('a commune\'s own conference is grouped by cell; a commune clerk sees only its part of a district conference', async () => {
    const { orgs } = ctx.fx;
    const r = await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${communal.id}/evaluation-suggestions`);
    expect(r.json().units.map((u: { orgId: number; suggestedFlags: string[] }) => [u.orgId, u.suggestedFlags])).toEqual([
      [orgs.cellA1.id, ['late']], [orgs.cellA2.id, ['incomplete_composition']],
    ]);
    const b = await call(ctx.cookies.clerkB, 'GET', `/api/conferences/${district.id}/evaluation-suggestions`);
    expect(b.statusCode).toBe(200);
    expect(b.json().units.map((u: { orgId: number }) => u.orgId)).toEqual([orgs.communeB.id]);
    expect(b.json().people).toEqual([]);
  });
});

describe('saving evaluations', () => {
  it('creates, keeps idempotent, updates and clears; every change audited', async () => {
    const { orgs, people } = ctx.fx;
    const url = `/api/conferences/${district.id}/evaluations`;
    const list = [
      { orgId: orgs.communeA.id, flags: ['incomplete_composition', 'late', 'late'], comment: '  Thiếu 1 đồng chí không lý do ' },
      { personId: people.binhA1, flags: ['late'] },
      { personId: people.hoaWomenA, flags: [], comment: null },
    ];
    const first = await call(ctx.cookies.leaderDistrict, 'PUT', url, list);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ created: 2, updated: 0, deleted: 0, unchanged: 1 });
    expect(first.json().items).toEqual([
      expect.objectContaining({ orgId: orgs.communeA.id, orgName: 'Đảng ủy xã Dân Lực', flags: ['late', 'incomplete_composition'], comment: 'Thiếu 1 đồng chí không lý do', personId: null }),
      expect.objectContaining({ personId: people.binhA1, fullName: 'Lê Thị Bình', personOrgName: 'Chi bộ thôn 1', flags: ['late'], comment: null, orgId: null }),
    ]);
    year = first.json().items[0].year;
    expect(year).toBe(Number(new Date(district.startsAt + 7 * HOUR).toISOString().slice(0, 4)));
    expect(await auditCount()).toBe(2);

    const again = await call(ctx.cookies.leaderDistrict, 'PUT', url, list);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: 3 });
    expect(await evalCount()).toBe(2);
    expect(await auditCount()).toBe(2);

    const upd = await call(ctx.cookies.leaderDistrict, 'PUT', url, [{ personId: people.binhA1, flags: ['late', 'unserious'], comment: 'Sử dụng điện thoại' }]);
    expect(upd.json()).toMatchObject({ created: 0, updated: 1 });
    const tmp = await call(ctx.cookies.leaderDistrict, 'PUT', url, [{ personId: people.dungB1, flags: ['unserious'] }]);
    expect(tmp.json()).toMatchObject({ created: 1 });
    const cleared = await call(ctx.cookies.leaderDistrict, 'PUT', url, [{ personId: people.dungB1, flags: [] }]);
    expect(cleared.json()).toMatchObject({ deleted: 1 });
    expect(await evalCount()).toBe(2);
    const actions = await countWhere(ctx.database.db, sql`SELECT count(DISTINCT action)::int AS n FROM audit_log WHERE entity = 'evaluation'`);
    expect(actions).toBe(3);
    expect(await auditCount()).toBe(5);
    const got = await call(ctx.cookies.leaderDistrict, 'GET', url);
    expect(got.json().find((e: { personId: number }) => e.personId === people.binhA1)).toMatchObject({ flags: ['late', 'unserious'], comment: 'Sử dụng điện thoại' });
  });

  it('the commune clerk evaluates its own conference by cell', async () => {
    const { orgs, people } = ctx.fx;
    const r = await call(ctx.cookies.clerkA, 'PUT', `/api/conferences/${communal.id}/evaluations`, [
      { orgId: orgs.cellA2.id, flags: ['incomplete_composition'], comment: 'Vắng đồng chí Cường' },
      { personId: people.anA1, flags: ['late'] },
    ]);
    expect(r.statusCode).toBe(200);
    expect(r.json().created).toBe(2);
  });
});

describe('validation (nothing written on failure)', () => {
  const bad = async (body: unknown, lang?: string) => {
    const before = [await evalCount(), await auditCount()];
    const r = await call(ctx.cookies.leaderDistrict, 'PUT', `/api/conferences/${district.id}/evaluations`, body, lang);
    expect(r.statusCode).toBe(400);
    expect([await evalCount(), await auditCount()]).toEqual(before);
    return r.json().error;
  };

  it('rejects unknown flags and a missing or double target, in Vietnamese and English', async () => {
    const { orgs, people } = ctx.fx;
    expect((await bad([{ orgId: orgs.communeA.id, flags: ['sleepy'] }])).fields['0.flags.0']).toContain('Nhận xét không hợp lệ');
    expect((await bad([{ orgId: orgs.communeA.id, flags: ['sleepy'] }], 'en')).fields['0.flags.0']).toContain('Invalid flag');
    expect((await bad([{ orgId: orgs.communeA.id, personId: people.anA1, flags: ['late'] }])).fields['0']).toContain('đúng một đối tượng');
    expect((await bad([{ flags: ['late'] }], 'en')).fields['0']).toContain('exactly one target');
    expect((await bad([])).fields).toBeDefined();
  });

  it('rejects targets unrelated to the conference, unit-only flags on people and duplicates; the valid items are not saved either', async () => {
    const { orgs, people } = ctx.fx;
    const e1 = await bad([{ personId: people.dungB1, flags: ['unserious'] }, { orgId: orgs.communeB.id, flags: ['late'] }, { orgId: orgs.province.id, flags: ['late'] }]);
    expect(e1.fields['2.orgId']).toContain('không được mời');
    expect(e1.fields['1.orgId']).toBeUndefined();
    const e2 = await bad([{ personId: people.binhA1, flags: ['incomplete_composition'] }], 'en');
    expect(e2.fields['0.flags']).toBe('"Incomplete composition" applies to units only, not to people');
    const e3 = await bad([{ personId: 999999, flags: ['late'] }, { orgId: orgs.communeB.id, flags: [] }, { orgId: orgs.communeB.id, flags: ['late'] }]);
    expect(e3.fields['0.personId']).toContain('không được mời và không dự');
    expect(e3.fields['2']).toContain('hai lần');
  });
});

describe('scoping', () => {
  it('another commune\'s clerk gets 404 on a commune conference; members and strangers see nothing', async () => {
    const { orgs } = ctx.fx;
    const before = await evalCount();
    for (const [m, path] of [['GET', 'evaluation-suggestions'], ['GET', 'evaluations']] as const) {
      expect((await call(ctx.cookies.clerkB, m, `/api/conferences/${communal.id}/${path}`)).statusCode).toBe(404);
      expect((await call(ctx.cookies.memberA, m, `/api/conferences/${communal.id}/${path}`)).statusCode).toBe(404);
    }
    expect((await call(ctx.cookies.clerkB, 'PUT', `/api/conferences/${communal.id}/evaluations`, [{ orgId: orgs.cellA1.id, flags: ['late'] }])).statusCode).toBe(404);
    expect((await call(ctx.cookies.memberA, 'PUT', `/api/conferences/${communal.id}/evaluations`, [{ orgId: orgs.cellA1.id, flags: ['late'] }])).statusCode).toBe(403);
    expect(await evalCount()).toBe(before);
  });

  it('inspectors read but do not write (403); a bridge-point commune reads its part of a district conference but cannot evaluate it', async () => {
    const { orgs } = ctx.fx;
    const before = await evalCount();
    const read = await call(ctx.cookies.inspectorA, 'GET', `/api/conferences/${communal.id}/evaluations`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toHaveLength(2);
    expect((await call(ctx.cookies.inspectorA, 'PUT', `/api/conferences/${communal.id}/evaluations`, [{ orgId: orgs.cellA1.id, flags: ['late'] }])).statusCode).toBe(403);
    expect((await call(ctx.cookies.clerkA, 'PUT', `/api/conferences/${district.id}/evaluations`, [{ orgId: orgs.communeA.id, flags: [] }])).statusCode).toBe(403);
    const clerkB = await call(ctx.cookies.clerkB, 'GET', `/api/conferences/${district.id}/evaluations`);
    expect(clerkB.json()).toEqual([]); // communeB was not evaluated; communeA's rows stay hidden
    expect(await evalCount()).toBe(before);
  });
});

describe('annual review', () => {
  it('counts flags and conferences per unit and per person for the year', async () => {
    const { orgs, people } = ctx.fx;
    const r = await call(ctx.cookies.leaderDistrict, 'GET', `/api/evaluations?year=${year}`);
    expect(r.statusCode).toBe(200);
    const units = r.json().units;
    expect(units.map((u: { orgId: number }) => u.orgId)).toEqual([orgs.communeA.id, orgs.cellA2.id]);
    expect(units[0]).toMatchObject({
      orgName: 'Đảng ủy xã Dân Lực', parentName: 'Huyện ủy Triệu Sơn', evaluated: 1,
      flags: { late: 1, incomplete_composition: 1, unserious: 0 }, conferencesInvited: 2, conferencesAttended: 2,
      evaluations: [{ conferenceId: district.id, flags: ['late', 'incomplete_composition'], comment: 'Thiếu 1 đồng chí không lý do' }],
    });
    expect(units[1]).toMatchObject({ flags: { late: 0, incomplete_composition: 1, unserious: 0 }, conferencesInvited: 2, conferencesAttended: 0 });
    const binh = r.json().people.find((p: { personId: number }) => p.personId === people.binhA1);
    expect(binh).toMatchObject({ flags: { late: 1, incomplete_composition: 0, unserious: 1 }, conferencesInvited: 1, conferencesAttended: 1 });

    const an = await call(ctx.cookies.clerkA, 'GET', `/api/evaluations?personId=${people.anA1}&year=${year}`);
    expect(an.json().people).toEqual([expect.objectContaining({ personId: people.anA1, evaluated: 1, flags: { late: 1, incomplete_composition: 0, unserious: 0 }, conferencesInvited: 2, conferencesAttended: 2 })]);
    const cuong = await call(ctx.cookies.inspectorA, 'GET', `/api/people/${people.cuongA2}/evaluations?year=${year}`);
    expect(cuong.json().people[0]).toMatchObject({ evaluated: 0, evaluations: [], conferencesInvited: 2, conferencesAttended: 0 });
    expect((await call(ctx.cookies.leaderDistrict, 'GET', `/api/evaluations?year=${year - 1}`)).json()).toEqual({ year: year - 1, units: [], people: [] });
  });

  it('scopes the review: a commune sees its own subtree; a member sees only themself', async () => {
    const { orgs, people } = ctx.fx;
    const b = await call(ctx.cookies.clerkB, 'GET', `/api/evaluations?year=${year}`);
    expect(b.json()).toEqual({ year, units: [], people: [] });
    expect((await call(ctx.cookies.clerkB, 'GET', `/api/evaluations?orgId=${orgs.communeA.id}&year=${year}`)).statusCode).toBe(404);
    expect((await call(ctx.cookies.clerkB, 'GET', `/api/people/${people.binhA1}/evaluations`)).statusCode).toBe(404);
    const a = await call(ctx.cookies.clerkA, 'GET', `/api/evaluations?orgId=${orgs.cellA2.id}&year=${year}`);
    expect(a.json().units.map((u: { orgId: number }) => u.orgId)).toEqual([orgs.cellA2.id]);
    expect((await call(ctx.cookies.memberA, 'GET', `/api/people/${people.anA1}/evaluations?year=${year}`)).json().people[0].evaluated).toBe(1);
    expect((await call(ctx.cookies.memberA, 'GET', `/api/people/${people.binhA1}/evaluations`)).statusCode).toBe(404);
    expect((await call(ctx.cookies.memberA, 'GET', '/api/evaluations')).statusCode).toBe(403);
  });
});
