import { expect, test } from '@playwright/test';

test('the server answers /api/health in the browser', async ({ page }) => {
  const res = await page.goto('/api/health');
  expect(res?.status()).toBe(200);
  await expect(page.locator('body')).toContainText('"status":"ok"');
});
