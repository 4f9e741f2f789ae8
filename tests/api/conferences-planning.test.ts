import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows, sql } from '../../server/core/db/index.js';
import { migrate } from '../../server/core/db/migrate.js';
import { api, campaign, count, document, END, seedAudience, START, type Ctx } from './conferences-fixture.js';
import { setup } from '../helpers.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let extra: Awaited<ReturnType<typeof seedAudience>>;
let campaignId: number;
let docs: number[];

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  extra = await seedAudience(ctx);
  const { db } = ctx.database;
  campaignId = await campaign(db, ctx.fx.orgs.district.id);
  docs = [
    await document(db, ctx.fx.orgs.province.id, '12-NQ/TU', 'Tỉnh ủy', 'Nghị quyết về chuyển đổi số'),
    await document(db, ctx.fx.orgs.district.id, '3-KH/HU', 'Huyện ủy', 'Kế hoạch học tập'),
  ];
  await db.execute(sql`INSERT INTO campaign_documents (campaign_id, document_id) VALUES (${campaignId}, ${docs[0]}), (${campaignId}, ${docs[1]})`);
});
afterAll(async () => { await ctx?.close(); });

/** Row counts of every table a planning write touches: a refused request must leave them all as they were. */
const TABLES = ['conferences', 'bridge_points', 'invitations', 'agenda_items', 'conference_materials', 'audit_log', 'campaigns', 'obligations', 'reminders'];
const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(ctx.database.db, t)] as const)));

const communeConference = (over: Record<string, unknown> = {}) => ({
  campaignId, orgId: ctx.fx.orgs.communeA.id, tier: 'all_members', title: 'Hội nghị quán triệt tại xã Dân Lực', format: 'in_person',
  startsAt: START, endsAt: END, ...over,
});
const detail = async (id: number) => (await call(ctx.cookies.admin, 'GET', `/api/conferences/${id}`)).json();
const checklist = async (id: number, cookie = ctx.cookies.clerkA) => {
  const res = await call(cookie, 'GET', `/api/conferences/${id}/checklist`);
  expect(res.statusCode).toBe(200);
  return Object.fromEntries((res.json().items as { key: string; state: string; counts: Record<string, number> }[]).map((i) => [i.key, i]));
};

