// Each class of bad input gets a 4xx in the standard shape, with the field named, and writes nothing.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, sql } from '../../server/core/db/index.js';
import { databaseError } from '../../server/core/errors.js';
import { t } from '../../server/core/i18n.js';
import { setup } from '../helpers.js';
import { conference, document } from './campaigns-fixture.js';
import { bridgePoint, conference as conferenceAt, HOUR, invite } from './attendance-fixture.js';
import { campaign } from './conferences-fixture.js';

let ctx: Awaited<ReturnType<typeof setup>>;
let docId = 0;
beforeAll(async () => {
  ctx = await setup();
  docId = await document(ctx.database.db, ctx.fx.orgs.district.id, '5-NQ/HU', 'Nghị quyết về chuyển đổi số');
}, 120_000);
afterAll(async () => { await ctx?.close(); });

type Opts = { payload?: unknown; headers?: Record<string, string>; lang?: string; cookie?: string | null };
async function call(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, o: Opts = {}) {
  const headers: Record<string, string> = { ...(o.headers ?? {}) };
  if (o.cookie !== null) headers.cookie = o.cookie ?? ctx.cookies.admin;
  if (o.lang) headers['accept-language'] = o.lang;
  const payload = o.payload === undefined ? undefined : typeof o.payload === 'string' || Buffer.isBuffer(o.payload) ? o.payload : JSON.stringify(o.payload);
  if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  return ctx.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
}

/** The standard error shape, with the given status and (when given) exactly these fields named. */
function expectError(res: Awaited<ReturnType<typeof call>>, status: number, fields?: string[]) {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error.code).toBe('string');
  expect(typeof body.error.message).toBe('string');
  if (fields) expect(Object.keys(body.error.fields ?? {}).sort()).toEqual([...fields].sort());
  return body.error as { code: string; message: string; fields?: Record<string, string> };
}

