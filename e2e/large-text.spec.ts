import { expect, test, type Locator } from '@playwright/test';
import { BUSY, login } from './helpers';
import { findIds, ROLES, sidewaysScroll, visits } from './pages';

// "Larger text" on the member's page (390 px phone): turned on there, kept on the device, and every other page
// follows — Ant Design's text and the app's own — while no page scrolls sideways.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const px = (loc: Locator) => loc.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('larger text: switched on on my page, every page grows and still fits the phone', async ({ page }) => {
  test.setTimeout(300_000);
  await login(page, 'dangvien.danluc');
  const ids = await findIds(page);
  const all = visits(ids);

  // A page elsewhere, before: a document's fields and the page title.
  await page.goto('/documents');
  const field = page.getByTestId('documents-table').locator('.data-card-fields dd').first();
  const title = page.locator('.page-header h1');
  await expect(field).toBeVisible();
  const [fieldBefore, titleBefore] = [await px(field), await px(title)];

  await page.goto('/me');
  const toggle = page.getByRole('switch', { name: 'Chữ lớn hơn' });
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(toggle).toBeChecked();
  // At once on the page itself (its own text grows).
  await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(18);
  await page.screenshot({ path: 'test-results/large-text/me.png', fullPage: true });

  // Kept on this device: a new load of another page has it too.
  await page.goto('/documents');
  await expect(field).toBeVisible();
  expect(await px(field)).toBeGreaterThanOrEqual(fieldBefore * 1.15);
  expect(await px(title)).toBeGreaterThan(titleBefore);
  await page.screenshot({ path: 'test-results/large-text/documents.png', fullPage: true });

  // Every page of the member, with it on: nothing wider than the phone.
  for (const key of ROLES['dangvien.danluc']) {
    const v = all[key];
    if (!v.path) continue;
    await test.step(v.name, async () => {
      await page.goto(v.path!);
      await expect(v.ready(page)).toBeVisible({ timeout: 30_000 });
      await expect(page.locator(BUSY)).toHaveCount(0, { timeout: 30_000 });
      expect.soft(await sidewaysScroll(page), `${v.name} scrolls sideways with larger text`).toEqual([]);
      await page.screenshot({ path: `test-results/large-text/${v.name}.png`, fullPage: true });
    });
  }

  // Off again: back to the usual size.
  await page.goto('/me');
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await page.goto('/documents');
  await expect(field).toBeVisible();
  expect(await px(field)).toBe(fieldBefore);
});
