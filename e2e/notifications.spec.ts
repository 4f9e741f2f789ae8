// A reminder reaches people: the district's office reminds Dân Lực from the board of reports; the commune's clerk sees
// the bell's count and the message in the inbox, and follows its link to the report form — on a desk and on a phone.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { login } from './helpers';

type Period = { id: number; label: string; dueOn: string };

/** A past period of the district's program where Dân Lực is late (the demo has some), through the board's own API. */
async function latePeriod(page: Page): Promise<{ period: Period; orgId: number }> {
  const periods = ((await (await page.request.get('/api/programs/1/reporting')).json()) as { periods: Period[] }).periods;
  const today = new Date().toISOString().slice(0, 10);
  for (const p of periods.filter((x) => x.dueOn < today).reverse()) {
    const b = (await (await page.request.get(`/api/programs/1/report-board?periodId=${p.id}&status=late&pageSize=200`)).json()) as { items: { orgId: number; orgName: string }[] };
    const row = b.items.find((r) => r.orgName === 'Đảng ủy xã Dân Lực');
    if (row) return { period: p, orgId: row.orgId };
  }
  throw new Error('the demo has no period where Dân Lực is late');
}

async function remindDanLuc(browser: Browser, message: string) {
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const d = await desk.newPage();
  await login(d, 'vanphong.huyen');
  const { period, orgId } = await latePeriod(d);
  await d.goto(`/programs/1/report-board?period=${period.id}`);
  await d.getByTestId(`remind-${orgId}`).click({ timeout: 30_000 });
  await d.getByTestId('reminder-message').fill(message);
  await d.getByTestId('reminder-confirm').click();
  await expect(d.getByText('Đã gửi nhắc 1 đơn vị')).toBeVisible();
  await desk.close();
  return period;
}

for (const width of [1280, 390]) {
  test(`the commune clerk sees the board's reminder in the inbox and follows it, at ${width} px`, async ({ browser }) => {
    test.setTimeout(180_000);
    const message = `Đề nghị nộp báo cáo ngay (${width} px).`;
    const period = await remindDanLuc(browser, message);

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
    await expect(item).toContainText(`Nhắc nộp báo cáo: ${period.label}`);
    await expect(item).toContainText('Văn phòng Huyện ủy Triệu Sơn nhắc Đảng ủy xã Dân Lực nộp báo cáo');
    await expect(item).toContainText('Chưa đọc');
    await page.screenshot({ path: test.info().outputPath(`inbox-${width}.png`), fullPage: true });
    const doc = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(doc.scroll).toBeLessThanOrEqual(doc.client);

    await item.getByTestId('notice-open').click();
    await expect(page).toHaveURL(/\/report-periods\/\d+$/);
    await expect(page.getByTestId('report-form')).toBeVisible({ timeout: 30_000 });
    // Opened: one fewer unread on the bell.
    await expect(async () => {
      const n = (await page.getByTestId('bell-count').count()) ? Number(await page.getByTestId('bell-count').textContent()) : 0;
      expect(n).toBe(unread - 1);
    }).toPass({ timeout: 10_000 });
    await ctx.close();
  });
}
