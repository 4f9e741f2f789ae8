import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, sql } from '../../server/core/db/index.js';
import { hallCode, minuteWindow, personCode } from '../../server/modules/attendance/codes.js';
import { loginAs, setup } from '../helpers.js';
import { api, attendanceCount, bridgePoint, campaign, conference, countWhere, HOUR, invite, MIN, type Conf, type Ctx } from './attendance-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let live: Conf; let ended: Conf; let future: Conf; let selfConf: Conf; let offline: Conf;
let bpA: number; let bpB: number; let bpSelf: number; let bpEnded: number; let bpFuture: number; let bpOffline: number;
let codeOf: Record<string, string>;

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { db } = ctx.database;
  const { orgs, people } = ctx.fx;
  const camp = await campaign(db, orgs.district.id);
  // A district conference that began 30 minutes ago, with bridge points in both communes.
  live = await conference(db, { campaignId: camp, orgId: orgs.district.id, fromNow: -30 * MIN });
  bpA = await bridgePoint(db, live.id, orgs.communeA.id, 'Điểm cầu xã Dân Lực');
  bpB = await bridgePoint(db, live.id, orgs.communeB.id, 'Điểm cầu xã Hợp Thành');
  await invite(db, live.id, [people.anA1, people.binhA1, people.cuongA2], bpA);
  await invite(db, live.id, [people.dungB1], bpB);
  ended = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -5 * HOUR, hours: 2 });
  bpEnded = await bridgePoint(db, ended.id, orgs.communeA.id, 'Hội trường xã', true);
  future = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: 5 * HOUR });
  bpFuture = await bridgePoint(db, future.id, orgs.communeA.id, 'Hội trường xã', true);
  selfConf = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -10 * MIN });
  bpSelf = await bridgePoint(db, selfConf.id, orgs.communeA.id, 'Hội trường UBND xã', true);
  await invite(db, selfConf.id, [people.anA1, people.binhA1], bpSelf);
  offline = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -4 * HOUR });
  bpOffline = await bridgePoint(db, offline.id, orgs.cellA2.id, 'Nhà văn hóa thôn 2');
  await invite(db, offline.id, [people.binhA1, people.cuongA2], bpOffline);
  codeOf = {};
  for (const [k, id] of Object.entries(people)) {
    const r = await call(ctx.cookies.admin, 'GET', `/api/people/${id}/qr`);
    expect(r.statusCode).toBe(200);
    codeOf[k] = r.json().code;
  }
});
afterAll(async () => { await ctx?.close(); });

const scan = (cookie: string, conf: Conf, body: object, lang?: string) => call(cookie, 'POST', `/api/conferences/${conf.id}/checkins`, body, lang);

describe('personal QR codes', () => {
  it('gives member.a a stable signed code with an SVG image; staff print cards only in their subtree', async () => {
    const r = await call(ctx.cookies.memberA, 'GET', '/api/me/qr');
    expect(r.statusCode).toBe(200);
    expect(r.json().code).toMatch(new RegExp(`^QT1\\.${ctx.fx.people.anA1}\\.[A-Za-z0-9_-]{22}$`));
    expect(r.json().svg).toContain('<svg');
    expect(r.json().code).toBe(codeOf.anA1);
    expect((await call(ctx.cookies.memberA, 'GET', '/api/me/qr')).json().code).toBe(r.json().code);
    expect((await call(ctx.cookies.clerkA, 'GET', `/api/people/${ctx.fx.people.anA1}/qr`)).json().code).toBe(codeOf.anA1);
    expect((await call(ctx.cookies.clerkB, 'GET', `/api/people/${ctx.fx.people.anA1}/qr`)).statusCode).toBe(404);
    // An account without a person record has no card.
    expect((await call(ctx.cookies.clerkA, 'GET', '/api/me/qr')).statusCode).toBe(409);
  });
});

