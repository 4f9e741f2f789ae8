// The phone scenario of `npm run bench` (BENCH_ONLY=phone to run it alone): the real server with the production
// web build and the demo data; Chromium on an emulated slow 3G network; for each page the time from navigation
// start until the page shows its content, on a cold cache and on a repeat visit, median of BENCH_PHONE_RUNS (3).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startServer, throttleTab, throttleWorkers, webBuild, type Meter } from './phone-net.js';
import { fmt, type Section } from './report.js';

export const PHONE_TITLE = 'Phone (slow 3G: 400 kbit/s, 400 ms RTT)';
const PASSWORD = 'QuanTriet@2025';
const TARGET = { cold: 5, repeat: 1.5 };
// Generous on purpose: a cold load measured ~30 s before Step 3b, and the machine may be busy.
const CONTENT_TIMEOUT_MS = 240_000;
const SETTLE_TIMEOUT_MS = 180_000;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' };

interface Scenario {
  label: string;
  path: string;
  user?: string;
  /** What is waited for, in words (goes to results.md). */
  shows: string;
  ready: (page: Page, timeout: number) => Promise<void>;
}

const visible = (page: Page, selector: string, timeout: number) => page.locator(selector).first().waitFor({ state: 'visible', timeout });

function scenarios(checkinPath: string): Scenario[] {
  return [
    {
      label: 'Login page `/login`', path: '/login',
      shows: 'the user name field and the sign-in button',
      ready: async (p, t) => { await visible(p, '[data-testid=login-username]', t); await visible(p, '[data-testid=login-submit]', t); },
    },
    {
      label: "Member's home `/` (dangvien.danluc)", path: '/', user: 'dangvien.danluc',
      shows: 'the first of the latest documents listed, and the three figures no longer loading',
      ready: async (p, t) => {
        await visible(p, '[data-testid=home-latest-documents] .lt-item', t);
        await p.locator('[data-testid=home-page] .lt-stat .lt-busy').first().waitFor({ state: 'hidden', timeout: t });
      },
    },
    {
      label: "Member's page `/me` (dangvien.danluc)", path: '/me', user: 'dangvien.danluc',
      shows: 'the personal QR code image and the first conference of the invitations list (the next one)',
      ready: async (p, t) => { await visible(p, '[data-testid=my-qr] img', t); await visible(p, '[data-testid=my-invitations] .lt-item', t); },
    },
    {
      label: 'Staff check-in `/checkin?c=…` (vanphong.danluc)', path: checkinPath, user: 'vanphong.danluc',
      shows: "the manual search box, shown once the conference (kept in the URL) and the clerk's bridge point are loaded",
      ready: (p, t) => visible(p, '[data-testid=checkin-manual-search]', t),
    },
  ];
}

async function apiLogin(base: string, username: string): Promise<string> {
  const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith('qt_session='));
  if (!r.ok || !cookie) throw new Error(`phone: login of ${username} failed (${r.status})`);
  return cookie.split(';')[0];
}

