import { expect, test, type Locator, type Page } from '@playwright/test';
import { findIds, ROLES, sidewaysScroll, visits, type Visit } from './pages';

// Every page of the app at a phone's width (390 × 844), for each role that uses it: the page must not
// scroll sideways (nor any box inside it), and the facts a clerk reads first must be on screen.
// A full-page screenshot of each lands in test-results/mobile/<role>-<page>.png.

const WIDTH = 390;
const PASSWORD = 'QuanTriet@2025';
test.use({ viewport: { width: WIDTH, height: 844 }, hasTouch: true, isMobile: true });

async function login(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('home-page')).toBeVisible();
}

/** A key fact is shown, and inside the screen's width (not cut off at the right edge). */
async function expectOnScreen(loc: Locator, what: string) {
  const first = loc.first();
  await expect.soft(first, `${what} is visible`).toBeVisible({ timeout: 20_000 });
  const box = await first.boundingBox();
  if (box) expect.soft(box.x >= -1 && box.x + box.width <= WIDTH + 1, `${what} fits the screen (x=${Math.round(box.x)}, w=${Math.round(box.width)})`).toBe(true);
}

/** Visits one page; a page that fails is reported and the others are still visited. */
async function check(page: Page, role: string, v: Visit, failures: string[]) {
  if (!v.path) return;
  await test.step(`${role}: ${v.name}`, async () => {
    try {
      await page.goto(v.path!);
      // Generous: on a busy machine a page and its first query can take a while.
      await expect(v.ready(page)).toBeVisible({ timeout: 30_000 });
      if (v.act) await v.act(page);
      // Loading placeholders gone: the lists on screen have their rows.
      await expect(page.locator('.ant-skeleton-active, .ant-spin-spinning')).toHaveCount(0, { timeout: 30_000 });
      for (const [loc, what] of v.keys?.(page) ?? []) await expectOnScreen(loc, `${v.name}: ${what}`);
      expect.soft(await sidewaysScroll(page), `${v.name} scrolls sideways`).toEqual([]);
    } catch (e) {
      failures.push(`${v.name}: ${(e as Error).message.split('\n').filter((l) => l.trim()).slice(0, 3).join(' ')}`);
    }
    // A modal is looked at where it opens; a page whole.
    await page.screenshot({ path: `test-results/mobile/${role}-${v.name}.png`, fullPage: !v.act });
  });
}

for (const [role, pages] of Object.entries(ROLES)) {
  test(`390 px: every page of ${role} fits the phone`, async ({ page }) => {
    test.setTimeout(600_000);
    await login(page, role);
    const ids = await findIds(page);
    const all = visits(ids);
    const failures: string[] = [];
    for (const key of pages) await check(page, role, all[key], failures);
    expect(failures, 'pages that could not be checked').toEqual([]);
  });
}

test('390 px: the menu opens in a drawer and the header fits', async ({ page }) => {
  await login(page, 'vanphong.danluc');
  expect(await sidewaysScroll(page)).toEqual([]);
  await page.getByTestId('menu-toggle').click();
  await expect(page.getByTestId('nav-drawer').getByTestId('menu-documents')).toBeVisible();
  await page.screenshot({ path: 'test-results/mobile/vanphong.danluc-menu.png' });
  await page.getByTestId('nav-drawer').getByTestId('menu-documents').click();
  await expect(page.getByTestId('documents-table')).toBeVisible();
  await expect(page.getByTestId('nav-drawer')).toBeHidden();
});