const tables = ['people', 'orgs', 'documents', 'attachments', 'campaigns', 'conferences', 'audit_log'];
async function counts() {
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = (await one<{ n: number }>(ctx.database.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(t)}`))!.n;
  return out;
}

describe('ids and numbers outside what the column holds', () => {
  it('path ids: past int4, zero, negative, fractional and non-numeric → 400 naming the param; the largest int4 → 404', async () => {
    for (const bad of ['2147483648', '0', '-1', '1.5', '1e20', 'abc', '99999999999999999999']) {
      const e = expectError(await call('GET', `/api/orgs/${bad}`), 400, ['id']);
      expect(e.code).toBe('validation');
    }
    expect(expectError(await call('GET', '/api/orgs/2147483648'), 400).fields).toEqual({ id: 'Không được lớn hơn 2.147.483.647' });
    expect(expectError(await call('GET', '/api/orgs/1e20', { lang: 'en' }), 400).fields).toEqual({ id: 'Must be at most 2,147,483,647' });
    expect(expectError(await call('GET', '/api/orgs/1.5'), 400).fields).toEqual({ id: 'Sai kiểu dữ liệu: cần số nguyên' });
    expect(expectError(await call('GET', '/api/orgs/0'), 400).fields).toEqual({ id: 'Không được nhỏ hơn 1' });
    expect(expectError(await call('GET', '/api/orgs/2147483647'), 404).code).toBe('not_found');
    expectError(await call('DELETE', `/api/accounts/${ctx.fx.accounts.clerkA}/grants/2147483648`), 400, ['grantId']);
  });

  it('query ids and bounded query numbers → 400 naming the field', async () => {
    expectError(await call('GET', '/api/people?orgId=2147483648'), 400, ['orgId']);
    expectError(await call('GET', '/api/people?orgId=1e20'), 400, ['orgId']);
    expectError(await call('GET', '/api/people?page=-1'), 400, ['page']);
    expectError(await call('GET', '/api/documents?year=1.5'), 400, ['year']);
  });

  it('body ids and numbers → 400 naming the (nested) field, nothing written', async () => {
    const before = await counts();
    expectError(await call('POST', '/api/people', { payload: { orgId: 2147483648, fullName: 'Nguyễn Văn Mới' } }), 400, ['orgId']);
    expectError(await call('POST', '/api/people', { payload: { orgId: -1, fullName: 'Nguyễn Văn Mới' } }), 400, ['orgId']);
    expectError(await call('POST', '/api/people', { payload: { orgId: 1e20, fullName: 'Nguyễn Văn Mới' } }), 400, ['orgId']);
    const camp = await call('POST', '/api/campaigns', {
      payload: { orgId: ctx.fx.orgs.district.id, title: 'Học tập Nghị quyết', documentIds: [docId, 2147483648], tiers: ['key_cadre'], deadline: '2026-12-31', levelOffsets: { cell: 1e20 } },
    });
    expectError(camp, 400, ['documentIds.1', 'levelOffsets.cell']);
    expect(await counts()).toEqual(before);
  });
});

describe('strings PostgreSQL cannot store', () => {
  it('NUL and an unpaired surrogate → 400 naming the field, in bodies, queries and unauthenticated routes', async () => {
    const before = await counts();
    const nul = expectError(await call('POST', '/api/orgs', { payload: { parentId: ctx.fx.orgs.communeA.id, name: 'Chi bộ\u0000 thôn 9', kind: 'cell' } }), 400, ['name']);
    expect(nul.fields!.name).toBe('Chứa ký tự không hợp lệ (ký tự NUL hoặc mã Unicode lẻ)');
    const sur = expectError(await call('POST', '/api/orgs', { lang: 'en', payload: { parentId: ctx.fx.orgs.communeA.id, name: 'Chi bộ \ud800 thôn 9', kind: 'cell' } }), 400, ['name']);
    expect(sur.fields!.name).toBe('Contains invalid characters (NUL or an unpaired Unicode surrogate)');
    // The raw JSON escapes, as a client would send them.
    expectError(await call('POST', '/api/people', { payload: `{"orgId":${ctx.fx.orgs.cellA1.id},"fullName":"Lê \\ud800 Văn"}` }), 400, ['fullName']);
    expectError(await call('PATCH', `/api/people/${ctx.fx.people.anA1}`, { payload: { phone: '0912\u0000345678' } }), 400, ['phone']);
    expectError(await call('GET', '/api/people?q=%00'), 400, ['q']);
    expect((await call('GET', '/api/people?q=%ED%A0%80')).statusCode).toBe(200); // invalid UTF-8 decodes to U+FFFD: a plain search
    expectError(await call('POST', '/api/auth/login', { cookie: null, payload: { username: 'admin\u0000', password: 'x' } }), 400, ['username']);
    // A string nested in an array of objects is named by its path.
    const ev = await call('PUT', '/api/conferences/1/evaluations', { payload: [{ orgId: 1, comment: 'ok' }, { orgId: 2, comment: '\ud800' }] });
    if (ev.statusCode !== 404) expectError(ev, 400, ['1.comment']);
    expect(await counts()).toEqual(before);
  });
});

describe('impossible calendar dates', () => {
  it('2024-02-30, 2023-02-29, 2024-13-01 → 400 in bodies and filters; 2024-02-29 is accepted', async () => {
    const before = await counts();
    for (const d of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '0000-01-01']) {
      const e = expectError(await call('POST', '/api/people', { payload: { orgId: ctx.fx.orgs.cellA1.id, fullName: 'Nguyễn Văn Mới', birthDate: d } }), 400, ['birthDate']);
      expect(e.fields!.birthDate).toBe('Ngày không có thật trên lịch');
      expectError(await call('GET', `/api/audit?from=${d}`), 400, ['from']);
    }
    expectError(await call('GET', '/api/audit?from=2024-2-3'), 400, ['from']);
    expect((await call('GET', '/api/audit?from=2024-02-29')).statusCode).toBe(200);
    const campId = await campaign(ctx.database.db, ctx.fx.orgs.district.id);
    for (const ts of ['2024-02-30T08:00:00+07:00', '2023-02-29T08:00:00Z', '2024-13-01T08:00:00Z', '2024-02-10', 'tomorrow']) {
      const res = await call('POST', '/api/conferences', {
        payload: { campaignId: campId, orgId: ctx.fx.orgs.district.id, tier: 'key_cadre', title: 'Hội nghị', format: 'in_person', startsAt: ts, endsAt: '2024-03-01T10:00:00Z' },
      });
      expectError(res, 400, ['startsAt']);
    }
    const after = await counts();
    expect({ ...after, campaigns: after.campaigns - 1 }).toEqual(before);
  });
});

describe('wrong types, nulls, arrays for objects and framework errors', () => {
  it('wrong types and null → 400 naming the field; an array for the body → 400', async () => {
    expectError(await call('POST', '/api/people', { payload: { orgId: '12', fullName: 5 } }), 400, ['orgId', 'fullName']);
    expectError(await call('POST', '/api/people', { payload: { orgId: null, fullName: 'Nguyễn Văn Mới' } }), 400, ['orgId']);
    expectError(await call('POST', '/api/people', { payload: [1, 2] }), 400, ['body']);
    expectError(await call('POST', '/api/people', { payload: 'null' }), 400, ['body']);
  });

  it('non-JSON with a JSON content type, an empty body, a wrong content type, a body too large: our shape, translated', async () => {
    const bad = expectError(await call('POST', '/api/people', { payload: '{"orgId": 1,' }), 400, ['body']);
    expect(bad).toMatchObject({ code: 'invalid_json', message: 'Dữ liệu gửi lên không phải JSON hợp lệ' });
    expect(expectError(await call('POST', '/api/people', { lang: 'en', payload: '{oops' }), 400).message).toBe('The request body is not valid JSON');
    expect(expectError(await call('POST', '/api/people', { payload: '' }), 400, ['body']).code).toBe('empty_body');
    const ct = expectError(await call('POST', '/api/people', { payload: 'a,b', headers: { 'content-type': 'text/csv' } }), 415);
    expect(ct).toMatchObject({ code: 'unsupported_media_type', message: 'Kiểu dữ liệu gửi lên không được hỗ trợ (text/csv)' });
    const big = expectError(await call('POST', '/api/people', { lang: 'en', payload: JSON.stringify({ fullName: 'x'.repeat(3 * 1024 * 1024) }) }), 413);
    expect(big).toMatchObject({ code: 'body_too_large', message: 'Request body too large (max 2 MB)' });
    // A 1 MB string under the body limit is refused by the field's own bound.
    expectError(await call('POST', '/api/people', { payload: { orgId: ctx.fx.orgs.cellA1.id, fullName: 'x'.repeat(1024 * 1024) } }), 400, ['fullName']);
  });

  it('over-long path parameters and undecodable URLs: 400 in the standard shape, not the framework body', async () => {
    const e = expectError(await call('GET', `/api/orgs/${'1'.repeat(500)}`), 400);
    expect(e).toEqual({ code: 'param_too_long', message: 'Tham số trong đường dẫn quá dài (tối đa 200 ký tự)' });
    expect(expectError(await call('GET', `/api/orgs/${'9'.repeat(150)}`), 400, ['id']).code).toBe('validation');
    expect(expectError(await call('GET', `/api/orgs/${'a'.repeat(300)}`, { lang: 'en' }), 400).message).toBe('Path parameter too long (max 200 characters)');
    expect(expectError(await call('GET', '/api/orgs/%E0%A4%A'), 400).code).toBe('bad_url');
  });

  it('unauthenticated requests keep the 401 shape', async () => {
    expect(expectError(await call('GET', '/api/people', { cookie: null }), 401).code).toBe('unauthenticated');
    const body = { orgId: ctx.fx.orgs.cellA1.id, fullName: 'Nguyễn Văn Mới' };
    expect(expectError(await call('POST', '/api/people', { cookie: null, payload: body, lang: 'en' }), 401).message).toBe('Please log in');
  });
});

describe('malformed multipart on every upload', () => {
  const part = (boundary: string, name: string, filename: string, content: string, close = true) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n${content}\r\n${close ? `--${boundary}--\r\n` : ''}`;
  const cases = (field: string, filename: string, content: string) => [
    { label: 'no boundary', type: 'multipart/form-data', body: part('b1', field, filename, content) },
    { label: 'wrong boundary', type: 'multipart/form-data; boundary=other', body: part('b1', field, filename, content) },
    { label: 'truncated body', type: 'multipart/form-data; boundary=b1', body: part('b1', field, filename, content, false).slice(0, -10) },
    { label: 'garbage', type: 'multipart/form-data; boundary=b1', body: '\u0000\u0001garbage' },
  ];
  const filesOnDisk = () => {
    try { return readdirSync(ctx.app.config.filesDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).length; } catch { return 0; }
  };

  it('document attachments: 400 multipart_invalid (or file_missing), no row, no file', async () => {
    const before = await counts();
    const disk = filesOnDisk();
    for (const c of cases('file', 'nghi-quyet.pdf', '%PDF-1.4\n%%EOF')) {
      const res = await call('POST', `/api/documents/${docId}/attachments`, { payload: c.body, headers: { 'content-type': c.type } });
      const e = expectError(res, 400);
      expect(['multipart_invalid', 'file_missing'], `${c.label}: ${e.code}`).toContain(e.code);
    }
    const nulName = await call('POST', `/api/documents/${docId}/attachments`, { payload: part('b1', 'file', 'nghi\u0000quyet.pdf', '%PDF-1.4\n%%EOF'), headers: { 'content-type': 'multipart/form-data; boundary=b1' } });
    expect(expectError(nulName, 400, ['file']).fields!.file).toBe('Chứa ký tự không hợp lệ (ký tự NUL hoặc mã Unicode lẻ)');
    expect(await counts()).toEqual(before);
    expect(filesOnDisk()).toBe(disk);
  });

  it('people import: 400 multipart_invalid (or file_missing / import_bad_file), nobody imported', async () => {
    const before = await counts();
    for (const c of cases('file', 'danh-sach.xlsx', 'PK\u0003\u0004')) {
      const res = await call('POST', '/api/people/import', { payload: c.body, headers: { 'content-type': c.type }, lang: 'en' });
      const e = expectError(res, 400);
      expect(['multipart_invalid', 'file_missing', 'import_bad_file'], `${c.label}: ${e.code}`).toContain(e.code);
    }
    const noBoundary = await call('POST', '/api/people/import', { payload: cases('file', 'a.xlsx', 'PK')[0].body, headers: { 'content-type': 'multipart/form-data' } });
    expect(expectError(noBoundary, 400)).toMatchObject({ code: 'multipart_invalid', message: 'Dữ liệu tải lên bị hỏng hoặc không đúng định dạng multipart' });
    expect(await counts()).toEqual(before);
  });
});

