import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/core/db/index.js';
import { insertOrg } from '../../server/modules/orgs/queries.js';
import { setup } from '../helpers.js';

// Words a clerk understands (issue 7, item 9): a cell always comes with its commune, a document with its issuing
// body, and the audit log gives names for every record it refers to, so the page can read as sentences.

let ctx: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => { ctx = await setup(); });
afterAll(async () => { await ctx?.close(); });

const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, payload: payload as never, headers: { cookie } });

describe('the unit label', () => {
  it('names a cell and a mass organization with their commune, a committee by its own name', async () => {
    const { cellA1, womenA, communeA } = ctx.fx.orgs;
    const cell = 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực';
    // People list and detail.
    const list = (await call(ctx.cookies.clerkA, 'GET', `/api/people?orgId=${cellA1.id}`)).json();
    expect(list.items.map((p: { orgName: string }) => p.orgName)).toEqual([cell, cell]);
    // An account's grants.
    const acc = await call(ctx.cookies.admin, 'POST', '/api/accounts', {
      username: 'bithu.thon1', displayName: 'Bí thư thôn 1', password: 'matkhau123', grants: [{ role: 'member', orgId: cellA1.id }, { role: 'clerk', orgId: communeA.id }],
    });
    expect(acc.statusCode).toBe(201);
    const grants = (await call(ctx.cookies.admin, 'GET', `/api/accounts/${acc.json().id}`)).json().grants;
    expect(grants.map((g: { orgName: string }) => g.orgName).sort()).toEqual([cell, 'Đảng ủy xã Dân Lực'].sort());
    // A mass organization already named after its commune gets no suffix; one that is not does.
    const youth = await insertOrg(ctx.database.db, { parentId: communeA.id, parentPath: communeA.path, name: 'Chi đoàn thôn 1', kind: 'mass_org', subkind: 'youth_union', effectiveOn: '2024-01-01' });
    const people = await call(ctx.cookies.clerkA, 'POST', '/api/people', { orgId: youth.id, fullName: 'Đinh Văn Trẻ' });
    expect(people.json().orgName).toBe('Chi đoàn thôn 1 · Đảng ủy xã Dân Lực');
    const hoa = (await call(ctx.cookies.clerkA, 'GET', `/api/people?orgId=${womenA.id}`)).json().items[0];
    expect(hoa.orgName).toBe('Hội LHPN xã Dân Lực');
  });

  it('names the issuing body of a document from its symbol and the tree', async () => {
    const { db } = ctx.database;
    const add = (symbol: string, issuer: string, owner: number) => db.execute(sql`INSERT INTO documents
      (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title)
      VALUES (${owner}, 'KH', 1, ${symbol}, ${issuer}, 'district', '2024-03-01', 2024, ${'Kế hoạch ' + symbol})`);
    const { communeA, district } = ctx.fx.orgs;
    await add('01-KH/HU', 'HU', communeA.id);
    await add('02-KH/BTGTU', 'BTGTU', district.id);
    await add('57-NQ/TW', 'TW', district.id);
    await add('03-KH/ĐU', 'ĐU', communeA.id);
    const docs = (await call(ctx.cookies.admin, 'GET', '/api/documents?pageSize=50')).json().items as { symbol: string; issuerName: string }[];
    const by = Object.fromEntries(docs.map((d) => [d.symbol, d.issuerName]));
    expect(by).toMatchObject({
      '01-KH/HU': 'Huyện ủy Triệu Sơn', '02-KH/BTGTU': 'Ban Tuyên giáo Tỉnh ủy Thử Nghiệm', '57-NQ/TW': 'Ban Chấp hành Trung ương',
      '03-KH/ĐU': 'Đảng ủy xã Dân Lực',
    });
  });
});

describe('the audit log names what it refers to', () => {
  it('gives the actor, the record and every unit, person or document an entry points at, by name', async () => {
    const { cellA1, cellA2 } = ctx.fx.orgs;
    expect((await call(ctx.cookies.clerkA, 'PATCH', `/api/orgs/${cellA1.id}`, { name: 'Chi bộ thôn Một' })).statusCode).toBe(200);
    const person = ctx.fx.people.binhA1;
    expect((await call(ctx.cookies.clerkA, 'POST', `/api/people/${person}/transfer`, { toOrgId: cellA2.id, reason: 'Chuyển nơi ở' })).statusCode).toBe(200);

    const page = (await call(ctx.cookies.admin, 'GET', '/api/audit?pageSize=50')).json();
    const rename = page.items.find((e: { entity: string; action: string; entityId: string }) => e.entity === 'org' && e.action === 'update' && e.entityId === String(cellA1.id));
    expect(rename).toMatchObject({ actorName: 'clerk.a', before: { name: 'Chi bộ thôn 1' }, after: { name: 'Chi bộ thôn Một' } });
    expect(rename.names[`org:${cellA1.id}`]).toBe('Chi bộ thôn Một · Đảng ủy xã Dân Lực');
    // The parent's id in before/after is named too, so the page never shows a raw id.
    expect(rename.names[`org:${ctx.fx.orgs.communeA.id}`]).toBe('Đảng ủy xã Dân Lực');

    const transfer = page.items.find((e: { entity: string; action: string }) => e.entity === 'person' && e.action === 'transfer');
    expect(transfer.names).toMatchObject({
      [`person:${person}`]: 'Lê Thị Bình',
      [`org:${cellA1.id}`]: 'Chi bộ thôn Một · Đảng ủy xã Dân Lực',
      [`org:${cellA2.id}`]: 'Chi bộ thôn 2 · Đảng ủy xã Dân Lực',
    });
    // Each entry carries only the names it uses.
    expect(Object.keys(transfer.names).every((k) => /^(person|org):\d+$/.test(k))).toBe(true);
  });

  it('names a deleted record nowhere, and never fails on ids that no longer exist', async () => {
    await ctx.database.db.execute(sql`INSERT INTO audit_log (account_id, action, entity, entity_id, org_path, before)
      VALUES (${ctx.fx.accounts.admin}, 'delete', 'document', '99999', ${ctx.fx.orgs.district.path}::ltree,
        ${JSON.stringify({ symbol: '09-KH/HU', ownerOrgId: 2147483647 })}::jsonb)`);
    const page = (await call(ctx.cookies.admin, 'GET', '/api/audit?entity=document&action=delete')).json();
    expect(page.items[0]).toMatchObject({ entityId: '99999', names: {}, before: { symbol: '09-KH/HU' } });
  });
});
