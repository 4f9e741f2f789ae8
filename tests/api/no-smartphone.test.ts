import JSZip from 'jszip';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/core/auth/password.js';
import { one, sql } from '../../server/core/db/index.js';
import { hallCode, minuteWindow } from '../../server/modules/attendance/codes.js';
import { loginAs, PASSWORD, setup } from '../helpers.js';
import { api, attendanceCount, bridgePoint, campaign, conference, countWhere, invite, MIN, type Conf, type Ctx } from './attendance-fixture.js';

// Issue 13 item 6: members without a smartphone. Printed QR cards (a .docx whose images decode to each member's
// personal code), a card scanned at the hall, the cell secretary's roll call, the listening record of a radio
// conference, and participation counted by how each presence was recorded.

let ctx: Ctx;
let call: ReturnType<typeof api>;
let hall: Conf; let radio: Conf; let camp: number;
let bp: number;
let secretary: string;

const audits = (action: string) => countWhere(ctx.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`);

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  const { db } = ctx.database;
  const { orgs, people } = ctx.fx;
  camp = await campaign(db, orgs.district.id);
  hall = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -30 * MIN, title: 'Hội nghị tại hội trường' });
  bp = await bridgePoint(db, hall.id, orgs.communeA.id, 'Hội trường xã Dân Lực', true);
  await invite(db, hall.id, [people.anA1, people.binhA1, people.cuongA2, people.hoaWomenA], bp);
  radio = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -90 * MIN, title: 'Hội nghị qua loa truyền thanh' });
  await db.execute(sql`UPDATE conferences SET format = 'radio' WHERE id = ${radio.id}`);
  await invite(db, radio.id, [people.anA1, people.binhA1, people.cuongA2], null);
  const a = (await one<{ id: number }>(db, sql`INSERT INTO accounts (username, password_hash, display_name)
    VALUES ('bithu.thon1', ${await hashPassword(PASSWORD)}, 'Bí thư chi bộ thôn 1') RETURNING id`))!;
  await db.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${a.id}, 'clerk', ${orgs.cellA1.id})`);
  secretary = await loginAs(ctx.app, 'bithu.thon1');
});
afterAll(async () => { await ctx?.close(); });

/** The card file as a clerk receives it: its text and the codes its QR images decode to. */
async function readCards(body: Buffer) {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  const codes: string[] = [];
  for (const f of Object.values(zip.files).filter((x) => x.name.startsWith('word/media/') && x.name.endsWith('.png'))) {
    const png = PNG.sync.read(await f.async('nodebuffer'));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(qr, f.name).not.toBeNull();
    codes.push(qr!.data);
  }
  return { xml, codes: codes.sort() };
}

const personalCode = async (personId: number) => (await call(ctx.cookies.clerkA, 'GET', `/api/people/${personId}/qr`)).json().code as string;

