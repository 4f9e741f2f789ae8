import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { rows, sql } from '../../server/core/db/index.js';
import { PASSWORD, setup, webApp } from '../helpers.js';

let ctx: Awaited<ReturnType<typeof setup>>;
let web: App; // the same database, serving a built web app
let proxied: App; // the same database, behind a trusted reverse proxy (TRUST_PROXY=true)

beforeAll(async () => {
  ctx = await setup();
  const dist = mkdtempSync(path.join(tmpdir(), 'qt-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>');
  writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
  const config = loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'qt-test-')), SESSION_SECRET: 'test-secret' });
  web = await webApp(ctx.database, dist);
  proxied = await buildApp({ database: ctx.database, config: { ...config, trustProxy: loadConfig({ TRUST_PROXY: 'true' }).trustProxy } });
});
afterAll(async () => {
  await web?.close();
  await proxied?.close();
  await ctx?.close();
});

const login = (app: App, username: string, password: string, opts: { ip?: string; xff?: string; lang?: string } = {}) =>
  app.inject({
    method: 'POST', url: '/api/auth/login', payload: { username, password },
    remoteAddress: opts.ip,
    headers: { ...(opts.xff ? { 'x-forwarded-for': opts.xff } : {}), ...(opts.lang ? { 'accept-language': opts.lang } : {}) },
  });

const auditRows = (action: string) => rows<{ account_id: number | null; entity_id: string | null; ip: string | null; after: { username?: string } | null }>(
  ctx.database.db, sql`SELECT account_id, entity_id, ip, after FROM audit_log WHERE action = ${action} ORDER BY id`);

describe('security headers', () => {
  const expectHeaders = (res: { headers: Record<string, unknown> }) => {
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  };

  it('are on the web app page, JSON, errors, static files and the API docs', async () => {
    const page = await web.inject('/conferences/12');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expectHeaders(page);
    const asset = await web.inject('/assets/app.js');
    expect(asset.statusCode).toBe(200);
    expectHeaders(asset);
    expectHeaders(await web.inject('/api/health'));
    const unauth = await web.inject('/api/auth/me');
    expect(unauth.statusCode).toBe(401);
    expectHeaders(unauth);
    const missing = await web.inject({ url: '/api/no-such-route', headers: { cookie: ctx.cookies.admin } });
    expect(missing.statusCode).toBe(404);
    expectHeaders(missing);
    const invalid = await login(web, '', '');
    expect(invalid.statusCode).toBe(400);
    expectHeaders(invalid);
    const docs = await web.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expectHeaders(docs);
    const docsCss = await web.inject('/api/docs/static/swagger-ui.css');
    expect(docsCss.statusCode).toBe(200);
    expectHeaders(docsCss);
  });
});

describe('client address', () => {
  it('TRUST_PROXY off: X-Forwarded-For is ignored by the audit log and the limits', async () => {
    const res = await login(ctx.app, 'nobody.here', 'wrong', { ip: '198.51.100.7', xff: '203.0.113.50' });
    expect(res.statusCode).toBe(401);
    const failed = (await auditRows('login_failed')).filter((r) => r.after?.username === 'nobody.here');
    expect(failed).toEqual([{ account_id: null, entity_id: null, ip: '198.51.100.7', after: { username: 'nobody.here' } }]);
    // Changing X-Forwarded-For on every try does not escape the per-account limit of the real address.
    for (let i = 1; i < 5; i++) expect((await login(ctx.app, 'clerk.b', 'wrong', { ip: '198.51.100.8', xff: `203.0.113.${i}` })).statusCode).toBe(401);
    expect((await login(ctx.app, 'clerk.b', 'wrong', { ip: '198.51.100.8', xff: '203.0.113.99' })).statusCode).toBe(401);
    expect((await login(ctx.app, 'clerk.b', PASSWORD, { ip: '198.51.100.8', xff: '203.0.113.100' })).statusCode).toBe(429);
  });

  it('TRUST_PROXY on: the forwarded address is the client, for the audit log and the limits', async () => {
    expect((await login(proxied, 'nobody.proxied', 'wrong', { ip: '10.0.0.1', xff: '203.0.113.77' })).statusCode).toBe(401);
    const failed = (await auditRows('login_failed')).filter((r) => r.after?.username === 'nobody.proxied');
    expect(failed.map((r) => r.ip)).toEqual(['203.0.113.77']);
    for (let i = 0; i < 5; i++) expect((await login(proxied, 'inspector.a', 'wrong', { ip: '10.0.0.1', xff: '203.0.113.78' })).statusCode).toBe(401);
    expect((await login(proxied, 'inspector.a', PASSWORD, { ip: '10.0.0.1', xff: '203.0.113.78' })).statusCode).toBe(429);
    // Through the same proxy, another client of that account is not locked out.
    expect((await login(proxied, 'inspector.a', PASSWORD, { ip: '10.0.0.1', xff: '203.0.113.79' })).statusCode).toBe(200);
    const ok = (await auditRows('login')).filter((r) => r.account_id === ctx.fx.accounts.inspectorA);
    expect(ok.at(-1)!.ip).toBe('203.0.113.79');
  });
});

