import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';

let ctx: Awaited<ReturnType<typeof setup>>;
type Who = keyof typeof ctx.cookies;

const api = (who: Who, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, lang?: 'en') =>
  ctx.app.inject({ method, url, payload, headers: { cookie: ctx.cookies[who], ...(lang ? { 'accept-language': lang } : {}) } });

function multipart(filename: string, content: Buffer, field = 'file') {
  const boundary = `----qt${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const upload = (who: Who, docId: number, filename: string, content: Buffer, field?: string) => {
  const m = multipart(filename, content, field);
  return ctx.app.inject({ method: 'POST', url: `/api/documents/${docId}/attachments`, payload: m.payload, headers: { ...m.headers, cookie: ctx.cookies[who] } });
};

/** Every stored file under filesDir (relative paths). */
function storedFiles(): string[] {
  const root = ctx.app.config.filesDir;
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(root, full));
    }
  };
  walk(root);
  return out;
}
const count = async (table: 'documents' | 'attachments' | 'audit_log' | 'document_relations') =>
  (await one<{ n: number }>(ctx.database.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))!.n;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const docs: Record<string, number> = {};
beforeAll(async () => {
  ctx = await setup();
  const { province, district, communeA, communeB } = ctx.fx.orgs;
  const create = async (who: Who, key: string, body: object) => {
    const res = await api(who, 'POST', '/api/documents', body);
    if (res.statusCode !== 201) throw new Error(`${key}: ${res.statusCode} ${res.body}`);
    docs[key] = res.json().id;
  };
  await create('admin', 'nq57', { ownerOrgId: province.id, type: 'NQ', symbol: '57-NQ/TW', issuedOn: '2024-12-22', level: 'central',
    title: 'Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia' });
  await create('admin', 'nqDaiHoi', { ownerOrgId: district.id, type: 'NQ', symbol: '01-NQ/HU', issuedOn: '2020-08-15', level: 'district',
    title: 'Nghị quyết Đại hội Đảng bộ huyện Triệu Sơn lần thứ XVIII, nhiệm kỳ 2020 - 2025' });
  await create('admin', 'khDaiHoi', { ownerOrgId: district.id, type: 'KH', symbol: '17-KH/HU', issuedOn: '2021-03-10', level: 'district',
    title: 'Kế hoạch học tập nghị quyết của Tỉnh ủy, tổ chức quán triệt tới đại hội chi bộ', summary: 'Triển khai trong toàn Đảng bộ huyện' });
  await create('clerkA', 'nqA', { ownerOrgId: communeA.id, type: 'NQ', symbol: '03-NQ/ĐU', issuedOn: '2024-05-02', level: 'grassroots',
    title: 'Nghị quyết về phát triển kinh tế nông nghiệp xã Dân Lực' });
  await create('clerkB', 'khB', { ownerOrgId: communeB.id, type: 'KH', symbol: '07-KH/ĐU', issuedOn: '2024-06-01', level: 'grassroots',
    title: 'Kế hoạch học tập nghị quyết của xã Hợp Thành' });
});
afterAll(async () => { await ctx?.close(); });

describe('documents: symbol and create validation', () => {
  it('publishes every documents route in the OpenAPI document', async () => {
    const spec = (await ctx.app.inject('/api/openapi.json')).json();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/documents', '/api/documents/stats', '/api/documents/check-symbol',
      '/api/documents/{id}', '/api/documents/{id}/attachments', '/api/attachments/{id}', '/api/documents/{id}/relations']));
  });

  it('checks a symbol: parts when good, the reason in fields.symbol when bad (vi and en)', async () => {
    const good = await api('memberA', 'GET', `/api/documents/check-symbol?symbol=${encodeURIComponent('15-DA/TU')}`);
    expect(good.statusCode).toBe(200);
    expect(good.json()).toEqual({ number: 15, typeCode: 'ĐA', issuer: 'TU' });
    const bad = await api('memberA', 'GET', '/api/documents/check-symbol?symbol=57-XX/TW');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.symbol).toMatch(/^Loại văn bản "XX" không hợp lệ; chỉ nhận: NQ, CT/);
  });

  it('refuses a bad symbol with the precise reason, in Vietnamese and English, writing nothing', async () => {
    const before = { docs: await count('documents'), audit: await count('audit_log') };
    const body = { ownerOrgId: ctx.fx.orgs.communeA.id, type: 'NQ', symbol: '57NQ/TW', issuedOn: '2024-01-02', level: 'grassroots', title: 'Thử nghiệm' };
    const vi = await api('clerkA', 'POST', '/api/documents', body);
    expect(vi.statusCode).toBe(400);
    expect(vi.json().error.code).toBe('symbol_invalid');
    expect(vi.json().error.fields.symbol).toBe('Thiếu dấu gạch ngang (-) giữa số và loại văn bản (ví dụ: 57-NQ/TW)');
    const en = await api('clerkA', 'POST', '/api/documents', { ...body, symbol: '57-NQ/t-w' }, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields.symbol).toMatch(/^Issuer "t-w" may only contain capital letters/);
    const mismatch = await api('clerkA', 'POST', '/api/documents', { ...body, symbol: '04-KH/ĐU' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.fields.symbol).toBe('Ký hiệu "KH" không khớp loại văn bản đã chọn (NQ)');
    const missing = await api('clerkA', 'POST', '/api/documents', { ownerOrgId: ctx.fx.orgs.communeA.id, type: 'NQ', symbol: '04-NQ/ĐU' });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields)).toEqual(expect.arrayContaining(['issuedOn', 'level', 'title']));
    expect({ docs: await count('documents'), audit: await count('audit_log') }).toEqual(before);
  });

  it('derives number, issuer and year from the symbol and normalises the type code', async () => {
    const res = await api('propagandaA', 'POST', '/api/documents', {
      ownerOrgId: ctx.fx.orgs.communeA.id, type: 'ĐA', symbol: '09-da/đu', issuedOn: '2023-07-01', level: 'grassroots', title: 'Đề án xây dựng nông thôn mới kiểu mẫu',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ type: 'ĐA', symbol: '09-ĐA/ĐU', number: 9, issuer: 'ĐU', year: 2023, ownerOrgName: 'Đảng ủy xã Dân Lực', attachmentCount: 0 });
    docs.daA = res.json().id;
    const log = await one<{ org_path: string; after: { symbol: string } }>(ctx.database.db,
      sql`SELECT org_path::text, after FROM audit_log WHERE entity = 'document' AND action = 'create' AND entity_id = ${String(docs.daA)}`);
    expect(log).toEqual({ org_path: ctx.fx.orgs.communeA.path, after: expect.objectContaining({ symbol: '09-ĐA/ĐU' }) });
  });

  it('refuses a duplicate symbol of the same issuer and year (409), also written differently', async () => {
    const before = await count('documents');
    const body = { ownerOrgId: ctx.fx.orgs.province.id, type: 'NQ', symbol: '57-nq/tw', issuedOn: '2024-01-05', level: 'central', title: 'Bản trùng' };
    const dup = await api('admin', 'POST', '/api/documents', body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'document_duplicate', fields: { symbol: 'Văn bản 57-NQ/TW năm 2024 của cơ quan này đã có trong sổ' } });
    const zeros = await api('admin', 'POST', '/api/documents', { ...body, symbol: '057-NQ/TW' });
    expect(zeros.statusCode).toBe(409);
    // Same symbol another year is another document.
    const other = await api('admin', 'POST', '/api/documents', { ...body, issuedOn: '2017-06-01' });
    expect(other.statusCode).toBe(201);
    expect(await count('documents')).toBe(before + 1);
    expect((await api('admin', 'DELETE', `/api/documents/${other.json().id}`)).statusCode).toBe(204);
  });

  it('lets two communes each register their own "01-NQ/ĐU" of the same year', async () => {
    const body = (ownerOrgId: number) => ({ ownerOrgId, type: 'NQ', symbol: '01-NQ/ĐU', issuedOn: '2023-02-01', level: 'grassroots', title: 'Nghị quyết lãnh đạo nhiệm vụ năm 2023' });
    const a = await api('clerkA', 'POST', '/api/documents', body(ctx.fx.orgs.communeA.id));
    const b = await api('clerkB', 'POST', '/api/documents', body(ctx.fx.orgs.communeB.id));
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect((await api('clerkA', 'POST', '/api/documents', body(ctx.fx.orgs.communeA.id))).statusCode).toBe(409);
    for (const [who, res] of [['clerkA', a], ['clerkB', b]] as const) {
      expect((await api(who, 'DELETE', `/api/documents/${res.json().id}`)).statusCode).toBe(204);
    }
  });

  it('updates a document, re-checking the symbol, and refuses an update into a duplicate leaving it unchanged', async () => {
    const ok = await api('clerkA', 'PATCH', `/api/documents/${docs.daA}`, { symbol: '10-ĐA/ĐU', summary: 'Giai đoạn 2023 - 2025' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ symbol: '10-ĐA/ĐU', number: 10 });
    const mismatch = await api('clerkA', 'PATCH', `/api/documents/${docs.daA}`, { type: 'KH' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.fields.symbol).toBe('Ký hiệu "ĐA" không khớp loại văn bản đã chọn (KH)');
    const dup = await api('clerkA', 'PATCH', `/api/documents/${docs.daA}`, { type: 'NQ', symbol: '03-NQ/ĐU', issuedOn: '2024-02-01', title: 'Đổi tên' });
    expect(dup.statusCode).toBe(409);
    const now = (await api('clerkA', 'GET', `/api/documents/${docs.daA}`)).json();
    expect(now).toMatchObject({ symbol: '10-ĐA/ĐU', type: 'ĐA', title: 'Đề án xây dựng nông thôn mới kiểu mẫu', summary: 'Giai đoạn 2023 - 2025' });
  });
});

describe('documents: search, filters, stats', () => {
  it('finds a document typed without diacritics and with them', async () => {
    const plain = (await api('admin', 'GET', '/api/documents?q=nghi%20quyet%20dai%20hoi%20xviii')).json();
    expect(plain.items.map((d: { id: number }) => d.id)).toEqual([docs.nqDaiHoi]);
    const marked = (await api('admin', 'GET', `/api/documents?q=${encodeURIComponent('Đại hội Đảng bộ huyện Triệu Sơn')}`)).json();
    expect(marked.items[0].id).toBe(docs.nqDaiHoi);
    expect((await api('admin', 'GET', '/api/documents?q=57-nq')).json().items[0].id).toBe(docs.nq57);
  });

  it('ranks by relevance when q is given, newest first otherwise', async () => {
    // Both contain every word; only the 2020 one has them together, the 2021 plan is newer.
    const ranked = (await api('admin', 'GET', '/api/documents?q=nghi%20quyet%20dai%20hoi')).json();
    expect(ranked.items.map((d: { id: number }) => d.id)).toEqual([docs.nqDaiHoi, docs.khDaiHoi]);
    const all = (await api('admin', 'GET', '/api/documents')).json();
    const dates = all.items.map((d: { issuedOn: string }) => d.issuedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.total).toBe(6);
  });

  it('filters by type, issuer, level, year and owner subtree, and paginates', async () => {
    const ids = async (qs: string) => (await api('admin', 'GET', `/api/documents?${qs}`)).json().items.map((d: { id: number }) => d.id).sort();
    expect(await ids('type=KH')).toEqual([docs.khDaiHoi, docs.khB].sort());
    expect(await ids('issuer=hu')).toEqual([docs.nqDaiHoi, docs.khDaiHoi].sort());
    expect(await ids(`issuer=${encodeURIComponent('đu')}&year=2024`)).toEqual([docs.nqA, docs.khB].sort());
    expect(await ids('level=grassroots&year=2024')).toEqual([docs.nqA, docs.khB].sort());
    expect(await ids(`orgId=${ctx.fx.orgs.communeA.id}`)).toEqual([docs.nqA, docs.daA].sort());
    expect(await ids(`orgId=${ctx.fx.orgs.district.id}&type=NQ`)).toEqual([docs.nqDaiHoi, docs.nqA].sort());
    const page2 = (await api('admin', 'GET', '/api/documents?pageSize=4&page=2')).json();
    expect(page2).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(page2.items).toHaveLength(2);
    const bad = await api('admin', 'GET', '/api/documents?type=XX');
    expect(bad.statusCode).toBe(400);
  });

  it('counts visible documents per issuer per year', async () => {
    const all = (await api('admin', 'GET', '/api/documents/stats')).json();
    expect(all).toEqual(expect.arrayContaining([
      { issuer: 'ĐU', year: 2024, count: 2 }, { issuer: 'ĐU', year: 2023, count: 1 },
      { issuer: 'TW', year: 2024, count: 1 }, { issuer: 'HU', year: 2020, count: 1 }, { issuer: 'HU', year: 2021, count: 1 },
    ]));
    expect(all).toHaveLength(5);
    const clerkA = (await api('clerkA', 'GET', '/api/documents/stats?fromYear=2021&toYear=2024')).json();
    expect(clerkA).toEqual(expect.arrayContaining([{ issuer: 'ĐU', year: 2024, count: 1 }, { issuer: 'HU', year: 2021, count: 1 }]));
    expect(clerkA).toHaveLength(4); // ĐU 2024 (A only), ĐU 2023, TW 2024, HU 2021
  });
});

describe('documents: visibility and permissions', () => {
  it('shows clerk.a the documents of commune A, the district and the province, not those of commune B', async () => {
    const list = (await api('clerkA', 'GET', '/api/documents?pageSize=50')).json();
    const ids = list.items.map((d: { id: number }) => d.id);
    expect(ids).toEqual(expect.arrayContaining([docs.nq57, docs.nqDaiHoi, docs.khDaiHoi, docs.nqA, docs.daA]));
    expect(ids).not.toContain(docs.khB);
    expect(list.total).toBe(5);
    expect((await api('clerkA', 'GET', `/api/documents/${docs.khB}`)).statusCode).toBe(404);
    expect((await api('clerkA', 'GET', `/api/documents?q=hop%20thanh`)).json().total).toBe(0);
    expect((await api('clerkB', 'GET', `/api/documents/${docs.khB}`)).statusCode).toBe(200);
  });

  it('does not let clerk.a write to commune B, nor to the district above', async () => {
    const before = { docs: await count('documents'), audit: await count('audit_log') };
    expect((await api('clerkA', 'PATCH', `/api/documents/${docs.khB}`, { title: 'Sửa trộm' })).statusCode).toBe(404);
    expect((await api('clerkA', 'DELETE', `/api/documents/${docs.khB}`)).statusCode).toBe(404);
    const body = { type: 'KH', symbol: '30-KH/ĐU', issuedOn: '2024-03-01', level: 'grassroots', title: 'Kế hoạch của xã khác' };
    expect((await api('clerkA', 'POST', '/api/documents', { ...body, ownerOrgId: ctx.fx.orgs.communeB.id })).statusCode).toBe(404);
    expect((await api('clerkA', 'POST', '/api/documents', { ...body, ownerOrgId: ctx.fx.orgs.district.id })).statusCode).toBe(403);
    expect((await api('clerkA', 'PATCH', `/api/documents/${docs.nqDaiHoi}`, { title: 'Sửa văn bản cấp trên' })).statusCode).toBe(403);
    expect((await api('admin', 'GET', `/api/documents/${docs.khB}`)).json().title).toBe('Kế hoạch học tập nghị quyết của xã Hợp Thành');
    expect({ docs: await count('documents'), audit: await count('audit_log') }).toEqual(before);
  });

  it('lets member.a read but not register (403)', async () => {
    expect((await api('memberA', 'GET', `/api/documents/${docs.nq57}`)).statusCode).toBe(200);
    expect((await api('memberA', 'GET', `/api/documents/${docs.nqA}`)).statusCode).toBe(200);
    const res = await api('memberA', 'POST', '/api/documents', {
      ownerOrgId: ctx.fx.orgs.cellA1.id, type: 'NQ', symbol: '01-NQ/CB', issuedOn: '2024-03-01', level: 'grassroots', title: 'Nghị quyết chi bộ',
    });
    expect(res.statusCode).toBe(403);
    expect((await api('leaderDistrict', 'PATCH', `/api/documents/${docs.nqDaiHoi}`, { title: 'Lãnh đạo sửa' })).statusCode).toBe(403);
  });
});

describe('documents: attachments', () => {
  let attId = 0;
  const name = 'Nghị quyết số 03 - Đảng ủy.pdf';

  it('uploads a small PDF and downloads it back unchanged, with its Vietnamese name', async () => {
    const res = await upload('clerkA', docs.nqA, name, PDF);
    expect(res.statusCode).toBe(201);
    const att = res.json();
    expect(att).toMatchObject({ documentId: docs.nqA, filename: name, mime: 'application/pdf', size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') });
    attId = att.id;
    const row = (await one<{ storage_key: string }>(ctx.database.db, sql`SELECT storage_key FROM attachments WHERE id = ${attId}`))!;
    expect(row.storage_key).not.toContain('Nghị');
    expect(readFileSync(path.join(ctx.app.config.filesDir, row.storage_key))).toEqual(PDF);

    const dl = await api('memberA', 'GET', `/api/attachments/${attId}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload).toEqual(PDF);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
    expect(dl.headers['content-disposition']).toContain('filename="Nghi quyet so 03 - Dang uy.pdf"');

    const detail = (await api('clerkA', 'GET', `/api/documents/${docs.nqA}`)).json();
    expect(detail.attachments).toEqual([{ id: attId, filename: name, mime: 'application/pdf', size: PDF.length, createdAt: expect.stringMatching(/Z$/) }]);
    expect(detail.attachmentCount).toBe(1);
    const listed = (await api('clerkA', 'GET', '/api/documents?q=kinh%20te%20nong%20nghiep')).json();
    expect(listed.items[0]).toMatchObject({ id: docs.nqA, attachmentCount: 1 });
    expect((await api('clerkB', 'GET', `/api/attachments/${attId}`)).statusCode).toBe(404);
  });

  it('refuses other types by extension or by content (400) and stores nothing', async () => {
    const before = { rows: await count('attachments'), files: storedFiles().length };
    const exe = await upload('clerkA', docs.nqA, 'virus.exe', PDF);
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error).toMatchObject({ code: 'file_type', fields: { file: 'Chỉ nhận PDF, DOCX hoặc ảnh (JPG, PNG)' } });
    const disguised = await upload('clerkA', docs.nqA, 'anh.pdf', PNG);
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().error.code).toBe('file_type');
    const noFile = await upload('clerkA', docs.nqA, 'x.pdf', PDF, 'other');
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.code).toBe('file_missing');
    expect({ rows: await count('attachments'), files: storedFiles().length }).toEqual(before);
    // A real PNG under its own name is fine.
    const png = await upload('clerkA', docs.nqA, 'anh-chup.PNG', PNG);
    expect(png.statusCode).toBe(201);
    expect(png.json().mime).toBe('image/png');
  });

  it('refuses an upload over MAX_UPLOAD_MB with 413, leaving no row and no file', async () => {
    const before = { rows: await count('attachments'), files: storedFiles().length, audit: await count('audit_log') };
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await upload('clerkA', docs.nqA, 'lon.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'too_large', message: 'Tệp quá lớn (tối đa 1 MB)' });
    expect({ rows: await count('attachments'), files: storedFiles().length, audit: await count('audit_log') }).toEqual(before);
  });

  it('lets only writers of the owner unit upload or delete', async () => {
    expect((await upload('memberA', docs.nqA, 'a.pdf', PDF)).statusCode).toBe(403);
    expect((await upload('clerkB', docs.nqA, 'a.pdf', PDF)).statusCode).toBe(404);
    expect((await api('memberA', 'DELETE', `/api/attachments/${attId}`)).statusCode).toBe(403);
  });

  it('deletes an attachment with its file', async () => {
    const key = (await one<{ storage_key: string }>(ctx.database.db, sql`SELECT storage_key FROM attachments WHERE id = ${attId}`))!.storage_key;
    expect((await api('clerkA', 'DELETE', `/api/attachments/${attId}`)).statusCode).toBe(204);
    expect(existsSync(path.join(ctx.app.config.filesDir, key))).toBe(false);
    expect((await api('clerkA', 'GET', `/api/attachments/${attId}`)).statusCode).toBe(404);
  });
});

