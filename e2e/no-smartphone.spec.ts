import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { login, pick } from './helpers';

// Issue 13 item 6, as the commune clerk of Dân Lực does it: print the QR cards of a cell for the members without a
// smartphone, record who listened to the loudspeaker broadcast, and see participation counted by method.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function noSidewaysScroll(page: Page) {
  const [w, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(w, 'the page scrolls sideways').toBeLessThanOrEqual(cw);
}

test('a commune clerk prints a cell’s QR cards, records a listening list and sees participation by method', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(DESKTOP);
  await login(page, 'vanphong.danluc');
  const from = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  const confs = (await (await page.request.get(`/api/conferences?pageSize=100&from=${from}`)).json()) as { items: { id: number; format: string; campaignId: number; title: string }[] };
  const radio = confs.items.find((c) => c.format === 'radio')!;
  expect(radio, 'the demo has a loudspeaker conference in Dân Lực').toBeTruthy();
  const units = (await (await page.request.get(`/api/conferences/${radio.id}/listening`)).json()) as { units: { orgId: number; orgName: string }[] };
  const cell = units.units.find((u) => u.orgName.startsWith('Chi bộ'))!;

  // The cell's page: "Print QR check-in cards" downloads a Word file with the cell's members.
  await page.goto(`/orgs/${cell.orgId}`);
  await expect(page.getByTestId('org-name')).toBeVisible();
  await page.getByTestId('print-cards').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-cards-2x5').click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain(cell.orgName);
  expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/')).length).toBeGreaterThan(0);

  // The radio conference's page leads to the listening record; the clerk narrows it to the cell.
  await page.goto(`/conferences/${radio.id}`);
  await page.getByTestId('open-listening').click();
  await expect(page.getByTestId('listening-page')).toBeVisible();
  await pick(page, page.getByTestId('listening-unit'), cell.orgName);
  await expect(page.getByTestId('listening-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/no-smartphone/listening-1280.png', fullPage: true });
  await noSidewaysScroll(page);
  const summary = page.getByTestId('listening-summary');
  const before = Number((await summary.textContent())!.match(/Đã nghe: ([\d.]+)/)![1].replace(/\./g, ''));
  const box = page.getByRole('checkbox', { name: /^Đã nghe: /, checked: false }).first();
  await box.check();
  await expect(summary).toContainText(`Đã nghe: ${(before + 1).toLocaleString('vi-VN')}`);
  await page.getByTestId('listening-save').click();
  await expect(page.getByText(/Đã lưu: thêm 1/)).toBeVisible();

  // Participation by method: on the listening page, the conference's live tab and the campaign's panel.
  await expect(page.getByTestId('method-listening')).toContainText(/Ghi nhận nghe đài: \d/);
  await page.goto(`/conferences/${radio.id}?tab=live`);
  await expect(page.getByTestId('live-attendance').getByTestId('method-listening')).toBeVisible();
  await page.goto(`/campaigns/${radio.campaignId}?tab=participation`);
  await expect(page.getByTestId('participation-panel').getByTestId('method-listening')).toContainText(/\d/);
  await expect(page.getByTestId('participation-panel').getByTestId('method-card')).toBeVisible();
  await page.screenshot({ path: 'test-results/no-smartphone/participation-1280.png', fullPage: true });

  // The same pages on a phone.
  await page.setViewportSize(PHONE);
  await page.goto(`/checkin/listening?c=${radio.id}&o=${cell.orgId}`);
  await expect(page.getByTestId('listening-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/no-smartphone/listening-390.png' });
  await noSidewaysScroll(page);
  await page.goto(`/campaigns/${radio.campaignId}?tab=participation`);
  await expect(page.getByTestId('participation-panel').getByTestId('method-counts')).toBeVisible();
  await page.screenshot({ path: 'test-results/no-smartphone/participation-390.png', fullPage: true });
  await noSidewaysScroll(page);
  await page.goto(`/orgs/${cell.orgId}`);
  await expect(page.getByTestId('print-cards')).toBeVisible();
  await page.screenshot({ path: 'test-results/no-smartphone/org-390.png', fullPage: true });
  await noSidewaysScroll(page);
});
