import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { choose, chosen, login, PASSWORD } from './helpers';

// The installed app with the network cut (context.setOffline): the service worker serves the app shell and the
// pages' code, the app shows what it kept of the account's own answers with an offline notice; the clerk's
// check-in page opens and its queue works; a new build is picked up by an open app without clearing anything.

const PHONE = { width: 390, height: 844 };
const RUNNING = 'Hội nghị trực tuyến quán triệt Nghị quyết 57-NQ/TW đến đảng viên xã Dân Lực và xã Hợp Thành';
const KEPT = 'qt.offline.v1';

interface Invitation { conferenceId: number; title: string; startsAt: string; endsAt: string }

async function api(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, username: string) {
  const ctx = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const r = await ctx.post('/api/auth/login', { data: { username, password: PASSWORD } });
  expect(r.ok(), await r.text()).toBeTruthy();
  return ctx;
}

async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  return { context, page: await context.newPage() };
}

/** The service worker has installed (the shell and every page precached) and controls this page. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The answers named are kept on the phone (the app writes them a moment after they arrive). */
async function kept(page: Page, ...parts: string[]) {
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEPT)).toEqual(expect.stringContaining(parts[0]));
  for (const p of parts.slice(1)) expect(await page.evaluate((k) => localStorage.getItem(k) ?? '', KEPT)).toContain(p);
}

/** Cut the network, and check it is really cut: the server cannot be reached from the page. */
async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  expect(await page.evaluate(() => fetch('/api/health', { cache: 'no-store' }).then(() => 'answered', () => 'no network'))).toBe('no network');
}

test('a member opens the app offline: the QR code and the next conference, with the saved time', async ({ browser, playwright }) => {
  const member = await api(playwright, 'dangvien.danluc');
  const invitations = (await (await member.get('/api/me/invitations')).json()) as Invitation[];
  const next = invitations.filter((i) => Date.parse(i.endsAt) >= Date.now()).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  expect(next, 'the demo member has a coming conference').toBeTruthy();
  await member.dispose();

  const { context, page } = await phone(browser);
  await login(page, 'dangvien.danluc');
  await expect(page.getByTestId('home-page')).toBeVisible();
  // The member's home: the invitations, the QR code and the year's record.
  await kept(page, '"conferences","mine"', '"my-qr"', '"my-year"');
  await page.goto('/me');
  await expect(page.getByTestId('my-qr').locator('img')).toBeVisible();
  const item = page.getByTestId('my-invitations').getByRole('listitem').filter({ hasText: next.title });
  await expect(item).toBeVisible();
  await item.getByTestId('open-questions').click();
  await expect(page.getByTestId('me-conference-page')).toContainText(next.title);
  await controlled(page);
  await kept(page, '"my-qr"', '"mine"', `"detail",${next.conferenceId}`);

  await goOffline(context, page);
  await page.goto('/me');
  // The page came from the phone: the personal code, the name, and the next conference first, marked as coming.
  await expect(page.getByTestId('offline-notice')).toContainText(/Đang ngoại tuyến — dữ liệu đã lưu lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/);
  await expect(page.getByTestId('my-qr').locator('img')).toBeVisible();
  await expect.poll(() => page.getByTestId('my-qr').locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByTestId('my-qr')).toContainText('Lê Văn Khánh');
  const first = page.getByTestId('my-invitations').getByRole('listitem').first();
  await expect(first).toContainText(next.title);
  await expect(first).toContainText(/Đang diễn ra|Sắp diễn ra/);
  await expect(page).toHaveURL(/\/me$/);
  await page.screenshot({ path: test.info().outputPath('me-offline.png'), fullPage: true });

  // A reload offline, and the conference page reached from the list.
  await page.reload();
  await expect(page.getByTestId('my-qr').locator('img')).toBeVisible();
  await first.getByTestId('open-questions').click();
  await expect(page.getByTestId('me-conference-page')).toContainText(next.title);
  await expect(page.getByTestId('offline-notice')).toContainText('Đang ngoại tuyến — dữ liệu đã lưu lúc');
  await page.goto('/');
  await expect(page.getByTestId('home-page')).toContainText('Lê Văn Khánh');
  // The home page's lists came from the phone too: nothing on it waits for the network.
  await expect(page.getByTestId('offline-notice')).not.toContainText('chưa được lưu');
  await expect(page.getByTestId('home-page').locator('.lt-busy')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('home-offline.png'), fullPage: true });

  // Back online: the notice goes.
  await context.setOffline(false);
  await page.goto('/me');
  await expect(page.getByTestId('my-qr').locator('img')).toBeVisible();
  await expect(page.getByTestId('offline-notice')).toHaveCount(0);

  // Logout wipes the phone: offline now, nobody's data is shown and the app says why.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-logout').click();
  await expect(page).toHaveURL(/\/login/);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEPT)).toBeNull();
  await goOffline(context, page);
  await page.goto('/me');
  await expect(page.getByTestId('offline-no-account')).toContainText('Máy này chưa lưu dữ liệu của tài khoản nào');
  await expect(page.getByText('Lê Văn Khánh')).toHaveCount(0);
  await context.close();
});

