import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup, loginAs } from '../helpers.js';

let ctx: Awaited<ReturnType<typeof setup>>;
let clerkAdmin: string; // an admin of commune A only
beforeAll(async () => {
  ctx = await setup();
  const res = await ctx.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie: ctx.cookies.admin },
    payload: { username: 'quantri.a', displayName: 'Quản trị xã A', password: 'matkhau123', grants: [{ role: 'admin', orgId: ctx.fx.orgs.communeA.id }] } });
  expect(res.statusCode).toBe(201);
  clerkAdmin = await loginAs(ctx.app, 'quantri.a');
});
afterAll(async () => { await ctx?.close(); });

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie }, payload });

describe('accounts', () => {
  it('lists only accounts with roles in the admin subtree', async () => {
    const all = (await call('GET', '/api/accounts?pageSize=50', ctx.cookies.admin)).json();
    expect(all.total).toBe(8);
    const commune = (await call('GET', '/api/accounts?pageSize=50', clerkAdmin)).json();
    expect(commune.items.map((a: { username: string }) => a.username)).toEqual(['clerk.a', 'inspector.a', 'member.a', 'quantri.a', 'tuyengiao.a']);
  });

  it('refuses non-admins (403) and accounts of another commune (404)', async () => {
    expect((await call('GET', '/api/accounts', ctx.cookies.clerkA)).statusCode).toBe(403);
    expect((await call('GET', '/api/accounts', ctx.cookies.leaderDistrict)).statusCode).toBe(403);
    expect((await call('POST', `/api/accounts/${ctx.fx.accounts.clerkB}/reset-password`, clerkAdmin, { newPassword: 'moi123456' })).statusCode).toBe(404);
    const outside = await call('POST', '/api/accounts', clerkAdmin, { username: 'x.b', displayName: 'Người B', password: 'matkhau123', grants: [{ role: 'clerk', orgId: ctx.fx.orgs.communeB.id }] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields['grants.0.orgId']).toBe('Chỉ được phân quyền tại đơn vị trong phạm vi quản lý');
  });

  it('validates and refuses duplicate usernames', async () => {
    const bad = await call('POST', '/api/accounts', ctx.cookies.admin, { username: 'có dấu', displayName: 'A', password: 'x', grants: [] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['displayName', 'grants', 'username']);
    const dup = await call('POST', '/api/accounts', ctx.cookies.admin, { username: 'CLERK.A', displayName: 'Trùng', password: 'matkhau123', grants: [{ role: 'clerk', orgId: ctx.fx.orgs.communeA.id }] });
    expect(dup.statusCode).toBe(409);
  });

  it('resets a password: old sessions end and the new password works', async () => {
    const oldCookie = await loginAs(ctx.app, 'tuyengiao.a');
    expect((await call('POST', `/api/accounts/${ctx.fx.accounts.propagandaA}/reset-password`, clerkAdmin, { newPassword: 'doimoi2025' })).statusCode).toBe(204);
    expect((await call('GET', '/api/auth/me', oldCookie)).statusCode).toBe(401);
    await loginAs(ctx.app, 'tuyengiao.a', 'doimoi2025');
  });

  it('grants and revokes roles; deactivation locks the account out', async () => {
    const added = await call('POST', `/api/accounts/${ctx.fx.accounts.inspectorA}/grants`, clerkAdmin, { role: 'presenter', orgId: ctx.fx.orgs.cellA1.id });
    expect(added.statusCode).toBe(201);
    const grant = added.json().grants.find((g: { role: string }) => g.role === 'presenter');
    // A session already in use sees the change on its next request (no stale cached roles).
    const live = await loginAs(ctx.app, 'inspector.a');
    expect((await call('GET', '/api/auth/me', live)).json().grants.map((g: { role: string }) => g.role)).toContain('presenter');
    expect((await call('DELETE', `/api/accounts/${ctx.fx.accounts.inspectorA}/grants/${grant.id}`, clerkAdmin)).statusCode).toBe(204);
    expect((await call('GET', '/api/auth/me', live)).json().grants.map((g: { role: string }) => g.role)).toEqual(['inspector']);
    const cookie = await loginAs(ctx.app, 'inspector.a');
    expect((await call('PATCH', `/api/accounts/${ctx.fx.accounts.inspectorA}`, clerkAdmin, { active: false })).json().active).toBe(false);
    expect((await call('GET', '/api/auth/me', cookie)).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'inspector.a', password: 'matkhau123' } })).statusCode).toBe(401);
  });

  it('shows the audit log to leadership for its subtree only', async () => {
    expect((await call('GET', '/api/audit', ctx.cookies.clerkA)).statusCode).toBe(403);
    const leader = (await call('GET', '/api/audit?entity=account', ctx.cookies.leaderDistrict)).json();
    expect(leader.items.length).toBeGreaterThan(0);
    expect(leader.items[0]).toHaveProperty('username');
    await call('POST', '/api/orgs', ctx.cookies.admin, { parentId: ctx.fx.orgs.communeB.id, name: 'Chi bộ thôn Tây', kind: 'cell' });
    const commune = (await call('GET', '/api/audit?pageSize=200', clerkAdmin)).json();
    expect(commune.items.some((e: { entity: string }) => e.entity === 'org')).toBe(false);
    const all = (await call('GET', '/api/audit?pageSize=200', ctx.cookies.admin)).json();
    expect(commune.total).toBeLessThan(all.total);
  });
});
