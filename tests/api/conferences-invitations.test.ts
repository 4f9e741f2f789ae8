import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';
import { api, campaign, count, END, seedAudience, START, type Ctx } from './conferences-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let extra: Awaited<ReturnType<typeof seedAudience>>;
let campaignId: number;

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  extra = await seedAudience(ctx);
  campaignId = await campaign(ctx.database.db, ctx.fx.orgs.district.id);
});
afterAll(async () => { await ctx?.close(); });

async function conference(cookie: string, orgId: number, title: string) {
  const res = await call(cookie, 'POST', '/api/conferences', {
    campaignId, orgId, tier: 'all_members', title, format: 'online', startsAt: START, endsAt: END,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as number;
}

type Inv = { personId: number; bridgePointId: number | null; bridgePointName: string | null; attended: boolean; lateMinutes: number | null; absence: unknown };
async function invitees(id: number, query = '') {
  const res = await call(ctx.cookies.admin, 'GET', `/api/conferences/${id}/invitations?pageSize=200${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as Inv[];
}
const ids = (list: Inv[]) => list.map((i) => i.personId).sort((a, b) => a - b);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('audience rules', () => {
  it('each rule invites exactly its people, below the rule\'s unit', async () => {
    const { orgs, people } = ctx.fx;
    const cases: [Record<string, unknown>, number[]][] = [
      [{ kind: 'key_cadres', orgId: orgs.communeA.id }, [people.anA1]],
      [{ kind: 'all_members', orgId: orgs.communeA.id }, [people.anA1, people.binhA1, people.cuongA2]],
      [{ kind: 'presenters_staff', orgId: orgs.communeA.id }, [people.cuongA2, people.hoaWomenA]],
      [{ kind: 'mass_org', orgId: orgs.communeA.id }, [people.hoaWomenA, people.binhA1, extra.tuYouthA]],
      [{ kind: 'mass_org', orgId: orgs.communeA.id, massOrgType: 'women_union' }, [people.hoaWomenA, people.binhA1]],
      [{ kind: 'key_cadres', orgId: orgs.district.id }, [people.anA1, people.dungB1]],
      [{ kind: 'all_members', orgId: orgs.cellA1.id }, [people.anA1, people.binhA1]],
    ];
    for (const [rule, expected] of cases) {
      const id = await conference(ctx.cookies.admin, orgs.district.id, `Hội nghị ${JSON.stringify(rule)}`);
      const res = await call(ctx.cookies.admin, 'POST', `/api/conferences/${id}/invitations/generate`, { rule });
      expect(res.json()).toEqual({ invited: expected.length });
      expect(ids(await invitees(id)), JSON.stringify(rule)).toEqual(sorted(expected));
      const detail = (await call(ctx.cookies.admin, 'GET', `/api/conferences/${id}`)).json();
      expect(detail.audience).toEqual({ rules: [rule] });
      expect(detail.invitedCount).toBe(expected.length);
    }
  });

  it('keeps existing invitees, and refuses a rule outside the caller\'s scope without writing', async () => {
    const { orgs } = ctx.fx;
    const id = await conference(ctx.cookies.clerkA, orgs.communeA.id, 'Hội nghị xã');
    const first = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/invitations/generate`, { rule: { kind: 'key_cadres', orgId: orgs.communeA.id } });
    expect(first.json().invited).toBe(1);
    const second = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/invitations/generate`, { rule: { kind: 'all_members', orgId: orgs.communeA.id } });
    expect(second.json().invited).toBe(2);
    const logs = await count(ctx.database.db, 'audit_log');
    for (const orgId of [orgs.communeB.id, orgs.district.id]) {
      const res = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/invitations/generate`, { rule: { kind: 'all_members', orgId } });
      expect(res.statusCode).toBe(404);
    }
    const bad = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/invitations/generate`, { rule: { kind: 'everyone', orgId: orgs.communeA.id } });
    expect(bad.statusCode).toBe(400);
    expect((await call(ctx.cookies.inspectorA, 'POST', `/api/conferences/${id}/invitations/generate`, { rule: { kind: 'all_members', orgId: orgs.cellA1.id } })).statusCode).toBe(403);
    expect(await count(ctx.database.db, 'audit_log')).toBe(logs);
    expect((await invitees(id)).length).toBe(3);
    expect((await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${id}`)).json().audience.rules).toHaveLength(2);
  });
});

