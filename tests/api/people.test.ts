import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, sql } from '../../server/core/db/index.js';
import { insertOrg } from '../../server/modules/orgs/queries.js';
import { setup } from '../helpers.js';

let ctx: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => { ctx = await setup(); });
afterAll(async () => { await ctx?.close(); });

type Who = keyof typeof ctx.cookies;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = ['Họ và tên*', 'Giới tính (Nam/Nữ)', 'Ngày sinh (dd/mm/yyyy)', 'Đơn vị (mã id hoặc tên chi bộ)', 'Đảng viên (Chính thức/Dự bị)',
  'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ đảng viên', 'Điện thoại', 'Email', 'Nhóm'];

function call(who: Who, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, lang?: 'en') {
  const headers: Record<string, string> = { cookie: ctx.cookies[who] };
  if (lang) headers['accept-language'] = lang;
  return ctx.app.inject({ method, url, payload: payload as never, headers });
}
const names = (res: { json(): { items: { fullName: string }[] } }) => res.json().items.map((p) => p.fullName);
const counts = () => one<{ people: number; audit: number; transfers: number; positions: number }>(ctx.database.db, sql`SELECT
  (SELECT count(*) FROM people)::int AS people, (SELECT count(*) FROM audit_log)::int AS audit,
  (SELECT count(*) FROM person_transfers)::int AS transfers, (SELECT count(*) FROM positions)::int AS positions`);

async function workbook(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(who: Who, file: Buffer, fields: Record<string, string> = {}, lang?: 'en') {
  const boundary = `----qt${Date.now().toString(16)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ds.xlsx"\r\nContent-Type: ${XLSX}\r\n\r\n`), file,
    Buffer.from(`\r\n--${boundary}--\r\n`));
  const headers: Record<string, string> = { cookie: ctx.cookies[who], 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (lang) headers['accept-language'] = lang;
  return ctx.app.inject({ method: 'POST', url: '/api/people/import', payload: Buffer.concat(parts), headers });
}

async function readXlsx(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  const ws = wb.worksheets[0];
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow((row) => out.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { ws, rows: out };
}

describe('people list', () => {
  it('documents every people endpoint in the OpenAPI spec', async () => {
    const spec = (await ctx.app.inject('/api/openapi.json')).json();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/people', '/api/people/{id}', '/api/people/import',
      '/api/people/export.xlsx', '/api/people/import-template.xlsx', '/api/people/{id}/transfer', '/api/people/{id}/positions/{positionId}/end',
      '/api/people/{id}/mass-orgs/{orgId}']));
  });

  it('lists in Vietnamese order: given name, then family names, letters before tones (đ after d)', async () => {
    const { cellA2 } = ctx.fx.orgs;
    for (const fullName of ['Lê Văn Đức', 'Đỗ Thị Ánh', 'Trần Thị An', 'Nguyễn Thị Dung', 'Vũ Văn Bảo', 'Đỗ Thị Anh']) {
      expect((await call('clerkA', 'POST', '/api/people', { orgId: cellA2.id, fullName })).statusCode).toBe(201);
    }
    const res = await call('clerkA', 'GET', `/api/people?orgId=${ctx.fx.orgs.communeA.id}&pageSize=50`);
    expect(res.statusCode).toBe(200);
    expect(names(res)).toEqual(['Nguyễn Văn An', 'Trần Thị An', 'Đỗ Thị Anh', 'Đỗ Thị Ánh', 'Vũ Văn Bảo', 'Lê Thị Bình',
      'Trần Văn Cường', 'Nguyễn Thị Dung', 'Lê Văn Đức', 'Phạm Thị Hoa']);
    const page2 = await call('clerkA', 'GET', `/api/people?orgId=${ctx.fx.orgs.communeA.id}&page=2&pageSize=4`);
    expect(page2.json()).toMatchObject({ total: 10, page: 2, pageSize: 4 });
    expect(names(page2)).toEqual(['Vũ Văn Bảo', 'Lê Thị Bình', 'Trần Văn Cường', 'Nguyễn Thị Dung']);
    expect(page2.json().items[1]).toMatchObject({ orgName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực', partyStatus: 'official', joinedOn: '2010-05-19', categories: [] });
  });

  it('finds names typed without diacritics, in any case, and treats % literally', async () => {
    expect(names(await call('clerkA', 'GET', '/api/people?q=nguyen%20van%20an'))).toEqual(['Nguyễn Văn An']);
    expect(names(await call('clerkA', 'GET', '/api/people?q=DUC'))).toEqual(['Lê Văn Đức']);
    expect(names(await call('clerkA', 'GET', `/api/people?q=${encodeURIComponent('thị ánh')}`))).toEqual(['Đỗ Thị Anh', 'Đỗ Thị Ánh']);
    expect(names(await call('clerkA', 'GET', '/api/people?q=%25'))).toEqual([]);
  });

  it('filters by party status, category and subtree', async () => {
    const a = ctx.fx.orgs.communeA.id;
    expect(names(await call('clerkA', 'GET', `/api/people?orgId=${a}&partyStatus=member`))).toEqual(['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Văn Cường']);
    expect(names(await call('clerkA', 'GET', `/api/people?orgId=${a}&partyStatus=probationary`))).toEqual(['Trần Văn Cường']);
    expect((await call('clerkA', 'GET', `/api/people?orgId=${a}&partyStatus=none`)).json().total).toBe(7);
    expect(names(await call('clerkA', 'GET', `/api/people?orgId=${ctx.fx.orgs.cellA1.id}`))).toEqual(['Nguyễn Văn An', 'Lê Thị Bình']);
    await call('clerkA', 'PATCH', `/api/people/${ctx.fx.people.hoaWomenA}`, { categories: ['collaborator', 'presenter'] });
    expect(names(await call('clerkA', 'GET', '/api/people?category=presenter'))).toEqual(['Phạm Thị Hoa']);
    expect((await call('clerkA', 'GET', '/api/people?partyStatus=nobody')).statusCode).toBe(400);
  });
});

