// A reminder reaches people: the district reminds Dân Lực from the campaign's board; the commune's clerk sees the bell's
// count and the message in the inbox, and follows its link to the campaign — on a desk and on a phone.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { login, pick } from './helpers';

/** The running campaign with an obligation for Dân Lực (the demo's second campaign), through the API the pages use. */
async function currentCampaign(page: Page) {
  const list = ((await (await page.request.get('/api/campaigns?pageSize=20')).json()) as { items: { id: number; title: string; status: string; deadline: string }[] }).items;
  return list.filter((c) => c.status === 'active').sort((a, b) => b.deadline.localeCompare(a.deadline))[0];
}

/**
 * The district reminds Dân Lực from the campaign's board. Reminders on that board are the leadership's and the
 * propaganda commission's (campaign.remind); on the board of reports, where the office reminds, Dân Lực is never late.
 */
async function remindDanLuc(browser: Browser, message: string) {
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const d = await desk.newPage();
  await login(d, 'tuyengiao.huyen');
  const campaign = await currentCampaign(d);
  await d.goto(`/campaigns/${campaign.id}`);
  const board = d.getByTestId('campaign-board');
  await pick(d, board.getByRole('combobox', { name: /Chọn đơn vị/ }), /Đảng ủy xã Dân Lực/, 'Dân Lực');
  // The commune's own row, not one of its cells (named "Chi bộ … · Đảng ủy xã Dân Lực").
  const row = board.locator('tbody tr.ant-table-row').filter({ has: d.getByText('Đảng ủy xã Dân Lực', { exact: true }) }).first();
  await row.locator('input[type=checkbox]').check({ timeout: 30_000 });
  await d.getByTestId('send-reminder').click();
  await d.getByTestId('reminder-message').fill(message);
  await d.getByTestId('reminder-confirm').click();
  await expect(d.getByText(/Đã gửi 1 nhắc nhở/)).toBeVisible({ timeout: 30_000 });
  await desk.close();
  return campaign;
}

for (const width of [1280, 390]) {
  test(`the commune clerk sees the board's reminder in the inbox and follows it, at ${width} px`, async ({ browser }) => {
    test.setTimeout(180_000);
    const message = `Đề nghị nộp báo cáo ngay (${width} px).`;
    const campaign = await remindDanLuc(browser, message);

    const ctx = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 }, isMobile: width < 600, hasTouch: width < 600, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await ctx.newPage();
    await login(page, 'vanphong.danluc');
    const bell = page.getByTestId('bell');
    await expect(page.getByTestId('bell-count')).toHaveText(/^\d+$/);
    const unread = Number(await page.getByTestId('bell-count').textContent());
    expect(unread).toBeGreaterThan(0);
    await expect(bell).toHaveAccessibleName(`Thông báo: ${unread} chưa đọc`);
    await bell.click();
    await expect(page).toHaveURL(/\/notifications$/);
    const item = page.getByTestId('notice').filter({ hasText: message });
    await expect(item).toBeVisible();
    await expect(item).toContainText(`Nhắc việc: ${campaign.title}`);
    await expect(item).toContainText('nhắc Đảng ủy xã Dân Lực tổ chức học tập, quán triệt');
    await expect(item).toContainText('Chưa đọc');
    await page.screenshot({ path: test.info().outputPath(`inbox-${width}.png`), fullPage: true });
    const doc = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(doc.scroll).toBeLessThanOrEqual(doc.client);

    await item.getByTestId('notice-open').click();
    await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.id}$`));
    await expect(page.getByTestId('campaign-board')).toBeVisible({ timeout: 30_000 });
    // Opened: one fewer unread on the bell.
    await expect(async () => {
      const n = (await page.getByTestId('bell-count').count()) ? Number(await page.getByTestId('bell-count').textContent()) : 0;
      expect(n).toBe(unread - 1);
    }).toPass({ timeout: 10_000 });
    await ctx.close();
  });
}
