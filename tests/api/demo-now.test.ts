// The demo can be tried at once: a conference running now in two communes, the clerks' upcoming ones,
// and the 2024 campaign's dialogue and evaluations; every start moves the running one back to now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { one, rows, sql, type Database, type Db } from '../../server/core/db/index.js';
import { refreshDemoClock } from '../../server/demo/clock.js';
import { DEMO_PASSWORD, seedDemo } from '../../server/demo/seed.js';
import { PAST_CAMPAIGN_ID } from '../../server/demo/study.js';
import { RUNNING_TITLE } from '../../server/demo/study-now.js';
import { freshDatabase, loginAs, testApp } from '../helpers.js';

let database: Database;
let db: Db;
let app: App;
const cookies: Record<string, string> = {};
let runningId = 0;
const SEEDED_AT = Date.now();
beforeAll(async () => {
  database = await freshDatabase();
  db = database.db;
  expect(await seedDemo(db, SEEDED_AT)).toBe(true);
  app = await testApp(database);
  for (const u of ['vanphong.danluc', 'vanphong.hopthanh', 'dangvien.danluc', 'dangvien.hopthanh', 'baocaovien', 'lanhdao.huyen']) {
    cookies[u] = await loginAs(app, u, DEMO_PASSWORD);
  }
  runningId = (await one<{ id: number }>(db, sql`SELECT id FROM conferences WHERE title = ${RUNNING_TITLE}`))!.id;
}, 180_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: object) => {
  const res = await app.inject({ method, url, headers: { cookie: cookies[user] }, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${user} ${method} ${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json();
};

describe('demo conferences relative to the start', () => {
  it('one is running now, with bridge points in Dân Lực and Hợp Thành, invitations and a few check-ins', async () => {
    const c = await call('vanphong.danluc', 'GET', `/api/conferences/${runningId}`);
    const now = Date.now();
    expect(Date.parse(c.startsAt)).toBeLessThan(now - 29 * 60_000);
    expect(Date.parse(c.startsAt)).toBeGreaterThan(now - 32 * 60_000);
    expect(Date.parse(c.endsAt)).toBeGreaterThan(now + 115 * 60_000);
    const names = c.bridgePoints.map((b: { name: string }) => b.name);
    expect(names).toEqual(expect.arrayContaining(['Điểm cầu xã Dân Lực', 'Điểm cầu xã Hợp Thành']));
    expect(c.bridgePoints.filter((b: { isMain: boolean }) => b.isMain)).toHaveLength(1);
    const bp = c.bridgePoints.find((b: { name: string }) => b.name === 'Điểm cầu xã Dân Lực');
    expect(bp.invited).toBeGreaterThan(100);
    expect(bp.attended).toBeGreaterThan(10);
    expect(bp.attended).toBeLessThan(bp.invited / 2);
    // The clerk has the point's roster; some of those present came late.
    const roster = await call('vanphong.danluc', 'GET', `/api/conferences/${runningId}/bridge-points/${bp.id}/roster`);
    expect(roster.people).toHaveLength(bp.invited);
    expect(roster.people.some((p: { lateMinutes: number | null }) => (p.lateMinutes ?? 0) > 0)).toBe(true);
    // The clerk records a check-in right away.
    const someone = roster.people.find((p: { checkedAt: string | null }) => !p.checkedAt);
    const r = await call('vanphong.danluc', 'POST', `/api/conferences/${runningId}/checkins`, { bridgePointId: bp.id, personId: someone.personId });
    expect(r).toMatchObject({ result: 'recorded' });
    expect(r.lateMinutes).toBeGreaterThanOrEqual(29);
    // Questions are there, one answered.
    const qs = await call('baocaovien', 'GET', `/api/conferences/${runningId}/questions`);
    expect(qs.items ?? qs).toEqual(expect.arrayContaining([expect.objectContaining({ answer: expect.any(String) })]));
  });

  it('both member logins are invited, not yet checked in, and check themselves in with the hall QR', async () => {
    const c = await call('lanhdao.huyen', 'GET', `/api/conferences/${runningId}`);
    for (const [member, clerk, point] of [['dangvien.danluc', 'vanphong.danluc', 'Điểm cầu xã Dân Lực'], ['dangvien.hopthanh', 'vanphong.hopthanh', 'Điểm cầu xã Hợp Thành']]) {
      const mine = await call(member, 'GET', '/api/me/attendance');
      expect(mine.find((x: { conferenceId: number }) => x.conferenceId === runningId)).toMatchObject({ checkedAt: null, absence: null });
      const invited = await call(member, 'GET', '/api/me/invitations');
      expect(JSON.stringify(invited)).toContain(RUNNING_TITLE);
      const bp = c.bridgePoints.find((b: { name: string }) => b.name === point);
      const hall = await call(clerk, 'GET', `/api/conferences/${runningId}/hall-qr?bridgePointId=${bp.id}`);
      const self = await call(member, 'POST', '/api/checkins/self', { code: hall.code });
      expect(self).toMatchObject({ result: 'recorded', conferenceId: runningId, bridgePointId: bp.id });
    }
  });

  it('each commune clerk has an upcoming conference of their own', async () => {
    for (const [clerk, org] of [['vanphong.danluc', 'Đảng ủy xã Dân Lực'], ['vanphong.hopthanh', 'Đảng ủy xã Hợp Thành']]) {
      const list = await call(clerk, 'GET', '/api/conferences?pageSize=100');
      const now = Date.now();
      const next = list.items.filter((c: { orgName: string; startsAt: string }) => c.orgName === org && Date.parse(c.startsAt) > now
        && Date.parse(c.startsAt) < now + 4 * 86_400_000);
      expect(next.length, clerk).toBeGreaterThanOrEqual(1);
      const c = await call(clerk, 'GET', `/api/conferences/${next[0].id}`);
      expect(c.invitedCount).toBeGreaterThan(100);
      expect(c.bridgePoints.filter((b: { isMain: boolean }) => b.isMain)).toHaveLength(1);
    }
  });

  it('every demo conference has exactly one main bridge point', async () => {
    const bad = await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM conferences c
      WHERE (SELECT count(*) FROM bridge_points b WHERE b.conference_id = c.id AND b.is_main) <> 1`);
    expect(bad!.n).toBe(0);
  });
});

describe('the 2024 campaign has its review records', () => {
  it('evaluations of units and people for the annual review of 2024', async () => {
    let t = performance.now();
    const y = await call('lanhdao.huyen', 'GET', '/api/evaluations?year=2024');
    console.log(`annual review 2024: ${Math.round(performance.now() - t)} ms`);
    expect(y.units.length).toBeGreaterThanOrEqual(3);
    expect(y.units.some((u: { flags: { late: number } }) => u.flags.late > 0)).toBe(true);
    expect(y.units.some((u: { flags: { incomplete_composition: number } }) => u.flags.incomplete_composition > 0)).toBe(true);
    expect(y.people.length).toBeGreaterThan(10);
    // Each evaluation is of the year of its conference; this year's review has records too.
    const bad = await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM evaluations e JOIN conferences c ON c.id = e.conference_id
      WHERE e.year <> extract(year FROM c.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh') OR (c.campaign_id = ${PAST_CAMPAIGN_ID}) <> (e.year = 2024)`);
    expect(bad!.n).toBe(0);
    t = performance.now();
    const now = await call('lanhdao.huyen', 'GET', '/api/evaluations?year=2026');
    console.log(`annual review 2026: ${Math.round(performance.now() - t)} ms`);
    expect(now.units.length + now.people.length).toBeGreaterThan(0);
  });

  it('the presenter has answered questions and ratings', async () => {
    const qs = await call('baocaovien', 'GET', '/api/me/presenter/questions?status=all');
    const answered = qs.filter((q: { answer: string | null }) => q.answer);
    expect(answered.length).toBeGreaterThanOrEqual(3);
    const key = (await one<{ id: number }>(db, sql`SELECT id FROM conferences WHERE campaign_id = ${PAST_CAMPAIGN_ID} AND tier = 'key_cadre' ORDER BY id LIMIT 1`))!.id;
    const ratings = await call('lanhdao.huyen', 'GET', `/api/conferences/${key}/ratings`);
    const me = (await call('baocaovien', 'GET', '/api/auth/me')).personId;
    const mine = ratings.presenters.find((p: { presenterPersonId: number }) => p.presenterPersonId === me);
    expect(mine.count).toBeGreaterThan(50);
    expect(mine.average).toBeGreaterThan(3.5);
    // Answers come after their question, within the conference's day; nobody rates themself.
    const odd = await one<{ n: number }>(db, sql`SELECT
      ((SELECT count(*) FROM questions WHERE answered_at < created_at)
       + (SELECT count(*) FROM presenter_ratings WHERE person_id = presenter_person_id))::int AS n`);
    expect(odd!.n).toBe(0);
  });
});

describe('on every start', () => {
  it('moves the running conference and its records to the new now, without duplicating anything, audited', async () => {
    const counts = async () => one<{ c: number; a: number; i: number; q: number }>(db, sql`SELECT
      (SELECT count(*) FROM conferences)::int AS c, (SELECT count(*) FROM attendance)::int AS a,
      (SELECT count(*) FROM invitations)::int AS i, (SELECT count(*) FROM questions)::int AS q`);
    const before = await counts();
    expect(await refreshDemoClock(db, SEEDED_AT)).toBe(0); // already in place
    const later = Date.now() + 3 * 86_400_000 + 5 * 3_600_000;
    // The running conference, the two clerks' upcoming ones and the loudspeaker broadcast of three evenings ago.
    expect(await refreshDemoClock(db, later)).toBe(4);
    expect(await seedDemo(db)).toBe(false);
    expect(await counts()).toEqual(before);
    const c = (await one<{ s: string; e: string }>(db, sql`SELECT starts_at::text AS s, ends_at::text AS e FROM conferences WHERE id = ${runningId}`))!;
    expect(Math.abs(new Date(c.s).getTime() - (later - 30 * 60_000))).toBeLessThan(60_000);
    const bad = await one<{ future: number; late: number }>(db, sql`SELECT
      (SELECT count(*) FROM attendance WHERE conference_id = ${runningId} AND checked_at > ${new Date(later).toISOString()}::timestamptz)::int AS future,
      (SELECT count(*) FROM attendance a JOIN conferences c ON c.id = a.conference_id
        WHERE a.conference_id = ${runningId} AND a.late_minutes <> greatest(0, floor(extract(epoch FROM a.checked_at - c.starts_at) / 60)))::int AS late`);
    expect(bad).toEqual({ future: 0, late: 0 });
    const logged = await rows<{ entity_id: string }>(db, sql`SELECT entity_id FROM audit_log WHERE entity = 'conference' AND action = 'update' AND account_id IS NULL`);
    expect(logged.map((l) => Number(l.entity_id))).toContain(runningId);
    // The clerks' conferences keep their place relative to today (the broadcast stays three days back).
    const upcoming = await rows<{ s: string }>(db, sql`SELECT c.starts_at::text AS s FROM demo_schedule d JOIN conferences c ON c.id = d.conference_id WHERE d.anchor = 'day' AND d.offset_minutes > 0`);
    expect(upcoming).toHaveLength(2);
    for (const u of upcoming) expect(new Date(u.s).getTime()).toBeGreaterThan(later);
    const radio = await one<{ s: string; n: number }>(db, sql`SELECT c.starts_at::text AS s, (SELECT count(*) FROM attendance a WHERE a.conference_id = c.id
        AND a.method = 'listening' AND a.checked_at = c.starts_at)::int AS n FROM conferences c WHERE c.format = 'radio'`);
    expect(new Date(radio!.s).getTime()).toBeLessThan(later - 2 * 86_400_000);
    expect(radio!.n).toBeGreaterThan(100); // its listening records moved with it
    await refreshDemoClock(db);
  });
});

describe('notifications on day one', () => {
  it('the communes\' clerks and members find notices in their inbox; the invitation\'s time follows the clock', async () => {
    const clerk = await call('vanphong.danluc', 'GET', '/api/me/notifications');
    expect(clerk.items.map((n: { kind: string }) => n.kind).sort()).toEqual(['campaign_reminder', 'report_reminder', 'task_assigned']);
    expect(clerk.unread).toBe(2);
    expect(clerk.items.every((n: { orgName: string }) => n.orgName === 'Đảng ủy xã Dân Lực')).toBe(true);
    const member = await call('dangvien.danluc', 'GET', '/api/me/notifications');
    const inv = member.items.find((n: { kind: string }) => n.kind === 'invitation');
    const id = Number(inv.link.split('/').pop());
    const when = async () => (await one<{ w: string }>(db, sql`SELECT to_char(starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI, DD/MM/YYYY') AS w
      FROM conferences WHERE id = ${id}`))!.w;
    expect(inv.text).toContain(`lúc ${await when()} tại`);
    // Another commune's notices stay there; the text follows the conference when the demo clock moves it.
    expect((await call('vanphong.hopthanh', 'GET', '/api/me/notifications')).items.every((n: { orgName: string }) => n.orgName !== 'Đảng ủy xã Dân Lực')).toBe(true);
    await refreshDemoClock(db, Date.now() + 2 * 86_400_000);
    const moved = (await call('dangvien.danluc', 'GET', '/api/me/notifications')).items.find((n: { kind: string }) => n.kind === 'invitation');
    expect(moved.text).toContain(`lúc ${await when()} tại`);
    await refreshDemoClock(db);
  });
});
