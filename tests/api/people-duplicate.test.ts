import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, sql } from '../../server/core/db/index.js';
import { loginAs, setup } from '../helpers.js';

let ctx: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => { ctx = await setup(); });
afterAll(async () => { await ctx?.close(); });

const post = (who: 'clerkA' | 'clerkB' | 'admin', body: object, lang?: 'en') => ctx.app.inject({
  method: 'POST', url: '/api/people', payload: body as never,
  headers: { cookie: ctx.cookies[who], ...(lang ? { 'accept-language': lang } : {}) },
});
const counts = () => one<{ people: number; audit: number }>(ctx.database.db, sql`SELECT
  (SELECT count(*) FROM people)::int AS people, (SELECT count(*) FROM audit_log)::int AS audit`);

describe('a new person with the name and birth date of someone in the same grassroots organization', () => {
  it('is refused with 409 possible_duplicate naming the person and the unit, and writes nothing', async () => {
    const { cellA1, cellA2 } = ctx.fx.orgs;
    const first = await post('clerkA', { orgId: cellA1.id, fullName: 'Đỗ Văn Trùng', birthDate: '1980-03-15' });
    expect(first.statusCode).toBe(201);
    const before = await counts();
    // Another cell of the same commune, the name typed in another case and with extra spaces.
    const res = await post('clerkA', { orgId: cellA2.id, fullName: 'đỗ  văn  trùng', birthDate: '1980-03-15' });
    expect(res.statusCode).toBe(409);
    const err = res.json().error;
    expect(err.code).toBe('possible_duplicate');
    expect(err.message).toBe('Đã có Đỗ Văn Trùng, sinh ngày 15/03/1980, ở Chi bộ thôn 1 · Đảng ủy xã Dân Lực. Nếu đây là một người khác, hãy xác nhận để vẫn thêm mới.');
    expect(err.details).toEqual([expect.objectContaining({ personId: first.json().id, fullName: 'Đỗ Văn Trùng', orgName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực' })]);
    expect(await counts()).toEqual(before);

    const en = await post('clerkA', { orgId: cellA2.id, fullName: 'Đỗ Văn Trùng', birthDate: '1980-03-15' }, 'en');
    expect(en.json().error.message).toContain('is already recorded at Chi bộ thôn 1 · Đảng ủy xã Dân Lực');
  });

  it('is created once the caller confirms', async () => {
    const res = await post('clerkA', { orgId: ctx.fx.orgs.cellA2.id, fullName: 'Đỗ Văn Trùng', birthDate: '1980-03-15', confirmDuplicate: true });
    expect(res.statusCode).toBe(201);
    expect(res.json().orgName).toBe('Chi bộ thôn 2 · Đảng ủy xã Dân Lực');
  });

  it('is not asked about for another birth date, no birth date, or another grassroots organization', async () => {
    const { cellA1, cellB1 } = ctx.fx.orgs;
    expect((await post('clerkA', { orgId: cellA1.id, fullName: 'Đỗ Văn Trùng', birthDate: '1981-03-15' })).statusCode).toBe(201);
    expect((await post('clerkA', { orgId: cellA1.id, fullName: 'Đỗ Văn Trùng' })).statusCode).toBe(201);
    expect((await post('clerkB', { orgId: cellB1.id, fullName: 'Đỗ Văn Trùng', birthDate: '1980-03-15' })).statusCode).toBe(201);
  });

  it('does not give the id of a person the caller may not read', async () => {
    const { cellA1, cellA2 } = ctx.fx.orgs;
    const hash = (await one<{ h: string }>(ctx.database.db, sql`SELECT password_hash AS h FROM accounts WHERE username = 'clerk.a'`))!.h;
    const acc = (await one<{ id: number }>(ctx.database.db, sql`INSERT INTO accounts (username, password_hash, display_name)
      VALUES ('clerk.cell2', ${hash}, 'Văn phòng chi bộ thôn 2') RETURNING id`))!;
    await ctx.database.db.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${acc.id}, 'clerk', ${cellA2.id})`);
    const cookie = await loginAs(ctx.app, 'clerk.cell2');
    expect((await post('clerkA', { orgId: cellA1.id, fullName: 'Vũ Thị Kín', birthDate: '1990-01-01' })).statusCode).toBe(201);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/people', headers: { cookie },
      payload: { orgId: cellA2.id, fullName: 'Vũ Thị Kín', birthDate: '1990-01-01' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0]).toMatchObject({ personId: null, orgName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực' });
  });
});
