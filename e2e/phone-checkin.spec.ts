import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { choose, chosen } from './helpers';

// Check-in on a phone (390 px) at the demo's conference running now, without planning anything: the commune
// clerk keeps the bridge point's list on the phone, loses the network, checks people in by name and by card
// (names shown from the kept list), gets the network back, and sees each saved entry's answer.

const PASSWORD = 'QuanTriet@2025';
const PHONE = { width: 390, height: 844 };
const RUNNING = 'Hội nghị trực tuyến quán triệt Nghị quyết 57-NQ/TW đến đảng viên xã Dân Lực và xã Hợp Thành';
const UPCOMING = 'Hội nghị chuyên đề chuyển đổi số trong sinh hoạt chi bộ — xã Dân Lực';

interface RosterPerson { personId: number; fullName: string; unitName: string; checkedAt: string | null }
interface Conf { id: number; title: string; bridgePoints: { id: number; name: string }[] }

async function api(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, username: string) {
  const ctx = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const r = await ctx.post('/api/auth/login', { data: { username, password: PASSWORD } });
  expect(r.ok(), await r.text()).toBeTruthy();
  return ctx;
}

async function json<T>(ctx: APIRequestContext, url: string): Promise<T> {
  const r = await ctx.get(url);
  expect(r.ok(), `${url}: ${await r.text()}`).toBeTruthy();
  return (await r.json()) as T;
}

async function conferenceByTitle(ctx: APIRequestContext, title: string): Promise<Conf> {
  const list = await json<{ items: { id: number; title: string }[] }>(ctx, '/api/conferences?pageSize=100');
  const item = list.items.find((c) => c.title === title);
  expect(item, title).toBeTruthy();
  return json<Conf>(ctx, `/api/conferences/${item!.id}`);
}

/**
 * A phone whose camera shows the QR code held in window.__qr (an SVG, changeable at any time): headless Chromium
 * has no camera, so getUserMedia gives a canvas stream painting that code and the real scanner (jsQR) reads it.
 */