test('another account on the same phone never sees the first one\'s kept data', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await login(page, 'dangvien.danluc');
  await page.goto('/me');
  await expect(page.getByTestId('my-qr')).toContainText('Lê Văn Khánh');
  await kept(page, '"my-qr"');
  // The session ends without a logout (expired, cookies cleared); someone else logs in on this phone.
  await context.clearCookies();
  await login(page, 'dangvien.hopthanh');
  await page.goto('/me');
  await expect(page.getByTestId('my-qr').locator('img')).toBeVisible();
  const name = (await page.getByTestId('my-qr').getByRole('heading').textContent())!;
  expect(name).not.toBe('Lê Văn Khánh');
  await controlled(page);
  await kept(page, '"my-qr"');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEPT)).not.toContain('Lê Văn Khánh');
  await goOffline(context, page);
  await page.reload();
  await expect(page.getByTestId('my-qr')).toContainText(name);
  await expect(page.getByText('Lê Văn Khánh')).toHaveCount(0);
  await context.close();
});

test('the check-in page opens offline, a check-in by name from the kept list is queued, then synced', async ({ browser, playwright }) => {
  const clerk = await api(playwright, 'vanphong.danluc');
  const list = (await (await clerk.get('/api/conferences?pageSize=100')).json()) as { items: { id: number; title: string }[] };
  const conf = list.items.find((c) => c.title === RUNNING)!;
  const detail = (await (await clerk.get(`/api/conferences/${conf.id}`)).json()) as { bridgePoints: { id: number; name: string }[] };
  const point = detail.bridgePoints.find((b) => b.name === 'Điểm cầu xã Dân Lực')!;
  const roster = (await (await clerk.get(`/api/conferences/${conf.id}/bridge-points/${point.id}/roster`)).json()) as
    { people: { personId: number; fullName: string; unitName: string; checkedAt: string | null }[] };
  // Someone not checked in yet, whose name is unique on the list (from the end: other suites take from the start).
  const person = roster.people.filter((p) => !p.checkedAt && roster.people.filter((x) => x.fullName === p.fullName).length === 1).at(-1)!;

  const { context, page } = await phone(browser);
  await login(page, 'vanphong.danluc');
  await page.goto('/checkin');
  await choose(page.getByTestId('checkin-conference'), RUNNING);
  await expect(page.getByTestId('roster-kept')).toBeVisible();
  await controlled(page);
  await kept(page, `"detail",${conf.id}`, '"list"');

  await goOffline(context, page);
  await page.reload();
  // Offline is not logged out: the page opens with its conference, point and kept list.
  await expect(page).toHaveURL(/\/checkin\?/);
  await expect(page.getByTestId('checkin-page')).toBeVisible();
  await expect(chosen(page.getByTestId('checkin-bridge'))).toHaveText('Điểm cầu xã Dân Lực');
  await expect(page.getByTestId('roster-kept')).toBeVisible();
  await page.getByTestId('checkin-manual-search').fill(person.fullName);
  const row = page.getByTestId('checkin-manual-results').getByRole('listitem').filter({ hasText: person.fullName });
  await expect(row).toContainText(person.unitName);
  await row.getByTestId('checkin-manual-mark').click();
  await expect(page.getByTestId('checkin-result')).toHaveAttribute('data-kind', 'queued');
  await expect(page.getByTestId('offline-banner')).toContainText('Đang ngoại tuyến — 1 lượt chờ gửi');
  await page.screenshot({ path: test.info().outputPath('checkin-offline.png'), fullPage: true });

  await context.setOffline(false);
  await expect(page.getByTestId('sync-summary')).toContainText('Đã gửi 1 lượt lưu trên máy: 1 ghi nhận', { timeout: 20_000 });
  const after = (await (await clerk.get(`/api/conferences/${conf.id}/bridge-points/${point.id}/roster`)).json()) as typeof roster;
  expect(after.people.find((p) => p.personId === person.personId)!.checkedAt).not.toBeNull();
  await context.close();
  await clerk.dispose();
});

