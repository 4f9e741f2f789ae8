import { expect, test, type Page } from '@playwright/test';

// Words a clerk understands (issue 7, item 9), as the district leader sees them: the participation chart lists the
// worst units first, units before their deadline are grey ("chưa đến hạn"), and a resized window does not redraw it.

async function login(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('QuanTriet@2025');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

test('participation by unit: worst first, not-yet-due units neutral, the chart survives a resize', async ({ page }) => {
  await login(page, 'lanhdao.huyen');
  await page.getByTestId('menu-campaigns').click();
  await page.getByTestId('campaign-link').filter({ hasText: '57-NQ/TW' }).first().click();
  await page.getByRole('tab', { name: 'Tỷ lệ tham gia' }).click();
  const chart = page.getByTestId('rate-chart');
  await expect(chart.locator('canvas')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('participation-rate')).toHaveText(/^\d{1,3}(,\d)?%$/);
  // Mark the canvas: the same element must still be there after the window changes size (no re-created chart).
  await chart.locator('canvas').evaluate((c) => { (c as HTMLCanvasElement).dataset.mark = 'first'; });
  await page.setViewportSize({ width: 900, height: 800 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(chart.locator('canvas[data-mark="first"]')).toHaveCount(1);
  // The table below the chart: the first rows are the lowest rates past their deadline; those before it say so.
  const card = page.locator('.ant-card').filter({ hasText: 'Theo đơn vị' });
  const rates = await card.locator('tbody tr .ant-progress-text').allTextContents();
  const values = rates.map((r) => Number(r.replace('%', '').replace(',', '.')));
  const firstPending = await card.locator('tbody tr').evaluateAll((rows) => rows.findIndex((r) => r.querySelector('[data-testid="not-due"]')));
  const due = firstPending === -1 ? values : values.slice(0, firstPending);
  expect(due).toEqual([...due].sort((a, b) => a - b));
  await expect(card.getByTestId('not-due').first()).toContainText('Chưa đến hạn');
  await page.screenshot({ path: test.info().outputPath('participation.png'), fullPage: true });
});