describe('documents: relations and deletion', () => {
  it('relates two visible documents and lists both directions', async () => {
    const res = await api('admin', 'POST', `/api/documents/${docs.khDaiHoi}/relations`, { kind: 'implements', toId: docs.nqDaiHoi });
    expect(res.statusCode).toBe(201);
    const plan = (await api('clerkA', 'GET', `/api/documents/${docs.khDaiHoi}`)).json();
    expect(plan.relations).toEqual([{ kind: 'implements', direction: 'out', id: docs.nqDaiHoi, symbol: '01-NQ/HU', title: expect.stringContaining('XVIII') }]);
    const resolution = (await api('clerkA', 'GET', `/api/documents/${docs.nqDaiHoi}`)).json();
    expect(resolution.relations).toEqual([{ kind: 'implements', direction: 'in', id: docs.khDaiHoi, symbol: '17-KH/HU', title: expect.any(String) }]);
    expect((await api('admin', 'POST', `/api/documents/${docs.khDaiHoi}/relations`, { kind: 'implements', toId: docs.nqDaiHoi })).statusCode).toBe(409);
  });

  it('refuses a self-relation and a relation to a document the caller cannot see', async () => {
    const before = await count('document_relations');
    const self = await api('clerkA', 'POST', `/api/documents/${docs.nqA}/relations`, { kind: 'replaces', toId: docs.nqA });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.fields.toId).toBe('Văn bản không thể liên kết với chính nó');
    expect((await api('clerkA', 'POST', `/api/documents/${docs.nqA}/relations`, { kind: 'implements', toId: docs.khB })).statusCode).toBe(404);
    expect(await count('document_relations')).toBe(before);
    // Relations to documents the caller cannot see are left out of the detail.
    expect((await api('admin', 'POST', `/api/documents/${docs.khB}/relations`, { kind: 'implements', toId: docs.nqA })).statusCode).toBe(201);
    expect((await api('clerkA', 'GET', `/api/documents/${docs.nqA}`)).json().relations).toEqual([]);
    expect((await api('admin', 'GET', `/api/documents/${docs.nqA}`)).json().relations).toHaveLength(1);
  });

  it('removes a relation', async () => {
    const url = `/api/documents/${docs.khDaiHoi}/relations?kind=implements&toId=${docs.nqDaiHoi}`;
    expect((await api('admin', 'DELETE', url)).statusCode).toBe(204);
    expect((await api('admin', 'DELETE', url)).statusCode).toBe(404);
    expect((await api('admin', 'GET', `/api/documents/${docs.nqDaiHoi}`)).json().relations).toEqual([]);
  });

  it('deletes a document with its attachments files, audited', async () => {
    const up = await upload('clerkA', docs.daA, 'de-an.pdf', PDF);
    expect(up.statusCode).toBe(201);
    const keys = (await ctx.database.db.execute(sql`SELECT storage_key FROM attachments WHERE document_id = ${docs.daA}`) as unknown as { rows: { storage_key: string }[] }).rows;
    expect(keys).toHaveLength(1);
    expect((await api('clerkA', 'DELETE', `/api/documents/${docs.daA}`)).statusCode).toBe(204);
    expect((await api('clerkA', 'GET', `/api/documents/${docs.daA}`)).statusCode).toBe(404);
    expect(existsSync(path.join(ctx.app.config.filesDir, keys[0].storage_key))).toBe(false);
    expect(await count('attachments')).toBe(1); // only the PNG on nqA is left
    const log = await one<{ org_path: string }>(ctx.database.db,
      sql`SELECT org_path::text FROM audit_log WHERE entity = 'document' AND action = 'delete' AND entity_id = ${String(docs.daA)}`);
    expect(log?.org_path).toBe(ctx.fx.orgs.communeA.path);
  });
});