describe('deleting a record others still use', () => {
  it('a document used by a campaign and as conference material → 409 saying what uses it; nothing deleted', async () => {
    const { db } = ctx.database;
    const used = await document(db, ctx.fx.orgs.district.id, '6-NQ/HU', 'Nghị quyết về giáo dục');
    const c1 = await campaign(db, ctx.fx.orgs.district.id);
    const c2 = await campaign(db, ctx.fx.orgs.district.id);
    for (const c of [c1, c2]) await db.execute(sql`INSERT INTO campaign_documents (campaign_id, document_id) VALUES (${c}, ${used})`);
    const conf = await conference(db, { campaignId: c1, orgId: ctx.fx.orgs.district.id, tier: 'key_cadre', dayOffset: 3 });
    await db.execute(sql`INSERT INTO conference_materials (conference_id, document_id) VALUES (${conf}, ${used})`);
    const before = await counts();
    const e = expectError(await call('DELETE', `/api/documents/${used}`), 409);
    expect(e.message).toBe('Văn bản đang được dùng bởi 2 đợt học tập và 1 hội nghị (tài liệu hội nghị); không thể xóa');
    expect(expectError(await call('DELETE', `/api/documents/${used}`, { lang: 'en' }), 409).message).toBe('The document is used by 2 study campaign(s) and 1 conference(s) (as material); it cannot be deleted');
    expect(await counts()).toEqual(before);

    await db.execute(sql`DELETE FROM campaign_documents WHERE document_id = ${used}`);
    expect(expectError(await call('DELETE', `/api/documents/${used}`), 409).message).toBe('Văn bản đang được dùng làm tài liệu của 1 hội nghị; không thể xóa');
    await db.execute(sql`DELETE FROM conference_materials WHERE document_id = ${used}`);
    expect((await call('DELETE', `/api/documents/${used}`)).statusCode).toBe(204);
  });
});