describe('create and update validation', () => {
  const post = (body: object, lang?: 'en') => call('clerkA', 'POST', '/api/people', { orgId: ctx.fx.orgs.cellA1.id, fullName: 'Hà Văn Kiên', ...body }, lang);

  it('gives a message per field, in Vietnamese and in English', async () => {
    const short = await post({ fullName: 'K' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.fullName).toBe('Họ và tên cần từ 2 đến 200 ký tự');
    expect((await post({ fullName: 'K' }, 'en')).json().error.fields.fullName).toBe('The full name needs 2 to 200 characters');

    const noDates = await post({ partyStatus: 'official' });
    expect(noDates.statusCode).toBe(400);
    expect(noDates.json().error.fields).toEqual({ joinedOn: 'Bắt buộc nhập', officialOn: 'Bắt buộc nhập' });

    const early = { partyStatus: 'official', joinedOn: '2015-06-01', officialOn: '2015-01-01' };
    expect((await post(early)).json().error.fields).toEqual({ officialOn: 'Ngày chính thức phải sau ngày vào Đảng' });
    expect((await post(early, 'en')).json().error.fields).toEqual({ officialOn: 'Official date must be after joining date' });

    const nonMember = await post({ joinedOn: '2015-06-01', cardNumber: '93.1' }, 'en');
    expect(nonMember.json().error.fields).toEqual({ joinedOn: 'A non-member has no joining date or card number', cardNumber: 'A non-member has no joining date or card number' });

    expect((await post({ birthDate: '2999-01-01' })).json().error.fields).toEqual({ birthDate: 'Ngày không được sau ngày hôm nay' });
    expect((await post({ email: 'khong-phai-email', phone: 'abc' })).json().error.fields).toEqual({ email: 'Địa chỉ email không hợp lệ', phone: 'Số điện thoại không hợp lệ' });
    expect((await post({ birthDate: '2000-13-45' })).json().error.fields.birthDate).toBe('Ngày không có thật trên lịch');
    expect((await post({ birthDate: '2000-1-5' })).json().error.fields.birthDate).toBe('Ngày không hợp lệ (định dạng YYYY-MM-DD)');
  });

  it('creates a member (201, audited) and refuses a card number already used (409 naming the field)', async () => {
    const before = (await counts())!;
    const res = await post({ gender: 'male', birthDate: '1980-02-03', partyStatus: 'official', joinedOn: '2005-03-26', officialOn: '2006-03-26',
      cardNumber: '93.000111', phone: '0912 345 678', email: 'kien@example.vn', categories: ['key_cadre', 'key_cadre'] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ fullName: 'Hà Văn Kiên', orgName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực', cardNumber: '93.000111', categories: ['key_cadre'],
      positions: [], transfers: [], massOrgs: [] });
    const audit = await one<{ action: string; entity_id: string; org_path: string }>(ctx.database.db,
      sql`SELECT action, entity_id, org_path::text FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ action: 'create', entity_id: String(res.json().id), org_path: ctx.fx.orgs.cellA1.path });
    expect((await counts())!.audit).toBe(before.audit + 1);

    const dup = await post({ fullName: 'Hà Thị Kim', partyStatus: 'probationary', joinedOn: '2024-01-01', cardNumber: '93.000111' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'card_taken', fields: { cardNumber: 'Số thẻ đảng viên đã được dùng cho người khác' } });
  });

  it('refuses an inactive home unit', async () => {
    const closed = await insertOrg(ctx.database.db, { parentId: ctx.fx.orgs.communeA.id, parentPath: ctx.fx.orgs.communeA.path, name: 'Chi bộ đã giải thể', kind: 'cell', effectiveOn: '2024-01-01' });
    await ctx.database.db.execute(sql`UPDATE orgs SET status = 'dissolved' WHERE id = ${closed.id}`);
    const res = await call('clerkA', 'POST', '/api/people', { orgId: closed.id, fullName: 'Hà Văn Kiên' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.orgId).toBe('Tổ chức đã giải thể hoặc sáp nhập');
  });

  it('updates with the same rules, and a renamed person moves in the order', async () => {
    const id = ctx.fx.people.cuongA2;
    const bad = await call('clerkA', 'PATCH', `/api/people/${id}`, { partyStatus: 'official' }, 'en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ officialOn: 'Required' });
    const ok = await call('clerkA', 'PATCH', `/api/people/${id}`, { partyStatus: 'official', officialOn: '2011-05-19', fullName: 'Trần Văn Ái' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ fullName: 'Trần Văn Ái', partyStatus: 'official', officialOn: '2011-05-19', joinedOn: '2010-05-19' });
    // "Ái" (a-i) now sorts before "An": the sort key followed the new name.
    const list = names(await call('clerkA', 'GET', `/api/people?orgId=${ctx.fx.orgs.communeA.id}&pageSize=3`));
    expect(list).toEqual(['Trần Văn Ái', 'Nguyễn Văn An', 'Trần Thị An']);
  });
});

describe('access', () => {
  const p = new Proxy({} as typeof ctx.fx.people, { get: (_, k: string) => ctx.fx.people[k as keyof typeof ctx.fx.people] });

  it('hides people of another commune (404) and refuses filtering by it', async () => {
    expect((await call('clerkA', 'GET', `/api/people/${p.dungB1}`)).statusCode).toBe(404);
    expect((await call('clerkB', 'GET', `/api/people?orgId=${ctx.fx.orgs.communeA.id}`)).statusCode).toBe(404);
    expect(names(await call('clerkB', 'GET', '/api/people?pageSize=100'))).toEqual(['Hoàng Văn Dũng']);
    expect(names(await call('leaderDistrict', 'GET', '/api/people?q=dung'))).toEqual(['Hoàng Văn Dũng', 'Nguyễn Thị Dung']);
  });

  it('clerk.b cannot write commune A people or units', async () => {
    const before = (await counts())!;
    expect((await call('clerkB', 'PATCH', `/api/people/${p.anA1}`, { phone: '0900000000' })).statusCode).toBe(404);
    expect((await call('clerkB', 'POST', `/api/people/${p.anA1}/transfer`, { toOrgId: ctx.fx.orgs.cellB1.id })).statusCode).toBe(404);
    expect((await call('clerkB', 'POST', '/api/people', { orgId: ctx.fx.orgs.cellA1.id, fullName: 'Người Lạ' })).statusCode).toBe(404);
    expect((await call('clerkB', 'POST', `/api/people/${p.dungB1}/transfer`, { toOrgId: ctx.fx.orgs.cellA1.id })).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('a member reads their own record only and writes nothing', async () => {
    const own = await call('memberA', 'GET', `/api/people/${p.anA1}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ fullName: 'Nguyễn Văn An', orgPath: ctx.fx.orgs.cellA1.path });
    expect((await call('memberA', 'GET', `/api/people/${p.binhA1}`)).statusCode).toBe(404);
    expect(names(await call('memberA', 'GET', '/api/people'))).toEqual(['Nguyễn Văn An']);
    expect((await call('memberA', 'PATCH', `/api/people/${p.anA1}`, { phone: '0900000000' })).statusCode).toBe(403);
    expect((await call('memberA', 'PATCH', `/api/people/${p.binhA1}`, { phone: '0900000000' })).statusCode).toBe(403);
    expect((await call('memberA', 'POST', '/api/people', { orgId: ctx.fx.orgs.cellA1.id, fullName: 'Hà Văn Mới' })).statusCode).toBe(403);
    expect((await call('memberA', 'POST', `/api/people/${p.anA1}/transfer`, { toOrgId: ctx.fx.orgs.cellA2.id })).statusCode).toBe(403);
    expect((await upload('memberA', await workbook([['Hà Văn Mới']]))).statusCode).toBe(403);
  });

  it('an inspector reads but does not write (403)', async () => {
    expect((await call('inspectorA', 'GET', `/api/people/${p.binhA1}`)).statusCode).toBe(200);
    expect((await call('inspectorA', 'GET', '/api/people')).json().total).toBeGreaterThan(5);
    const res = await call('inspectorA', 'PATCH', `/api/people/${p.binhA1}`, { phone: '0900000000' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('Bạn không có quyền thực hiện thao tác này');
    expect((await call('inspectorA', 'POST', '/api/people', { orgId: ctx.fx.orgs.cellA1.id, fullName: 'Hà Văn Mới' })).statusCode).toBe(403);
    expect((await call('inspectorA', 'POST', `/api/people/${p.binhA1}/positions`, { orgId: ctx.fx.orgs.cellA1.id, title: 'secretary' })).statusCode).toBe(403);
  });
});

describe('transfers, positions, mass organizations', () => {
  it('transfers a person, keeps the history, and refuses the same or a closed unit', async () => {
    const { cellA1, cellA2, cellB1 } = ctx.fx.orgs;
    const id = ctx.fx.people.binhA1;
    const same = await call('clerkA', 'POST', `/api/people/${id}/transfer`, { toOrgId: cellA1.id });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields.toOrgId).toBe('Đơn vị mới trùng đơn vị hiện tại');
    expect((await call('clerkA', 'POST', `/api/people/${id}/transfer`, { toOrgId: cellB1.id })).statusCode).toBe(404);
    const future = await call('clerkA', 'POST', `/api/people/${id}/transfer`, { toOrgId: cellA2.id, effectiveOn: '2999-01-01' });
    expect(future.json().error.fields.effectiveOn).toBe('Ngày không được sau ngày hôm nay');

    const moved = await call('clerkA', 'POST', `/api/people/${id}/transfer`, { toOrgId: cellA2.id, effectiveOn: '2025-03-01', reason: 'Chuyển nơi cư trú' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ orgId: cellA2.id, orgName: 'Chi bộ thôn 2 · Đảng ủy xã Dân Lực' });
    // The admin holds both communes, so only it may move her across.
    expect((await call('admin', 'POST', `/api/people/${id}/transfer`, { toOrgId: cellB1.id, effectiveOn: '2025-04-01' })).statusCode).toBe(200);
    const detail = (await call('admin', 'GET', `/api/people/${id}`)).json();
    expect(detail.orgName).toBe('Chi bộ thôn Đông · Đảng ủy xã Hợp Thành');
    expect(detail.transfers).toEqual([
      expect.objectContaining({ fromOrgName: 'Chi bộ thôn 2 · Đảng ủy xã Dân Lực', toOrgName: 'Chi bộ thôn Đông · Đảng ủy xã Hợp Thành', effectiveOn: '2025-04-01', reason: null }),
      expect.objectContaining({ fromOrgId: cellA1.id, fromOrgName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực', toOrgId: cellA2.id, toOrgName: 'Chi bộ thôn 2 · Đảng ủy xã Dân Lực', effectiveOn: '2025-03-01', reason: 'Chuyển nơi cư trú' }),
    ]);
    // Now outside commune A: clerk.a no longer sees her, clerk.b does.
    expect((await call('clerkA', 'GET', `/api/people/${id}`)).statusCode).toBe(404);
    expect((await call('clerkB', 'GET', `/api/people/${id}`)).statusCode).toBe(200);
    const audits = await one<{ n: number }>(ctx.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'transfer' AND entity_id = ${String(id)}`);
    expect(audits!.n).toBe(2);
  });

  it('gives and ends positions, refusing duplicates and other communes', async () => {
    const id = ctx.fx.people.anA1;
    const cellA1 = ctx.fx.orgs.cellA1.id;
    const res = await call('clerkA', 'POST', `/api/people/${id}/positions`, { orgId: cellA1, title: 'secretary', startedOn: '2020-10-01' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ orgName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực', title: 'secretary', startedOn: '2020-10-01', endedOn: null });
    expect((await call('clerkA', 'POST', `/api/people/${id}/positions`, { orgId: cellA1, title: 'secretary' })).statusCode).toBe(409);
    expect((await call('clerkA', 'POST', `/api/people/${id}/positions`, { orgId: ctx.fx.orgs.cellB1.id, title: 'secretary' })).statusCode).toBe(404);
    const early = await call('clerkA', 'POST', `/api/people/${id}/positions/${res.json().id}/end`, { endedOn: '2019-01-01' });
    expect(early.statusCode).toBe(400);
    const ended = await call('clerkA', 'POST', `/api/people/${id}/positions/${res.json().id}/end`, { endedOn: '2025-05-01' });
    expect(ended.json()).toMatchObject({ endedOn: '2025-05-01' });
    expect((await call('clerkA', 'POST', `/api/people/${id}/positions/${res.json().id}/end`, {})).statusCode).toBe(409);
    expect((await call('memberA', 'GET', `/api/people/${id}`)).json().positions).toEqual([expect.objectContaining({ title: 'secretary', endedOn: '2025-05-01' })]);
  });

  it('adds and removes mass-organization memberships', async () => {
    const id = ctx.fx.people.anA1;
    const women = ctx.fx.orgs.womenA.id;
    const notMass = await call('clerkA', 'POST', `/api/people/${id}/mass-orgs`, { orgId: ctx.fx.orgs.cellA2.id }, 'en');
    expect(notMass.json().error.fields.orgId).toBe('This unit is not a mass organization');
    expect((await call('clerkA', 'POST', `/api/people/${id}/mass-orgs`, { orgId: women, joinedOn: '2015-03-08' })).statusCode).toBe(201);
    expect((await call('clerkA', 'POST', `/api/people/${id}/mass-orgs`, { orgId: women })).statusCode).toBe(409);
    expect((await call('clerkA', 'GET', `/api/people/${id}`)).json().massOrgs).toEqual([{ orgId: women, orgName: 'Hội LHPN xã Dân Lực', joinedOn: '2015-03-08' }]);
    expect((await call('clerkA', 'DELETE', `/api/people/${id}/mass-orgs/${women}`)).statusCode).toBe(204);
    expect((await call('clerkA', 'DELETE', `/api/people/${id}/mass-orgs/${women}`)).statusCode).toBe(404);
  });
});

describe('import and export', () => {
  it('imports every row of a good file in one go, resolving units by name, id or the default', async () => {
    const { cellA1, cellA2, communeA } = ctx.fx.orgs;
    const before = (await counts())!;
    const file = await workbook([
      ['Hoàng Thị Lan', 'Nữ', new Date(Date.UTC(1985, 2, 12)), 'Chi bộ thôn 2', 'Chính thức', '12/05/2008', new Date(Date.UTC(2009, 4, 12)),
        '93.555001', 912345678, { text: 'lan@example.vn', hyperlink: 'mailto:lan@example.vn' }, 'Báo cáo viên, Cán bộ chủ chốt'],
      ['Mai Văn Tùng', 'nam', '01/01/1990', null, null, null, null, null, null, null, 'Hội viên đoàn thể'],
      ['Đinh Văn Sơn', null, null, cellA2.id, 'Dự bị', '01/02/2025', null, '93.555002'],
    ]);
    const res = await upload('clerkA', file, { orgId: String(cellA1.id) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 3 });
    const lan = (await call('clerkA', 'GET', '/api/people?q=hoang%20thi%20lan')).json().items[0];
    expect(lan).toMatchObject({ gender: 'female', birthDate: '1985-03-12', orgName: 'Chi bộ thôn 2 · Đảng ủy xã Dân Lực', partyStatus: 'official', joinedOn: '2008-05-12',
      officialOn: '2009-05-12', cardNumber: '93.555001', phone: '0912345678', categories: ['presenter', 'key_cadre'] });
    expect((await call('clerkA', 'GET', '/api/people?q=mai%20van%20tung')).json().items[0]).toMatchObject({ orgId: cellA1.id, birthDate: '1990-01-01', partyStatus: null });
    expect((await call('clerkA', 'GET', '/api/people?q=dinh%20van%20son')).json().items[0]).toMatchObject({ orgId: cellA2.id, partyStatus: 'probationary' });
    const after = (await counts())!;
    expect(after.people).toBe(before.people + 3);
    expect(after.audit).toBe(before.audit + 1);
    const audit = await one<{ action: string; after: { count: number }; org_path: string }>(ctx.database.db,
      sql`SELECT action, after, org_path::text FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(audit).toMatchObject({ action: 'import', after: { count: 3 }, org_path: cellA1.path });
    expect(communeA.path).toBeTruthy();
  });

  it('imports a large file in chunks', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => [`Lò Văn Số ${i + 1}`, 'Nam', null, 'Chi bộ thôn 1']);
    const res = await upload('clerkA', await workbook(rows));
    expect(res.json()).toEqual({ imported: 1200 });
    expect((await call('clerkA', 'GET', '/api/people?q=lo%20van%20so&pageSize=1')).json().total).toBe(1200);
  });

  it('rejects a file with bad rows (422 naming row and column, in the caller language) and imports nothing', async () => {
    const before = (await counts())!;
    const file = await workbook([
      ['Hà Văn Tốt', 'Nam', null, 'Chi bộ thôn 1'],
      [null, 'Nữ', null, 'Chi bộ thôn 1'],
      ['Hà Văn Ngày', 'Nam', '31/02/2000', 'Chi bộ thôn 1'],
      ['Hà Văn Xa', 'Nam', null, 'Chi bộ thôn Đông'],
      ['Hà Văn Thẻ', 'Nam', null, 'Chi bộ thôn 1', 'Dự bị', '01/01/2024', null, '93.777001'],
      ['Hà Văn Trùng', 'Nam', null, 'Chi bộ thôn 1', 'Dự bị', '01/01/2024', null, '93.777001'],
      ['Hà Văn Cũ', 'Nam', null, 'Chi bộ thôn 1', 'Dự bị', '01/01/2024', null, '93.555001'],
      ['Hà Văn Thiếu', 'Nam', null, 'Chi bộ thôn 1', 'Chính thức'],
    ]);
    const res = await upload('clerkA', file);
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('import_failed');
    expect(error.message).toBe('Tệp có 7 lỗi, chưa nhập dòng nào');
    expect(error.details).toEqual([
      { row: 3, column: 'Họ và tên*', message: 'Bắt buộc nhập' },
      { row: 4, column: 'Ngày sinh (dd/mm/yyyy)', message: 'Ngày "31/02/2000" không hợp lệ (dd/mm/yyyy)' },
      { row: 5, column: 'Đơn vị (mã id hoặc tên chi bộ)', message: 'Không có đơn vị "Chi bộ thôn Đông" đang hoạt động trong phạm vi bạn được quản lý' },
      { row: 7, column: 'Số thẻ đảng viên', message: 'Số thẻ trùng với dòng 6 trong tệp' },
      { row: 8, column: 'Số thẻ đảng viên', message: 'Số thẻ đảng viên đã được dùng cho người khác' },
      { row: 9, column: 'Ngày vào Đảng', message: 'Bắt buộc nhập' },
      { row: 9, column: 'Ngày chính thức', message: 'Bắt buộc nhập' },
    ]);
    const en = (await upload('clerkA', file, {}, 'en')).json().error;
    expect(en.message).toBe('The file has 7 errors; nothing was imported');
    expect(en.details[0]).toEqual({ row: 3, column: 'Họ và tên*', message: 'Required' });
    expect(await counts()).toEqual(before);
    // The same unit name is outside clerk.b's scope.
    const other = await upload('clerkB', await workbook([['Hà Văn Tốt', 'Nam', null, 'Chi bộ thôn 1']]));
    expect(other.statusCode).toBe(422);
    expect(other.json().error.details[0].column).toBe('Đơn vị (mã id hoặc tên chi bộ)');
    const notExcel = await upload('clerkA', Buffer.from('not an excel file'));
    expect(notExcel.statusCode).toBe(422);
    expect(notExcel.json().error.code).toBe('import_bad_file');
    expect(await counts()).toEqual(before);
  });

  it('exports exactly the filtered list, with the template columns and dd/mm/yyyy dates', async () => {
    const filter = `orgId=${ctx.fx.orgs.communeA.id}&partyStatus=member`;
    const list = (await call('clerkA', 'GET', `/api/people?${filter}&pageSize=200`)).json();
    expect(list.total).toBeGreaterThan(3);
    const res = await call('clerkA', 'GET', `/api/people/export.xlsx?${filter}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+\.xlsx"/);
    const { ws, rows } = await readXlsx(res.rawPayload);
    expect(rows[0]).toEqual(HEADERS);
    const data = rows.slice(1);
    expect(data.map((r) => r[0])).toEqual(list.items.map((p: { fullName: string }) => p.fullName));
    const lan = data.find((r) => r[0] === 'Hoàng Thị Lan')!;
    expect(lan.slice(0, 9)).toEqual(['Hoàng Thị Lan', 'Nữ', new Date(Date.UTC(1985, 2, 12)), 'Chi bộ thôn 2 · Đảng ủy xã Dân Lực', 'Chính thức',
      new Date(Date.UTC(2008, 4, 12)), new Date(Date.UTC(2009, 4, 12)), '93.555001', '0912345678']);
    expect(lan[10]).toBe('Báo cáo viên, Cán bộ chủ chốt');
    expect(ws.getColumn(3).numFmt).toBe('dd/mm/yyyy');
    // Filters apply to the export too: clerk.b exports no commune A people.
    const b = await readXlsx((await call('clerkB', 'GET', '/api/people/export.xlsx')).rawPayload);
    expect(b.rows.slice(1).map((r) => r[0])).toEqual(['Lê Thị Bình', 'Hoàng Văn Dũng']);
  });

  it('serves a template whose example row imports as is', async () => {
    const res = await call('clerkA', 'GET', '/api/people/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    const { rows } = await readXlsx(res.rawPayload);
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(2);
    expect((await upload('clerkA', res.rawPayload)).json()).toEqual({ imported: 1 });
  });
});

describe('failed requests', () => {
  it('write nothing: no data, no audit rows', async () => {
    const before = (await counts())!;
    const { anA1, cuongA2 } = ctx.fx.people;
    const failures = [
      await call('clerkA', 'POST', '/api/people', { orgId: ctx.fx.orgs.cellA1.id, fullName: 'Hà Văn Lỗi', partyStatus: 'probationary', joinedOn: '2024-01-01', cardNumber: '93.555001' }),
      await call('clerkA', 'PATCH', `/api/people/${cuongA2}`, { cardNumber: '93.555001' }),
      await call('clerkA', 'PATCH', `/api/people/${anA1}`, { partyStatus: null }),
      await call('clerkA', 'POST', `/api/people/${anA1}/transfer`, { toOrgId: ctx.fx.orgs.cellA1.id }),
      await call('clerkA', 'POST', `/api/people/${anA1}/positions`, { orgId: ctx.fx.orgs.cellB1.id, title: 'secretary' }),
      await call('inspectorA', 'PATCH', `/api/people/${anA1}`, { fullName: 'Tên Mới' }),
    ];
    expect(failures.map((r) => r.statusCode)).toEqual([409, 409, 400, 400, 404, 403]);
    expect(await counts()).toEqual(before);
    expect((await call('clerkA', 'GET', `/api/people/${anA1}`)).json()).toMatchObject({ fullName: 'Nguyễn Văn An', partyStatus: 'official' });
  });
});