describe('a conference can be checked into as soon as it is saved', () => {
  it('the obvious way (title, date, hall, audience, save): main point at the hall, everyone invited there, campaign documents as materials', async () => {
    const { orgs, people } = ctx.fx;
    // Under way now, so the check-in below is open.
    const now = Date.now();
    const res = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({
      hall: 'Hội trường UBND xã Dân Lực', audience: [{ kind: 'all_members', orgId: orgs.communeA.id }],
      startsAt: new Date(now - 600_000).toISOString(), endsAt: new Date(now + 3 * 3600_000).toISOString(),
    }));
    expect(res.statusCode).toBe(201);
    const c = await detail(res.json().id);
    expect(c.bridgePoints).toHaveLength(1);
    expect(c.bridgePoints[0]).toMatchObject({ name: 'Hội trường UBND xã Dân Lực', isMain: true, orgId: orgs.communeA.id, invited: 3 });
    expect(c.invitedCount).toBe(3); // An, Bình, Cường: the commune's party members
    expect(c.materials.map((m: { id: number }) => m.id).sort()).toEqual([...docs].sort());
    expect(c.audience.rules).toEqual([{ kind: 'all_members', orgId: orgs.communeA.id }]);
    const inv = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${c.id}/invitations`)).json();
    expect(inv.items.every((i: { bridgePointId: number }) => i.bridgePointId === c.bridgePoints[0].id)).toBe(true);

    // And the clerk checks An in at once, at the only point there is.
    const scan = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${c.id}/checkins`, { bridgePointId: c.bridgePoints[0].id, personId: people.anA1 });
    expect(scan.statusCode).toBeLessThan(300);
    expect((await detail(c.id)).attendedCount).toBe(1);
  });

  it('without a hall the point is named after the organizing unit; explicit empty materials stay empty', async () => {
    const res = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ materialIds: [] }));
    const c = await detail(res.json().id);
    expect(c.bridgePoints.map((b: { name: string; isMain: boolean }) => [b.name, b.isMain])).toEqual([['Đảng ủy xã Dân Lực', true]]);
    expect(c.materials).toEqual([]);
  });

  it('renaming the hall renames the main point named after it; a point renamed by hand keeps its name', async () => {
    const id = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ hall: 'Nhà văn hóa' }))).json().id;
    await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${id}`, { hall: 'Hội trường mới' });
    const main = (await detail(id)).bridgePoints[0];
    expect(main.name).toBe('Hội trường mới');
    expect((await call(ctx.cookies.clerkA, 'PATCH', `/api/bridge-points/${main.id}`, { name: 'Điểm cầu trung tâm' })).statusCode).toBe(200);
    await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${id}`, { hall: 'Hội trường khác' });
    expect((await detail(id)).bridgePoints[0].name).toBe('Điểm cầu trung tâm');
  });

  it('a refused create writes nothing: no conference, no point, no invitation', async () => {
    const before = await snapshot();
    // An audience rule over another commune's people: 404, after the conference row was already inserted.
    const res = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ audience: [{ kind: 'all_members', orgId: ctx.fx.orgs.communeB.id }] }));
    expect(res.statusCode).toBe(404);
    const bad = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ endsAt: '2026-03-10T00:00:00Z' }));
    expect(bad.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the main bridge point', () => {
  let id: number;
  let mainId: number;
  let cellPoint: number;
  beforeAll(async () => {
    id = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ hall: 'Hội trường xã', format: 'hybrid' }))).json().id;
    mainId = (await detail(id)).bridgePoints[0].id;
  });

  it('cannot be deleted nor stop being main by itself: 409 with a clear message, nothing written', async () => {
    const before = await snapshot();
    const del = await call(ctx.cookies.clerkA, 'DELETE', `/api/bridge-points/${mainId}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().error.message).toBe('"Hội trường xã" là điểm cầu chính của hội nghị, không thể xóa. Hãy đặt điểm cầu khác làm điểm cầu chính trước');
    const en = await call(ctx.cookies.clerkA, 'DELETE', `/api/bridge-points/${mainId}`, undefined, 'en');
    expect(en.json().error.message).toMatch(/is the main bridge point/);
    const off = await call(ctx.cookies.clerkA, 'PATCH', `/api/bridge-points/${mainId}`, { isMain: false });
    expect(off.statusCode).toBe(409);
    expect(off.json().error.fields.isMain).toMatch(/điểm cầu chính/);
    expect(await snapshot()).toEqual(before);
  });

  it('can be removed once another point became main', async () => {
    cellPoint = (await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/bridge-points`, { orgId: ctx.fx.orgs.cellA1.id, name: 'Điểm cầu thôn 1', isMain: true })).json().id;
    const points = (await detail(id)).bridgePoints as { id: number; isMain: boolean }[];
    expect(points.filter((p) => p.isMain).map((p) => p.id)).toEqual([cellPoint]);
    expect((await call(ctx.cookies.clerkA, 'DELETE', `/api/bridge-points/${mainId}`)).statusCode).toBe(204);
  });

  it('the setup checklist follows: readiness is asked of a hybrid conference\'s points', async () => {
    let list = await checklist(id);
    expect(list.bridgePoints).toMatchObject({ state: 'warning', counts: { total: 1, main: 1, unchecked: 1, remote: 1 } });
    await call(ctx.cookies.clerkA, 'POST', `/api/bridge-points/${cellPoint}/readiness`, { connectionOk: true });
    list = await checklist(id);
    expect(list.bridgePoints).toMatchObject({ state: 'done', counts: { ready: 1 } });
    expect(list.hallQr.state).toBe('done');
  });
});

