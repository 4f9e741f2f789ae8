import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { BUSY, login } from './helpers';
import { findIds, ROLES, visits, type Visit } from './pages';

// WCAG 2.1 AA as axe-core checks it, on every page of the app (the list mobile.spec walks) at desktop (1280 px) and
// phone (390 px) width: each page is opened once, checked wide, narrowed to the phone's width (the layout follows
// the window) and checked again. A violation of impact serious or critical fails; each is printed with its rule,
// impact and first selectors. One login per role; a page already checked for an earlier role is not checked
// again, except the pages whose content is the user's own (home, my page). Counts per page and rule (every
// impact) land in test-results/a11y/<role>.json.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const WIDTHS = [DESKTOP, PHONE];
/** The clerk first: the check-in pages are theirs. */
const ORDER = ['vanphong.danluc', 'admin', 'dangvien.danluc', 'lanhdao.huyen', 'baocaovien', 'kiemtra.huyen'];
const OWN = new Set(['home', 'me', 'meConference']);
const BLOCKING = new Set(['serious', 'critical']);

function pagesFor(role: string): string[] {
  const earlier = new Set(ORDER.slice(0, ORDER.indexOf(role)).flatMap((r) => ROLES[r]));
  return ROLES[role].filter((k) => OWN.has(k) || !earlier.has(k));
}

type Counts = Record<string, Record<string, number>>;

/** Runs axe on what is on screen; returns the blocking violations as printable lines and counts every rule. */
async function audit(page: Page, where: string, counts: Counts): Promise<string[]> {
  // Legacy mode runs in the page itself (no helper page per run): the app has no cross-origin frames to merge.
  const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  const lines: string[] = [];
  const mine: Record<string, number> = (counts[where] = {});
  for (const v of result.violations) {
    mine[`${v.id} (${v.impact})`] = v.nodes.length;
    if (!BLOCKING.has(v.impact ?? '')) continue;
    const targets = v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ');
    lines.push(`${where}: ${v.id} [${v.impact}] ×${v.nodes.length}: ${targets}`);
  }
  return lines;
}

async function settle(page: Page) {
  await expect(page.locator(BUSY)).toHaveCount(0, { timeout: 30_000 });
  // Colours are read once the opening motion of a modal, a drawer or a tab has settled.
  await expect(page.locator('.ant-zoom-appear, .ant-zoom-enter, .ant-fade-appear, .ant-fade-enter, [class*="-motion-"][class*="-enter"]')).toHaveCount(0);
}

/** To the phone's width; the app's shell shows its menu button once its layout has followed. */
async function narrow(page: Page) {
  await page.setViewportSize(PHONE);
  if (await page.locator('.app-layout').count()) await expect(page.getByTestId('menu-toggle')).toBeVisible();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function visit(page: Page, v: Visit) {
  await page.goto(v.path!);
  await expect(v.ready(page)).toBeVisible({ timeout: 30_000 });
  if (v.act) await v.act(page);
  await settle(page);
}

function save(name: string, counts: Counts) {
  mkdirSync('test-results/a11y', { recursive: true });
  writeFileSync(`test-results/a11y/${name}.json`, JSON.stringify(counts, null, 1));
}

test('axe: the login page at 1280 and 390 px', async ({ page }) => {
  const counts: Counts = {};
  const problems: string[] = [];
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await page.goto('/login');
    await expect(page.getByTestId('login-submit')).toBeVisible();
    problems.push(...(await audit(page, `login@${size.width}`, counts)));
  }
  save('login', counts);
  expect(problems, problems.join('\n')).toEqual([]);
});

for (const role of ORDER) {
  test(`axe: every page of ${role} at 1280 and 390 px`, async ({ page }) => {
    test.setTimeout(900_000);
    await login(page, role);
    const all = visits(await findIds(page));
    const counts: Counts = {};
    const problems: string[] = [];
    for (const key of pagesFor(role)) {
      const v = all[key];
      if (!v.path) continue;
      await test.step(v.name, async () => {
        try {
          await page.setViewportSize(DESKTOP);
          await visit(page, v);
          problems.push(...(await audit(page, `${v.name}@${DESKTOP.width}`, counts)));
          await narrow(page);
          await expect(v.ready(page)).toBeVisible();
          await settle(page);
          problems.push(...(await audit(page, `${v.name}@${PHONE.width}`, counts)));
        } catch (e) {
          problems.push(`${v.name}: could not be checked: ${(e as Error).message.split('\n')[0]}`);
        }
        save(role, counts);
      });
    }
    // The phone's menu drawer, open.
    await page.goto('/');
    await narrow(page);
    await page.getByTestId('menu-toggle').click();
    await expect(page.getByTestId('nav-drawer').getByTestId('main-menu')).toBeVisible();
    await settle(page);
    problems.push(...(await audit(page, `menu-drawer@${PHONE.width}`, counts)));
    save(role, counts);
    if (problems.length) console.log(`${role}:\n${problems.join('\n')}`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
