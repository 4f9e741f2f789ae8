// The annual review (issue 9 item 4): a member's and a unit's year compiled from the records, the suggested rating with
// its basis, the committee's decision (confirm, or override with a reason), scoped and audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';
import { campaign, type Ctx } from './attendance-fixture.js';
import { api } from './programs-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
// A whole past year, so the test does not depend on today's date.
const YEAR = new Date().getUTCFullYear() - 1;
/** A time in that year (UTC; 01:00Z is 8 o'clock in Vietnam). */
const at = (md: string, hourUtc = 1) => `${YEAR}-${md}T${String(hourUtc).padStart(2, '0')}:00:00Z`;
const C: Record<string, number> = {};

async function conference(campaignId: number, orgId: number, md: string, title: string, makeupOf: number | null = null) {
  return (await one<{ id: number }>(ctx.database.db, sql`INSERT INTO conferences (campaign_id, org_id, tier, title, format, starts_at, ends_at, makeup_of, hall_secret)
    VALUES (${campaignId}, ${orgId}, 'all_members', ${title}, 'in_person', ${at(md)}::timestamptz, ${at(md, 4)}::timestamptz, ${makeupOf}, 'x') RETURNING id`))!.id;
}
const invite = (conf: number, person: number) => ctx.database.db.execute(sql`INSERT INTO invitations (conference_id, person_id) VALUES (${conf}, ${person})`);
const attend = (conf: number, person: number, late = 0) => ctx.database.db.execute(sql`INSERT INTO attendance (conference_id, person_id, checked_at, late_minutes, method)
  VALUES (${conf}, ${person}, (SELECT starts_at FROM conferences WHERE id = ${conf}) + ${late} * interval '1 minute', ${late}, 'card')`);
const ratings = async () => (await one<{ n: number }>(ctx.database.db, sql`SELECT count(*)::int AS n FROM annual_ratings`))!.n;

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { orgs, people } = ctx.fx;
  const k = await campaign(ctx.database.db, orgs.communeA.id);
  C.c1 = await conference(k, orgs.communeA.id, '03-10', 'Hội nghị quán triệt Nghị quyết');
  C.c2 = await conference(k, orgs.communeA.id, '05-12', 'Hội nghị chuyên đề');
  C.c3 = await conference(k, orgs.communeA.id, '07-08', 'Hội nghị sơ kết');
  C.m3 = await conference(k, orgs.communeA.id, '07-20', 'Học bù hội nghị sơ kết', C.c3);
  C.c4 = await conference(k, orgs.communeA.id, '10-05', 'Hội nghị tổng kết');
  for (const c of [C.c1, C.c2, C.c3, C.c4]) await invite(c, people.anA1);
  await invite(C.m3, people.anA1);
  await attend(C.c1, people.anA1);
  await attend(C.c2, people.anA1, 15);
  await attend(C.m3, people.anA1);
  // Bình attended every conference, on time.
  for (const c of [C.c1, C.c2, C.c3, C.c4]) { await invite(c, people.binhA1); await attend(c, people.binhA1); }
  await ctx.database.db.execute(sql`INSERT INTO evaluations (conference_id, person_id, year, flags, comment)
    VALUES (${C.c2}, ${people.anA1}, ${YEAR}, '{unserious}', 'Sử dụng điện thoại trong hội nghị')`);
  await ctx.database.db.execute(sql`INSERT INTO questions (conference_id, person_id, text, answer, answered_at)
    VALUES (${C.c1}, ${people.anA1}, 'Chỉ tiêu thu nhập năm nay là bao nhiêu?', 'Đạt 65 triệu đồng/người', now())`);
});
afterAll(async () => { await ctx?.close(); });