describe('invitations without a bridge point', () => {
  let id: number;
  beforeAll(async () => {
    const { db } = ctx.database;
    id = (await call(ctx.cookies.admin, 'POST', '/api/conferences', {
      campaignId, orgId: ctx.fx.orgs.district.id, tier: 'key_cadre', title: 'Hội nghị trực tuyến toàn huyện', format: 'online', startsAt: START, endsAt: END,
    })).json().id;
    // As conferences saved before the main-point rule: no point at all, invitations unplaced.
    await db.execute(sql`DELETE FROM bridge_points WHERE conference_id = ${id}`);
    const { people } = ctx.fx;
    await db.execute(sql`INSERT INTO invitations (conference_id, person_id) VALUES (${id}, ${people.anA1}), (${id}, ${people.binhA1}), (${id}, ${people.dungB1}), (${id}, ${people.cuongA2})`);
  });

  it('are listed (names to the organizers only) and counted in the checklist', async () => {
    const res = await call(ctx.cookies.admin, 'GET', `/api/conferences/${id}/invitations/unplaced`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(4);
    expect((await checklist(id, ctx.cookies.admin)).invitations).toMatchObject({ state: 'warning', counts: { invited: 4, unplaced: 4 } });
    expect((await checklist(id, ctx.cookies.admin)).hallQr.state).toBe('todo');
    // A commune clerk does not organize it: no names.
    expect([403, 404]).toContain((await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${id}/invitations/unplaced`)).statusCode);
  });

  it('are placed when a point is added, by the nearest-unit rule', async () => {
    const { orgs, people } = ctx.fx;
    const a = (await call(ctx.cookies.admin, 'POST', `/api/conferences/${id}/bridge-points`, { orgId: orgs.communeA.id, name: 'Điểm cầu xã Dân Lực' })).json().id;
    const placed = await rows<{ person_id: number; bridge_point_id: number | null }>(ctx.database.db,
      sql`SELECT person_id, bridge_point_id FROM invitations WHERE conference_id = ${id} ORDER BY person_id`);
    // Commune A's people go to its point; Dũng (commune B) has no nearer point and no main point yet: still unplaced.
    expect(Object.fromEntries(placed.map((r) => [r.person_id, r.bridge_point_id]))).toEqual({
      [people.anA1]: a, [people.binhA1]: a, [people.cuongA2]: a, [people.dungB1]: null,
    });
    // Clerk A now hosts a point there, but is no organizer: Dũng's name stays hidden.
    expect((await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${id}/invitations/unplaced`)).statusCode).toBe(403);
  });

  it('the fix: place to a chosen point (refused for another conference\'s point, nothing written), or all by the rule', async () => {
    const other = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference())).json().id;
    const otherPoint = (await detail(other)).bridgePoints[0].id;
    const before = await snapshot();
    const bad = await call(ctx.cookies.admin, 'POST', `/api/conferences/${id}/invitations/place`, { bridgePointId: otherPoint });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.bridgePointId).toBe('Điểm cầu không thuộc hội nghị này');
    expect((await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/invitations/place`, {})).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);

    const hall = (await call(ctx.cookies.admin, 'POST', `/api/conferences/${id}/bridge-points`, { orgId: ctx.fx.orgs.district.id, name: 'Hội trường Huyện ủy', isMain: true })).json().id;
    // Adding the main point already placed Dũng there (nearest: the district).
    const res = await call(ctx.cookies.admin, 'POST', `/api/conferences/${id}/invitations/place`, {});
    expect(res.json()).toEqual({ placed: 0, unplaced: 0 });
    expect((await one<{ bridge_point_id: number }>(ctx.database.db, sql`SELECT bridge_point_id FROM invitations WHERE conference_id = ${id} AND person_id = ${ctx.fx.people.dungB1}`))!.bridge_point_id).toBe(hall);
    expect((await checklist(id, ctx.cookies.admin)).invitations.state).toBe('done');

    await ctx.database.db.execute(sql`UPDATE invitations SET bridge_point_id = NULL WHERE conference_id = ${id}`);
    const all = await call(ctx.cookies.admin, 'POST', `/api/conferences/${id}/invitations/place`, { bridgePointId: hall });
    expect(all.json()).toEqual({ placed: 4, unplaced: 0 });
  });

  it('the migration gives every conference without a main point one, and places its unplaced invitations', async () => {
    const { db } = ctx.database;
    const c = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ hall: 'Nhà văn hóa thôn 1' }))).json().id;
    await db.execute(sql`DELETE FROM bridge_points WHERE conference_id = ${c}`);
    await db.execute(sql`INSERT INTO invitations (conference_id, person_id) VALUES (${c}, ${ctx.fx.people.anA1})`);
    const lacking = await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM conferences k
      WHERE NOT EXISTS (SELECT 1 FROM bridge_points b WHERE b.conference_id = k.id AND b.is_main)`);
    expect(lacking!.n).toBeGreaterThan(0);
    await db.execute(sql`DELETE FROM schema_migrations WHERE name = '006_main_bridge_points.sql'`);
    expect(await migrate(ctx.database)).toEqual(['006_main_bridge_points.sql']);
    expect((await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM conferences k
      WHERE NOT EXISTS (SELECT 1 FROM bridge_points b WHERE b.conference_id = k.id AND b.is_main)`))!.n).toBe(0);
    expect((await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM invitations WHERE bridge_point_id IS NULL`))!.n).toBe(0);
    const points = (await detail(c)).bridgePoints;
    expect(points.map((b: { name: string; isMain: boolean; invited: number }) => [b.name, b.isMain, b.invited])).toEqual([['Nhà văn hóa thôn 1', true, 1]]);
  });
});

