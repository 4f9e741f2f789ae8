import { expect, test } from '@playwright/test';
import { login, pick } from './helpers';

// Forms (issue 7, item 7): Enter in a date field confirms the date and never submits the form; a typed date that
// does not exist stays on screen with a message; a person with the name and birth date of someone of the same
// commune is created only after the clerk confirms.

test('person form: Enter in a date field does not submit, an impossible date is explained, a duplicate asks first', async ({ page }) => {
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/people') posts.push(r.postData() ?? ''); });
  await login(page, 'vanphong.danluc');
  const name = `Lê Văn Thử ${Date.now() % 100000}`;

  await page.goto('/people/new');
  const form = page.getByTestId('person-form-page');
  await pick(page, page.locator('#person_orgId'), /^Chi bộ thôn 1(?!\d)/, 'chi bo thon 1');
  await page.locator('#person_fullName').fill(name);

  // 30/02/2024 does not exist: the text stays and a message says so, instead of the field silently emptying.
  const birth = page.locator('#person_birthDate');
  await birth.click();
  await birth.fill('30/02/2024');
  await page.locator('#person_fullName').click();
  await expect(form.getByTestId('date-problem')).toHaveText('Ngày 30/02/2024 không có thật, hãy nhập lại');
  await expect(birth).toHaveValue('30/02/2024');

  // A real date, confirmed with Enter: the picker takes it, the message goes, the form stays (nothing posted).
  await birth.click();
  await birth.fill('15/03/1980');
  await birth.press('Enter');
  await expect(page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')).toHaveCount(0);
  await expect(birth).toHaveValue('15/03/1980');
  await expect(form.getByTestId('date-problem')).toHaveCount(0);
  await page.locator('#person_phone').fill('0912 345 678');
  await expect(page.locator('#person_phone')).toHaveValue('0912 345 678');
  expect(new URL(page.url()).pathname).toBe('/people/new');
  expect(posts).toHaveLength(0);

  await form.getByRole('button', { name: 'Lưu' }).click();
  await page.waitForURL(/\/people\/\d+$/);
  expect(posts).toHaveLength(1);
  await page.screenshot({ path: test.info().outputPath('person-created.png') });

  // The same person again, in another cell of the same commune: the server names who exists; the clerk confirms.
  await page.goto('/people/new');
  await pick(page, page.locator('#person_orgId'), /^Chi bộ thôn 2(?!\d)/, 'chi bo thon 2');
  await page.locator('#person_fullName').fill(name);
  await page.locator('#person_birthDate').click();
  await page.locator('#person_birthDate').fill('15/03/1980');
  await page.locator('#person_birthDate').press('Enter');
  await expect(page.locator('#person_birthDate')).toHaveValue('15/03/1980');
  await page.getByTestId('person-form-page').getByRole('button', { name: 'Lưu' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Có thể đã có người này' });
  await expect(confirm).toContainText(`Đã có ${name}, sinh ngày 15/03/1980, ở Chi bộ thôn 1 · Đảng ủy xã Dân Lực`);
  await page.screenshot({ path: test.info().outputPath('person-duplicate.png') });
  await confirm.getByRole('button', { name: 'Vẫn thêm người mới' }).click();
  await page.waitForURL(/\/people\/\d+$/);
  expect(posts).toHaveLength(3);
  expect(JSON.parse(posts[2])).toMatchObject({ confirmDuplicate: true });
  await expect(page.getByText('Chi bộ thôn 2 · Đảng ủy xã Dân Lực').first()).toBeVisible();
});

test('conference form: Enter in the start field confirms the date and time only', async ({ page }) => {
  await login(page, 'vanphong.danluc');
  await page.goto('/conferences/new');
  const start = page.locator('#conference_startsAt');
  await start.click();
  await start.fill('31/04/2026 08:00');
  await start.press('Enter');
  await expect(page.getByTestId('conference-form-page').getByTestId('date-problem')).toHaveText('Ngày 31/04/2026 08:00 không có thật, hãy nhập lại');
  await start.fill('30/04/2026 08:00');
  await start.press('Enter');
  await expect(start).toHaveValue('30/04/2026 08:00');
  await expect(page.getByTestId('conference-form-page').getByTestId('date-problem')).toHaveCount(0);
  // Enter did not submit the half-filled form: no "required" messages under the other fields.
  await expect(page.getByTestId('conference-form-page').locator('.ant-form-item-explain-error')).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe('/conferences/new');
});
