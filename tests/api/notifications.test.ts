// Notifications: the inbox of each account and e-mail through a real SMTP server started here (smtp-server), sent by
// the background worker from the outbox — reminders from the boards, tasks, answers, invitations; retries and the
// admins' retry button; preferences and the daily digest; nothing about a unit the recipient cannot see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows, sql } from '../../server/core/db/index.js';
import { todayVn } from '../../server/core/schemas.js';
import { notify } from '../../server/modules/notifications/notify.js';
import { startWorker, type Worker } from '../../server/modules/notifications/worker.js';
import { setup } from '../helpers.js';
import { conference, day, document } from './campaigns-fixture.js';
import { api, type Ctx } from './programs-fixture.js';
import { startSink } from './smtp-sink.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let sink: Awaited<ReturnType<typeof startSink>>;
let worker: Worker;
let campaignId: number;
const MAIL_A = 'vanphong.danluc@example.vn';
const MAIL_B = 'vanphong.hopthanh@example.vn';
const MAIL_MEMBER = 'an.nguyen@example.vn';

const inbox = async (who: Parameters<typeof call>[0], query = '', lang?: 'en') => (await call(who, 'GET', `/api/me/notifications${query}`, undefined, lang)).json();
const mailsTo = (address: string) => sink.received.filter((m) => m.to.includes(address));

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  sink = await startSink();
  const config = { ...ctx.app.config, smtpUrl: sink.url, mailRetries: 2, mailRetrySeconds: 0.2, mailPollSeconds: 0.2, publicUrl: 'https://quantriet.example.vn' };
  worker = startWorker(ctx.database, config, { dailyMinutes: 0 });
  for (const [who, email] of [['clerkA', MAIL_A], ['clerkB', MAIL_B], ['memberA', MAIL_MEMBER]] as const) {
    expect((await call(who, 'PUT', '/api/me/notification-settings', { email })).statusCode).toBe(200);
  }
  const doc = await document(ctx.database.db, ctx.fx.orgs.district.id, '12-KH/HU', 'Kế hoạch học tập nghị quyết');
  campaignId = (await call('leaderDistrict', 'POST', '/api/campaigns', {
    orgId: ctx.fx.orgs.district.id, title: 'Học tập Nghị quyết Đại hội', documentIds: [doc], tiers: ['all_members'], deadline: day(30),
  })).json().id;
});
afterAll(async () => { await worker?.stop(); await sink?.close(); await ctx?.close(); });

describe('a reminder from the campaign board', () => {
  it('arrives in the inbox and at the SMTP sink of the reminded unit\'s clerk, in Vietnamese; nobody else hears of it', async () => {
    const board = (await call('leaderDistrict', 'GET', `/api/campaigns/${campaignId}/board?pageSize=50`)).json();
    const obA = board.items.find((r: { orgName: string }) => r.orgName === 'Đảng ủy xã Dân Lực').obligationId;
    expect((await call('leaderDistrict', 'PATCH', `/api/obligations/${obA}`, { deadline: day(-2) })).statusCode).toBe(200);
    const sent = await call('leaderDistrict', 'POST', `/api/campaigns/${campaignId}/reminders`, { obligationIds: [obA], message: 'Đề nghị tổ chức ngay trong tuần.' });
    expect(sent.json()).toEqual({ sent: 1 });

    const a = await inbox('clerkA');
    expect(a).toMatchObject({ total: 1, unread: 1 });
    expect(a.items[0]).toMatchObject({ kind: 'campaign_reminder', link: `/campaigns/${campaignId}`, orgName: 'Đảng ủy xã Dân Lực', readAt: null,
      title: 'Nhắc việc: Học tập Nghị quyết Đại hội' });
    expect(a.items[0].text).toContain('leader.huyen nhắc Đảng ủy xã Dân Lực tổ chức học tập, quán triệt theo đợt "Học tập Nghị quyết Đại hội"');
    expect(a.items[0].text).toContain('«Đề nghị tổ chức ngay trong tuần.»');
    // The same notice read in English: translated when read, not when written.
    expect((await inbox('clerkA', '', 'en')).items[0].title).toBe('Reminder: Học tập Nghị quyết Đại hội');
    expect((await call('clerkA', 'GET', '/api/me/notifications/unread-count')).json()).toEqual({ unread: 1 });

    const [mail] = await sink.waitFor(1);
    expect(mail.to).toEqual([MAIL_A]);
    expect(mail.subject).toBe('Nhắc việc: Học tập Nghị quyết Đại hội');
    expect(mail.text).toContain('nhắc Đảng ủy xã Dân Lực tổ chức học tập, quán triệt');
    expect(mail.text).toContain(`Xem và xử lý: https://quantriet.example.vn/campaigns/${campaignId}`);
    expect(mail.raw).toMatch(/^From: .*no-reply@localhost/m);
    await worker.kick();
    const row = await one<{ status: string; attempts: number }>(ctx.database.db, sql`SELECT status, attempts FROM mail_outbox WHERE to_address = ${MAIL_A}`);
    expect(row).toEqual({ status: 'sent', attempts: 1 });

    // Another commune's clerk, the member and the sender get nothing.
    for (const who of ['clerkB', 'memberA', 'leaderDistrict'] as const) expect((await inbox(who)).total).toBe(0);
    expect(mailsTo(MAIL_B)).toEqual([]);
  });
});

