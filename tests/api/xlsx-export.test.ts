// Every table's Excel export, on the demo: the file holds the same rows as the list API with the same filters,
// in the caller's language, scoped like the list, audited; bad filters are refused.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows, sql, type Database } from '../../server/core/db/index.js';
import { t } from '../../server/core/i18n.js';
import { checkCap, EXPORT_MAX_ROWS, HEADER_ROW } from '../../server/core/xlsx-export.js';
import { DEMO_PASSWORD, seedDemo } from '../../server/demo/seed.js';
import { CURRENT_CAMPAIGN_ID } from '../../server/demo/study-current.js';
import { RUNNING_TITLE } from '../../server/demo/study-now.js';
import type { App } from '../../server/app.js';
import { freshDatabase, loginAs, testApp } from '../helpers.js';

let database: Database;
let app: App;
const cookies: Record<string, string> = {};
const USERS = ['lanhdao.huyen', 'vanphong.huyen', 'kiemtra.huyen', 'vanphong.danluc', 'vanphong.hopthanh'];
beforeAll(async () => {
  database = await freshDatabase();
  expect(await seedDemo(database.db)).toBe(true);
  app = await testApp(database);
  for (const u of USERS) cookies[u] = await loginAs(app, u, DEMO_PASSWORD);
}, 300_000);
afterAll(async () => { await app?.close(); await database?.close(); });

const get = (who: string, url: string, lang?: string) =>
  app.inject({ method: 'GET', url, headers: { cookie: cookies[who], ...(lang ? { 'accept-language': lang } : {}) } });

type Item = Record<string, unknown>;
/** Every item of a paged list, page by page (the list API pages at 200 at most). */
async function allItems(who: string, url: string): Promise<Item[]> {
  const out: Item[] = [];
  for (let page = 1; ; page++) {
    const res = await get(who, `${url}${url.includes('?') ? '&' : '?'}page=${page}&pageSize=200`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Item[]; total: number };
    out.push(...body.items);
    if (out.length >= body.total || !body.items.length) return out;
  }
}