describe('deleting a bridge point with check-ins', () => {
  it('→ 409 saying how many check-ins it holds; the point stays', async () => {
    const { db } = ctx.database;
    const campId = await campaign(db, ctx.fx.orgs.district.id);
    const conf = await conferenceAt(db, { campaignId: campId, orgId: ctx.fx.orgs.district.id, fromNow: -HOUR });
    await bridgePoint(db, conf.id, ctx.fx.orgs.district.id, 'Hội trường Huyện ủy', true);
    const other = await bridgePoint(db, conf.id, ctx.fx.orgs.communeA.id, 'Điểm cầu xã Dân Lực');
    await invite(db, conf.id, [ctx.fx.people.anA1], other);
    const scan = await call('POST', `/api/conferences/${conf.id}/checkins`, { payload: { bridgePointId: other, personId: ctx.fx.people.anA1 } });
    expect(scan.statusCode, scan.body).toBe(200);
    const before = await counts();
    const e = expectError(await call('DELETE', `/api/bridge-points/${other}`), 409);
    expect(e).toMatchObject({ code: 'bridge_point_has_attendance', message: 'Điểm cầu đã có 1 lượt điểm danh, không thể xóa' });
    expect(await counts()).toEqual(before);
  });
});

describe('PostgreSQL errors that are the caller’s fault (last line of defence)', () => {
  const pgError = async (query: ReturnType<typeof sql>) => {
    try { await ctx.database.db.execute(query); } catch (err) { return databaseError(err); }
    throw new Error('no error');
  };
  it('maps real driver errors to 4xx', async () => {
    const { province } = ctx.fx.orgs;
    const orgInUse = (await pgError(sql`DELETE FROM orgs WHERE id = ${province.id}`))!;
    expect(orgInUse).toMatchObject({ status: 409, code: 'record_in_use_by' });
    expect(t('vi', orgInUse.code, orgInUse.params)).toMatch(/^Bản ghi đang được dùng trong (cây tổ chức|danh sách người|tài khoản|đợt học tập|văn bản), không thể xóa$/);
    const camp = await campaign(ctx.database.db, ctx.fx.orgs.district.id);
    await ctx.database.db.execute(sql`INSERT INTO campaign_documents (campaign_id, document_id) VALUES (${camp}, ${docId})`);
    const docInUse = (await pgError(sql`DELETE FROM documents WHERE id = ${docId}`))!;
    expect(t('en', docInUse.code, docInUse.params)).toBe('The record is still used in the documents of a study campaign and cannot be deleted');
    expect(await pgError(sql`INSERT INTO people (org_id, full_name, sort_key) VALUES (2147483647, 'X', 'x')`)).toMatchObject({ status: 400, code: 'reference_missing' });
    expect(await pgError(sql`SELECT ${'abc'}::int`)).toMatchObject({ status: 400, code: 'validation' });
    expect(await pgError(sql`SELECT ${'2147483648'}::int`)).toMatchObject({ status: 400, fields: { body: 'number_range' } });
    expect(await pgError(sql`SELECT ${'2024-02-30'}::date`)).toMatchObject({ status: 400, fields: { body: 'date_invalid' } });
    expect(await pgError(sql`INSERT INTO accounts (username, password_hash, display_name) VALUES ('admin', 'x', 'x')`)).toMatchObject({ status: 409, code: 'duplicate' });
    expect(databaseError(new Error('boom'))).toBeNull();
  });
});