describe('reports reminders, tasks, answers, invitations', () => {
  it('a report reminder from the programs\' board reaches each late unit\'s clerk; a task reaches the responsible unit', async () => {
    const { orgs } = ctx.fx;
    const doc = await document(ctx.database.db, orgs.district.id, '01-NQ/HU', 'Nghị quyết Đại hội Đảng bộ huyện');
    const district = (await call('leaderDistrict', 'POST', '/api/programs', {
      orgId: orgs.district.id, title: 'Chương trình hành động', adoptedOn: '2025-01-05', documentIds: [doc], periodFrom: '2025-01-01', periodTo: day(120),
    })).json().id;
    await call('clerkA', 'POST', `/api/programs/${district}/cascade`, { orgId: orgs.communeA.id, adoptedOn: '2025-02-01' });
    await call('clerkB', 'POST', `/api/programs/${district}/cascade`, { orgId: orgs.communeB.id, adoptedOn: '2025-02-01' });
    await call('leaderDistrict', 'PUT', `/api/programs/${district}/reporting`, { frequency: 'quarterly', dueDays: 10 });
    const periods = (await call('leaderDistrict', 'GET', `/api/programs/${district}/reporting`)).json().periods;
    const q1 = periods.find((p: { label: string }) => p.label === 'Quý I/2025');
    const before = sink.received.length;
    expect((await call('leaderDistrict', 'POST', `/api/programs/${district}/report-reminders`, { periodId: q1.id })).json()).toEqual({ sent: 2 });
    for (const [who, unit] of [['clerkA', 'Đảng ủy xã Dân Lực'], ['clerkB', 'Đảng ủy xã Hợp Thành']] as const) {
      const n = (await inbox(who, '?unread=true')).items.find((x: { kind: string }) => x.kind === 'report_reminder');
      expect(n).toMatchObject({ title: 'Nhắc nộp báo cáo: Quý I/2025', orgName: unit });
      expect(n.link).toMatch(/^\/report-periods\/\d+$/);
      // The link is the unit's own period, which its clerk may open.
      expect((await call(who, 'GET', `/api/${n.link.slice(1)}/report`)).statusCode).toBe(200);
    }
    const mails = await sink.waitFor(before + 2);
    expect(mails.slice(before).map((m) => m.to[0]).sort()).toEqual([MAIL_A, MAIL_B].sort());
    expect(mails.slice(before).every((m) => m.subject === 'Nhắc nộp báo cáo: Quý I/2025')).toBe(true);

    const task = await call('leaderDistrict', 'POST', `/api/programs/${district}/tasks`, { title: 'Rà soát hộ nghèo', responsibleOrgId: orgs.communeA.id, deadline: day(30) });
    expect(task.statusCode).toBe(201);
    expect((await inbox('clerkA')).items[0]).toMatchObject({ kind: 'task_assigned', title: 'Nhiệm vụ được giao: Rà soát hộ nghèo', link: '/tasks' });
    expect((await inbox('clerkB')).items.some((x: { kind: string }) => x.kind === 'task_assigned')).toBe(false);
  });

  it('an invitation, a change of time and an answer reach the member (who has an account); not the other commune', async () => {
    const { orgs, people } = ctx.fx;
    const c = (await call('clerkA', 'POST', '/api/conferences', {
      campaignId, orgId: orgs.communeA.id, tier: 'all_members', title: 'Hội nghị học tập Nghị quyết', format: 'in_person',
      startsAt: `${day(3)}T08:00:00+07:00`, endsAt: `${day(3)}T11:00:00+07:00`, hall: 'Hội trường UBND xã',
    }));
    expect(c.statusCode).toBe(201);
    const id = c.json().id;
    expect((await call('clerkA', 'POST', `/api/conferences/${id}/invitations`, { personIds: [people.anA1, people.binhA1] })).statusCode).toBe(200);
    const inv = (await inbox('memberA')).items[0];
    expect(inv).toMatchObject({ kind: 'invitation', title: 'Giấy mời dự hội nghị: Hội nghị học tập Nghị quyết', link: `/me/conferences/${id}` });
    expect(inv.text).toBe(`Đồng chí được mời dự hội nghị "Hội nghị học tập Nghị quyết" lúc 08:00, ${day(3).split('-').reverse().join('/')} tại Hội trường UBND xã.`);
    expect((await call('clerkA', 'PATCH', `/api/conferences/${id}`, { startsAt: `${day(4)}T14:00:00+07:00`, endsAt: `${day(4)}T16:00:00+07:00` })).statusCode).toBe(200);
    expect((await inbox('memberA')).items[0].text).toContain(`đổi sang 14:00, ${day(4).split('-').reverse().join('/')}`);
    // Renaming only the title is no news for those invited.
    const n = (await inbox('memberA')).total;
    await call('clerkA', 'PATCH', `/api/conferences/${id}`, { title: 'Hội nghị học tập Nghị quyết (bổ sung)' });
    expect((await inbox('memberA')).total).toBe(n);

    // The member asks at a conference running now; the commune's clerk answers: the asker hears of it, once.
    const now = await conference(ctx.database.db, { campaignId, orgId: orgs.communeA.id, tier: 'all_members', dayOffset: 0 });
    await ctx.database.db.execute(sql`UPDATE conferences SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = ${now}`);
    await ctx.database.db.execute(sql`INSERT INTO invitations (conference_id, person_id) VALUES (${now}, ${people.anA1})`);
    const q = (await call('memberA', 'POST', `/api/conferences/${now}/questions`, { text: 'Chỉ tiêu kết nạp đảng viên năm nay là bao nhiêu?', anonymous: false })).json();
    await worker.kick();
    const mailsBefore = mailsTo(MAIL_MEMBER).length;
    expect((await call('clerkA', 'POST', `/api/questions/${q.id}/answer`, { answer: 'Năm nay kết nạp 12 đảng viên.' })).statusCode).toBe(200);
    await call('clerkA', 'POST', `/api/questions/${q.id}/answer`, { answer: 'Năm nay kết nạp 12 đảng viên mới.' });
    const answered = (await inbox('memberA')).items.filter((x: { kind: string }) => x.kind === 'question_answered');
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ title: 'Câu hỏi của đồng chí đã được trả lời', link: `/me/conferences/${now}` });
    await sink.waitUntil(() => mailsTo(MAIL_MEMBER).length > mailsBefore);
    await worker.kick();
    expect(mailsTo(MAIL_MEMBER).slice(mailsBefore).map((m) => m.subject)).toEqual(['Câu hỏi của đồng chí đã được trả lời']);
    expect(mailsTo(MAIL_B).some((m) => /hội nghị/i.test(m.subject))).toBe(false);
  });
});