describe('printable QR cards', () => {
  it('a cell’s cards carry each member’s name, unit and personal code, and the export is audited', async () => {
    const { orgs, people } = ctx.fx;
    const r = await ctx.app.inject({ method: 'GET', url: `/api/qr-cards.docx?orgId=${orgs.cellA1.id}`, headers: { cookie: ctx.cookies.clerkA } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml.document');
    expect(r.headers['content-disposition']).toContain('.docx');
    const { xml, codes } = await readCards(r.rawPayload);
    expect(xml).toContain('Nguyễn Văn An');
    expect(xml).toContain('Lê Thị Bình');
    expect(xml).toContain('Chi bộ thôn 1 · Đảng ủy xã Dân Lực');
    expect(xml).not.toContain('Trần Văn Cường');
    expect(codes).toEqual([await personalCode(people.anA1), await personalCode(people.binhA1)].sort());
    expect(await audits('export_cards')).toBe(1);
  });

  it('a commune prints every unit, 3 × 4 per page; a bad layout is a 400 naming the field', async () => {
    const r = await ctx.app.inject({ method: 'GET', url: `/api/qr-cards.docx?orgId=${ctx.fx.orgs.communeA.id}&layout=3x4`, headers: { cookie: ctx.cookies.clerkA } });
    expect(r.statusCode).toBe(200);
    const { xml, codes } = await readCards(r.rawPayload);
    for (const n of ['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Văn Cường', 'Phạm Thị Hoa']) expect(xml).toContain(n);
    expect(xml).not.toContain('Hoàng Văn Dũng');
    expect(codes).toHaveLength(4);
    const bad = await call(ctx.cookies.clerkA, 'GET', `/api/qr-cards.docx?orgId=${ctx.fx.orgs.cellA1.id}&layout=4x4`);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toContain('layout');
  });

  it('a clerk of another commune, or a member, gets a 404 and no name', async () => {
    const before = await audits('export_cards');
    for (const cookie of [ctx.cookies.clerkB, ctx.cookies.memberA]) {
      const r = await call(cookie, 'GET', `/api/qr-cards.docx?orgId=${ctx.fx.orgs.cellA1.id}`);
      expect(r.statusCode).toBe(404);
      expect(r.body).not.toContain('Nguyễn Văn An');
    }
    expect(await audits('export_cards')).toBe(before);
  });
});

describe('every way of taking part is counted, by method', () => {
  it('a printed card scanned at the hall, a name chosen, the phone with the hall QR, the secretary’s roll call', async () => {
    const { orgs, people } = ctx.fx;
    const card = await ctx.app.inject({ method: 'GET', url: `/api/qr-cards.docx?orgId=${orgs.cellA1.id}`, headers: { cookie: ctx.cookies.clerkA } });
    const { codes } = await readCards(card.rawPayload);
    const anCode = await personalCode(people.anA1);
    expect(codes).toContain(anCode);
    // The code read off the printed card is scanned at the hall.
    const scanned = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${hall.id}/checkins`, { bridgePointId: bp, code: anCode });
    expect(scanned.statusCode, scanned.body).toBe(200);
    expect(scanned.json()).toMatchObject({ result: 'recorded', person: { id: people.anA1, orgName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực' } });
    const byName = await call(ctx.cookies.clerkA, 'POST', `/api/conferences/${hall.id}/checkins`, { bridgePointId: bp, personId: people.hoaWomenA });
    expect(byName.statusCode, byName.body).toBe(200);
    const self = await call(ctx.cookies.memberA, 'POST', '/api/checkins/self', { code: hallCode(hall.hallSecret, hall.id, bp, minuteWindow(Date.now())) });
    expect(self.json().result).toBe('duplicate'); // An is already in, by card: one presence, the card's
    const roll = await call(secretary, 'POST', `/api/conferences/${hall.id}/roll-call`, { marks: [{ personId: people.binhA1, present: true }] });
    expect(roll.statusCode, roll.body).toBe(200);
    const part = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${hall.id}/participation`)).json();
    expect(part.total).toMatchObject({ invited: 4, attended: 3 });
    expect(part.byMethod).toEqual({ hall_qr: 0, card: 1, manual: 1, roll_call: 1, listening: 0 });
    // The secretary sees the cell's part only.
    const own = (await call(secretary, 'GET', `/api/conferences/${hall.id}/participation`)).json();
    expect(own.byMethod).toEqual({ hall_qr: 0, card: 1, manual: 0, roll_call: 1, listening: 0 });
  });
});

