import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup, PASSWORD } from '../helpers.js';

let ctx: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => { ctx = await setup(); });
afterAll(async () => { await ctx?.close(); });

describe('auth', () => {
  it('serves health, openapi and docs without a session', async () => {
    expect((await ctx.app.inject('/api/health')).json()).toMatchObject({ status: 'ok' });
    const spec = (await ctx.app.inject('/api/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3/);
    expect(Object.keys(spec.paths)).toContain('/api/orgs/{id}');
    expect((await ctx.app.inject('/api/docs/')).statusCode).toBe(200);
  });

  it('refuses protected routes without a session (401)', async () => {
    const res = await ctx.app.inject('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Vui lòng đăng nhập');
    const en = await ctx.app.inject({ url: '/api/auth/me', headers: { 'accept-language': 'en' } });
    expect(en.json().error.message).toBe('Please log in');
  });

  it('answers 401 before looking at a body or path it would refuse', async () => {
    const bad = [
      { method: 'POST' as const, url: '/api/campaigns', payload: '{not json', headers: { 'content-type': 'application/json' } },
      { method: 'POST' as const, url: '/api/campaigns', payload: { title: 'a\u0000b' } },
      { method: 'GET' as const, url: '/api/orgs/2147483648' },
    ];
    for (const r of bad) {
      const res = await ctx.app.inject(r);
      expect(res.statusCode, r.url).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it('logs in with an HttpOnly SameSite cookie and returns the grants', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'CLERK.A', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === 'qt_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Lax');
    expect(res.json().grants).toEqual([expect.objectContaining({ role: 'clerk', orgName: 'Đảng ủy xã Dân Lực' })]);
    const me = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: `qt_session=${c.value}` } });
    expect(me.json().username).toBe('clerk.a');
  });

  it('validates the login body with field messages', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['username', 'password']));
  });

  it('refuses a forged or altered cookie', async () => {
    const good = ctx.cookies.clerkA;
    const [token, sig] = good.slice('qt_session='.length).split('.');
    const altered = `qt_session=${token.slice(0, -2)}xx.${sig}`;
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: altered } })).statusCode).toBe(401);
    const forged = `qt_session=${token}.${'A'.repeat(sig.length)}`;
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: forged } })).statusCode).toBe(401);
  });

  it('logout ends the session: replaying the cookie fails', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'clerk.b', password: PASSWORD } });
    const cookie = `qt_session=${res.cookies.find((x) => x.name === 'qt_session')!.value}`;
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('changes the password: wrong current is a field error, weak new refused, then the new one works', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'inspector.a', password: PASSWORD } });
    const cookie = `qt_session=${res.cookies.find((x) => x.name === 'qt_session')!.value}`;
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: { currentPassword: 'nope', newPassword: 'moi12345' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.currentPassword).toBe('Mật khẩu hiện tại không đúng');
    const weak = await ctx.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(weak.statusCode).toBe(400);
    const ok = await ctx.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: { currentPassword: PASSWORD, newPassword: 'matkhaumoi9' } });
    expect(ok.statusCode).toBe(204);
    const again = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'inspector.a', password: 'matkhaumoi9' } });
    expect(again.statusCode).toBe(200);
  });

  it('rate-limits failed logins per account (429) without locking other accounts', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'tuyengiao.a', password: 'wrong' } });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'tuyengiao.a', password: PASSWORD } });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    const other = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'leader.huyen', password: PASSWORD } });
    expect(other.statusCode).toBe(200);
  });
});