describe('staff check-in', () => {
  it('records a card scan with late minutes, then answers duplicate with the first time', async () => {
    const first = await scan(ctx.cookies.clerkA, live, { bridgePointId: bpA, code: codeOf.anA1 });
    expect(first.statusCode).toBe(200);
    const b = first.json();
    expect(b).toMatchObject({ result: 'recorded', person: { id: ctx.fx.people.anA1, fullName: 'Nguyễn Văn An', orgName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực' }, extra: false, bridgePointId: bpA });
    expect(b.lateMinutes).toBe(Math.floor((Date.parse(b.checkedAt) - live.startsAt) / MIN));
    expect(b.lateMinutes).toBeGreaterThanOrEqual(30);
    const again = await scan(ctx.cookies.propagandaA, live, { bridgePointId: bpA, code: codeOf.anA1 });
    expect(again.json()).toMatchObject({ result: 'duplicate', checkedAt: b.checkedAt, lateMinutes: b.lateMinutes });
    const row = await one<{ method: string; recorded_by: number }>(ctx.database.db, sql`SELECT method, recorded_by FROM attendance
      WHERE conference_id = ${live.id} AND person_id = ${ctx.fx.people.anA1}`);
    expect(row).toMatchObject({ method: 'card', recorded_by: ctx.fx.accounts.clerkA });
    expect(await attendanceCount(ctx.database.db, live.id)).toBe(1);
  });

  it('records a person who was not invited as an extra; staff may also pick a person by id', async () => {
    const r = await scan(ctx.cookies.clerkA, live, { bridgePointId: bpA, personId: ctx.fx.people.hoaWomenA });
    expect(r.json()).toMatchObject({ result: 'recorded', extra: true, person: { fullName: 'Phạm Thị Hoa' } });
    const m = await one<{ method: string }>(ctx.database.db, sql`SELECT method FROM attendance WHERE conference_id = ${live.id} AND person_id = ${ctx.fx.people.hoaWomenA}`);
    expect(m!.method).toBe('manual');
    // A person of another commune who is not invited cannot be picked by id (the card proves identity, an id does not).
    const other = await scan(ctx.cookies.clerkA, live, { bridgePointId: bpA, personId: ctx.fx.people.dungB1 + 1000 });
    expect(other.statusCode).toBe(404);
  });

  it('refuses every bad scan with a clear 4xx and writes nothing', async () => {
    const db = ctx.database.db;
    const before = await countWhere(db, sql`SELECT count(*)::int AS n FROM attendance`);
    const real = codeOf.binhA1;
    const forged = `QT1.${ctx.fx.people.binhA1}.${'A'.repeat(22)}`;
    const altered = real.replace(`QT1.${ctx.fx.people.binhA1}.`, `QT1.${ctx.fx.people.cuongA2}.`);
    for (const code of [forged, altered, 'garbage', hallCode(live.hallSecret, live.id, bpA, minuteWindow(Date.now()))]) {
      const r = await scan(ctx.cookies.clerkA, live, { bridgePointId: bpA, code });
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toMatchObject({ code: 'code_invalid', message: 'Mã QR không hợp lệ hoặc đã bị sửa đổi' });
    }
    const en = await scan(ctx.cookies.clerkA, live, { bridgePointId: bpA, code: forged }, 'en');
    expect(en.json().error.message).toBe('The QR code is invalid or has been altered');

    const endedScan = await scan(ctx.cookies.clerkA, ended, { bridgePointId: bpEnded, code: real });
    expect(endedScan.statusCode).toBe(409);
    expect(endedScan.json().error.message).toBe('Hội nghị đã kết thúc, không thể điểm danh trực tiếp');
    expect((await scan(ctx.cookies.clerkA, future, { bridgePointId: bpFuture, code: real })).json().error.code).toBe('conference_not_started');

    // Inspectors read but do not record; clerk.b sees the district conference (its own bridge point) but not commune A's point.
    expect((await scan(ctx.cookies.inspectorA, live, { bridgePointId: bpA, code: real })).statusCode).toBe(403);
    expect((await scan(ctx.cookies.clerkB, live, { bridgePointId: bpA, code: real })).statusCode).toBe(403);
    // A commune A conference is not even visible to clerk.b.
    expect((await scan(ctx.cookies.clerkB, selfConf, { bridgePointId: bpSelf, code: real })).statusCode).toBe(404);

    const mismatch = await scan(ctx.cookies.clerkA, live, { bridgePointId: bpSelf, code: real });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.fields.bridgePointId).toBe('Điểm cầu không thuộc hội nghị này');
    expect((await scan(ctx.cookies.clerkA, live, { bridgePointId: bpA })).json().error.code).toBe('code_or_person');
    expect(await countWhere(db, sql`SELECT count(*)::int AS n FROM attendance`)).toBe(before);
  });

  it('lets clerk.b scan at its own bridge point', async () => {
    const r = await scan(ctx.cookies.clerkB, live, { bridgePointId: bpB, code: codeOf.dungB1 });
    expect(r.json()).toMatchObject({ result: 'recorded', bridgePointId: bpB, extra: false });
  });
});

describe('self check-in with the rotating hall code', () => {
  it('shows the hall code to those who record there only', async () => {
    const r = await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${selfConf.id}/hall-qr?bridgePointId=${bpSelf}`);
    expect(r.statusCode).toBe(200);
    expect(r.json().code).toMatch(new RegExp(`^QTH\\.${selfConf.id}\\.${bpSelf}\\.\\d+\\.`));
    expect(r.json().svg).toContain('<svg');
    expect(Date.parse(r.json().expiresAt)).toBeGreaterThan(Date.now());
    expect((await call(ctx.cookies.inspectorA, 'GET', `/api/conferences/${selfConf.id}/hall-qr`)).statusCode).toBe(403);
    expect((await call(ctx.cookies.clerkB, 'GET', `/api/conferences/${selfConf.id}/hall-qr`)).statusCode).toBe(404);
  });

  it('checks member.a in as their own person; refuses expired, foreign, tampered and ended codes', async () => {
    const db = ctx.database.db;
    const before = await countWhere(db, sql`SELECT count(*)::int AS n FROM attendance`);
    const w = minuteWindow(Date.now());
    const self = (cookie: string, body: object) => call(cookie, 'POST', '/api/checkins/self', body);
    const expired = await self(ctx.cookies.memberA, { code: hallCode(selfConf.hallSecret, selfConf.id, bpSelf, w - 3) });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.code).toBe('code_expired');
    const liveCode = hallCode(live.hallSecret, live.id, bpA, w);
    expect((await self(ctx.cookies.memberA, { code: liveCode, conferenceId: selfConf.id })).json().error.code).toBe('code_other_conference');
    // The conference id swapped inside a genuine code breaks its signature.
    const swapped = liveCode.replace(`QTH.${live.id}.`, `QTH.${selfConf.id}.`);
    expect((await self(ctx.cookies.memberA, { code: swapped })).json().error.code).toBe('code_invalid');
    const endedCode = hallCode(ended.hallSecret, ended.id, bpEnded, w);
    expect((await self(ctx.cookies.memberA, { code: endedCode })).json().error.code).toBe('conference_ended');
    expect((await self(ctx.cookies.clerkA, { code: hallCode(selfConf.hallSecret, selfConf.id, bpSelf, w) })).json().error.code).toBe('no_linked_person');
    expect(await countWhere(db, sql`SELECT count(*)::int AS n FROM attendance`)).toBe(before);

    const ok = await self(ctx.cookies.memberA, { code: hallCode(selfConf.hallSecret, selfConf.id, bpSelf, w), conferenceId: selfConf.id });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ result: 'recorded', conferenceId: selfConf.id, person: { id: ctx.fx.people.anA1 }, bridgePointId: bpSelf, extra: false });
    const m = await one<{ method: string }>(db, sql`SELECT method FROM attendance WHERE conference_id = ${selfConf.id} AND person_id = ${ctx.fx.people.anA1}`);
    expect(m!.method).toBe('hall_qr');
  });

  it('accepts the previous minute window (a code shown just before the turn)', async () => {
    await ctx.database.db.execute(sql`INSERT INTO accounts (username, password_hash, display_name, person_id)
      SELECT 'member.binh', password_hash, 'Lê Thị Bình', ${ctx.fx.people.binhA1} FROM accounts WHERE username = 'member.a'`);
    const cookie = await loginAs(ctx.app, 'member.binh');
    const prev = hallCode(selfConf.hallSecret, selfConf.id, null, minuteWindow(Date.now()) - 1); // no bridge point: the invitation's one
    const r = await call(cookie, 'POST', '/api/checkins/self', { code: prev });
    expect(r.json()).toMatchObject({ result: 'recorded', person: { id: ctx.fx.people.binhA1 }, bridgePointId: bpSelf });
  });
});

describe('offline batch sync', () => {
  it('keeps original scan times, reports per item, and is idempotent when re-sent', async () => {
    const db = ctx.database.db;
    const { people } = ctx.fx;
    const t = (ms: number) => new Date(offline.startsAt + ms).toISOString();
    const body = {
      bridgePointId: bpOffline,
      items: [
        { clientId: 'c1', code: codeOf.cuongA2, scannedAt: t(10 * MIN + 5000) },
        { clientId: 'c2', personId: people.binhA1, scannedAt: t(-30 * MIN) },
        { clientId: 'c3', code: codeOf.cuongA2, scannedAt: t(11 * MIN) },
        { clientId: 'c4', code: codeOf.anA1, scannedAt: new Date(Date.now() + HOUR).toISOString() },
        { clientId: 'c5', code: codeOf.anA1, scannedAt: t(-3 * HOUR) },
        { clientId: 'c6', code: `QT1.${people.anA1}.${'B'.repeat(22)}`, scannedAt: t(20 * MIN) },
      ],
    };
    const r = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${offline.id}/checkins/batch`, body);
    expect(r.statusCode).toBe(200);
    const res = r.json().results;
    expect(res.map((x: { result: string }) => x.result)).toEqual(['recorded', 'recorded', 'duplicate', 'refused', 'refused', 'refused']);
    expect(res[3]).toMatchObject({ code: 'scanned_at_range' });
    expect(res[4]).toMatchObject({ code: 'scanned_at_range' });
    expect(res[5]).toMatchObject({ code: 'code_invalid', reason: 'Mã QR không hợp lệ hoặc đã bị sửa đổi' });
    const rowsNow = await ctx.database.db.execute(sql`SELECT person_id, checked_at, late_minutes, received_at FROM attendance
      WHERE conference_id = ${offline.id} ORDER BY person_id`) as unknown as { rows: { person_id: number; checked_at: Date; late_minutes: number; received_at: Date }[] };
    const cuong = rowsNow.rows.find((x) => x.person_id === people.cuongA2)!;
    const binh = rowsNow.rows.find((x) => x.person_id === people.binhA1)!;
    expect(new Date(cuong.checked_at).toISOString()).toBe(t(10 * MIN + 5000));
    expect(cuong.late_minutes).toBe(10);
    expect(binh.late_minutes).toBe(0);
    expect(new Date(cuong.received_at).getTime()).toBeGreaterThan(Date.now() - MIN);

    const again = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${offline.id}/checkins/batch`, body);
    expect(again.json().results.map((x: { result: string }) => x.result)).toEqual(['duplicate', 'duplicate', 'duplicate', 'refused', 'refused', 'refused']);
    expect(await attendanceCount(db, offline.id)).toBe(2);
    const kept = await one<{ checked_at: Date }>(db, sql`SELECT checked_at FROM attendance WHERE conference_id = ${offline.id} AND person_id = ${people.cuongA2}`);
    expect(new Date(kept!.checked_at).toISOString()).toBe(t(10 * MIN + 5000));
  });

  it('refuses the whole batch for someone without the right there', async () => {
    const body = { bridgePointId: bpOffline, items: [{ clientId: 'x', code: codeOf.anA1, scannedAt: new Date(offline.startsAt).toISOString() }] };
    expect((await call(ctx.cookies.clerkB, 'POST', `/api/conferences/${offline.id}/checkins/batch`, body)).statusCode).toBe(404);
    expect((await call(ctx.cookies.inspectorA, 'POST', `/api/conferences/${offline.id}/checkins/batch`, body)).statusCode).toBe(403);
    expect(await attendanceCount(ctx.database.db, offline.id)).toBe(2);
  });

  it('writes no audit row per scan (hot path)', async () => {
    expect(await countWhere(ctx.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'attendance'`)).toBe(0);
  });
});