describe('setup checklist', () => {
  it('starts with what the clerk still has to do, each item with its figures, and fills in as they do it', async () => {
    const id = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ materialIds: [] }))).json().id;
    let list = await checklist(id);
    expect(Object.fromEntries(Object.entries(list).map(([k, v]) => [k, v.state]))).toEqual({
      materials: 'todo', agenda: 'todo', bridgePoints: 'done', invitations: 'todo', hallQr: 'done',
    });
    await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${id}`, { materialIds: [docs[0]] });
    await call(ctx.cookies.clerkA, 'PUT', `/api/conferences/${id}/agenda`, [{ topic: 'Khai mạc' }]);
    list = await checklist(id);
    expect(list.agenda).toMatchObject({ state: 'warning', counts: { items: 1, presenters: 0 } });
    await call(ctx.cookies.clerkA, 'PUT', `/api/conferences/${id}/agenda`, [{ topic: 'Chuyên đề', presenterPersonId: extra.lanDistrict }]);
    await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${id}/invitations/generate`, { rule: { kind: 'all_members', orgId: ctx.fx.orgs.communeA.id } });
    const res = await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${id}/checklist`);
    expect(res.json().ready).toBe(true);
    // Invited people who are no staff there see no checklist.
    expect((await call(ctx.cookies.memberA, 'GET', `/api/conferences/${id}/checklist`)).statusCode).toBe(403);
  });
});

describe('presenters from above', () => {
  it('the picker offers the district\'s presenters to a commune clerk, while people search stays scoped', async () => {
    const res = await call(ctx.cookies.clerkA, 'GET', `/api/conferences/presenters?orgId=${ctx.fx.orgs.communeA.id}`);
    expect(res.statusCode).toBe(200);
    const names = (res.json().items as { fullName: string }[]).map((p) => p.fullName);
    expect(names).toContain('Vũ Thị Lan');     // district presenter
    expect(names).toContain('Trần Văn Cường'); // own commune's presenter
    expect(names).not.toContain('Hoàng Văn Dũng'); // a presenter of the other commune: not on the line
    expect(names).not.toContain('Nguyễn Văn An'); // not a presenter
    const search = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/presenters?orgId=${ctx.fx.orgs.communeA.id}&q=lan`)).json();
    expect(search.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Vũ Thị Lan']);
    const people = (await call(ctx.cookies.clerkA, 'GET', '/api/people?category=presenter&pageSize=100')).json();
    expect(people.items.map((p: { fullName: string }) => p.fullName)).not.toContain('Vũ Thị Lan');
  });

  it('a person with the presenter role (an account) counts too; refusals for other units', async () => {
    const { db } = ctx.database;
    const { orgs } = ctx.fx;
    const p = (await one<{ id: number }>(db, sql`INSERT INTO people (org_id, full_name, sort_key) VALUES (${orgs.district.id}, 'Đinh Văn Khánh', 'khanh') RETURNING id`))!.id;
    const a = (await one<{ id: number }>(db, sql`INSERT INTO accounts (username, password_hash, display_name, person_id) VALUES ('bcv.khanh', 'x', 'Khánh', ${p}) RETURNING id`))!.id;
    await db.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${a}, 'presenter', ${orgs.district.id})`);
    const names = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/presenters?orgId=${orgs.communeA.id}&q=khanh`)).json().items.map((x: { fullName: string }) => x.fullName);
    expect(names).toEqual(['Đinh Văn Khánh']);
    const created = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ agenda: [{ topic: 'Chuyên đề', presenterPersonId: p }] }));
    expect(created.statusCode).toBe(201);
    expect((await call(ctx.cookies.clerkA, 'GET', `/api/conferences/presenters?orgId=${orgs.communeB.id}`)).statusCode).toBe(404);
    expect((await call(ctx.cookies.memberA, 'GET', `/api/conferences/presenters?orgId=${orgs.communeA.id}`)).statusCode).toBe(403);
    // The other commune's presenter is refused in the agenda, and nothing is written.
    const before = await snapshot();
    const bad = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ agenda: [{ topic: 'X', presenterPersonId: ctx.fx.people.dungB1 }] }));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['agenda.0.presenterPersonId']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('copying an earlier conference', () => {
  it('same agenda, materials, points, audience, tier and format on new dates; readiness and check-ins are not carried over', async () => {
    const { orgs, people } = ctx.fx;
    const src = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({
      format: 'hybrid', hall: 'Hội trường xã', materialIds: [docs[1]], audience: [{ kind: 'all_members', orgId: orgs.communeA.id }],
      agenda: [{ topic: 'Chuyên đề 1', presenterPersonId: extra.lanDistrict, minutes: 60 }, { topic: 'Thảo luận' }],
    }))).json().id;
    const cell = (await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${src}/bridge-points`, { orgId: orgs.cellA1.id, name: 'Điểm cầu thôn 1', capacity: 40 })).json().id;
    await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${src}/invitations/${people.anA1}`, { bridgePointId: cell });
    await call(ctx.cookies.clerkA, 'POST', `/api/bridge-points/${cell}/readiness`, { connectionOk: true });

    const res = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${src}/copy`, { startsAt: '2026-04-10T01:00:00Z', endsAt: '2026-04-10T04:00:00Z' });
    expect(res.statusCode).toBe(201);
    const [a, b] = [await detail(src), await detail(res.json().id)];
    expect(b).toMatchObject({ title: a.title, tier: a.tier, format: 'hybrid', hall: 'Hội trường xã', startsAt: '2026-04-10T01:00:00Z', makeupOf: null, invitedCount: a.invitedCount, attendedCount: 0 });
    const strip = (x: typeof a) => ({
      agenda: x.agenda.map((i: { topic: string; presenterPersonId: number | null; minutes: number | null }) => [i.topic, i.presenterPersonId, i.minutes]),
      materials: x.materials.map((m: { id: number }) => m.id),
      points: x.bridgePoints.map((p: { name: string; orgId: number; capacity: number | null; isMain: boolean; invited: number }) => [p.name, p.orgId, p.capacity, p.isMain, p.invited]),
      audience: x.audience,
    });
    expect(strip(b)).toEqual(strip(a));
    expect(b.bridgePoints.every((p: { connectionOk: boolean | null }) => p.connectionOk === null)).toBe(true);
    const an = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${b.id}/invitations?q=an`)).json().items[0];
    expect(an.bridgePointName).toBe('Điểm cầu thôn 1');
  });

  it('refused with bad dates, from another unit, or in a closed campaign — nothing written', async () => {
    const src = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference())).json().id;
    const before = await snapshot();
    const bad = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${src}/copy`, { startsAt: '2026-04-10T04:00:00Z', endsAt: '2026-04-10T01:00:00Z' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['endsAt']);
    expect((await call(ctx.cookies.clerkB, 'POST', `/api/conferences/${src}/copy`, { startsAt: START, endsAt: END })).statusCode).toBe(404);
    expect((await call(ctx.cookies.inspectorA, 'POST', `/api/conferences/${src}/copy`, { startsAt: START, endsAt: END })).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a closed campaign is read-only', () => {
  let closed: number;
  let conf: number;
  beforeAll(async () => {
    closed = await campaign(ctx.database.db, ctx.fx.orgs.district.id, ['all_members'], 'Đợt học tập đã xong');
    conf = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ campaignId: closed }))).json().id;
    const ob = await call(ctx.cookies.admin, 'PATCH', `/api/campaigns/${closed}`, { status: 'closed' });
    expect(ob.statusCode).toBe(200);
  });

  it('refuses new conferences, copies, deadline edits and reminders with 409, writing nothing', async () => {
    const before = await snapshot();
    const cases = [
      await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ campaignId: closed })),
      await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${conf}/copy`, { startsAt: START, endsAt: END }),
      await call(ctx.cookies.admin, 'PATCH', `/api/campaigns/${closed}`, { deadline: '2027-01-31' }),
      await call(ctx.cookies.admin, 'PATCH', `/api/campaigns/${closed}`, { title: 'Đổi tên' }),
      await call(ctx.cookies.admin, 'POST', `/api/campaigns/${closed}/reminders`, {}),
    ];
    for (const r of cases) {
      expect(r.statusCode).toBe(409);
      expect(r.json().error).toMatchObject({ code: 'campaign_closed' });
      expect(r.json().error.message).toMatch(/^Đợt học tập đã kết thúc/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('can be reopened, and then planned again', async () => {
    expect((await call(ctx.cookies.admin, 'PATCH', `/api/campaigns/${closed}`, { status: 'active', deadline: '2027-01-31' })).statusCode).toBe(200);
    expect((await call(ctx.cookies.clerkA, 'POST', '/api/conferences', communeConference({ campaignId: closed }))).statusCode).toBe(201);
  });
});
