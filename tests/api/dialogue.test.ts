import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/core/auth/password.js';
import { one, sql, type Db } from '../../server/core/db/index.js';
import { nameSortKey } from '../../server/core/vn.js';
import { ApiError } from '../../web/src/api/client.js';
import { fieldErrors } from '../../web/src/lib/forms.js';
import { loginAs, PASSWORD, setup } from '../helpers.js';
import { campaign, conference, countWhere, HOUR, invite, type Conf, type Ctx } from './attendance-fixture.js';
import { api } from './conferences-fixture.js';

// Campaigns, conferences, agenda and invitations are written directly: those modules are tested elsewhere.
let ctx: Ctx;
let call: ReturnType<typeof api>;
let db: Db;
let running: Conf;
const c: Record<string, string> = {};
const p: Record<string, number> = {};
const DAY = 24 * HOUR;

async function account(username: string, role: string, orgId: number, personId: number) {
  const hash = await hashPassword(PASSWORD);
  const a = (await one<{ id: number }>(db, sql`INSERT INTO accounts (username, password_hash, display_name, person_id)
    VALUES (${username}, ${hash}, ${username}, ${personId}) RETURNING id`))!;
  await db.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${a.id}, ${role}, ${orgId})`);
  c[username] = await loginAs(ctx.app, username);
}

async function agenda(conferenceId: number, presenters: number[]) {
  let i = 0;
  for (const id of presenters) {
    i += 1;
    await db.execute(sql`INSERT INTO agenda_items (conference_id, position, topic, presenter_person_id)
      VALUES (${conferenceId}, ${i}, ${`Chuyên đề ${i}`}, ${id})`);
  }
}

async function conf(fromNow: number, hours = 3) {
  const x = await conference(db, { campaignId: p.campaign, orgId: ctx.fx.orgs.communeA.id, fromNow, hours });
  await agenda(x.id, [p.cuong, p.lan]);
  await invite(db, x.id, [p.an, p.binh], null);
  return x;
}

const questionsCount = () => countWhere(db, sql`SELECT count(*)::int AS n FROM questions`);
const auditCount = (entity: string) => countWhere(db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = ${entity}`);

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  db = ctx.database.db;
  const { people, orgs, accounts } = ctx.fx;
  p.an = people.anA1;
  p.binh = people.binhA1;
  p.cuong = people.cuongA2;
  p.hoa = people.hoaWomenA;
  p.dung = people.dungB1;
  p.lan = (await one<{ id: number }>(db, sql`INSERT INTO people (org_id, full_name, sort_key, categories)
    VALUES (${orgs.district.id}, 'Vũ Thị Lan', ${nameSortKey('Vũ Thị Lan')}, '{presenter}') RETURNING id`))!.id;
  p.campaign = await campaign(db, orgs.communeA.id);
  p.memberAccount = accounts.memberA;
  c.an = ctx.cookies.memberA;
  c.clerkA = ctx.cookies.clerkA;
  c.clerkB = ctx.cookies.clerkB;
  await account('binh', 'member', orgs.cellA1.id, p.binh);
  await account('cuong', 'presenter', orgs.communeA.id, p.cuong);
  await account('lan', 'presenter', orgs.district.id, p.lan);
  await account('hoa', 'member', orgs.womenA.id, p.hoa);
  await account('dung', 'member', orgs.cellB1.id, p.dung);
  running = await conf(-HOUR);
});
afterAll(async () => ctx.close());

