// A commune clerk files the quarter's report on a phone; the district's office sees it on the board of reports,
// the late units first, and reminds one of them.
import { expect, test } from '@playwright/test';
import { BUSY, login, pick } from './helpers';

test('a commune files its quarterly report at 390 px; the district sees the board, late first, and reminds', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await phone.newPage();
  await login(page, 'vanphong.danluc');
  await page.goto('/reports');
  // The commune's own program (built from the district's) among the two it sees.
  const programs = (await (await page.request.get('/api/programs')).json()) as { items: { id: number; parentProgramId: number | null }[] };
  const own = programs.items.find((p) => p.parentProgramId === 1)!;
  await expect(page.getByText('Chương trình hành động của Đảng ủy xã Dân Lực thực hiện Nghị quyết Đại hội Đảng bộ huyện')).toBeVisible();
  await page.getByTestId(`program-reports-${own.id}`).click();
  await expect(page.getByTestId('reporting-settings')).toContainText('Báo cáo theo kỳ của chương trình cấp trên: Hằng quý');
  // The period to do comes first: the current quarter (or a late one).
  await page.getByText('Lập báo cáo').first().click();
  const form = page.getByTestId('report-form');
  await expect(form).toBeVisible();
  await expect(page.locator(BUSY)).toHaveCount(0);
  const title = await page.locator('h1').textContent();
  expect(title).toMatch(/^Báo cáo Quý (I|II|III|IV)\/\d{4}$/);

  // Each target with the input of its kind, its last value and its target beside it.
  const ntm = page.locator('.report-row').filter({ hasText: 'Xã đạt chuẩn nông thôn mới nâng cao' });
  await expect(ntm).toContainText('Lần trước:');
  await ntm.getByRole('switch').click();
  const number = (indicator: string) => page.locator('.report-row').filter({ hasText: indicator }).locator('input');
  await number('Tốc độ tăng trưởng').fill('10.2');
  await number('Thu nhập bình quân').fill('64.5');
  await number('Kết nạp đảng viên mới').fill('41');
  const task = page.locator('[data-testid^="report-task-"]').first();
  await pick(page, task.getByTestId('report-task-status'), 'Hoàn thành');
  await task.getByTestId('report-task-note').fill('Đã hoàn thành, có biên bản nghiệm thu');
  await page.getByTestId('report-narrative').fill('Quý này xã duy trì các tiêu chí nông thôn mới nâng cao, kết nạp thêm đảng viên.');
  // The actions stay within the phone's width.
  const box = await page.getByTestId('report-submit').boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await page.getByTestId('report-save').click();
  await expect(page.getByText('Đã lưu nháp')).toBeVisible();
  await page.getByTestId('report-submit').click();
  await page.getByTestId('report-confirm').click();
  await expect(page.getByText('Đã nộp báo cáo', { exact: true })).toBeVisible();
  await expect(form.getByText('Đã nộp', { exact: true })).toBeVisible();
  await expect(page.getByTestId('report-submit')).toHaveText(/Nộp lại/);
  const period = title!.replace('Báo cáo ', '');
  await phone.close();

  // The district's office: the board, late first; the commune's report is there for its quarter.
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const d = await desk.newPage();
  await login(d, 'vanphong.huyen');
  await d.goto('/programs/1/report-board');
  const board = d.getByTestId('board-table');
  await expect(board.locator('tbody tr').first()).toContainText('Chậm, chưa nộp');
  await expect(d.getByTestId('board-counts')).toContainText(/Chậm, chưa nộp \(\d+\)/);
  // Remind the first late unit.
  const first = board.locator('tbody tr').first();
  const unit = (await first.locator('td').first().textContent())!;
  await first.getByRole('button', { name: 'Nhắc' }).click();
  await d.getByTestId('reminder-message').fill('Đề nghị nộp báo cáo trước thứ Sáu.');
  await d.getByTestId('reminder-confirm').click();
  await expect(d.getByText('Đã gửi nhắc 1 đơn vị')).toBeVisible();
  await expect(board.locator('tbody tr').filter({ hasText: unit }).first()).toContainText(/Đã nhắc \d+ lần/);
  // The quarter the commune just filed: Dân Lực is there, submitted.
  await pick(d, d.getByTestId('board-period'), new RegExp(`^${period.replace(/[/]/g, '\\/')} `));
  await expect(board.locator('tbody tr').filter({ hasText: 'Đảng ủy xã Dân Lực' })).toContainText(/Đúng hạn|Nộp muộn/);
  await desk.close();
});