describe('a member\'s annual review', () => {
  it('compiles the year from the records and suggests a rating with its basis', async () => {
    const res = await call('clerkA', 'GET', `/api/people/${ctx.fx.people.anA1}/annual-review?year=${YEAR}`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.attendance).toMatchObject({ invited: 4, attended: 2, late: 1, madeUp: 1, excused: 0, missed: 1 });
    expect(r.attendance.conferences.map((c: { id: number; outcome: string }) => [c.id, c.outcome])).toEqual([
      [C.c1, 'attended'], [C.c2, 'late'], [C.c3, 'made_up'], [C.c4, 'absent']]);
    expect(r.evaluations.flags).toEqual({ late: 0, incomplete_composition: 0, unserious: 1 });
    expect(r.questions).toEqual({ asked: 1, answered: 1 });
    expect(r.suggestion.rating).toBe('completed');
    expect(r.suggestion.basis.map((b: { text: string }) => b.text)).toEqual([
      'Dự 3/4 hội nghị được mời (75%)', 'Vắng không lý do, không học bù: 1 hội nghị', 'Đến muộn: 1 lần', 'Bị ghi nhận học chưa nghiêm túc: 1 lần']);
    expect(r.decision).toBeNull();
    expect(r.can).toEqual({ decide: false });
    const binh = (await call('clerkA', 'GET', `/api/people/${ctx.fx.people.binhA1}/annual-review?year=${YEAR}`)).json();
    expect(binh.suggestion.rating).toBe('excellent');
    // No conference, no task in the year: nothing to suggest from.
    const none = (await call('clerkA', 'GET', `/api/people/${ctx.fx.people.cuongA2}/annual-review?year=${YEAR}`)).json();
    expect(none.suggestion).toEqual({ rating: null, basis: [{ key: 'review_basis_no_facts', text: 'Chưa có đủ dữ liệu trong năm để gợi ý' }] });
  });

  it('is read by the member themself and the staff of their subtree, by no one else', async () => {
    const own = await call('memberA', 'GET', `/api/people/${ctx.fx.people.anA1}/annual-review?year=${YEAR}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().can.decide).toBe(false);
    expect((await call('memberA', 'GET', `/api/people/${ctx.fx.people.binhA1}/annual-review?year=${YEAR}`)).statusCode).toBe(404);
    const other = await call('clerkB', 'GET', `/api/people/${ctx.fx.people.anA1}/annual-review?year=${YEAR}`);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Nguyễn Văn An');
    expect((await call('leaderDistrict', 'GET', `/api/people/${ctx.fx.people.anA1}/annual-review?year=${YEAR}`)).json().can.decide).toBe(true);
  });

  it('is rated by the leadership: the suggestion confirmed, or another rating with its reason; audited', async () => {
    const url = `/api/people/${ctx.fx.people.anA1}/annual-review`;
    const before = await ratings();
    const noReason = await call('leaderDistrict', 'PUT', url, { year: YEAR, rating: 'good' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.reason).toBe('Xếp loại khác với mức hệ thống gợi ý: ghi rõ lý do');
    const future = await call('leaderDistrict', 'PUT', url, { year: YEAR + 2, rating: 'good', reason: 'x' });
    expect(future.json().error.fields.year).toBe('Chưa thể xếp loại cho năm chưa đến');
    expect((await call('leaderDistrict', 'PUT', url, { year: YEAR, rating: 'best' })).json().error.fields.rating).toBe('Chọn một mức xếp loại');
    expect((await call('clerkA', 'PUT', url, { year: YEAR, rating: 'completed' })).statusCode).toBe(403);
    expect((await call('clerkB', 'PUT', url, { year: YEAR, rating: 'completed' })).statusCode).toBe(404);
    expect(await ratings()).toBe(before);

    const confirmed = await call('leaderDistrict', 'PUT', url, { year: YEAR, rating: 'completed' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().decision).toMatchObject({ rating: 'completed', suggested: 'completed', reason: null, overridden: false, decidedBy: 'leader.huyen' });
    const overridden = await call('leaderDistrict', 'PUT', url, { year: YEAR, rating: 'good', reason: 'Vắng hội nghị tổng kết do đi công tác, đã báo cáo chi bộ' });
    expect(overridden.json().decision).toMatchObject({ rating: 'good', suggested: 'completed', overridden: true });
    expect(await ratings()).toBe(before + 1);
    const audit = await one<{ n: number; last: { rating: string; reason: string } }>(ctx.database.db, sql`SELECT count(*)::int AS n,
      (array_agg(after ORDER BY id DESC))[1] AS last FROM audit_log WHERE entity = 'person_rating' AND entity_id = ${String(ctx.fx.people.anA1)}`);
    expect(audit).toMatchObject({ n: 2, last: { rating: 'good', reason: 'Vắng hội nghị tổng kết do đi công tác, đã báo cáo chi bộ' } });
    // The member sees the decision on their own record.
    expect((await call('memberA', 'GET', `${url}?year=${YEAR}`)).json().decision.rating).toBe('good');
  });
});

describe('a unit\'s annual review', () => {
  it('is read within the subtree, and rated only by a unit above it', async () => {
    const url = `/api/orgs/${ctx.fx.orgs.communeA.id}/annual-review`;
    const own = await call('clerkA', 'GET', `${url}?year=${YEAR}`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ year: YEAR, org: { id: ctx.fx.orgs.communeA.id, name: 'Đảng ủy xã Dân Lực' }, can: { decide: false },
      findings: [], recommendations: [] });
    expect((await call('clerkB', 'GET', `${url}?year=${YEAR}`)).statusCode).toBe(404);
    expect((await call('leaderDistrict', 'GET', `${url}?year=${YEAR}`)).json().can.decide).toBe(true);
    // The district leads the communes; a unit cannot rate itself, whoever asks.
    expect((await call('leaderDistrict', 'PUT', `/api/orgs/${ctx.fx.orgs.district.id}/annual-review`, { year: YEAR, rating: 'good', reason: 'x' })).statusCode).toBe(403);
    const rated = await call('leaderDistrict', 'PUT', url, { year: YEAR, rating: 'good', reason: 'Hoàn thành các chỉ tiêu chủ yếu' });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json().decision).toMatchObject({ rating: 'good', reason: 'Hoàn thành các chỉ tiêu chủ yếu' });
    expect((await call('clerkA', 'GET', `${url}?year=${YEAR}`)).json().decision.rating).toBe('good');
  });

  it('refuses bad input with the field named', async () => {
    expect((await call('clerkA', 'GET', `/api/orgs/${ctx.fx.orgs.communeA.id}/annual-review?year=1999`)).json().error.fields.year).toBeTruthy();
    expect((await call('leaderDistrict', 'PUT', `/api/orgs/${ctx.fx.orgs.communeA.id}/annual-review`, { rating: 'good' })).json().error.fields.year).toBeTruthy();
    expect((await call('leaderDistrict', 'GET', '/api/orgs/999999/annual-review')).statusCode).toBe(404);
  });
});