describe('questions', () => {
  let anonId: number;
  let openId: number;

  it('an invited member asks anonymously: others see no name, the asker sees it as theirs, the audit names the asker', async () => {
    const res = await call(c.an, 'POST', `/api/conferences/${running.id}/questions`, { text: 'Xin hỏi về chỉ tiêu chuyển đổi số?', presenterPersonId: p.cuong, anonymous: true });
    expect(res.statusCode).toBe(201);
    const q = res.json();
    anonId = q.id;
    expect(q).toMatchObject({ askerName: 'Nguyễn Văn An', mine: true, anonymous: true, presenterName: 'Trần Văn Cường', votes: 0, answer: null });

    const seenByBinh = (await call(c.binh, 'GET', `/api/conferences/${running.id}/questions`)).json();
    expect(seenByBinh).toHaveLength(1);
    expect(seenByBinh[0]).toMatchObject({ id: anonId, askerName: null, mine: false, anonymous: true });
    const seenByStaff = (await call(c.clerkA, 'GET', `/api/conferences/${running.id}/questions`)).json();
    expect(seenByStaff[0].askerName).toBeNull();
    const seenByPresenter = (await call(c.cuong, 'GET', `/api/conferences/${running.id}/questions`));
    expect(seenByPresenter.statusCode).toBe(200);
    expect(seenByPresenter.body).not.toContain('Nguyễn Văn An');
    const mine = (await call(c.an, 'GET', `/api/conferences/${running.id}/questions`)).json();
    expect(mine[0]).toMatchObject({ askerName: 'Nguyễn Văn An', mine: true });

    const row = await one<{ accountId: number; after: { askerPersonId: number; anonymous: boolean } }>(db, sql`SELECT account_id AS "accountId", after
      FROM audit_log WHERE entity = 'question' AND action = 'create' AND entity_id = ${String(anonId)}`);
    expect(row).toMatchObject({ accountId: p.memberAccount, after: { askerPersonId: p.an, anonymous: true } });
    const stored = await one<{ personId: number }>(db, sql`SELECT person_id AS "personId" FROM questions WHERE id = ${anonId}`);
    expect(stored!.personId).toBe(p.an);
  });

  it('validates the question and the presenter, in the caller language, writing nothing', async () => {
    const before = await questionsCount();
    const audits = await auditCount('question');
    const short = await call(c.binh, 'POST', `/api/conferences/${running.id}/questions`, { text: 'a', anonymous: false }, 'en');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.text).toBe('A question needs 3 to 2,000 characters');
    const notPresenter = await call(c.binh, 'POST', `/api/conferences/${running.id}/questions`, { text: 'Câu hỏi hợp lệ', presenterPersonId: p.hoa, anonymous: false });
    expect(notPresenter.statusCode).toBe(400);
    expect(notPresenter.json().error.fields.presenterPersonId).toContain('báo cáo viên');
    expect(await questionsCount()).toBe(before);
    expect(await auditCount('question')).toBe(audits);
  });

  it('the ask form shows the API field errors under its own fields, any other above it (lib/forms fieldErrors)', async () => {
    const res = await call(c.binh, 'POST', `/api/conferences/${running.id}/questions`, { text: 'Câu hỏi hợp lệ', presenterPersonId: p.hoa, anonymous: false });
    const err = new ApiError(res.statusCode, res.json().error);
    const shown = fieldErrors(err, ['text', 'presenterPersonId']);
    expect(shown.fields.presenterPersonId).toContain('báo cáo viên');
    expect(shown.rest).toEqual([]);
    // A form without the presenter field (no presenters on the agenda) still shows the message, above the form.
    const without = fieldErrors(err, ['text']);
    expect(without.fields).toEqual({});
    expect(without.rest).toEqual([shown.fields.presenterPersonId]);
    expect(fieldErrors(new Error('offline'), ['text'])).toEqual({ fields: {}, rest: [] });
  });

  it('counts votes once per person, refuses voting for one’s own question, sorts by votes', async () => {
    const open = await call(c.binh, 'POST', `/api/conferences/${running.id}/questions`, { text: 'Khi nào tổ chức học bù?', anonymous: false });
    expect(open.statusCode).toBe(201);
    openId = open.json().id;
    expect(open.json().askerName).toBe('Lê Thị Bình');

    expect((await call(c.binh, 'POST', `/api/questions/${anonId}/vote`)).json()).toEqual({ questionId: anonId, votes: 1, votedByMe: true });
    expect((await call(c.binh, 'POST', `/api/questions/${anonId}/vote`)).json()).toEqual({ questionId: anonId, votes: 1, votedByMe: true });
    const own = await call(c.an, 'POST', `/api/questions/${anonId}/vote`);
    expect(own.statusCode).toBe(409);
    expect(own.json().error.code).toBe('vote_own_question');
    expect(await countWhere(db, sql`SELECT count(*)::int AS n FROM question_votes WHERE question_id = ${anonId}`)).toBe(1);
    expect(await countWhere(db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'question' AND action = 'vote'`)).toBe(1);

    const byVotes = (await call(c.an, 'GET', `/api/conferences/${running.id}/questions?sort=votes`)).json();
    expect(byVotes.map((q: { id: number }) => q.id)).toEqual([anonId, openId]);
    expect(byVotes[0]).toMatchObject({ votes: 1, votedByMe: false });
    const recent = (await call(c.binh, 'GET', `/api/conferences/${running.id}/questions?sort=recent`)).json();
    expect(recent.map((q: { id: number }) => q.id)).toEqual([openId, anonId]);
    expect(recent[1]).toMatchObject({ votes: 1, votedByMe: true });

    // Un-voting is idempotent too.
    expect((await call(c.binh, 'DELETE', `/api/questions/${anonId}/vote`)).json()).toMatchObject({ votes: 0, votedByMe: false });
    expect((await call(c.binh, 'DELETE', `/api/questions/${anonId}/vote`)).json()).toMatchObject({ votes: 0 });
    expect((await call(c.binh, 'POST', `/api/questions/${anonId}/vote`)).json()).toMatchObject({ votes: 1 });
  });

  it('only the presenter asked (or the organizers) may answer; another member gets 403 and nothing changes', async () => {
    const byMember = await call(c.binh, 'POST', `/api/questions/${anonId}/answer`, { answer: 'Tôi trả lời thay' });
    expect(byMember.statusCode).toBe(403);
    expect(byMember.json().error.code).toBe('answer_not_allowed');
    const byOtherPresenter = await call(c.lan, 'POST', `/api/questions/${anonId}/answer`, { answer: 'Không phải tôi được hỏi' });
    expect(byOtherPresenter.statusCode).toBe(403);
    expect((await one<{ answer: string | null }>(db, sql`SELECT answer FROM questions WHERE id = ${anonId}`))!.answer).toBeNull();
    expect(await countWhere(db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'question' AND action = 'answer'`)).toBe(0);

    const empty = await call(c.cuong, 'POST', `/api/questions/${anonId}/answer`, { answer: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.answer).toBeTruthy();

    const ok = await call(c.cuong, 'POST', `/api/questions/${anonId}/answer`, { answer: 'Đến năm 2030 đạt 80% thủ tục trực tuyến.' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ answer: 'Đến năm 2030 đạt 80% thủ tục trực tuyến.', askerName: null });
    expect(ok.json().answeredAt).toMatch(/Z$/);
    // An unaddressed question: any presenter on the agenda may answer, and the organizers too.
    expect((await call(c.lan, 'POST', `/api/questions/${openId}/answer`, { answer: 'Tuần sau.' })).statusCode).toBe(200);
    expect((await call(c.clerkA, 'POST', `/api/questions/${openId}/answer`, { answer: 'Thứ Hai tuần sau.' })).statusCode).toBe(200);
    expect((await call(c.clerkB, 'POST', `/api/questions/${openId}/answer`, { answer: 'x' })).statusCode).toBe(404);
    expect(await countWhere(db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'question' AND action = 'answer'`)).toBe(3);
  });

  it('lists my questions and the questions addressed to me as presenter', async () => {
    const mine = (await call(c.an, 'GET', '/api/me/questions')).json();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: anonId, mine: true, askerName: 'Nguyễn Văn An', conferenceTitle: 'Hội nghị quán triệt' });
    expect(mine[0].answer).toContain('2030');

    const cuongAll = (await call(c.cuong, 'GET', '/api/me/presenter/questions?status=all')).json();
    expect(cuongAll.map((q: { id: number }) => q.id).sort()).toEqual([anonId, openId].sort());
    expect(cuongAll.find((q: { id: number }) => q.id === anonId).askerName).toBeNull();
    expect((await call(c.cuong, 'GET', '/api/me/presenter/questions')).json()).toHaveLength(0);
    await call(c.binh, 'POST', `/api/conferences/${running.id}/questions`, { text: 'Câu hỏi cho đồng chí Lan', presenterPersonId: p.lan, anonymous: false });
    const lanOpen = (await call(c.lan, 'GET', '/api/me/presenter/questions?status=unanswered')).json();
    expect(lanOpen.map((q: { text: string }) => q.text)).toEqual(['Câu hỏi cho đồng chí Lan']);
    expect((await call(c.cuong, 'GET', '/api/me/presenter/questions?status=unanswered')).json()).toHaveLength(0);
    expect((await call(c.hoa, 'GET', '/api/me/presenter/questions')).json()).toEqual([]);
  });

  it('scopes: not invited → 404, another commune’s staff → 404, staff who only read → 403 on asking; nothing written', async () => {
    const before = await questionsCount();
    for (const cookie of [c.hoa, c.dung, c.clerkB]) {
      expect((await call(cookie, 'GET', `/api/conferences/${running.id}/questions`)).statusCode).toBe(404);
      expect((await call(cookie, 'POST', `/api/conferences/${running.id}/questions`, { text: 'Tôi không được mời', anonymous: false })).statusCode).toBe(404);
      expect((await call(cookie, 'POST', `/api/questions/${anonId}/vote`)).statusCode).toBe(404);
      expect((await call(cookie, 'GET', `/api/conferences/${running.id}/ratings`)).statusCode).toBe(404);
    }
    const staffAsk = await call(c.clerkA, 'POST', `/api/conferences/${running.id}/questions`, { text: 'Cán bộ không được mời', anonymous: false });
    expect(staffAsk.statusCode).toBe(403);
    expect(staffAsk.json().error.code).toBe('dialogue_not_participant');
    expect((await call(c.an, 'POST', '/api/conferences/999999/questions', { text: 'Không có hội nghị', anonymous: false })).statusCode).toBe(404);
    expect(await questionsCount()).toBe(before);
  });

  it('someone who checked in without an invitation may ask; nobody may ask after the end', async () => {
    await db.execute(sql`INSERT INTO attendance (conference_id, person_id, checked_at, method, extra) VALUES (${running.id}, ${p.hoa}, now(), 'card', true)`);
    expect((await call(c.hoa, 'POST', `/api/conferences/${running.id}/questions`, { text: 'Tôi dự thêm, xin hỏi', anonymous: false })).statusCode).toBe(201);
    const ended = await conf(-5 * HOUR, 2);
    const before = await questionsCount();
    const late = await call(c.an, 'POST', `/api/conferences/${ended.id}/questions`, { text: 'Hỏi muộn quá', anonymous: true });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('question_closed');
    expect(await questionsCount()).toBe(before);
    const future = await conf(2 * DAY);
    expect((await call(c.an, 'POST', `/api/conferences/${future.id}/questions`, { text: 'Hỏi trước hội nghị', anonymous: false })).statusCode).toBe(201);
  });

  it('organizers hide an improper question from attendees; the asker still sees it', async () => {
    const q = (await call(c.binh, 'POST', `/api/conferences/${running.id}/questions`, { text: 'Nội dung không phù hợp', anonymous: false })).json();
    expect((await call(c.an, 'POST', `/api/questions/${q.id}/hide`, { hidden: true })).statusCode).toBe(403);
    expect((await call(c.clerkA, 'POST', `/api/questions/${q.id}/hide`, { hidden: true })).json().hidden).toBe(true);
    const ids = (list: { id: number }[]) => list.map((x) => x.id);
    expect(ids((await call(c.an, 'GET', `/api/conferences/${running.id}/questions`)).json())).not.toContain(q.id);
    expect(ids((await call(c.binh, 'GET', `/api/conferences/${running.id}/questions`)).json())).toContain(q.id);
    expect((await call(c.an, 'POST', `/api/questions/${q.id}/vote`)).statusCode).toBe(404);
  });
});

describe('presenter ratings', () => {
  const ratingsCount = () => countWhere(db, sql`SELECT count(*)::int AS n FROM presenter_ratings`);

  it('rates once per person (upsert), validates the score and the presenter, and reports without names', async () => {
    const first = await call(c.an, 'POST', `/api/conferences/${running.id}/ratings`, { presenterPersonId: p.cuong, score: 5, comment: 'Rất sát thực tế' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ presenterPersonId: p.cuong, score: 5, comment: 'Rất sát thực tế' });
    expect((await call(c.an, 'POST', `/api/conferences/${running.id}/ratings`, { presenterPersonId: p.cuong, score: 4, comment: 'Dễ hiểu' })).statusCode).toBe(200);
    expect((await call(c.binh, 'POST', `/api/conferences/${running.id}/ratings`, { presenterPersonId: p.cuong, score: 2 })).statusCode).toBe(200);
    expect(await ratingsCount()).toBe(2);
    expect(await countWhere(db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'presenter_rating'`)).toBe(3);

    const audits = await auditCount('presenter_rating');
    const six = await call(c.an, 'POST', `/api/conferences/${running.id}/ratings`, { presenterPersonId: p.cuong, score: 6 });
    expect(six.statusCode).toBe(400);
    expect(six.json().error.fields.score).toBe('Điểm đánh giá từ 1 đến 5');
    const zero = await call(c.an, 'POST', `/api/conferences/${running.id}/ratings`, { presenterPersonId: p.cuong, score: 0 }, 'en');
    expect(zero.json().error.fields.score).toBe('The score must be from 1 to 5');
    const notPresenter = await call(c.an, 'POST', `/api/conferences/${running.id}/ratings`, { presenterPersonId: p.binh, score: 3 });
    expect(notPresenter.statusCode).toBe(400);
    expect(notPresenter.json().error.fields.presenterPersonId).toBeTruthy();
    expect((await call(c.clerkA, 'POST', `/api/conferences/${running.id}/ratings`, { presenterPersonId: p.cuong, score: 3 })).statusCode).toBe(403);
    expect(await ratingsCount()).toBe(2);
    expect(await auditCount('presenter_rating')).toBe(audits);

    const summary = await call(c.clerkA, 'GET', `/api/conferences/${running.id}/ratings`);
    expect(summary.statusCode).toBe(200);
    const cuong = summary.json().presenters.find((x: { presenterPersonId: number }) => x.presenterPersonId === p.cuong);
    expect(cuong).toMatchObject({ count: 2, average: 3, distribution: [0, 1, 0, 1, 0], mine: null });
    expect(cuong.comments).toEqual([expect.objectContaining({ score: 4, comment: 'Dễ hiểu' })]);
    expect(summary.body).not.toContain('Nguyễn Văn An');
    expect(summary.body).not.toContain('Lê Thị Bình');
    expect(summary.json().window.open).toBe(true);
    const mine = (await call(c.an, 'GET', `/api/conferences/${running.id}/ratings`)).json();
    expect(mine.presenters.find((x: { presenterPersonId: number }) => x.presenterPersonId === p.cuong).mine).toEqual({ score: 4, comment: 'Dễ hiểu' });
  });

  it('is open from the start until 7 days after the end', async () => {
    const before = await ratingsCount();
    const future = await conf(DAY);
    const early = await call(c.an, 'POST', `/api/conferences/${future.id}/ratings`, { presenterPersonId: p.cuong, score: 4 });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('rating_not_open');
    const old = await conf(-9 * DAY);
    const late = await call(c.an, 'POST', `/api/conferences/${old.id}/ratings`, { presenterPersonId: p.cuong, score: 4 }, 'en');
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('7 days');
    expect(await ratingsCount()).toBe(before);
    const recent = await conf(-3 * DAY);
    expect((await call(c.an, 'POST', `/api/conferences/${recent.id}/ratings`, { presenterPersonId: p.lan, score: 5 })).statusCode).toBe(200);
  });
});
