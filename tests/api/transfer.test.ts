import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { setup, webApp } from '../helpers.js';
import { sseReader } from '../sse.js';
import { bridgePoint, campaign, conference, invite, MIN } from './attendance-fixture.js';

// Issue 13 item 1: what crosses a phone's slow network — precompressed static files, caching, compressed API answers.
let ctx: Awaited<ReturnType<typeof setup>>;
let web: App; // the same database, serving a built web app laid out as Vite writes it
const ASSET = '/assets/index-Ab12Cd34.js';
const assetBody = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `từ ${i}`))};\n`;
const shell = '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-Ab12Cd34.js"></script></body></html>';

beforeAll(async () => {
  ctx = await setup();
  const dist = mkdtempSync(path.join(tmpdir(), 'qt-web-'));
  mkdirSync(path.join(dist, 'assets'));
  const write = (name: string, body: string) => {
    writeFileSync(path.join(dist, name), body);
    writeFileSync(path.join(dist, `${name}.br`), brotliCompressSync(body));
    writeFileSync(path.join(dist, `${name}.gz`), gzipSync(body));
  };
  write('index.html', shell);
  write(ASSET.slice(1), assetBody);
  web = await webApp(ctx.database, dist);
});
afterAll(async () => {
  await web?.close();
  await ctx?.close();
});

const get = (app: App, url: string, acceptEncoding?: string, cookie?: string) =>
  app.inject({ method: 'GET', url, headers: { ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...(cookie ? { cookie } : {}) } });

describe('static files', () => {
  it('sends the brotli file to a browser that accepts br, gzip to one that accepts only gzip, the file itself otherwise', async () => {
    const br = await get(web, ASSET, 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(assetBody);

    const gz = await get(web, ASSET, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(assetBody);

    for (const enc of [undefined, 'identity']) {
      const plain = await get(web, ASSET, enc);
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(assetBody);
    }
  });

  it('caches hashed assets for a year, immutable', async () => {
    for (const enc of ['br', 'gzip', undefined]) {
      expect((await get(web, ASSET, enc)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('has the browser revalidate the HTML shell, at / and on deep client-side routes, compressed', async () => {
    for (const url of ['/', '/index.html', '/me', '/me/conferences/12', '/checkin']) {
      const res = await get(web, url, 'br, gzip');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(shell);
      // Revalidation needs a validator: the ETag answers a repeat visit with 304 and no body.
      expect(res.headers.etag, url).toBeTruthy();
      expect(res.headers['last-modified'], url).toBeTruthy();
      // The security headers stay on every answer.
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
    const first = await get(web, '/', 'br');
    const again = await web.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('still answers unknown API paths with the JSON 404', async () => {
    const res = await get(web, '/api/nothing-here', 'br', ctx.cookies.memberA);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBeTruthy();
  });
});

describe('API answers', () => {
  it('are compressed above 1 KB, as the client accepts', async () => {
    const br = await get(ctx.app, '/api/openapi.json', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const spec = JSON.parse(brotliDecompressSync(br.rawPayload).toString());
    expect(spec.openapi).toMatch(/^3\./);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(JSON.stringify(spec)) / 4);
    expect(br.headers['content-security-policy']).toBeTruthy();

    const gz = await get(ctx.app, '/api/openapi.json', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString()).openapi).toBe(spec.openapi);

    const plain = await get(ctx.app, '/api/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json().openapi).toBe(spec.openapi);
  });

  it('are sent as they are below 1 KB', async () => {
    for (const url of ['/api/health', '/api/auth/me']) {
      const res = await get(ctx.app, url, 'br, gzip', ctx.cookies.memberA);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBeUndefined();
      expect(res.rawPayload.length, url).toBeLessThan(1024);
      expect(res.json(), url).toBeTruthy();
    }
  });

  it('keep errors in the standard shape', async () => {
    const res = await get(ctx.app, '/api/conferences/999999', 'br, gzip', ctx.cookies.clerkA);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBeTruthy();
  });
});

describe('live streams', () => {
  it('are not compressed or buffered: each event arrives at once', async () => {
    const { db } = ctx.database;
    const { orgs, people } = ctx.fx;
    const camp = await campaign(db, orgs.communeA.id);
    const conf = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -10 * MIN, title: 'Hội nghị đang diễn ra' });
    const bp = await bridgePoint(db, conf.id, orgs.communeA.id, 'Hội trường xã', true);
    await invite(db, conf.id, [people.anA1, people.binhA1], bp);

    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx.app.server.address() as { port: number };
    const ac = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/api/conferences/${conf.id}/live`, {
      headers: { cookie: ctx.cookies.clerkA, 'accept-encoding': 'br, gzip' }, signal: ac.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('content-encoding')).toBeNull();
    // A compressing stream would hold the events back until its buffer fills: 2 s is plenty for an unbuffered one.
    const next = sseReader(res.body!, ac, 2000);
    expect((await next('snapshot')).data).toMatchObject({ invited: 2, total: 0 });
    const r = await ctx.app.inject({ method: 'POST', url: `/api/conferences/${conf.id}/checkins`, headers: { cookie: ctx.cookies.clerkA }, payload: { bridgePointId: bp, personId: people.anA1 } });
    expect(r.json().result).toBe('recorded');
    expect((await next('checkin')).data).toMatchObject({ bridgePointId: bp, attended: 1, total: 1 });
    ac.abort();
  });
});
