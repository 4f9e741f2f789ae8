import { expect, type Locator, type Page } from '@playwright/test';

// What several browser tests do the same way: the demo password, signing in through the login form, and picking
// an option of an Ant Design select or of a native one (the light pages).

export const PASSWORD = 'QuanTriet@2025';
/** What shows while a page loads (Ant Design's skeleton and spinner, the light components' lt-busy): wait until none is left. */
export const BUSY = '.ant-skeleton-active, .ant-spin-spinning, .lt-busy';

/** Signs in through the login form, as a user does. */
export async function login(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Open an antd select (by its input or a wrapper), optionally type to search, then click the option showing `text`. */
export async function pick(page: Page, trigger: Locator, text: string | RegExp, search?: string, multiple = false) {
  // The list that is opening, not one still fading out from the previous field.
  const list = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-slide-up-leave)').last();
  await expect(async () => {
    if (!(await list.isVisible())) await trigger.click();
    await expect(list).toBeVisible({ timeout: 2000 });
    if (search && !(await list.locator('.ant-select-item-option').filter({ hasText: text }).count())) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(search);
    }
    await list.locator('.ant-select-item-option').filter({ hasText: text }).first().click({ timeout: 5000 });
    // A single select closes once chosen; a list still open means the click missed.
    if (!multiple) await expect(list).toBeHidden({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}

/** Choose the option of a native <select> whose text contains `text` (once the list has it), as a user does. */
export async function choose(select: Locator, text: string | RegExp) {
  const option = select.locator('option').filter({ hasText: text }).first();
  await expect(option).toBeAttached({ timeout: 30_000 });
  await select.selectOption(await option.getAttribute('value'));
}

/** The option a native <select> shows: `expect(chosen(select)).toContainText(…)`. */
export const chosen = (select: Locator) => select.locator('option:checked');