/** The conference running now that the commune clerk records at: the demo moves it to now on every start. */
async function runningConference(base: string): Promise<number> {
  const cookie = await apiLogin(base, 'vanphong.danluc');
  const r = await fetch(`${base}/api/conferences?pageSize=100`, { headers: { cookie } });
  const list = (await r.json()) as { items: { id: number; startsAt: string; endsAt: string }[] };
  const now = Date.now();
  const running = list.items.filter((c) => Date.parse(c.startsAt) <= now && Date.parse(c.endsAt) >= now);
  if (!running.length) throw new Error('phone: no conference running now for vanphong.danluc in the demo data');
  return running[0].id;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

interface Load { page: Page; seconds: number }

/** One navigation in a new tab of the context; fails clearly when the page never shows its content. */
async function load(ctx: BrowserContext, base: string, s: Scenario, meter: () => Meter, kind: string): Promise<Load> {
  const page = await ctx.newPage();
  await throttleTab(page, meter);
  await page.goto(base + s.path, { waitUntil: 'commit', timeout: CONTENT_TIMEOUT_MS });
  try {
    await s.ready(page, CONTENT_TIMEOUT_MS);
  } catch (e) {
    throw new Error(`phone: ${s.label} (${kind}) never showed ${s.shows} within ${CONTENT_TIMEOUT_MS / 1000} s (at ${page.url()}): ${(e as Error).message.split('\n')[0]}`);
  }
  // The page's own clock: milliseconds since its navigation started.
  const seconds = (await page.evaluate(() => performance.now())) / 1000;
  // BENCH_PHONE_SHOTS=dir: what the page showed at that moment, to check what was timed.
  const shots = process.env.BENCH_PHONE_SHOTS;
  if (shots) await page.screenshot({ path: path.join(shots, `${s.path.split('?')[0].replace(/\W+/g, '') || 'home'}-${kind.split(' ')[0]}.png`) });
  return { page, seconds };
}

/** Lets the cold load finish what it started (network idle, service worker installed) before the repeat visit. */
async function settle(page: Page): Promise<string | null> {
  const idle = await page.waitForLoadState('networkidle', { timeout: SETTLE_TIMEOUT_MS }).then(() => true, () => false);
  let timer: NodeJS.Timeout | undefined;
  const sw = await Promise.race([
    // The app registers its service worker once the page's first data is in (at most 30 s after the load event,
    // web/src/lib/pwa.ts); a repeat visit a minute later finds it installed, so the repeat waits for it too.
    page.evaluate(async () => {
      if (!navigator.serviceWorker) return true;
      for (let i = 0; i < 80 && !(await navigator.serviceWorker.getRegistration()); i++) await new Promise((r) => setTimeout(r, 500));
      if (await navigator.serviceWorker.getRegistration()) await navigator.serviceWorker.ready;
      return true;
    }),
    new Promise<boolean>((r) => { timer = setTimeout(() => r(false), SETTLE_TIMEOUT_MS); }),
  ]);
  clearTimeout(timer);
  return !idle ? `network not idle after ${SETTLE_TIMEOUT_MS / 1000} s` : !sw ? 'service worker not ready' : null;
}

interface Run { cold: number; repeat: number; bytes: number; requests: number; controlled: boolean; warning: string | null }

async function runOnce(browser: Browser, base: string, s: Scenario, meter: { current: Meter }): Promise<Run> {
  const ctx = await browser.newContext(PHONE);
  try {
    // The session cookie comes from an API login through the context (not timed); nothing else is prepared.
    if (s.user) {
      const r = await ctx.request.post(`${base}/api/auth/login`, { data: { username: s.user, password: PASSWORD } });
      if (!r.ok()) throw new Error(`phone: login of ${s.user} failed (${r.status()})`);
    }
    const cold: Meter = { bytes: 0, requests: 0 };
    meter.current = cold;
    const first = await load(ctx, base, s, () => meter.current, 'cold cache');
    const warning = await settle(first.page);
    const counted = { ...cold };
    await first.page.close();
    meter.current = { bytes: 0, requests: 0 };
    const again = await load(ctx, base, s, () => meter.current, 'repeat visit');
    const controlled = await again.page.evaluate(() => !!navigator.serviceWorker?.controller);
    return { cold: first.seconds, repeat: again.seconds, bytes: counted.bytes, requests: counted.requests, controlled, warning };
  } finally {
    await ctx.close();
  }
}

function commit(root: string) {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

export async function phoneSection(root: string): Promise<Section> {
  const runs = Math.max(1, Number(process.env.BENCH_PHONE_RUNS ?? 3));
  const started = new Date().toISOString();
  const load0 = os.loadavg().map((l) => l.toFixed(2)).join(', ');
  console.log(`\n== ${PHONE_TITLE} ==`);
  const webDist = webBuild(root);
  console.log('  starting the server (fresh demo data: the first start seeds it)');
  const server = await startServer(root, webDist, 600_000);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const meter = { current: { bytes: 0, requests: 0 } as Meter };
    await throttleWorkers(browser, () => meter.current);
    const list = scenarios(`/checkin?c=${await runningConference(server.base)}`);
    const rows: string[][] = [];
    const notes: string[] = [];
    for (const s of list) {
      const done: Run[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await runOnce(browser, server.base, s, meter);
        console.log(`  ${s.label} run ${i + 1}: cold ${fmt(r.cold, 2)} s, repeat ${fmt(r.repeat, 2)} s, ${fmt(r.bytes / 1024)} KiB in ${r.requests} requests${r.warning ? ` (${r.warning})` : ''}`);
        done.push(r);
      }
      const cold = median(done.map((r) => r.cold));
      const repeat = median(done.map((r) => r.repeat));
      const met = cold < TARGET.cold && repeat < TARGET.repeat;
      rows.push([s.label, fmt(cold, 1), fmt(repeat, 2), `${fmt(median(done.map((r) => r.bytes)) / 1024)} KiB`, fmt(median(done.map((r) => r.requests))),
        `< ${TARGET.cold} s cold, < ${TARGET.repeat} s repeat`, met ? 'MET' : 'MISSED']);
      const warnings = [...new Set(done.map((r) => r.warning).filter(Boolean))];
      notes.push(`${s.label}: content = ${s.shows}. Runs: cold ${done.map((r) => fmt(r.cold, 2)).join(' / ')} s; repeat ${done.map((r) => fmt(r.repeat, 2)).join(' / ')} s; `
        + `repeat visit served through a service worker: ${done.some((r) => r.controlled) ? 'yes' : 'no'}${warnings.length ? `; ${warnings.join('; ')}` : ''}.`);
    }
    return {
      title: PHONE_TITLE,
      notes: [
        `Measured ${started} at commit ${commit(root)}; load average ${load0} at the start (2 cores shared with other work).`,
        `Server: server/main.ts on 127.0.0.1 with the production web build (${path.relative(root, server.webDist) || '.'}) and the demo data on a fresh temporary DATA_DIR (PGlite).`,
        `Browser: ${await browser.version()} (/usr/bin/chromium, headless), ${PHONE.viewport.width}×${PHONE.viewport.height} phone viewport. Network: CDP Network.emulateNetworkConditions, latency 400 ms, 50,000 bytes/s (400 kbit/s) down and up, applied to the tab and to the service worker. No CPU throttling: the machine's own CPU.`,
        `Cold: a fresh browser context (empty HTTP cache, no service worker); the session cookie is set by an API login through the context, not timed. Repeat: a new tab in the same context once the cold load's network is idle (and its service worker, if any, is ready). Time: the page's performance.now() (from navigation start) when its content shows. Median of ${runs} runs, each cold run in a new context.`,
        'Bytes: the sum of CDP Network.loadingFinished encodedDataLength (as transferred: headers and body, compressed when compressed) of the cold load until its network is idle, including the service worker\'s own fetches; requests: the number of those loads.',
        ...notes,
      ],
      rows: [],
      table: { head: ['Page', 'Cold (s)', 'Repeat (s)', 'Bytes transferred cold', 'Requests cold', 'Target', 'Verdict'], right: [1, 2, 3, 4], rows },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
