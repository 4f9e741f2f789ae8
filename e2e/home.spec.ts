import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BUSY, login } from './helpers';

// The home page per role (issue 9 item 1) with the demo's real facts, each role at its width, a screenshot each under
// test-results/home/, and an axe-core check (WCAG 2.1 AA, no serious or critical violation) of what is on screen.
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/home/${name}.png`, fullPage: true });

async function settle(page: Page) {
  await expect(page.locator(BUSY)).toHaveCount(0, { timeout: 30_000 });
}
async function noSideways(page: Page) {
  const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(sw, 'no sideways scrolling').toBeLessThanOrEqual(cw);
}
async function accessible(page: Page) {
  await page.mouse.move(0, 0); // colours as shown, not those of a link left under the pointer after a click
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
  const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} [${v.impact}]: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(blocking).toEqual([]);
}
const percent = (rate: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(rate * 100)}%`;

type Overview = {
  org: { name: string }; conferences: { today: { title: string; attendedCount: number; invitedCount: number }[] };
  campaigns: { id: number; summary: Record<string, number>; participation: { rate: number }; units: { orgId: number; orgName: string; hasChildren: boolean; due: boolean }[] }[];
  overdueRecommendations: { total: number };
};

test.describe('leadership', () => {
  test('the district at a glance: overdue units, the conference running now, participation worst first, trends; every figure drills down', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await login(page, 'lanhdao.huyen');
    const home = page.getByTestId('leader-home');
    await expect(home.getByRole('heading', { level: 1 })).toHaveText('Tình hình Huyện ủy Triệu Sơn');
    const o = (await (await page.request.get('/api/home/overview')).json()) as Overview;
    const k = o.campaigns[0];
    // The demo's running campaign: 4 grassroots organizations overdue.
    await expect(page.getByTestId('fig-overdue')).toContainText(String(k.summary.overdue));
    expect(k.summary.overdue).toBe(4);
    await expect(page.getByTestId('fig-recs')).toContainText(String(o.overdueRecommendations.total));
    const running = o.conferences.today[0];
    await expect(page.getByTestId('today-list')).toContainText(running.title);
    await expect(page.getByTestId('today-list')).toContainText('Đang diễn ra');
    await expect(page.getByTestId('home-participation').first()).toHaveText(percent(k.participation.rate));
    // Units whose deadline has not come are marked so, never as poor.
    await expect(page.getByTestId('home-units').first().getByTestId('not-due').first()).toBeAttached();
    await expect(page.getByTestId('rate-chart').first().locator('canvas')).toBeVisible();
    await expect(page.getByTestId('trend-participation').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('trend-reports').locator('canvas')).toBeVisible();
    await settle(page);
    await accessible(page);
    await shot(page, 'leader-1280');

    // Drill down: a commune from the list, with the way back up.
    const unit = k.units.find((u) => u.hasChildren)!;
    await page.getByTestId('home-units').first().getByRole('link', { name: unit.orgName, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`orgId=${unit.orgId}`));
    await expect(home.getByRole('heading', { level: 1 })).toHaveText(`Tình hình ${unit.orgName}`);
    await expect(page.getByTestId('home-trail')).toContainText('Huyện ủy Triệu Sơn');
    await settle(page);
    await shot(page, 'leader-drilldown-1280');
    await page.getByTestId('home-trail').getByRole('link', { name: 'Huyện ủy Triệu Sơn' }).click();
    await expect(home.getByRole('heading', { level: 1 })).toHaveText('Tình hình Huyện ủy Triệu Sơn');

    // The overdue figure opens the board with that filter.
    await page.getByTestId('fig-overdue').click();
    await expect(page.getByTestId('campaign-board')).toBeVisible();
    await expect(page.getByTestId('board-status-overdue')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the same on a phone, without sideways scrolling', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await login(page, 'lanhdao.huyen');
    await expect(page.getByTestId('fig-overdue')).toContainText('4');
    await expect(page.getByTestId('trend-participation').locator('canvas')).toBeVisible();
    await settle(page);
    await noSideways(page);
    await accessible(page);
    await shot(page, 'leader-390');
  });
});

test.describe('office and propaganda staff', () => {
  test("the commune clerk's to-do: the quarter's report and the broadcast to evaluate, each opening the page that does it", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await login(page, 'vanphong.danluc');
    const list = page.getByTestId('todo-list');
    await expect(list.getByTestId('todo-report')).toContainText('Quý IV/2026');
    const evaluate = list.getByTestId('todo-evaluate').filter({ hasText: 'Phát thanh quán triệt Nghị quyết 57-NQ/TW' });
    await expect(evaluate).toContainText('người có mặt');
    await settle(page);
    await accessible(page);
    await shot(page, 'todo-danluc-1280');
    await evaluate.getByRole('link').click();
    await expect(page.getByTestId('evaluation-tab')).toBeVisible();
  });

  test("Hợp Thành's clerk sees the overdue recommendation first; the propaganda commission the units to chase", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await login(page, 'vanphong.hopthanh');
    const first = page.getByTestId('todo-list').getByRole('listitem').first();
    await expect(first).toContainText('Trả lời kiến nghị');
    await expect(first).toContainText('Quá hạn từ');
    await settle(page);
    await shot(page, 'todo-hopthanh-1280');
    await first.getByRole('link').click();
    await expect(page.getByTestId('rec-next')).toBeVisible();

    await page.context().clearCookies();
    await login(page, 'tuyengiao.huyen');
    const chase = page.getByTestId('todo-chase').first();
    await expect(chase).toContainText('4 đơn vị cấp dưới quá hạn');
    await settle(page);
    await shot(page, 'todo-tuyengiao-1280');
    await chase.getByRole('link').click();
    await expect(page.getByTestId('board-status-overdue')).toHaveAttribute('aria-pressed', 'true');
  });

  test("the district office's to-do, at 1280 px and on a phone", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await login(page, 'vanphong.huyen');
    await expect(page.getByTestId('todo-list').getByTestId('todo-report')).toContainText('Quý IV/2026');
    await settle(page);
    await shot(page, 'todo-vanphong-huyen-1280');
    await page.setViewportSize(PHONE);
    await expect(page.getByTestId('menu-toggle')).toBeVisible();
    await noSideways(page);
    await accessible(page);
    await shot(page, 'todo-vanphong-huyen-390');
  });
});

test.describe('members, on a phone', () => {
  for (const user of ['dangvien.danluc', 'dangvien.hopthanh']) {
    test(`${user}: the next conference with its materials, the QR, the year, the questions`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await login(page, user);
      const inv = (await (await page.request.get('/api/me/invitations')).json()) as { title: string; startsAt: string; endsAt: string }[];
      const next = inv.filter((i) => Date.parse(i.endsAt) >= Date.now()).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
      await expect(page.getByTestId('member-next')).toContainText(next.title);
      await expect(page.getByTestId('member-study')).toContainText('57-NQ/TW');
      await expect(page.getByTestId('my-qr').locator('img')).toBeVisible();
      await expect(page.getByTestId('member-year')).toContainText('Có mặt');
      await expect(page.getByTestId('my-questions')).toBeVisible();
      await settle(page);
      await noSideways(page);
      await accessible(page);
      await shot(page, `member-${user}-390`);
      await page.getByTestId('member-next').getByRole('link', { name: 'Xem hội nghị, đặt câu hỏi' }).click();
      await expect(page.getByTestId('me-conference-page')).toContainText(next.title);
    });
  }
});