describe('bridge point assignment', () => {
  it('sends each invitee to the nearest bridge point of their unit, else the main one; deletion falls back to main', async () => {
    const { orgs, people } = ctx.fx;
    const id = await conference(ctx.cookies.admin, orgs.district.id, 'Hội nghị trực tuyến toàn huyện');
    const bp = async (orgId: number, name: string, isMain = false) =>
      (await call(ctx.cookies.admin, 'POST', `/api/conferences/${id}/bridge-points`, { orgId, name, isMain })).json().id as number;
    // The conference came with its own main point (named after the district, no hall given); this one takes over.
    const auto = (await call(ctx.cookies.admin, 'GET', `/api/conferences/${id}`)).json().bridgePoints[0].id as number;
    const main = await bp(orgs.district.id, 'Điểm cầu chính — Hội trường Huyện ủy', true);
    const communeA = await bp(orgs.communeA.id, 'Điểm cầu xã Dân Lực');
    const cellA1 = await bp(orgs.cellA1.id, 'Điểm cầu thôn 1');
    await call(ctx.cookies.admin, 'POST', `/api/conferences/${id}/invitations/generate`, { rule: { kind: 'all_members', orgId: orgs.district.id } });
    const where = Object.fromEntries((await invitees(id)).map((i) => [i.personId, i.bridgePointId]));
    expect(where).toEqual({
      [people.anA1]: cellA1, [people.binhA1]: cellA1, // cell A1 has its own point
      [people.cuongA2]: communeA,                    // cell A2 has none: the commune's
      [people.dungB1]: main,                         // commune B has none: the main point
    });
    const detail = (await call(ctx.cookies.admin, 'GET', `/api/conferences/${id}`)).json();
    expect(detail.bridgePoints.map((b: { id: number; invited: number }) => [b.id, b.invited])).toEqual([[main, 1], [auto, 0], [communeA, 1], [cellA1, 2]]);
    expect((await invitees(id, `&bridgePointId=${cellA1}`)).map((i) => i.personId)).toEqual([people.anA1, people.binhA1]); // An before Bình

    expect((await call(ctx.cookies.admin, 'DELETE', `/api/bridge-points/${cellA1}`)).statusCode).toBe(204);
    const after = await invitees(id);
    expect(after.filter((i) => i.bridgePointId === main).map((i) => i.personId).sort()).toEqual(sorted([people.anA1, people.binhA1, people.dungB1]));

    // An in-person conference has only its hall, created with it: everyone is invited there.
    const plain = await conference(ctx.cookies.admin, orgs.district.id, 'Hội nghị trực tiếp');
    const hall = (await call(ctx.cookies.admin, 'GET', `/api/conferences/${plain}`)).json().bridgePoints[0].id as number;
    await call(ctx.cookies.admin, 'POST', `/api/conferences/${plain}/invitations/generate`, { rule: { kind: 'key_cadres', orgId: orgs.district.id } });
    expect((await invitees(plain)).map((i) => i.bridgePointId)).toEqual([hall, hall]);
  });
});