describe('listening record of a radio / loudspeaker conference', () => {
  const url = () => `/api/conferences/${radio.id}/listening`;

  it('the secretary sees the cell’s invitees and saves the list in one go; a re-save changes nothing', async () => {
    const { orgs, people } = ctx.fx;
    const list = await call(secretary, 'GET', `${url()}?orgId=${orgs.cellA1.id}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((x: { fullName: string }) => x.fullName).sort()).toEqual(['Lê Thị Bình', 'Nguyễn Văn An']);
    expect(list.json().counts).toEqual({ invited: 2, listened: 0, otherwise: 0 });
    // Without a unit, the secretary's own cell, and only it to choose from.
    const own = (await call(secretary, 'GET', url())).json();
    expect(own).toMatchObject({ orgId: orgs.cellA1.id, orgName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực', units: [{ orgId: orgs.cellA1.id, people: 2 }] });
    const body = { orgId: orgs.cellA1.id, entries: [{ personId: people.anA1, listened: true, note: 'Nghe tại nhà' }, { personId: people.binhA1, listened: true }] };
    const saved = await call(secretary, 'PUT', url(), body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ added: 2, removed: 0, noted: 0 });
    expect(await audits('listening')).toBe(1);
    const again = await call(secretary, 'PUT', url(), body);
    expect(again.json()).toEqual({ added: 0, removed: 0, noted: 0 });
    expect(await audits('listening')).toBe(1);
    expect(await attendanceCount(ctx.database.db, radio.id)).toBe(2);
    const after = (await call(secretary, 'GET', `${url()}?orgId=${orgs.cellA1.id}`)).json();
    expect(after.counts).toEqual({ invited: 2, listened: 2, otherwise: 0 });
    expect(after.items.find((x: { personId: number }) => x.personId === people.anA1)).toMatchObject({ listened: true, method: 'listening', note: 'Nghe tại nhà' });
  });

  it('counts as participation: the conference and the campaign show the listening records', async () => {
    const part = (await call(ctx.cookies.clerkA, 'GET', `/api/conferences/${radio.id}/participation`)).json();
    expect(part.total).toMatchObject({ invited: 3, attended: 2 });
    expect(part.byMethod.listening).toBe(2);
    const cp = (await call(ctx.cookies.clerkA, 'GET', `/api/campaigns/${camp}/participation?orgId=${ctx.fx.orgs.communeA.id}`)).json();
    // Invited to a campaign conference: An, Bình, Cường, Hoa; present: An (card + listening), Bình (roll call + listening), Hoa (by name).
    expect(cp.total).toMatchObject({ invited: 4, attended: 3 });
    expect(cp.byMethod).toEqual({ hall_qr: 0, card: 1, manual: 1, roll_call: 1, listening: 2 });
  });

  it('an untick removes only the listening record; another cell is 403, another commune 404', async () => {
    const { orgs, people } = ctx.fx;
    const r = await call(secretary, 'PUT', url(), { orgId: orgs.cellA1.id, entries: [{ personId: people.binhA1, listened: false }] });
    expect(r.json()).toEqual({ added: 0, removed: 1, noted: 0 });
    const cp = (await call(ctx.cookies.clerkA, 'GET', `/api/campaigns/${camp}/participation?orgId=${orgs.communeA.id}`)).json();
    expect(cp.byMethod.listening).toBe(1);
    expect((await call(secretary, 'GET', `${url()}?orgId=${orgs.cellA2.id}`)).statusCode).toBe(403);
    expect((await call(secretary, 'PUT', url(), { orgId: orgs.cellA2.id, entries: [{ personId: people.cuongA2, listened: true }] })).statusCode).toBe(403);
    const other = await call(ctx.cookies.clerkB, 'GET', `${url()}?orgId=${orgs.cellA1.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Nguyễn Văn An');
    // The commune clerk keeps the lists of the whole commune.
    const commune = (await call(ctx.cookies.clerkA, 'GET', `${url()}?orgId=${orgs.communeA.id}`)).json();
    expect(commune.items).toHaveLength(3);
  });

  it('bad input is a 400 with its fields, and a refused save writes nothing', async () => {
    const { orgs, people } = ctx.fx;
    const attendance = await attendanceCount(ctx.database.db, radio.id);
    const logged = await audits('listening');
    const empty = await call(secretary, 'PUT', url(), { orgId: orgs.cellA1.id, entries: [] });
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields)).toContain('entries');
    const wrongType = await call(secretary, 'PUT', url(), { orgId: orgs.cellA1.id, entries: [{ personId: 'An', listened: 'yes' }] });
    expect(wrongType.statusCode).toBe(400);
    expect(Object.keys(wrongType.json().error.fields)).toEqual(expect.arrayContaining(['entries.0.personId', 'entries.0.listened']));
    // One good entry and one person from another cell: the whole save is refused, in Vietnamese.
    const mixed = await call(secretary, 'PUT', url(), { orgId: orgs.cellA1.id, entries: [
      { personId: people.binhA1, listened: true }, { personId: people.cuongA2, listened: true }] });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.fields['entries.1.personId']).toBe('Người này không có trong danh sách mời của chi bộ');
    expect(await attendanceCount(ctx.database.db, radio.id)).toBe(attendance);
    expect(await audits('listening')).toBe(logged);
    // Only radio conferences keep a listening record.
    const hallSave = await call(secretary, 'PUT', `/api/conferences/${hall.id}/listening`, { orgId: orgs.cellA1.id, entries: [{ personId: people.anA1, listened: true }] });
    expect(hallSave.statusCode).toBe(409);
  });
});