test('installable, and a new build is picked up by an open app without clearing anything', async ({ browser, request }) => {
  // The manifest and the worker: right types, always revalidated (a cached sw.js would hold phones on the old build).
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  expect(manifest.headers()['cache-control']).toBe('no-cache');
  const m = (await manifest.json()) as { name: string; short_name: string; theme_color: string; display: string; icons: { src: string; sizes: string; purpose: string }[] };
  expect(m).toMatchObject({ name: 'Quán Triệt', short_name: 'Quán Triệt', display: 'standalone', theme_color: '#b71c1c' });
  expect(m.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of m.icons) expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
  const sw = await request.get('/sw.js');
  expect(sw.headers()['cache-control']).toBe('no-cache');
  const swText = await sw.text();
  // A new worker does not wait for every tab to close, and takes the open pages at once.
  expect(swText).toContain('self.skipWaiting()');
  expect(swText).toContain('clientsClaim()');
  expect(swText).not.toMatch(/\.(br|gz)"/);

  const { context, page } = await phone(browser);
  await login(page, 'dangvien.danluc');
  await page.goto('/me');
  await expect(page.getByTestId('my-qr').locator('img')).toBeVisible();
  await controlled(page);
  const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

  // A new build is deployed: a changed shell, and a worker that knows it (as the next `npm run build:web` writes).
  const dist = path.resolve(process.env.WEB_DIST ?? 'dist/web');
  const files = ['index.html', 'sw.js'].map((f) => path.join(dist, f));
  const originals = files.map((f) => readFileSync(f, 'utf8'));
  // Twins precompressed at build time would still answer with the old bytes: moved aside meanwhile.
  const twins = files.flatMap((f) => ['.br', '.gz'].map((e) => f + e)).filter((f) => existsSync(f));
  try {
    for (const t of twins) renameSync(t, `${t}.aside`);
    writeFileSync(files[0], originals[0].replace('<head>', '<head>\n    <meta name="qt-build" content="next" />'));
    writeFileSync(files[1], originals[1].replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1next-build"'));
    expect(readFileSync(files[1], 'utf8')).toContain('next-build');
    // What the app does every hour while it stays open (and the browser on each visit).
    const installed = page.evaluate(() => new Promise<void>((done) => navigator.serviceWorker.addEventListener('controllerchange', () => done(), { once: true })));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    await installed;
    // The page being read is not pulled away from the user: the new build shows at the next page.
    await expect(page.locator('meta[name="qt-build"]')).toHaveCount(0);
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('menu-home').click();
    await expect(page.locator('meta[name="qt-build"]')).toHaveAttribute('content', 'next');
    await expect(page.getByTestId('home-page')).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(firstWorker);
  } finally {
    files.forEach((f, i) => writeFileSync(f, originals[i]));
    for (const t of twins) renameSync(`${t}.aside`, t);
  }
  await context.close();
});
