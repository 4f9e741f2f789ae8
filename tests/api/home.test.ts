// The home page per role (issue 9 item 1) on the demo data: leadership's figures equal the owning endpoints' and the
// records; units whose deadline has not come are "not yet held"; the to-do list of each clerk holds its own unit only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { one, rows, sql, type Database, type Db } from '../../server/core/db/index.js';
import { todayVn } from '../../server/core/schemas.js';
import { DEMO_PASSWORD, seedDemo } from '../../server/demo/seed.js';
import { CURRENT_CAMPAIGN_ID } from '../../server/demo/study.js';
import { RUNNING_TITLE } from '../../server/demo/study-now.js';
import { freshDatabase, loginAs, testApp } from '../helpers.js';

let database: Database;
let db: Db;
let app: App;
const cookies: Record<string, string> = {};
const USERS = ['admin', 'lanhdao.huyen', 'tuyengiao.huyen', 'vanphong.huyen', 'vanphong.danluc', 'vanphong.hopthanh', 'dangvien.danluc', 'kiemtra.huyen'];
const org = async (name: string) => (await one<{ id: number; path: string }>(db, sql`SELECT id, path::text AS path FROM orgs WHERE name = ${name}`))!;

beforeAll(async () => {
  database = await freshDatabase();
  db = database.db;
  expect(await seedDemo(db, Date.now())).toBe(true);
  app = await testApp(database);
  for (const u of USERS) cookies[u] = await loginAs(app, u, DEMO_PASSWORD);
}, 240_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const get = async (user: string, url: string, status = 200) => {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: cookies[user] } });
  expect(res.statusCode, `${user} GET ${url}: ${res.body.slice(0, 300)}`).toBe(status);
  return res.json();
};