describe('scope', () => {
  it('notify() gives nobody a notice about a unit they cannot see (checked with the policy layer)', async () => {
    const { orgs, accounts } = ctx.fx;
    const written = await ctx.database.db.transaction((tx) => notify(tx, [{
      kind: 'deadline_obligation', params: { campaign: 'X', unit: 'Đảng ủy xã Hợp Thành', deadline: '01/01/2030' }, link: '/campaigns/999',
      org: { id: orgs.communeB.id, path: orgs.communeB.path }, toUnitStaff: { orgIds: [orgs.communeA.id, orgs.communeB.id], action: 'campaign.read' },
    }]));
    expect(written).toBe(1);
    const got = await rows<{ accountId: number }>(ctx.database.db, sql`SELECT account_id AS "accountId" FROM notifications WHERE params->>'campaign' = 'X'`);
    expect(got).toEqual([{ accountId: accounts.clerkB }]);
  });

  it('inbox reads and marks are the account\'s own: another\'s notice is 404, bad input 400; marks are audited', async () => {
    const mine = (await inbox('clerkA')).items[0];
    expect((await call('clerkB', 'POST', `/api/me/notifications/${mine.id}/read`)).statusCode).toBe(404);
    expect((await inbox('clerkA')).items[0].readAt).toBeNull();
    expect((await call('clerkA', 'POST', '/api/me/notifications/abc/read')).statusCode).toBe(400);
    expect((await call('clerkA', 'GET', '/api/me/notifications?pageSize=0')).statusCode).toBe(400);
    expect((await call('clerkA', 'GET', '/api/me/notifications?unread=maybe')).statusCode).toBe(400);
    const r = await call('clerkA', 'POST', `/api/me/notifications/${mine.id}/read`);
    expect(r.statusCode).toBe(200);
    const unread = (await inbox('clerkA')).unread;
    expect(r.json()).toEqual({ unread });
    expect((await call('clerkA', 'POST', '/api/me/notifications/read-all')).json()).toEqual({ updated: unread, unread: 0 });
    expect((await inbox('clerkA', '?unread=true')).total).toBe(0);
    expect((await inbox('clerkB')).unread).toBeGreaterThan(0);
    const logs = await rows(ctx.database.db, sql`SELECT 1 FROM audit_log WHERE entity = 'notification' AND account_id = ${ctx.fx.accounts.clerkA}`);
    expect(logs).toHaveLength(2);
    // Paged, newest first.
    const p1 = await inbox('clerkA', '?pageSize=1');
    const p2 = await inbox('clerkA', '?pageSize=1&page=2');
    expect(p1.items[0].createdAt >= p2.items[0].createdAt).toBe(true);
    expect(p1.total).toBe(p2.total);
  });
});

