// Plumbing of the phone scenario: the real server on a free port (production web build, demo data in a temp
// directory), and the slow network applied through the Chrome DevTools Protocol to a tab and to the workers.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';

/** Slow 3G as DevTools defines it: 400 ms round trip, 400 kbit/s each way. */
export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface AppServer { base: string; webDist: string; stop: () => Promise<void> }

/**
 * WEB_DIST set: that build is served as it is. Otherwise `npm run build:web` first, so the figures are those of
 * the code being measured, not of a build left over from earlier.
 */
export function webBuild(root: string): string {
  if (process.env.WEB_DIST) {
    const dir = path.resolve(root, process.env.WEB_DIST);
    if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`phone: WEB_DIST=${process.env.WEB_DIST} holds no index.html; build it first`);
    return dir;
  }
  console.log('  building the web app (npm run build:web)');
  const r = spawnSync('npm', ['run', 'build:web', '--', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`phone: npm run build:web failed (exit code ${r.status})`);
  return path.join(root, 'dist/web');
}

/** Starts server/main.ts as `npm start` does, on a fresh data directory (the demo is seeded on first start). */
export async function startServer(root: string, webDist: string, timeoutMs: number): Promise<AppServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qt-bench-phone-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', SESSION_SECRET: 'bench-phone', LOG_LEVEL: 'warn', WEB_DIST: webDist, DEMO_DATA: '1' };
  delete env.DATABASE_URL;
  // The same Node flags as this process (tsx's loader), as `tsx server/main.ts` would run it.
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, 'server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d: Buffer) => { output = (output + d.toString()).slice(-4000); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(t);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`phone: the server exited (code ${child.exitCode}) before answering:\n${output}`);
    }
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ok) break;
    if (performance.now() - started > timeoutMs) {
      await stop();
      throw new Error(`phone: the server did not answer /api/health within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 500)); // polling interval of the health check, not a measured wait
  }
  return { base, webDist, stop };
}

/** What one load transferred: CDP's encodedDataLength (headers and body as received) of each finished request. */
export interface Meter { bytes: number; requests: number }

/** Throttles a tab and counts what it fetches over the network (answers a service worker gave are counted there). */
export async function throttleTab(page: Page, meter: () => Meter): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  const bySw = new Set<string>();
  const data = new Set<string>();
  cdp.on('Network.requestWillBeSent', (e) => { if (e.request.url.startsWith('data:')) data.add(e.requestId); });
  cdp.on('Network.responseReceived', (e) => { if (e.response.fromServiceWorker) bySw.add(e.requestId); });
  cdp.on('Network.loadingFinished', (e) => {
    if (data.has(e.requestId) || bySw.has(e.requestId)) return;
    const m = meter();
    m.bytes += e.encodedDataLength;
    m.requests++;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  return cdp;
}

/**
 * A tab's emulated network does not cover its service worker: fetches the worker makes (precaching, a
 * network-first API answer) would run at full speed (measured: 15 ms instead of 1.4 s for 50 KB). Every worker
 * target is therefore attached from the browser session and given the same conditions, and its fetches counted.
 */
export async function throttleWorkers(browser: Browser, meter: () => Meter) {
  const session = await browser.newBrowserCDPSession();
  const done = new Set<string>();
  let id = 0;
  const send = (sessionId: string, method: string, params: object) =>
    session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params }) });
  session.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { method?: string; params?: { encodedDataLength?: number } };
    if (m.method === 'Network.loadingFinished') {
      const c = meter();
      c.bytes += m.params?.encodedDataLength ?? 0;
      c.requests++;
    }
  });
  const attach = async (t: { targetId: string; type: string }) => {
    if (!['service_worker', 'shared_worker'].includes(t.type) || done.has(t.targetId)) return;
    done.add(t.targetId);
    try {
      const { sessionId } = await session.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
      await send(sessionId, 'Network.enable', {});
      await send(sessionId, 'Network.emulateNetworkConditions', SLOW_3G);
    } catch { /* the worker went away meanwhile */ }
  };
  session.on('Target.targetCreated', (e) => void attach(e.targetInfo));
  await session.send('Target.setDiscoverTargets', { discover: true });
  for (const t of (await session.send('Target.getTargets')).targetInfos) await attach(t);
  return session;
}
