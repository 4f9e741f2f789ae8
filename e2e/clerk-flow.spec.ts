import { expect, test } from '@playwright/test';

// A commune office clerk logs in, opens the org tree, finds a resolution typed without diacritics and opens it.
test('commune clerk: tree, diacritic-free document search, document detail', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('login-username').fill('vanphong.danluc');
  await page.getByTestId('login-password').fill('QuanTriet@2025');
  await page.getByTestId('login-submit').click();

  await page.getByTestId('menu-orgs').click();
  const tree = page.getByTestId('org-tree');
  await expect(tree).toContainText('Đảng ủy xã Dân Lực');
  await expect(tree).toContainText('Chi bộ thôn 1');
  // Another commune is outside this clerk's subtree.
  await expect(tree).not.toContainText('Hợp Thành');

  await page.getByTestId('menu-documents').click();
  await page.getByTestId('document-search').fill('nghi quyet dai hoi xviii');
  await page.getByTestId('document-search').press('Enter');
  const table = page.getByTestId('documents-table');
  await expect(table).toContainText('Nghị quyết Đại hội Đảng bộ huyện Triệu Sơn lần thứ XVIII');
  await table.getByTestId('document-link').first().click();

  const detail = page.getByTestId('document-detail');
  await expect(page.getByTestId('document-title')).toContainText('Đại hội Đảng bộ huyện Triệu Sơn lần thứ XVIII');
  await expect(detail).toContainText('NQ/HU');
  await page.screenshot({ path: 'test-results/clerk-document-detail.png', fullPage: true });
});

test('a wrong password shows a Vietnamese error and no session', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('login-username').fill('vanphong.danluc');
  await page.getByTestId('login-password').fill('sai-mat-khau-1');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('Sai tên đăng nhập hoặc mật khẩu');
});

test('works at a phone width: the menu opens from the toggle', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  await page.goto('/');
  await page.getByTestId('login-username').fill('vanphong.danluc');
  await page.getByTestId('login-password').fill('QuanTriet@2025');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('menu-toggle').click();
  await page.getByTestId('menu-people').click();
  await expect(page.getByTestId('people-table')).toContainText('Nguyễn');
  await page.screenshot({ path: 'test-results/phone-people.png' });
  await page.close();
});
