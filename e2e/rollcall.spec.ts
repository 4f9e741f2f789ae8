import { expect, test } from '@playwright/test';

// Roll call on a phone: the commune clerk opens the running district conference at the commune's point, narrows
// the list to one cell, marks two people, saves, then marks everyone else absent after confirming.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('roll call: nobody excused by default, mark a few and save, then mark everyone else absent with confirmation', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-username').fill('vanphong.danluc');
  await page.getByTestId('login-password').fill('QuanTriet@2025');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('home-page')).toBeVisible();

  // The running demo conference followed in Dân Lực and Hợp Thành, at Dân Lực's point.
  const confs = await (await page.request.get('/api/conferences?pageSize=50')).json();
  const conf = confs.items.find((c: { title: string }) => c.title.startsWith('Hội nghị trực tuyến quán triệt Nghị quyết 57-NQ/TW'));
  const detail = await (await page.request.get(`/api/conferences/${conf.id}`)).json();
  const point = detail.bridgePoints.find((b: { name: string }) => b.name.includes('Dân Lực'));
  await page.goto(`/checkin/roll-call?c=${conf.id}&b=${point.id}`);

  // One cell: not the member login's village cell, which other suites check in.
  const cell = page.getByTestId('roll-call-cell');
  await cell.click();
  await page.keyboard.type('Chi bộ thôn 5');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  const rows = page.getByTestId('roll-call-row');
  await expect(rows.first()).toBeVisible();
  // The previous list stays on screen until the cell's arrives: wait until every row is of the cell.
  await expect(rows.filter({ hasNotText: 'Chi bộ thôn 5' })).toHaveCount(0);
  // Those not scanned yet are "not marked", with no choice made for them.
  const unmarked = rows.filter({ has: page.getByTestId('roll-call-not-marked') });
  await expect(unmarked.first()).toBeVisible();
  // By name: once marked, a row is no longer among the not marked.
  const firstName = (await unmarked.nth(0).locator('strong').textContent())!;
  const secondName = (await unmarked.nth(1).locator('strong').textContent())!;
  const first = rows.filter({ hasText: firstName });
  const second = rows.filter({ hasText: secondName });
  await first.getByText('Có mặt', { exact: true }).click();
  await second.getByText('Vắng có lý do', { exact: true }).click();
  await second.getByPlaceholder('Lý do (nếu có)').fill('Đi công tác');
  await expect(page.getByTestId('roll-call-summary')).toContainText('2 thay đổi chưa lưu');

  // The save sits on the screen, however long the list.
  const save = page.getByTestId('roll-call-save');
  await expect(save).toBeInViewport();
  await save.click();
  await expect(page.getByText('Đã lưu điểm danh')).toBeVisible();
  await expect(rows.filter({ hasText: firstName }).locator('.lt-tag-green')).toBeVisible();
  await expect(rows.filter({ hasText: secondName }).getByPlaceholder('Lý do (nếu có)')).toHaveValue('Đi công tác');
  await expect(page.getByTestId('roll-call-summary')).not.toContainText('thay đổi chưa lưu');
  await page.screenshot({ path: 'test-results/rollcall-390-saved.png', fullPage: false });

  // Everyone else of the cell: an explicit action, confirmed first.
  await page.getByTestId('roll-call-rest').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Ghi vắng không lý do?');
  await expect(dialog).toContainText('người chưa điểm danh');
  await page.screenshot({ path: 'test-results/rollcall-390-confirm.png', fullPage: false });
  await page.getByTestId('roll-call-rest-ok').click();
  await expect(page.getByText(/Đã ghi vắng không lý do \d+ người/)).toBeVisible();
  await expect(page.getByTestId('roll-call-summary')).toContainText('Chưa điểm danh: 0');
  await expect(unmarked).toHaveCount(0);
  await expect(page.getByTestId('roll-call-rest')).toBeDisabled();
  await page.screenshot({ path: 'test-results/rollcall-390-done.png', fullPage: false });
});