async function phone(browser: Browser, username: string) {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  await context.addInitScript(() => {
    const w = window as unknown as { __qr: string };
    w.__qr = '';
    const fake = async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 480;
      canvas.height = 480;
      const g = canvas.getContext('2d')!;
      let shown = '';
      let img: HTMLImageElement | null = null;
      const draw = async () => {
        if (w.__qr !== shown) {
          shown = w.__qr;
          const next = new Image();
          next.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(shown.replace('<svg ', '<svg width="400" height="400" '))}`;
          await next.decode().catch(() => undefined);
          img = next;
        }
        g.fillStyle = '#fff';
        g.fillRect(0, 0, 480, 480);
        if (img && shown) g.drawImage(img, 40, 40, 400, 400);
      };
      await draw();
      setInterval(() => void draw(), 100);
      return canvas.captureStream(10);
    };
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: fake } });
  });
  const page = await context.newPage();
  // The camera's own error, if the fake camera ever fails to start, says why in the test output.
  page.on('console', (m) => { if (m.text().startsWith('camera')) console.log('page:', m.text()); });
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return { context, page };
}

const showCard = (page: Page, svg: string) => page.evaluate((markup) => { (window as unknown as { __qr: string }).__qr = markup; }, svg);

// The conference picker is the phone's own list (a native <select>).
const pickConference = (page: Page, title: string) => choose(page.getByTestId('checkin-conference'), title);

const row = (page: Page, name: string) => page.getByTestId('checkin-manual-results').getByRole('listitem').filter({ has: page.locator('.lt-item-title', { hasText: new RegExp(`^${name}$`) }) });
const recent = (page: Page, name: string) => page.getByTestId('checkin-recent-item').filter({ hasText: name });

test('offline at the bridge point: names from the kept list, then each saved entry answered after sync', async ({ browser, playwright }) => {
  const clerk = await api(playwright, 'vanphong.danluc');
  const conf = await conferenceByTitle(clerk, RUNNING);
  const point = conf.bridgePoints.find((b) => b.name === 'Điểm cầu xã Dân Lực')!;
  const roster = await json<{ people: RosterPerson[] }>(clerk, `/api/conferences/${conf.id}/bridge-points/${point.id}/roster`);
  // Four invitees not yet checked in (the member login is left alone): by name, by card, one checked in meanwhile
  // on another device, and one whose card is forged.
  const named = (n: string) => roster.people.filter((p) => p.fullName === n).length === 1;
  const memberLogin = await api(playwright, 'dangvien.danluc');
  const member = (await json<{ personId: number }>(memberLogin, '/api/auth/me')).personId;
  await memberLogin.dispose();
  const [byName, byCard, meanwhile, forged] = roster.people.filter((p) => !p.checkedAt && named(p.fullName) && p.personId !== member).slice(0, 4);
  const card = await json<{ code: string; svg: string }>(clerk, `/api/people/${byCard.personId}/qr`);
  const forgedSvg = await QRCode.toString(`QT1.${forged.personId}.AAAAAAAAAAAAAAAAAAAAAA`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

  const { context, page } = await phone(browser, 'vanphong.danluc');
  await page.goto('/checkin');
  await pickConference(page, RUNNING);
  // The clerk records at one point only: it is chosen by itself, and its list is kept on the phone.
  await expect(chosen(page.getByTestId('checkin-bridge'))).toHaveText('Điểm cầu xã Dân Lực');
  await expect(page.getByTestId('roster-kept')).toContainText(`Danh sách ${roster.people.length.toLocaleString('vi-VN')} người`);

  await context.setOffline(true);
  await expect(page.getByTestId('offline-banner')).toContainText('Đang ngoại tuyến');

  // By name, from the kept list: the name and unit are shown; saved on the phone, late by its minutes.
  await page.getByTestId('checkin-manual-search').fill(byName.fullName);
  await expect(page.getByTestId('checkin-roster-search')).toBeVisible();
  await expect(row(page, byName.fullName)).toContainText(byName.unitName);
  await row(page, byName.fullName).getByTestId('checkin-manual-mark').click();
  const result = page.getByTestId('checkin-result');
  await expect(result.locator('.name')).toHaveText(byName.fullName);
  await expect(result).toHaveAttribute('data-kind', 'queued');
  await expect(result).toContainText(/Đã lưu trên máy · đi muộn \d+ phút/);
  await expect(page.getByTestId('offline-banner')).toContainText('1 lượt chờ gửi');

  // Another phone records one of them meanwhile (this one does not know).
  const other = await clerk.post(`/api/conferences/${conf.id}/checkins`, { data: { bridgePointId: point.id, personId: meanwhile.personId } });
  expect(other.ok(), await other.text()).toBeTruthy();
  await page.getByTestId('checkin-manual-search').fill(meanwhile.fullName);
  await row(page, meanwhile.fullName).getByTestId('checkin-manual-mark').click();
  await expect(result.locator('.name')).toHaveText(meanwhile.fullName);

  // By card, offline: the person's name comes from the kept list; the card held in view is saved once.
  await showCard(page, card.svg);
  await page.getByTestId('checkin-start-camera').click();
  await expect(result.locator('.name')).toHaveText(byCard.fullName);
  await expect(result).toContainText(byCard.unitName);
  await expect(page.getByTestId('qr-scanner')).toHaveAttribute('data-reads', /^([1-9]\d+)$/, { timeout: 15_000 });
  await expect(recent(page, byCard.fullName)).toHaveCount(1);
  // A forged card of someone on the list: named from the list, refused by the server later.
  await showCard(page, forgedSvg);
  await expect(result.locator('.name')).toHaveText(forged.fullName);
  await page.getByRole('button', { name: 'Tắt camera' }).click();
  await expect(page.getByTestId('offline-banner')).toContainText('4 lượt chờ gửi');
  await page.screenshot({ path: 'test-results/phone-checkin-offline.png', fullPage: true });

  await context.setOffline(false);
  const summary = page.getByTestId('sync-summary');
  await expect(summary).toContainText('Đã gửi 4 lượt lưu trên máy: 2 ghi nhận, 1 đã có, 1 bị từ chối');
  await expect(page.getByTestId('offline-banner')).toBeHidden();
  await expect(recent(page, byName.fullName)).toHaveAttribute('data-kind', 'late');
  await expect(recent(page, byName.fullName)).toContainText(/Đi muộn \d+ phút/);
  await expect(recent(page, byCard.fullName)).toHaveAttribute('data-kind', 'late');
  await expect(recent(page, meanwhile.fullName)).toHaveAttribute('data-kind', 'dup');
  await expect(recent(page, meanwhile.fullName)).toContainText(/Đã điểm danh lúc \d\d:\d\d/);
  await expect(recent(page, forged.fullName)).toHaveAttribute('data-kind', 'err');
  await expect(recent(page, forged.fullName)).toContainText('Mã QR không hợp lệ hoặc đã bị sửa đổi');
  // The big answer on screen (the last scan) turned from "saved on this phone" into the server's refusal.
  await expect(result.locator('.name')).toHaveText(forged.fullName);
  await expect(result).toHaveAttribute('data-kind', 'err');
  await page.screenshot({ path: 'test-results/phone-checkin-synced.png', fullPage: true });

  // The server has them, with the scan time: both late.
  const after = await json<{ people: RosterPerson[] }>(clerk, `/api/conferences/${conf.id}/bridge-points/${point.id}/roster`);
  for (const p of [byName, byCard]) expect(after.people.find((x) => x.personId === p.personId)!.checkedAt).not.toBeNull();
  expect(after.people.find((x) => x.personId === forged.personId)!.checkedAt).toBeNull();
  await context.close();
  await clerk.dispose();
});

test('a conference not open yet is explained, and its live label waits; the running one is live', async ({ browser }) => {
  const { context, page } = await phone(browser, 'vanphong.danluc');
  await page.goto('/checkin');
  await pickConference(page, UPCOMING);
  await expect(page.getByTestId('checkin-why')).toContainText('Điểm danh mở từ');
  await expect(page.getByTestId('checkin-start-camera')).toHaveCount(0);
  const href = await page.getByTestId('checkin-why').getByRole('link').getAttribute('href');
  expect(href).toMatch(/^\/conferences\/\d+\?tab=overview$/);
  await page.goto(href!.replace('tab=overview', 'tab=live'));
  await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'not-started');
  await expect(page.getByTestId('live-status')).toContainText('Chưa diễn ra');
  await page.goto('/checkin');
  await pickConference(page, RUNNING);
  await expect(page.getByTestId('checkin-start-camera')).toBeVisible();
  await context.close();
});

test('a camera the browser refuses is explained in Vietnamese', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  await context.addInitScript(() => {
    const refuse = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: refuse } });
  });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByTestId('login-username').fill('vanphong.hopthanh');
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto('/checkin');
  await pickConference(page, RUNNING);
  await expect(chosen(page.getByTestId('checkin-bridge'))).toHaveText('Điểm cầu xã Hợp Thành');
  await page.getByTestId('checkin-start-camera').click();
  await expect(page.getByTestId('camera-error')).toContainText('Trình duyệt chưa cho phép dùng camera');
  await expect(page.getByTestId('camera-error')).not.toContainText('Permission denied');
  await context.close();
});