describe('preferences, digest, failures', () => {
  it('settings: defaults, validation, saved and audited; "off" sends no mail but keeps the inbox', async () => {
    const s = (await call('clerkB', 'GET', '/api/me/notification-settings')).json();
    expect(s).toEqual({ email: MAIL_B, personEmail: null, mailEnabled: true,
      modes: { reminder: 'immediate', invitation: 'immediate', deadline: 'digest', answer: 'immediate', task: 'immediate' } });
    const bad = await call('clerkB', 'PUT', '/api/me/notification-settings', { email: 'không-phải-email', modes: { reminder: 'sometimes' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.email).toBe('Địa chỉ email không hợp lệ');
    expect((await call('clerkB', 'PUT', '/api/me/notification-settings', { other: 1 })).statusCode).toBe(400);
    const ok = await call('clerkB', 'PUT', '/api/me/notification-settings', { modes: { task: 'off', answer: 'digest' } });
    expect(ok.json().modes).toMatchObject({ task: 'off', answer: 'digest', reminder: 'immediate' });
    const before = mailsTo(MAIL_B).length;
    const program = (await one<{ id: number }>(ctx.database.db, sql`SELECT id FROM programs WHERE org_id = ${ctx.fx.orgs.district.id}`))!.id;
    await call('leaderDistrict', 'POST', `/api/programs/${program}/tasks`, { title: 'Tổng kết mô hình', responsibleOrgId: ctx.fx.orgs.communeB.id, deadline: day(40) });
    expect((await inbox('clerkB')).items[0]).toMatchObject({ kind: 'task_assigned', title: 'Nhiệm vụ được giao: Tổng kết mô hình' });
    await worker.kick();
    expect(mailsTo(MAIL_B).length).toBe(before);
  });

  it('the daily digest: one mail per person per day with that day\'s digest notices; deadlines once per item', async () => {
    const { orgs } = ctx.fx;
    // A study obligation of commune B due in two days, with no conference yet: the daily job tells its clerk, once.
    const board = (await call('leaderDistrict', 'GET', `/api/campaigns/${campaignId}/board?pageSize=50`)).json();
    const obB = board.items.find((r: { orgName: string }) => r.orgName === 'Đảng ủy xã Hợp Thành').obligationId;
    await call('leaderDistrict', 'PATCH', `/api/obligations/${obB}`, { deadline: day(2) });
    await worker.daily();
    await worker.daily();
    const deadlines = (await inbox('clerkB')).items.filter((x: { kind: string; link: string }) => x.kind === 'deadline_obligation' && x.link === `/campaigns/${campaignId}`);
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ title: 'Sắp đến hạn học tập: Học tập Nghị quyết Đại hội', orgName: orgs.communeB.name });
    expect((await inbox('clerkA')).items.filter((x: { kind: string; orgName: string }) => x.kind === 'deadline_obligation' && x.orgName === orgs.communeB.name)).toEqual([]);
    // Deadlines are digest by default: no immediate mail; the digest of today gathers them, once.
    const before = mailsTo(MAIL_B).length;
    await worker.kick();
    expect(mailsTo(MAIL_B).length).toBe(before);
    await worker.daily(day(1)); // the next morning: yesterday's digest
    await worker.daily(day(1));
    await sink.waitUntil(() => mailsTo(MAIL_B).length > before);
    await worker.kick();
    const digests = mailsTo(MAIL_B).slice(before);
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toMatch(new RegExp(`^Tổng hợp thông báo ngày ${todayVn().split('-').reverse().join('/')} \\(\\d+\\)$`));
    expect(digests[0].text).toContain('Sắp đến hạn học tập: Học tập Nghị quyết Đại hội');
    expect(digests[0].text).toContain('chưa tổ chức hội nghị học tập, quán triệt');
  });

  it('a refused send is retried, then shown failed to admins with its error; the retry button sends it', async () => {
    sink.state.refuse = '550 Hộp thư không tồn tại';
    const board = (await call('leaderDistrict', 'GET', `/api/campaigns/${campaignId}/board?pageSize=50`)).json();
    const obA = board.items.find((r: { orgName: string }) => r.orgName === 'Đảng ủy xã Dân Lực').obligationId;
    await call('leaderDistrict', 'POST', `/api/campaigns/${campaignId}/reminders`, { obligationIds: [obA] });
    const failed = async () => (await call('admin', 'GET', '/api/mail/outbox?status=failed')).json();
    const until = Date.now() + 10_000;
    while ((await failed()).total === 0 && Date.now() < until) await worker.kick();
    const list = await failed();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ toAddress: MAIL_A, status: 'failed', attempts: 2, subject: 'Nhắc việc: Học tập Nghị quyết Đại hội' });
    expect(list.items[0].lastError).toContain('550');
    expect(list.counts.failed).toBe(1);
    // Only admins see the outbox and retry; a mail not failed cannot be retried; an unknown one is 404.
    expect((await call('clerkA', 'GET', '/api/mail/outbox')).statusCode).toBe(403);
    expect((await call('clerkA', 'POST', `/api/mail/outbox/${list.items[0].id}/retry`)).statusCode).toBe(403);
    expect((await call('admin', 'POST', '/api/mail/outbox/99999/retry')).statusCode).toBe(404);
    const sentOne = (await call('admin', 'GET', '/api/mail/outbox?status=sent&pageSize=1')).json().items[0];
    expect((await call('admin', 'POST', `/api/mail/outbox/${sentOne.id}/retry`)).statusCode).toBe(409);

    sink.state.refuse = null;
    const count = sink.received.length;
    expect((await call('admin', 'POST', `/api/mail/outbox/${list.items[0].id}/retry`)).json()).toEqual({ id: list.items[0].id, status: 'pending' });
    const [mail] = (await sink.waitFor(count + 1)).slice(count);
    expect(mail).toMatchObject({ to: [MAIL_A], subject: 'Nhắc việc: Học tập Nghị quyết Đại hội' });
    await worker.kick();
    expect((await failed()).total).toBe(0);
    expect(await rows(ctx.database.db, sql`SELECT 1 FROM audit_log WHERE entity = 'mail' AND action = 'retry'`)).toHaveLength(1);
  });
});