describe('leadership overview', () => {
  it('gives the district its campaign board, participation and overdue figures, equal to the owning endpoints', async () => {
    const o = await get('lanhdao.huyen', '/api/home/overview');
    const district = await org('Huyện ủy Triệu Sơn');
    expect(o.org).toMatchObject({ id: district.id, name: 'Huyện ủy Triệu Sơn', kind: 'district' });
    expect(o.today).toBe(todayVn());
    const k = o.campaigns.find((c: { id: number }) => c.id === CURRENT_CAMPAIGN_ID);
    // The demo's running campaign: 4 grassroots organizations overdue, 3 held late (server/demo/study-current.ts).
    expect(k.summary.overdue).toBe(4);
    expect(k.summary.held_late).toBe(3);
    const board = await get('lanhdao.huyen', `/api/campaigns/${CURRENT_CAMPAIGN_ID}/board?orgId=${district.id}&pageSize=1`);
    expect(k.summary).toEqual(board.summary);
    const part = await get('lanhdao.huyen', `/api/campaigns/${CURRENT_CAMPAIGN_ID}/participation?orgId=${district.id}`);
    expect(k.participation).toEqual(part.total);
    // Worst first among the units past their deadline; a unit whose deadline has not come is never among them.
    const today = todayVn();
    for (const u of k.units) expect(u.due, u.orgName).toBe(u.deadline < today);
    const firstNotDue = k.units.findIndex((u: { due: boolean }) => !u.due);
    expect(firstNotDue).toBeGreaterThan(0);
    expect(k.units.slice(firstNotDue).every((u: { due: boolean }) => !u.due)).toBe(true);
    const due = k.units.slice(0, firstNotDue).map((u: { rate: number }) => u.rate);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    // A unit low before its deadline (it has not met yet) is listed as not yet held, after every unit past it.
    expect(k.units.some((u: { due: boolean; rate: number }) => !u.due && u.rate < 0.5)).toBe(true);
  });

  it("shows today's conference with its live count and this week's, overdue tasks and recommendations as their lists do", async () => {
    const o = await get('lanhdao.huyen', '/api/home/overview');
    const running = o.conferences.today.find((c: { title: string }) => c.title === RUNNING_TITLE);
    expect(running.ongoing).toBe(true);
    const n = (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM attendance WHERE conference_id = ${running.id}`))!.n;
    expect(running.attendedCount).toBe(n);
    expect(o.conferences.week.every((c: { startsAt: string }) => todayVn(new Date(c.startsAt)) !== o.today)).toBe(true);
    const tasks = await get('lanhdao.huyen', '/api/tasks?status=overdue&pageSize=1');
    expect(o.overdueTasks.total).toBe(tasks.total);
    expect(o.overdueTasks.total).toBeGreaterThan(0);
    expect(o.overdueTasks.items.every((t: { overdue: boolean }) => t.overdue)).toBe(true);
    const recs = await get('lanhdao.huyen', '/api/recommendations?overdue=true&pageSize=1');
    expect(o.overdueRecommendations.total).toBe(recs.total);
    // The demo: Hợp Thành's recommendation is open past its deadline.
    expect(o.overdueRecommendations.items.map((r: { org: { name: string } }) => r.org.name)).toContain('Đảng ủy xã Hợp Thành');
    expect(o.offTrackTargets.total).toBeGreaterThan(0);
    expect(o.offTrackTargets.items.every((t: { programTitle: string }) => t.programTitle.length > 0)).toBe(true);
  });

  it('counts the trends from the records: invitations per month, reports per quarter', async () => {
    const o = await get('lanhdao.huyen', '/api/home/overview');
    expect(o.trends.participation).toHaveLength(12);
    const district = await org('Huyện ủy Triệu Sơn');
    const [r] = await rows<{ invited: number; attended: number }>(db, sql`SELECT count(*)::int AS invited, count(a.person_id)::int AS attended
      FROM invitations i JOIN conferences c ON c.id = i.conference_id JOIN people p ON p.id = i.person_id JOIN orgs u ON u.id = p.org_id
      LEFT JOIN attendance a ON a.conference_id = i.conference_id AND a.person_id = i.person_id
      WHERE c.ends_at <= now() AND to_char((c.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM') >= ${o.trends.participation[0].month}
        AND u.path <@ ${district.path}::ltree`);
    const sum = (k: 'invited' | 'attended') => o.trends.participation.reduce((s: number, m: Record<string, number>) => s + m[k], 0);
    expect(sum('invited')).toBe(r.invited);
    expect(sum('attended')).toBe(r.attended);
    expect(r.invited).toBeGreaterThan(1000);
    const q1 = o.trends.reports.find((x: { quarter: string }) => x.quarter === '2025-Q1');
    const periods = (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM report_periods rp JOIN orgs o ON o.id = rp.org_id
      WHERE rp.ends_on = '2025-03-31' AND o.path <@ ${district.path}::ltree`))!.n;
    expect(q1.due).toBe(periods);
    expect(q1.onTime + q1.lateFiled + q1.late).toBe(q1.due);
  });

  it('drills down to a commune and its cells, and no further up than the caller sees', async () => {
    const danLuc = await org('Đảng ủy xã Dân Lực');
    const o = await get('lanhdao.huyen', `/api/home/overview?orgId=${danLuc.id}`);
    expect(o.org.name).toBe('Đảng ủy xã Dân Lực');
    expect(o.trail.map((u: { name: string }) => u.name)).toEqual(['Huyện ủy Triệu Sơn', 'Đảng ủy xã Dân Lực']);
    const cells = await rows<{ id: number }>(db, sql`SELECT id FROM orgs WHERE path <@ ${danLuc.path}::ltree AND id <> ${danLuc.id}`);
    const inside = new Set(cells.map((c) => c.id));
    for (const k of o.campaigns) for (const u of k.units) expect(inside.has(u.orgId), u.orgName).toBe(true);
    const board = await get('lanhdao.huyen', `/api/campaigns/${CURRENT_CAMPAIGN_ID}/board?orgId=${danLuc.id}&pageSize=1`);
    expect(o.campaigns.find((c: { id: number }) => c.id === CURRENT_CAMPAIGN_ID).summary).toEqual(board.summary);
    expect(o.overdueRecommendations.total).toBe(0); // Dân Lực's remedy was accepted
    const province = await org('Tỉnh ủy Thanh Hóa');
    await get('lanhdao.huyen', `/api/home/overview?orgId=${province.id}`, 404);
    await get('admin', `/api/home/overview?orgId=${province.id}`);
  });

  it('is for leadership only', async () => {
    for (const u of ['vanphong.danluc', 'tuyengiao.huyen', 'dangvien.danluc', 'kiemtra.huyen']) await get(u, '/api/home/overview', 403);
  });
});

describe('to-do list', () => {
  const inside = async (name: string) => new Set((await rows<{ id: number }>(db, sql`SELECT o.id FROM orgs o
    WHERE o.path <@ (SELECT path FROM orgs WHERE name = ${name})`)).map((r) => r.id));

  it("holds the commune clerk's own report due and the broadcast to evaluate, each opening its record", async () => {
    const todo = await get('vanphong.danluc', '/api/home/todo');
    const mine = await inside('Đảng ủy xã Dân Lực');
    expect(todo.items.length).toBeGreaterThan(0);
    for (const i of todo.items) expect(mine.has(i.orgId), `${i.kind} ${i.orgName}`).toBe(true);
    const report = todo.items.find((i: { kind: string }) => i.kind === 'report');
    expect(report.periodId).toBeGreaterThan(0);
    await get('vanphong.danluc', `/api/report-periods/${report.periodId}/report`);
    const evaluate = todo.items.find((i: { kind: string; title: string }) => i.kind === 'evaluate' && i.title.startsWith('Phát thanh'));
    expect(await get('vanphong.danluc', `/api/conferences/${evaluate.conferenceId}/evaluations`)).toEqual([]);
    // Once evaluated, it leaves the list.
    const danLuc = await org('Đảng ủy xã Dân Lực');
    const put = await app.inject({ method: 'PUT', url: `/api/conferences/${evaluate.conferenceId}/evaluations`, headers: { cookie: cookies['vanphong.danluc'] },
      payload: [{ orgId: danLuc.id, flags: [], comment: 'Tổ chức tốt' }] });
    expect(put.statusCode, put.body).toBe(200);
    const after = await get('vanphong.danluc', '/api/home/todo');
    expect(after.items.some((i: { conferenceId: number | null; kind: string }) => i.kind === 'evaluate' && i.conferenceId === evaluate.conferenceId)).toBe(false);
  });

  it("gives Hợp Thành its overdue recommendation to answer, first, and never another commune's", async () => {
    const todo = await get('vanphong.hopthanh', '/api/home/todo');
    expect(todo.items[0]).toMatchObject({ kind: 'answer', overdue: true, orgName: 'Đảng ủy xã Hợp Thành' });
    const rec = await get('vanphong.hopthanh', `/api/recommendations/${todo.items[0].recommendationId}`);
    expect(rec.can.remedy).toBe(true);
    const mine = await inside('Đảng ủy xã Hợp Thành');
    for (const i of todo.items) expect(mine.has(i.orgId)).toBe(true);
    const danLuc = await get('vanphong.danluc', '/api/home/todo');
    expect(danLuc.items.some((i: { kind: string }) => i.kind === 'answer')).toBe(false);
  });

  it('asks the propaganda commission to chase the overdue units, as many as the board counts', async () => {
    const todo = await get('tuyengiao.huyen', '/api/home/todo');
    const chase = todo.items.find((i: { kind: string; campaignId: number }) => i.kind === 'chase' && i.campaignId === CURRENT_CAMPAIGN_ID);
    const board = await get('tuyengiao.huyen', `/api/campaigns/${CURRENT_CAMPAIGN_ID}/board?pageSize=1`);
    expect(chase.details).toMatchObject({ overdue: board.summary.overdue, remind: 1 });
    // Overdue first, then by the day due.
    const overdue = todo.items.map((i: { overdue: boolean }) => i.overdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
  });

  it('is not for members or leadership', async () => {
    await get('dangvien.danluc', '/api/home/todo', 403);
    await get('lanhdao.huyen', '/api/home/todo', 403);
  });
});