describe('login limits', () => {
  it('lock an account for the address that guessed, not for the real user elsewhere; the wait is in minutes', async () => {
    const started = Date.now();
    for (let i = 0; i < 5; i++) expect((await login(ctx.app, 'leader.huyen', 'wrong', { ip: '192.0.2.66' })).statusCode).toBe(401);
    // Repeated failures are answered more and more slowly (0 + 0.2 + 0.4 + 0.8 + 1.6 s).
    expect(Date.now() - started).toBeGreaterThanOrEqual(3_000);
    const locked = await login(ctx.app, 'leader.huyen', PASSWORD, { ip: '192.0.2.66' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({ code: 'rate_limited', message: 'Quá nhiều lần thử. Vui lòng thử lại sau 15 phút' });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    const en = await login(ctx.app, 'leader.huyen', PASSWORD, { ip: '192.0.2.66', lang: 'en' });
    expect(en.json().error.message).toBe('Too many attempts. Try again in 15 min');
    // The real user, from their own address, logs in.
    expect((await login(ctx.app, 'leader.huyen', PASSWORD, { ip: '192.0.2.10' })).statusCode).toBe(200);
    // The guessing address may still log in to other accounts (the per-address limit is far higher).
    expect((await login(ctx.app, 'clerk.a', PASSWORD, { ip: '192.0.2.66' })).statusCode).toBe(200);
  });

  it('a successful login starts the count of that account and address over', async () => {
    for (let i = 0; i < 4; i++) expect((await login(ctx.app, 'tuyengiao.a', 'wrong', { ip: '192.0.2.70' })).statusCode).toBe(401);
    expect((await login(ctx.app, 'tuyengiao.a', PASSWORD, { ip: '192.0.2.70' })).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(ctx.app, 'tuyengiao.a', 'wrong', { ip: '192.0.2.70' })).statusCode).toBe(401);
    expect((await login(ctx.app, 'tuyengiao.a', PASSWORD, { ip: '192.0.2.70' })).statusCode).toBe(200);
  });

  it('an address that tries many accounts is limited over all of them', async () => {
    for (let i = 0; i < 50; i++) expect((await login(ctx.app, `guess${i}`, 'wrong', { ip: '192.0.2.99' })).statusCode).toBe(401);
    expect((await login(ctx.app, 'member.a', PASSWORD, { ip: '192.0.2.99' })).statusCode).toBe(429);
    expect((await login(ctx.app, 'member.a', PASSWORD, { ip: '192.0.2.100' })).statusCode).toBe(200);
  }, 180_000); // 51 password checks (scrypt) on a busy machine
});

describe('audit of sessions', () => {
  it('records logins, failed logins, logouts and password changes with the address', async () => {
    const ip = '192.0.2.150';
    expect((await login(ctx.app, 'clerk.b', 'not-it', { ip })).statusCode).toBe(401);
    const res = await login(ctx.app, 'clerk.b', PASSWORD, { ip });
    expect(res.statusCode).toBe(200);
    const cookie = `qt_session=${res.cookies.find((c) => c.name === 'qt_session')!.value}`;
    const changed = await ctx.app.inject({ method: 'POST', url: '/api/auth/password', remoteAddress: ip, headers: { cookie },
      payload: { currentPassword: PASSWORD, newPassword: 'matkhaumoi77' } });
    expect(changed.statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', remoteAddress: ip, headers: { cookie } })).statusCode).toBe(204);

    const id = String(ctx.fx.accounts.clerkB);
    const failed = (await auditRows('login_failed')).filter((r) => r.ip === ip);
    expect(failed).toEqual([{ account_id: null, entity_id: id, ip, after: { username: 'clerk.b' } }]);
    for (const action of ['login', 'password_change', 'logout']) {
      const mine = (await auditRows(action)).filter((r) => r.ip === ip);
      expect(mine, action).toEqual([expect.objectContaining({ account_id: ctx.fx.accounts.clerkB, entity_id: id, ip })]);
    }
    const paths = await rows<{ org_path: string }>(ctx.database.db, sql`SELECT org_path::text FROM audit_log WHERE ip = ${ip} ORDER BY id`);
    expect(paths.every((p) => p.org_path === ctx.fx.orgs.communeB.path)).toBe(true);
  });
});
