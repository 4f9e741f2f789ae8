import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/core/auth/password.js';
import { one, sql } from '../../server/core/db/index.js';
import { nameSortKey } from '../../server/core/vn.js';
import { loginAs, PASSWORD, setup } from '../helpers.js';
import { sseReader } from '../sse.js';
import { api, bridgePoint, campaign, conference, invite, MIN, type Conf, type Ctx } from './attendance-fixture.js';

// Item 2 of issue 7: a district conference followed at a bridge point in each of two communes. The clerk of
// commune A sees A's people only (and B's counts where counts are shown), B's clerk vice versa, the district's
// organizer and those above see everyone. Every list, search, record endpoint and stream is checked.

let ctx: Ctx;
let call: ReturnType<typeof api>;
let conf: Conf;
let bpMain: number; let bpA: number; let bpB: number;
let enB: number; // a second member in commune B
const cookies: Record<string, string> = {};

const A_NAMES = ['Lê Thị Bình', 'Nguyễn Văn An', 'Trần Văn Cường'];
const B_NAMES = ['Hoàng Thị Én', 'Hoàng Văn Dũng'];
const ALL = [...A_NAMES, ...B_NAMES].sort();
const names = (list: { fullName: string }[]) => list.map((x) => x.fullName).sort();
/** No name of the other commune anywhere in the body, whatever field might carry it. */
const mentionsNone = (body: string, who: string[]) => who.every((n) => !body.includes(n));

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { db } = ctx.database;
  const { orgs, people } = ctx.fx;
  enB = (await one<{ id: number }>(db, sql`INSERT INTO people (org_id, full_name, sort_key, party_status)
    VALUES (${orgs.cellB1.id}, 'Hoàng Thị Én', ${nameSortKey('Hoàng Thị Én')}, 'official') RETURNING id`))!.id;
  const hash = await hashPassword(PASSWORD);
  const account = async (username: string, role: string | null, orgId: number | null, personId: number | null = null) => {
    const a = (await one<{ id: number }>(db, sql`INSERT INTO accounts (username, password_hash, display_name, person_id)
      VALUES (${username}, ${hash}, ${username}, ${personId}) RETURNING id`))!;
    if (role) await db.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${a.id}, ${role}, ${orgId})`);
  };
  await account('clerk.huyen', 'clerk', orgs.district.id); // the organizer's office
  await account('member.b', 'member', orgs.cellB1.id, people.dungB1);
  for (const [k, u] of [['organizer', 'clerk.huyen'], ['memberB', 'member.b']]) cookies[k] = await loginAs(ctx.app, u);
  Object.assign(cookies, ctx.cookies);

  const camp = await campaign(db, orgs.district.id);
  conf = await conference(db, { campaignId: camp, orgId: orgs.district.id, fromNow: -30 * MIN, hours: 3, tier: 'key_cadre', title: 'Hội nghị trực tuyến toàn huyện' });
  bpMain = await bridgePoint(db, conf.id, orgs.district.id, 'Hội trường Huyện ủy', true);
  bpA = await bridgePoint(db, conf.id, orgs.communeA.id, 'Điểm cầu xã Dân Lực');
  bpB = await bridgePoint(db, conf.id, orgs.communeB.id, 'Điểm cầu xã Hợp Thành');
  // Hosts of the communes' points: their names are people records too.
  await db.execute(sql`UPDATE bridge_points SET host_person_id = ${people.cuongA2} WHERE id = ${bpA}`);
  await db.execute(sql`UPDATE bridge_points SET host_person_id = ${enB} WHERE id = ${bpB}`);
  await invite(db, conf.id, [people.anA1, people.binhA1, people.cuongA2], bpA);
  await invite(db, conf.id, [people.dungB1, enB], bpB);

  // One arrival per commune, an absence in each, a question from each.
  const scan = async (who: string, bridgePointId: number, personId: number) =>
    expect((await call(cookies[who], 'POST', `/api/conferences/${conf.id}/checkins`, { bridgePointId, personId })).statusCode).toBe(200);
  await scan('clerkA', bpA, people.anA1);
  await scan('clerkB', bpB, people.dungB1);
  expect((await call(cookies.clerkA, 'POST', `/api/conferences/${conf.id}/absences`, { personId: people.binhA1, excused: true, reason: 'Ốm' })).statusCode).toBe(200);
  expect((await call(cookies.clerkB, 'POST', `/api/conferences/${conf.id}/absences`, { personId: enB, excused: false })).statusCode).toBe(200);
  expect((await call(cookies.memberA, 'POST', `/api/conferences/${conf.id}/questions`, { text: 'Câu hỏi của xã Dân Lực', anonymous: false })).statusCode).toBe(201);
  expect((await call(cookies.memberB, 'POST', `/api/conferences/${conf.id}/questions`, { text: 'Câu hỏi ẩn danh của xã Hợp Thành', anonymous: true })).statusCode).toBe(201);
  const hidden = await call(cookies.memberB, 'POST', `/api/conferences/${conf.id}/questions`, { text: 'Câu hỏi bị ẩn của xã Hợp Thành', anonymous: false });
  expect((await call(cookies.organizer, 'POST', `/api/questions/${hidden.json().id}/hide`, { hidden: true })).statusCode).toBe(200);
});
afterAll(async () => { await ctx?.close(); });

const get = async (who: string, url: string) => {
  const r = await call(cookies[who], 'GET', url);
  expect(r.statusCode, `${who} GET ${url}: ${r.body}`).toBe(200);
  return r;
};

describe('people lists of a conference shared by two communes', () => {
  it('invitations: each commune sees its own people, the organizer and those above see everyone', async () => {
    const url = `/api/conferences/${conf.id}/invitations?pageSize=200`;
    const a = await get('clerkA', url);
    expect(names(a.json().items)).toEqual(A_NAMES);
    expect(a.json()).toMatchObject({ total: 3, partial: true }); // the page says why its total differs
    expect(mentionsNone(a.body, B_NAMES)).toBe(true);
    const b = await get('clerkB', url);
    expect(names(b.json().items)).toEqual(B_NAMES);
    expect(mentionsNone(b.body, A_NAMES)).toBe(true);
    for (const who of ['organizer', 'leaderDistrict', 'admin']) {
      const all = (await get(who, url)).json();
      expect(names(all.items)).toEqual(ALL);
      expect(all.partial).toBe(false);
    }
    // Filtering by the other commune's point gives nothing rather than its people.
    expect((await get('clerkA', `${url}&bridgePointId=${bpB}`)).json()).toMatchObject({ items: [], total: 0 });
  });

  it('invitation search: a name from commune B finds nothing from commune A, and is found by B and the organizer', async () => {
    for (const q of ['Dũng', 'dung', 'Hoàng']) {
      const a = await get('clerkA', `/api/conferences/${conf.id}/invitations?q=${encodeURIComponent(q)}`);
      expect(a.json()).toMatchObject({ items: [], total: 0 });
    }
    expect(names((await get('clerkB', `/api/conferences/${conf.id}/invitations?q=dung`)).json().items)).toEqual(['Hoàng Văn Dũng']);
    expect(names((await get('organizer', `/api/conferences/${conf.id}/invitations?q=dung`)).json().items)).toEqual(['Hoàng Văn Dũng']);
    expect((await get('clerkB', `/api/conferences/${conf.id}/invitations?q=An`)).json().items.map((x: { fullName: string }) => x.fullName)).not.toContain('Nguyễn Văn An');
  });

  it('roll call (and its search): own people only, with check-in times; counts over the same rows', async () => {
    const url = `/api/conferences/${conf.id}/roll-call?pageSize=200`;
    const a = await get('clerkA', url);
    expect(names(a.json().items)).toEqual(A_NAMES);
    expect(a.json().counts).toEqual({ present: 1, absent_excused: 1, absent_unexcused: 0, not_marked: 1 });
    expect(mentionsNone(a.body, B_NAMES)).toBe(true);
    const b = await get('clerkB', url);
    expect(names(b.json().items)).toEqual(B_NAMES);
    expect(b.json().counts).toEqual({ present: 1, absent_excused: 0, absent_unexcused: 1, not_marked: 0 });
    expect(mentionsNone(b.body, A_NAMES)).toBe(true);
    const all = await get('organizer', url);
    expect(names(all.json().items)).toEqual(ALL);
    expect(all.json().items.find((x: { fullName: string }) => x.fullName === 'Hoàng Văn Dũng').checkedAt).toEqual(expect.any(String));
    expect((await get('clerkA', `${url}&q=dung`)).json()).toMatchObject({ items: [], total: 0 });
    expect((await get('clerkA', `${url}&bridgePointId=${bpB}`)).json().items).toEqual([]);
    expect((await get('clerkA', `${url}&orgId=${ctx.fx.orgs.cellB1.id}`)).json().items).toEqual([]);
  });

  it('make-up list: own people only', async () => {
    const url = `/api/conferences/${conf.id}/makeup-list`;
    expect(names((await get('clerkA', url)).json())).toEqual(['Lê Thị Bình', 'Trần Văn Cường']);
    expect(names((await get('clerkB', url)).json())).toEqual(['Hoàng Thị Én']);
    expect(names((await get('organizer', url)).json())).toEqual(['Hoàng Thị Én', 'Lê Thị Bình', 'Trần Văn Cường']);
  });

  it('evaluation suggestions and evaluations: per person only for the own commune', async () => {
    const url = `/api/conferences/${conf.id}/evaluation-suggestions`;
    const a = await get('clerkA', url);
    // An and Dũng came late, Cường and Én stayed away without excuse; Bình is excused.
    expect(names(a.json().people)).toEqual(['Nguyễn Văn An', 'Trần Văn Cường']);
    expect(mentionsNone(a.body, B_NAMES)).toBe(true);
    const b = await get('clerkB', url);
    expect(names(b.json().people)).toEqual(['Hoàng Thị Én', 'Hoàng Văn Dũng']);
    expect(mentionsNone(b.body, A_NAMES)).toBe(true);
    expect(names((await get('organizer', url)).json().people)).toEqual(['Hoàng Thị Én', 'Hoàng Văn Dũng', 'Nguyễn Văn An', 'Trần Văn Cường']);
    const saved = await ctx.app.inject({ method: 'PUT', url: `/api/conferences/${conf.id}/evaluations`, headers: { cookie: cookies.organizer }, payload: [
      { personId: ctx.fx.people.cuongA2, flags: [], comment: 'Vắng không báo' }, { personId: enB, flags: [], comment: 'Vắng không báo' },
    ] });
    expect(saved.statusCode, saved.body).toBe(200);
    const list = (who: string) => get(who, `/api/conferences/${conf.id}/evaluations`);
    expect((await list('clerkA')).json().map((e: { fullName: string }) => e.fullName)).toEqual(['Trần Văn Cường']);
    expect((await list('clerkB')).json().map((e: { fullName: string }) => e.fullName)).toEqual(['Hoàng Thị Én']);
    expect((await list('organizer')).json()).toHaveLength(2);
  });

  it('questions follow the dialogue rule: names only where the asker chose so; a hidden question stays in its commune', async () => {
    const url = `/api/conferences/${conf.id}/questions?sort=recent`;
    const texts = (list: { text: string }[]) => list.map((x) => x.text).sort();
    const a = (await get('clerkA', url)).json();
    expect(texts(a)).toEqual(['Câu hỏi của xã Dân Lực', 'Câu hỏi ẩn danh của xã Hợp Thành']);
    expect(a.find((x: { anonymous: boolean }) => x.anonymous).askerName).toBeNull();
    const b = (await get('clerkB', url)).json();
    expect(texts(b)).toEqual(['Câu hỏi bị ẩn của xã Hợp Thành', 'Câu hỏi của xã Dân Lực', 'Câu hỏi ẩn danh của xã Hợp Thành']);
    expect(b.find((x: { text: string }) => x.text === 'Câu hỏi của xã Dân Lực').askerName).toBe('Nguyễn Văn An'); // he chose to be named
    expect((await get('organizer', url)).json()).toHaveLength(3);
  });
});

describe('bridge points, counts and streams', () => {
  it('conference page: every point with its counts, but hosts of other communes’ points are not named', async () => {
    const detail = async (who: string) => Object.fromEntries((await get(who, `/api/conferences/${conf.id}`)).json().bridgePoints
      .map((b: { id: number }) => [b.id, b]));
    const a = await detail('clerkA');
    expect(a[bpA]).toMatchObject({ hostName: 'Trần Văn Cường', hostPersonId: ctx.fx.people.cuongA2, invited: 3, attended: 1 });
    expect(a[bpB]).toMatchObject({ hostName: null, hostPersonId: null, invited: 2, attended: 1 });
    const b = await detail('clerkB');
    expect(b[bpB]).toMatchObject({ hostName: 'Hoàng Thị Én' });
    expect(b[bpA]).toMatchObject({ hostName: null, hostPersonId: null, invited: 3, attended: 1 });
    const o = await detail('organizer');
    expect([o[bpA].hostName, o[bpB].hostName]).toEqual(['Trần Văn Cường', 'Hoàng Thị Én']);
    // An invitee sees the host of their own point only.
    const m = await detail('memberA');
    expect([m[bpA].hostName, m[bpB].hostName]).toEqual(['Trần Văn Cường', null]);
  });

  it('participation: counts of the own part; the organizer sees every point', async () => {
    const a = (await get('clerkA', `/api/conferences/${conf.id}/participation`)).json();
    expect(a.total).toMatchObject({ invited: 3, attended: 1 });
    expect(a.bridgePoints.map((b: { bridgePointId: number }) => b.bridgePointId)).toEqual([bpA]);
    expect(a.units.map((u: { orgName: string }) => u.orgName)).not.toContain('Chi bộ thôn Đông');
    const o = (await get('organizer', `/api/conferences/${conf.id}/participation`)).json();
    expect(o.total).toMatchObject({ invited: 5, attended: 2 });
  });

  it('choosing another commune’s invitee by id at the own point is refused without naming them', async () => {
    const { db } = ctx.database;
    for (const body of [{ bridgePointId: bpA, personId: enB }, { bridgePointId: bpA, personId: ctx.fx.people.dungB1 }]) {
      const r = await call(cookies.clerkA, 'POST', `/api/conferences/${conf.id}/checkins`, body);
      expect(r.statusCode).toBe(404);
      expect(mentionsNone(r.body, B_NAMES)).toBe(true);
    }
    const batch = await call(cookies.clerkA, 'POST', `/api/conferences/${conf.id}/checkins/batch`, {
      bridgePointId: bpA, items: [{ personId: enB, scannedAt: new Date().toISOString(), clientId: 'x1' }] });
    expect(batch.json().results[0]).toMatchObject({ result: 'refused' });
    expect(mentionsNone(batch.body, B_NAMES)).toBe(true);
    const n = await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM attendance WHERE conference_id = ${conf.id} AND person_id = ${enB}`);
    expect(n!.n).toBe(0);
    // Someone's own card works anywhere: the card is proof, the name comes back to the point that scanned it.
  });

  it('per-person records of another commune: 404 for a person record, absences refused', async () => {
    expect((await call(cookies.clerkA, 'GET', `/api/people/${enB}`)).statusCode).toBe(404);
    expect((await call(cookies.clerkA, 'POST', `/api/conferences/${conf.id}/absences`, { personId: enB, excused: true })).statusCode).toBe(403);
    expect((await call(cookies.clerkA, 'POST', `/api/conferences/${conf.id}/roll-call`, { marks: [{ personId: enB, present: true }] })).statusCode).toBe(403);
  });

  it('invitees without a bridge point: listed by name to the organizers only', async () => {
    await ctx.database.db.execute(sql`INSERT INTO invitations (conference_id, person_id, bridge_point_id) VALUES (${conf.id}, ${ctx.fx.people.hoaWomenA}, NULL)`);
    const url = `/api/conferences/${conf.id}/invitations/unplaced`;
    for (const who of ['clerkA', 'clerkB']) {
      const r = await call(cookies[who], 'GET', url);
      expect(r.statusCode).toBe(403);
      expect(r.body).not.toContain('Phạm Thị Hoa');
    }
    expect(names((await get('organizer', url)).json().items)).toEqual(['Phạm Thị Hoa']);
    // Commune A's staff still see her in their lists: she lives in their subtree. B's do not.
    expect(names((await get('clerkA', `/api/conferences/${conf.id}/invitations?q=pham`)).json().items)).toEqual(['Phạm Thị Hoa']);
    expect((await get('clerkB', `/api/conferences/${conf.id}/invitations?q=pham`)).json().items).toEqual([]);
    await ctx.database.db.execute(sql`DELETE FROM invitations WHERE conference_id = ${conf.id} AND person_id = ${ctx.fx.people.hoaWomenA}`);
  });

  it('bridge-point roster (offline check-in list): the point’s own unit only', async () => {
    const url = (bp: number) => `/api/conferences/${conf.id}/bridge-points/${bp}/roster`;
    expect(names((await get('clerkA', url(bpA))).json().people)).toEqual(A_NAMES);
    const other = await call(cookies.clerkA, 'GET', url(bpB));
    expect([403, 404]).toContain(other.statusCode);
    expect(mentionsNone(other.body, B_NAMES)).toBe(true);
    expect(names((await get('clerkB', url(bpB))).json().people)).toEqual(B_NAMES);
    expect(names((await get('organizer', url(bpB))).json().people)).toEqual(B_NAMES);
  });

  it('live stream: its snapshot and events carry counts per point only, never a person', async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = ctx.app.server.address() as { port: number };
    const open = async (who: string) => {
      const ac = new AbortController();
      const res = await fetch(`http://127.0.0.1:${addr.port}/api/conferences/${conf.id}/live`, { headers: { cookie: cookies[who] }, signal: ac.signal });
      expect(res.status).toBe(200);
      const next = sseReader(res.body!);
      return { next, close: () => ac.abort() };
    };
    const a = await open('clerkA');
    const snap = await a.next('snapshot');
    expect(Object.keys(snap.data).sort()).toEqual(['bridgePoints', 'invited', 'more', 'scoped', 'total']);
    // Point by point only A's own point; the conference's totals for all.
    expect(snap.data.bridgePoints.map((b: { bridgePointId: number }) => b.bridgePointId)).toEqual([bpA]);
    for (const b of snap.data.bridgePoints) expect(Object.keys(b).sort()).toEqual(['attended', 'bridgePointId', 'invited', 'name']);
    expect(mentionsNone(snap.raw, [...B_NAMES, ...A_NAMES])).toBe(true);
    // B's arrival reaches A's screen as the conference's new total only: no name, not even B's point.
    const r = await call(cookies.clerkB, 'POST', `/api/conferences/${conf.id}/checkins`, { bridgePointId: bpB, personId: enB });
    expect(r.statusCode).toBe(200);
    const ev = await a.next('checkin');
    expect(ev.data).toEqual({ total: 3 });
    expect(mentionsNone(ev.raw, B_NAMES)).toBe(true);
    a.close();
    // A member of either commune cannot open it; B's clerk can, the district's main point is counted too.
    expect((await fetch(`http://127.0.0.1:${addr.port}/api/conferences/${conf.id}/live`, { headers: { cookie: cookies.memberA } })).status).toBe(404);
    const o = await open('organizer');
    expect((await o.next('snapshot')).data.bridgePoints.map((b: { bridgePointId: number }) => b.bridgePointId).sort()).toEqual([bpMain, bpA, bpB].sort());
    o.close();
  });
});