describe('manual invitations and my invitations', () => {
  it('adds, reassigns, lists with attendance and absence, removes; /api/me/invitations for the member', async () => {
    const { orgs, people } = ctx.fx;
    const { db } = ctx.database;
    const id = await conference(ctx.cookies.clerkA, orgs.communeA.id, 'Hội nghị chi bộ thôn');
    const other = await conference(ctx.cookies.clerkA, orgs.communeA.id, 'Hội nghị khác');
    const hall = (await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/bridge-points`, { orgId: orgs.communeA.id, name: 'Hội trường xã', isMain: true })).json().id;
    const a1 = (await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/bridge-points`, { orgId: orgs.cellA1.id, name: 'Nhà văn hóa thôn 1' })).json().id;
    const foreign = (await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${other}/bridge-points`, { orgId: orgs.cellA1.id, name: 'Điểm cầu khác' })).json().id;

    const logs = await count(db, 'audit_log');
    const outsider = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/invitations`, { personIds: [people.anA1, people.dungB1] });
    expect(outsider.json().error.fields.personIds).toBe(`Không tìm thấy người trong phạm vi của bạn: ${people.dungB1}`);
    const wrongBp = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/invitations`, { personIds: [people.anA1], bridgePointId: foreign }, 'en');
    expect(wrongBp.json().error.fields.bridgePointId).toBe('The bridge point does not belong to this conference');
    expect((await invitees(id)).length).toBe(0);
    expect(await count(db, 'audit_log')).toBe(logs);

    expect((await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/invitations`, { personIds: [people.anA1, people.cuongA2] })).json()).toEqual({ invited: 2 });
    expect((await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/invitations`, { personIds: [people.hoaWomenA, people.anA1], bridgePointId: a1 })).json()).toEqual({ invited: 1 });
    let list = await invitees(id);
    expect(Object.fromEntries(list.map((i) => [i.personId, i.bridgePointName]))).toEqual({
      [people.anA1]: 'Nhà văn hóa thôn 1', [people.cuongA2]: 'Hội trường xã', [people.hoaWomenA]: 'Nhà văn hóa thôn 1',
    });

    const moved = await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${id}/invitations/${people.hoaWomenA}`, { bridgePointId: hall });
    expect(moved.json()).toMatchObject({ personId: people.hoaWomenA, fullName: 'Phạm Thị Hoa', orgName: 'Hội LHPN xã Dân Lực', bridgePointId: hall, attended: false });
    expect((await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${id}/invitations/${people.hoaWomenA}`, { bridgePointId: foreign })).statusCode).toBe(400);
    expect((await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${id}/invitations/${people.binhA1}`, { bridgePointId: hall })).statusCode).toBe(404);

    await db.execute(sql`INSERT INTO attendance (conference_id, person_id, bridge_point_id, checked_at, late_minutes, method)
      VALUES (${id}, ${people.anA1}, ${a1}, ${'2026-03-10T01:07:00Z'}::timestamptz, 7, 'card')`);
    await db.execute(sql`INSERT INTO absences (conference_id, person_id, excused, reason) VALUES (${id}, ${people.cuongA2}, true, 'Ốm')`);
    list = await invitees(id);
    const by = Object.fromEntries(list.map((i) => [i.personId, i]));
    expect(by[people.anA1]).toMatchObject({ attended: true, checkedAt: '2026-03-10T01:07:00Z', lateMinutes: 7, absence: null });
    expect(by[people.cuongA2]).toMatchObject({ attended: false, checkedAt: null, lateMinutes: null, absence: { excused: true, reason: 'Ốm' } });
    expect((await invitees(id, '&q=cuong')).map((i) => i.personId)).toEqual([people.cuongA2]);
    const conf = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences?campaignId=${campaignId}&orgId=${orgs.communeA.id}`)).json();
    expect(conf.items.find((x: { id: number }) => x.id === id)).toMatchObject({ invitedCount: 3, attendedCount: 1 });

    const mine = (await call(ctx.cookies.memberA, 'GET', '/api/me/invitations')).json();
    const invitedTo = await rows<{ id: number }>(db, sql`SELECT conference_id AS id FROM invitations WHERE person_id = ${people.anA1}`);
    expect(mine.map((m: { conferenceId: number }) => m.conferenceId).sort()).toEqual(invitedTo.map((r) => r.id).sort());
    expect(invitedTo.length).toBeGreaterThan(1);
    expect(mine.filter((m: { conferenceId: number }) => m.conferenceId === id)).toEqual([expect.objectContaining({ conferenceId: id, title: 'Hội nghị chi bộ thôn', format: 'online', startsAt: START, endsAt: END, bridgePointName: 'Nhà văn hóa thôn 1', attended: true })]);
    // The invited member may open the conference, but not its invitation list nor other conferences.
    expect((await call(ctx.cookies.memberA, 'GET', `/api/conferences/${id}`)).statusCode).toBe(200);
    expect((await call(ctx.cookies.memberA, 'GET', `/api/conferences/${id}/invitations`)).statusCode).toBe(403);
    expect((await call(ctx.cookies.memberA, 'GET', `/api/conferences/${other}`)).statusCode).toBe(404);
    expect((await call(ctx.cookies.memberA, 'DELETE', `/api/conferences/${id}/invitations/${people.anA1}`)).statusCode).toBe(403);
    expect((await call(ctx.cookies.clerkB, 'DELETE', `/api/conferences/${id}/invitations/${people.cuongA2}`)).statusCode).toBe(404);

    expect((await call(ctx.cookies.clerkA, 'DELETE', `/api/conferences/${id}/invitations/${people.anA1}`)).statusCode).toBe(409);
    expect((await call(ctx.cookies.clerkA, 'DELETE', `/api/conferences/${id}/invitations/${people.hoaWomenA}`)).statusCode).toBe(204);
    expect((await call(ctx.cookies.clerkA, 'DELETE', `/api/conferences/${id}/invitations/${people.hoaWomenA}`)).statusCode).toBe(404);
    expect(ids(await invitees(id))).toEqual(sorted([people.anA1, people.cuongA2]));
  });
});