interface Sheet { name: string; title: string; filters: string; stamp: string; headers: string[]; rows: ExcelJS.CellValue[][]; ws: ExcelJS.Worksheet }
/** Opens an export and reads each sheet: the title block, the header row and the data rows. */
async function open(res: Awaited<ReturnType<typeof get>>): Promise<Sheet[]> {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.xlsx"$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as never);
  return wb.worksheets.map((ws) => {
    const values = (r: number) => (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    const data: ExcelJS.CellValue[][] = [];
    for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) data.push(values(r));
    return {
      name: ws.name, ws, title: String(ws.getCell(1, 1).value), filters: String(ws.getCell(2, 1).value), stamp: String(ws.getCell(3, 1).value),
      headers: values(HEADER_ROW).map(String), rows: data,
    };
  });
}
const col = (s: Sheet, header: string) => {
  const i = s.headers.indexOf(header);
  expect(i, `column ${header} in ${s.headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return s.rows.map((r) => r[i] ?? null);
};
const day = (iso: unknown) => (iso ? new Date(`${String(iso).slice(0, 10)}T00:00:00Z`) : null);
const exportsOf = (table: string) => rows<{ username: string; after: { rows: number; filters: Item } }>(database.db, sql`
  SELECT a.username, l.after FROM audit_log l JOIN accounts a ON a.id = l.account_id
  WHERE l.action = 'export' AND l.after->>'table' = ${table} ORDER BY l.id`);

describe('the shared layout', () => {
  it('bold frozen header under a title block, auto-filter, real dates; headers in the caller\'s language', async () => {
    const url = `/api/campaigns/${CURRENT_CAMPAIGN_ID}/board/export.xlsx?status=overdue`;
    const [vi] = await open(await get('lanhdao.huyen', url));
    expect(vi.headers).toEqual(['Đơn vị', 'Loại đơn vị', 'Trực thuộc', 'Đối tượng', 'Hạn', 'Tình trạng', 'Ngày tổ chức', 'Nhắc lần cuối']);
    expect(vi.title).toMatch(/^Bảng theo dõi tổ chức học tập, quán triệt: /);
    expect(vi.filters).toBe('Bộ lọc: Tình trạng: Quá hạn');
    expect(vi.stamp).toMatch(new RegExp(`^Xuất lúc \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d bởi .+ · ${vi.rows.length} dòng$`));
    vi.headers.forEach((_, i) => expect(vi.ws.getRow(HEADER_ROW).getCell(i + 1).font?.bold).toBe(true));
    expect(vi.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(vi.ws.autoFilter).toBeTruthy();
    expect(vi.ws.getColumn(5).numFmt).toBe('dd/mm/yyyy');
    expect(col(vi, 'Hạn').every((d) => d instanceof Date)).toBe(true);
    const [en] = await open(await get('lanhdao.huyen', url, 'en'));
    expect(en.headers.slice(0, 2)).toEqual(['Unit', 'Kind of unit']);
    expect(en.filters).toBe('Filters: Status: Overdue');
    expect(col(en, 'Status').every((s) => s === 'Overdue')).toBe(true);
  });

  it('refuses an export past the cap with the count and the cap, in words', () => {
    expect(() => checkCap(EXPORT_MAX_ROWS)).not.toThrow();
    let err: unknown;
    try { checkCap(EXPORT_MAX_ROWS + 1); } catch (e) { err = e; }
    expect(err).toMatchObject({ status: 422, code: 'export_too_many_rows', params: { total: EXPORT_MAX_ROWS + 1, max: EXPORT_MAX_ROWS } });
    expect(t('vi', 'export_too_many_rows', { total: 50001, max: 50000 })).toMatch(/^Danh sách có 50001 dòng, vượt quá 50000 dòng/);
  });
});

describe('campaign board', () => {
  const base = `/api/campaigns/${CURRENT_CAMPAIGN_ID}/board`;
  it('holds the board\'s rows with the same filters; a filter narrows them; audited', async () => {
    const all = await allItems('lanhdao.huyen', base);
    const [sheet] = await open(await get('lanhdao.huyen', `${base}/export.xlsx`));
    expect(sheet.rows).toHaveLength(all.length);
    expect(col(sheet, 'Đơn vị')).toEqual(all.map((r) => r.orgName));
    expect(col(sheet, 'Hạn')).toEqual(all.map((r) => day(r.deadline)));
    expect(col(sheet, 'Ngày tổ chức')).toEqual(all.map((r) => day(r.heldOn)));
    const overdue = await allItems('lanhdao.huyen', `${base}?status=overdue&tier=all_members`);
    const [narrow] = await open(await get('lanhdao.huyen', `${base}/export.xlsx?status=overdue&tier=all_members`));
    expect(col(narrow, 'Đơn vị')).toEqual(overdue.map((r) => r.orgName));
    expect(narrow.rows.length).toBeGreaterThan(0);
    expect(narrow.rows.length).toBeLessThan(sheet.rows.length);
    expect((await exportsOf('board')).at(-1)).toMatchObject({ username: 'lanhdao.huyen', after: { rows: overdue.length, filters: { status: 'overdue', tier: 'all_members' } } });
  });

  it('a commune clerk\'s file holds its own commune only; bad filters are 400', async () => {
    const mine = await allItems('vanphong.danluc', base);
    const [sheet] = await open(await get('vanphong.danluc', `${base}/export.xlsx`));
    expect(col(sheet, 'Đơn vị')).toEqual(mine.map((r) => r.orgName));
    expect(sheet.rows.length).toBeGreaterThan(0);
    expect(col(sheet, 'Đơn vị').some((n) => String(n).includes('Hợp Thành'))).toBe(false);
    for (const q of ['status=bogus', 'tier=x', 'orgId=abc', 'orgId=0']) expect((await get('vanphong.danluc', `${base}/export.xlsx?${q}`)).statusCode).toBe(400);
    expect((await get('vanphong.danluc', '/api/campaigns/999999/board/export.xlsx')).statusCode).toBe(404);
  });
});

describe('participation', () => {
  const base = `/api/campaigns/${CURRENT_CAMPAIGN_ID}/participation`;
  it('per unit and per audience, as the API; narrowed to a commune; another commune\'s clerk gets 404', async () => {
    const api = (await get('lanhdao.huyen', base)).json();
    const [units, tiers] = await open(await get('lanhdao.huyen', `${base}/export.xlsx`));
    expect(units.headers).toEqual(['Đơn vị', 'Được mời', 'Tham dự', 'Tỷ lệ', 'Hạn', 'Đã đến hạn']);
    expect(col(units, 'Đơn vị')).toEqual(api.units.map((u: Item) => u.orgName));
    expect(col(units, 'Được mời')).toEqual(api.units.map((u: Item) => u.invited));
    expect(col(units, 'Tỷ lệ')).toEqual(api.units.map((u: Item) => u.rate));
    expect(units.ws.getColumn(4).numFmt).toBe('0.0%');
    expect(tiers.rows).toHaveLength(api.tiers.length);
    const danLuc = (await one<{ id: number }>(database.db, sql`SELECT id FROM orgs WHERE name = 'Đảng ủy xã Dân Lực'`))!.id;
    const narrow = (await get('lanhdao.huyen', `${base}?orgId=${danLuc}`)).json();
    const [n] = await open(await get('lanhdao.huyen', `${base}/export.xlsx?orgId=${danLuc}`));
    expect(col(n, 'Đơn vị')).toEqual(narrow.units.map((u: Item) => u.orgName));
    expect(n.rows.length).toBeLessThan(units.rows.length);
    expect(n.filters).toBe('Bộ lọc: Đơn vị: Đảng ủy xã Dân Lực');
    expect((await get('vanphong.hopthanh', `${base}/export.xlsx?orgId=${danLuc}`)).statusCode).toBe(404);
    expect((await get('vanphong.hopthanh', `${base}/export.xlsx?orgId=x`)).statusCode).toBe(400);
  });
});

describe('a conference: invitations and roll call', () => {
  const running = async () => (await one<{ id: number }>(database.db, sql`SELECT id FROM conferences WHERE title = ${RUNNING_TITLE}`))!.id;

  it('invitations: the organizer\'s whole list, a commune clerk\'s own part only, a search narrowing it', async () => {
    const id = await running();
    const all = await allItems('vanphong.huyen', `/api/conferences/${id}/invitations`);
    const [sheet] = await open(await get('vanphong.huyen', `/api/conferences/${id}/invitations/export.xlsx`));
    expect(col(sheet, 'Họ và tên')).toEqual(all.map((r) => r.fullName));
    expect(col(sheet, 'Điểm cầu')).toEqual(all.map((r) => r.bridgePointName));
    const mine = await allItems('vanphong.danluc', `/api/conferences/${id}/invitations`);
    const [own] = await open(await get('vanphong.danluc', `/api/conferences/${id}/invitations/export.xlsx`));
    expect(col(own, 'Họ và tên')).toEqual(mine.map((r) => r.fullName));
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.length).toBeLessThan(sheet.rows.length);
    expect(col(own, 'Đơn vị').every((u) => String(u).includes('Dân Lực'))).toBe(true);
    const who = String(mine[0].fullName).split(' ').pop()!;
    const found = await allItems('vanphong.danluc', `/api/conferences/${id}/invitations?q=${encodeURIComponent(who)}`);
    const [q] = await open(await get('vanphong.danluc', `/api/conferences/${id}/invitations/export.xlsx?q=${encodeURIComponent(who)}`));
    expect(col(q, 'Họ và tên')).toEqual(found.map((r) => r.fullName));
    expect(q.rows.length).toBeLessThan(own.rows.length);
    expect((await get('vanphong.danluc', `/api/conferences/${id}/invitations/export.xlsx?bridgePointId=-1`)).statusCode).toBe(400);
  });

  it('roll call: status filter as the page, times as dates, the other commune\'s people absent from a clerk\'s file', async () => {
    const id = await running();
    const present = await allItems('vanphong.huyen', `/api/conferences/${id}/roll-call?status=present`);
    const [sheet] = await open(await get('vanphong.huyen', `/api/conferences/${id}/roll-call/export.xlsx?status=present`));
    expect(col(sheet, 'Họ và tên')).toEqual(present.map((r) => r.fullName));
    expect(present.length).toBeGreaterThan(0);
    expect(col(sheet, 'Tình trạng').every((s) => s === 'Có mặt')).toBe(true);
    expect(col(sheet, 'Giờ điểm danh').every((d) => d instanceof Date)).toBe(true);
    // The instant shown as the time in Vietnam (Excel has no time zones).
    expect((col(sheet, 'Giờ điểm danh')[0] as Date).getTime()).toBe(new Date(String(present[0].checkedAt)).getTime() + 7 * 3_600_000);
    const everyone = await allItems('vanphong.huyen', `/api/conferences/${id}/roll-call`);
    expect(sheet.rows.length).toBeLessThan(everyone.length);
    const mine = await allItems('vanphong.hopthanh', `/api/conferences/${id}/roll-call`);
    const [own] = await open(await get('vanphong.hopthanh', `/api/conferences/${id}/roll-call/export.xlsx`));
    expect(col(own, 'Họ và tên')).toEqual(mine.map((r) => r.fullName));
    expect(col(own, 'Đơn vị').some((u) => String(u).includes('Dân Lực'))).toBe(false);
    expect((await get('vanphong.hopthanh', `/api/conferences/${id}/roll-call/export.xlsx?status=late`)).statusCode).toBe(400);
    expect((await exportsOf('roll_call')).map((e) => e.username)).toEqual(['vanphong.huyen', 'vanphong.hopthanh']);
  });
});

describe('evaluations, programs, reports, recommendations', () => {
  it('the annual review: units, people and each evaluation, as the API for the same year and unit', async () => {
    const year = (await one<{ y: number }>(database.db, sql`SELECT max(year)::int AS y FROM evaluations`))!.y;
    const api = (await get('lanhdao.huyen', `/api/evaluations?year=${year}`)).json();
    const [units, people, detail] = await open(await get('lanhdao.huyen', `/api/evaluations/export.xlsx?year=${year}`));
    expect(units.title).toBe(`Tổng hợp nhận xét, đánh giá năm ${year}`);
    expect(col(units, 'Đơn vị')).toEqual(api.units.map((u: Item) => u.orgName));
    expect(col(units, 'Đến muộn')).toEqual(api.units.map((u: { flags: { late: number } }) => u.flags.late));
    expect(col(people, 'Họ và tên')).toEqual(api.people.map((p: Item) => p.fullName));
    const entries = [...api.units, ...api.people].reduce((n: number, r: { evaluations: unknown[] }) => n + r.evaluations.length, 0);
    expect(detail.rows).toHaveLength(entries);
    expect(api.units.length + api.people.length).toBeGreaterThan(0);
    expect((await get('lanhdao.huyen', '/api/evaluations/export.xlsx?year=1999')).statusCode).toBe(400);
  });

  it('programs: the list with its filters; a commune sees its own and the district\'s only', async () => {
    const all = await allItems('lanhdao.huyen', '/api/programs');
    const [sheet] = await open(await get('lanhdao.huyen', '/api/programs/export.xlsx'));
    expect(col(sheet, 'Tên chương trình')).toEqual(all.map((r) => r.title));
    expect(col(sheet, 'Nhiệm vụ quá hạn')).toEqual(all.map((r) => r.overdueTaskCount));
    const mine = await allItems('vanphong.danluc', '/api/programs');
    const [own] = await open(await get('vanphong.danluc', '/api/programs/export.xlsx'));
    expect(col(own, 'Đơn vị')).toEqual(mine.map((r) => r.orgName));
    expect(own.rows).toHaveLength(2);
    const danLuc = (await one<{ id: number }>(database.db, sql`SELECT id FROM orgs WHERE name = 'Đảng ủy xã Dân Lực'`))!.id;
    const [one_] = await open(await get('lanhdao.huyen', `/api/programs/export.xlsx?orgId=${danLuc}&status=active`));
    expect(col(one_, 'Đơn vị')).toEqual((await allItems('lanhdao.huyen', `/api/programs?orgId=${danLuc}&status=active`)).map((r) => r.orgName));
    expect(one_.rows.length).toBeLessThan(sheet.rows.length);
    expect((await get('lanhdao.huyen', '/api/programs/export.xlsx?status=open')).statusCode).toBe(400);
  });

  it('the board of reports: one period, late first, as the API; a status narrows it', async () => {
    const api = (await get('lanhdao.huyen', '/api/programs/1/report-board?pageSize=200')).json();
    const [sheet] = await open(await get('lanhdao.huyen', '/api/programs/1/report-board/export.xlsx'));
    expect(sheet.title).toContain(api.period.label);
    expect(col(sheet, 'Đơn vị')).toEqual(api.items.map((r: Item) => r.orgName));
    expect(col(sheet, 'Hạn nộp')).toEqual(api.items.map((r: Item) => day(r.dueOn)));
    const late = (await get('lanhdao.huyen', '/api/programs/1/report-board?status=late&pageSize=200')).json();
    const [l] = await open(await get('lanhdao.huyen', '/api/programs/1/report-board/export.xlsx?status=late'));
    expect(col(l, 'Đơn vị')).toEqual(late.items.map((r: Item) => r.orgName));
    expect(l.rows.length).toBeGreaterThan(0);
    expect(l.rows.length).toBeLessThan(sheet.rows.length);
    const own = (await one<{ id: number }>(database.db, sql`SELECT p.id FROM programs p JOIN orgs o ON o.id = p.org_id WHERE o.name = 'Đảng ủy xã Dân Lực' LIMIT 1`))!.id;
    expect((await get('vanphong.hopthanh', `/api/programs/${own}/report-board/export.xlsx`)).statusCode).toBe(404);
    expect((await get('lanhdao.huyen', '/api/programs/1/report-board/export.xlsx?status=x')).statusCode).toBe(400);
  });

  it('recommendations: the same rows as the list; a commune clerk never gets another commune\'s', async () => {
    const all = await allItems('kiemtra.huyen', '/api/recommendations');
    const [sheet] = await open(await get('kiemtra.huyen', '/api/recommendations/export.xlsx'));
    expect(col(sheet, 'Nội dung kiến nghị')).toEqual(all.map((r) => r.body));
    expect(col(sheet, 'Thời hạn')).toEqual(all.map((r) => day(r.deadline)));
    const overdue = await allItems('kiemtra.huyen', '/api/recommendations?overdue=true');
    const [o] = await open(await get('kiemtra.huyen', '/api/recommendations/export.xlsx?overdue=true'));
    expect(col(o, 'Nội dung kiến nghị')).toEqual(overdue.map((r) => r.body));
    expect(o.rows.length).toBeLessThan(sheet.rows.length);
    expect(col(o, 'Đơn vị thực hiện')).toEqual(['Đảng ủy xã Hợp Thành']);
    const [dl] = await open(await get('vanphong.danluc', '/api/recommendations/export.xlsx'));
    expect(col(dl, 'Đơn vị thực hiện').every((n) => n === 'Đảng ủy xã Dân Lực')).toBe(true);
    expect(dl.rows.length).toBeGreaterThan(0);
    expect((await get('vanphong.danluc', '/api/recommendations/export.xlsx?overdue=yes')).statusCode).toBe(400);
    expect((await exportsOf('recommendations')).map((e) => e.username)).toEqual(['kiemtra.huyen', 'kiemtra.huyen', 'vanphong.danluc']);
  });
});
