import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readDocx } from '../tests/docx-reader';
import { login } from './helpers';

// Issue 9 item 3, as the commune clerk of Dân Lực does it: open a campaign, draw up the report on the results of the
// study with the narrative prefilled from the records, edit it, issue it, and get the Word file in the Party layout.

const PHONE = { width: 390, height: 844 };

async function noSidewaysScroll(page: Page) {
  const [w, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(w, 'the page scrolls sideways').toBeLessThanOrEqual(cw);
}

test('a commune clerk issues the campaign report from the campaign page and downloads the .docx', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(PHONE);
  await login(page, 'vanphong.danluc');
  const list = (await (await page.request.get('/api/campaigns?pageSize=50')).json()) as { items: { id: number; title: string }[] };
  const camp = list.items[0];
  expect(camp, 'the demo gives Dân Lực campaigns').toBeTruthy();
  const me = (await (await page.request.get('/api/auth/me')).json()) as { grants: { orgId: number; orgName: string }[] };
  const unit = me.grants[0];
  const part = (await (await page.request.get(`/api/campaigns/${camp.id}/participation?orgId=${unit.orgId}`)).json()) as { total: { invited: number; attended: number } };

  await page.goto(`/campaigns/${camp.id}`);
  await expect(page.getByTestId('campaign-page')).toBeVisible();
  await page.getByTestId('campaign-report').click();
  const dialog = page.getByTestId('report-dialog');
  await expect(dialog.getByTestId('report-figures')).toBeVisible();
  await expect(dialog.getByTestId('report-figures')).toContainText(`${part.total.attended.toLocaleString('vi-VN')}/${part.total.invited.toLocaleString('vi-VN')}`);
  const opening = dialog.getByLabel('Phần mở đầu (công tác lãnh đạo, chỉ đạo)');
  await expect(opening).toHaveValue(/^Thực hiện chỉ đạo của cấp trên/);
  await opening.fill('Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy, Đảng ủy xã đã tổ chức học tập nghiêm túc (đoạn văn phòng đã sửa).');
  await page.screenshot({ path: 'test-results/paperwork/report-dialog-390.png' });
  await noSidewaysScroll(page);

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('modal-ok').click()]);
  expect(download.suggestedFilename()).toMatch(/-BC-ĐU Bao cao ket qua hoc tap\.docx$/);
  const doc = await readDocx(await readFile(await download.path()));
  expect(doc.find('ĐẢNG CỘNG SẢN VIỆT NAM')).toMatchObject({ bold: true, rule: true });
  expect(doc.find(unit.orgName.toLocaleUpperCase('vi'))).toMatchObject({ bold: true });
  expect(doc.find(/^Số \d{2,}-BC\/ĐU$/)).toBeTruthy();
  expect(doc.find(/^Dân Lực, ngày \d{2} tháng \d{1,2} năm \d{4}$/)).toMatchObject({ italic: true });
  expect(doc.find('BÁO CÁO')).toMatchObject({ bold: true });
  expect(doc.find(/đoạn văn phòng đã sửa/)).toBeTruthy();
  expect(doc.find(new RegExp(`^Tổng số người được mời: ${part.total.invited.toLocaleString('vi-VN').replace('.', '\\.')};`))).toBeTruthy();
  await expect(page.getByTestId('report-issued')).toBeVisible();
  await page.screenshot({ path: 'test-results/paperwork/report-issued-390.png' });

  // The report is in the registry with its symbol and the file attached.
  await page.getByTestId('report-issued').getByRole('link').click();
  await expect(page.getByText(/\d{2,}-BC\/ĐU/).first()).toBeVisible();
  await expect(page.getByText(/Bao cao ket qua hoc tap\.docx/).first()).toBeVisible();
});
