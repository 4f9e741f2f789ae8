import { expect, test } from '@playwright/test';
import { login, pick } from './helpers';

// The annual review (issue 9 item 4) as its users take it: the district's leader opens a commune's year from its page
// and decides its rating against the suggestion; a member reads their own year on a phone.

test('the district leader rates a commune for 2025, with the reason for differing from the suggestion', async ({ page }) => {
  await login(page, 'lanhdao.huyen');
  await page.getByTestId('menu-orgs').click();
  await page.getByTestId('org-search').fill('Dân Lực');
  await page.getByTestId('org-search-hit').filter({ hasText: 'Đảng ủy xã Dân Lực' }).first().click();
  await page.getByTestId('org-review').click();
  await pick(page, page.getByTestId('review-year'), 'Năm 2025');
  await expect(page.getByRole('heading', { name: 'Kiểm điểm, đánh giá, xếp loại năm 2025' })).toBeVisible();
  const decision = page.getByTestId('review-decision');
  // The suggestion rests on the records: the 2025 inspection found shortcomings.
  await expect(decision.getByTestId('review-suggested')).toHaveText('Hoàn thành nhiệm vụ');
  await expect(decision).toContainText('Kiểm tra, giám sát đánh giá còn hạn chế, yếu kém');
  await expect(page.getByText('Kết luận kiểm tra, giám sát trong năm')).toBeVisible();

  // Another rating needs its reason: the form says so before anything is saved.
  await pick(page, decision.getByTestId('review-rating'), 'Hoàn thành tốt nhiệm vụ');
  await decision.getByTestId('review-submit').click();
  await expect(decision.getByText('Ghi rõ lý do chọn mức khác với mức gợi ý')).toBeVisible();
  await decision.getByTestId('review-reason').fill('Đã khắc phục xong các hạn chế sau kiểm tra, được Ủy ban Kiểm tra nghiệm thu');
  await decision.getByTestId('review-submit').click();
  await expect(decision.getByTestId('review-saved')).toBeVisible();
  await expect(decision.getByTestId('review-decided')).toContainText('Hoàn thành tốt nhiệm vụ');
  await expect(decision.getByTestId('review-decided')).toContainText('Khác mức gợi ý');
  await page.screenshot({ path: 'test-results/review-unit.png', fullPage: true });
});

test('a member reads their own year on a phone, with no form to rate it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'dangvien.danluc');
  await page.goto('/me');
  await page.getByTestId('my-review').click();
  await expect(page.getByRole('heading', { name: /Kiểm điểm, đánh giá, xếp loại năm \d{4}/ })).toBeVisible();
  await expect(page.getByTestId('review-attendance')).toContainText('Được mời');
  await expect(page.getByTestId('review-decision').getByTestId('review-suggested')).toBeVisible();
  await expect(page.getByTestId('review-form')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/review-member-390.png', fullPage: true });
});
