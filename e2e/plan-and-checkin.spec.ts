import { expect, test, type Page } from '@playwright/test';
import { choose, chosen, login, pick } from './helpers';

// Issue 7, item 4's "done when": a commune clerk plans an in-person conference the obvious way — title, time,
// hall, the audience left as offered, save — and checks people in at once, without touching bridge points or
// invitation lists. Then the same at a phone's width (390 px), with screenshots under test-results/.

const TITLE = 'Hội nghị quán triệt Nghị quyết tại xã Dân Lực (kế hoạch nhanh)';
const HALL = 'Hội trường UBND xã Dân Lực';
const PHONE = { width: 390, height: 844 };
const s = { confId: 0, names: [] as string[] };

/** dd/mm/yyyy hh:mm in Vietnam, as typed into the date field. */
function vnText(d: Date) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** At the check-in page: the conference picked, its only point chosen by itself; a name searched and marked. */
async function checkInByName(page: Page, name: string) {
  await choose(page.getByTestId('checkin-conference'), TITLE);
  await expect(chosen(page.getByTestId('checkin-bridge'))).toHaveText(HALL);
  await page.getByTestId('checkin-manual-search').fill(name);
  const row = page.getByTestId('checkin-manual-results').getByRole('listitem').filter({ has: page.locator('.lt-item-title', { hasText: new RegExp(`^${esc(name)}$`) }) });
  await row.getByTestId('checkin-manual-mark').click();
  const result = page.getByTestId('checkin-result');
  await expect(result).toContainText(name);
  await expect(result).toHaveAttribute('data-kind', 'ok');
}

async function liveTotal(page: Page) {
  await page.goto(`/conferences/${s.confId}?tab=live`);
  return page.getByTestId('live-total');
}

test.describe.serial('plan a conference the obvious way, then check in', () => {
  test('a commune clerk saves title, time and hall; the checklist shows it ready to check into', async ({ page }) => {
    await login(page, 'vanphong.danluc');
    await page.getByTestId('menu-conferences').click();
    await page.getByTestId('conference-create').click();
    const form = page.getByTestId('conference-form-page');
    // Defaults: the newest open campaign, the clerk's commune, the campaign's documents as materials.
    await expect(form.locator('#conference_orgId').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('Dân Lực');
    await expect(form.getByTestId('documents-field').locator('.ant-list-item').first()).toBeVisible();
    await expect(form.getByTestId('conference-audience')).toContainText('Toàn thể đảng viên');

    await page.getByTestId('conference-title').fill(TITLE);
    // Starting in ten minutes: check-in is open (it opens two hours before).
    const at = vnText(new Date(Date.now() + 10 * 60_000));
    await page.locator('#conference_startsAt').click();
    await page.locator('#conference_startsAt').fill(at);
    await page.locator('#conference_startsAt').press('Enter');
    await expect(page.locator('#conference_startsAt')).toHaveValue(at);
    await expect(page.locator('#conference_endsAt')).not.toHaveValue(''); // three hours, by default
    await page.getByTestId('conference-hall').fill(HALL);
    await page.screenshot({ path: 'test-results/plan-form.png', fullPage: true });
    await page.getByTestId('conference-save').click();

    await page.waitForURL(/\/conferences\/\d+$/);
    s.confId = Number(new URL(page.url()).pathname.split('/').pop());
    const list = page.getByTestId('setup-checklist');
    await expect(list).toBeVisible();
    for (const key of ['bridgePoints', 'invitations', 'hallQr', 'materials']) {
      await expect(list.getByTestId(`checklist-${key}`)).toHaveAttribute('data-state', 'done');
    }
    await expect(list.getByTestId('checklist-agenda')).toHaveAttribute('data-state', 'todo');
    await expect(list.getByTestId('checklist-invitations')).toContainText('tất cả đã có điểm cầu');
    await page.screenshot({ path: 'test-results/plan-conference.png', fullPage: true });
    await page.getByRole('tab', { name: /Điểm cầu/ }).click();
    await expect(page.getByTestId('bridge-points')).toContainText(HALL);
    await expect(page.getByTestId('bridge-points')).toContainText('Điểm cầu chính');

    // Two invitees whose names nobody else on the list has, for searching by name.
    const inv = await (await page.request.get(`/api/conferences/${s.confId}/invitations?pageSize=200`)).json();
    const names = (inv.items as { fullName: string }[]).map((p) => p.fullName);
    s.names = names.filter((n) => names.filter((m) => m.includes(n)).length === 1).slice(0, 2);
    expect(s.names).toHaveLength(2);
  });

  test('checks someone in by name with no extra step, and the count goes up', async ({ page }) => {
    await login(page, 'vanphong.danluc');
    await expect(await liveTotal(page)).toHaveText(/^0 \//);
    await page.getByTestId('menu-checkin').click();
    await checkInByName(page, s.names[0]);
    await page.screenshot({ path: 'test-results/plan-checkin.png', fullPage: true });
    await expect(await liveTotal(page)).toHaveText(/^1 \//);
  });

  test('at 390 px: the conference page, the form and check-in are usable; the count goes up again', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await login(page, 'vanphong.danluc');
    await page.goto(`/conferences/${s.confId}`);
    await expect(page.getByTestId('setup-checklist')).toBeVisible();
    await page.screenshot({ path: 'test-results/plan-conference-phone.png', fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(wide).toBe(false);
    await page.goto('/conferences/new');
    await expect(page.getByTestId('conference-audience')).toContainText('Toàn thể đảng viên');
    await page.screenshot({ path: 'test-results/plan-form-phone.png', fullPage: true });

    await page.goto('/checkin');
    await checkInByName(page, s.names[1]);
    await page.screenshot({ path: 'test-results/plan-checkin-phone.png', fullPage: true });
    await expect(await liveTotal(page)).toHaveText(/^2 \//);
    await page.screenshot({ path: 'test-results/plan-live-phone.png', fullPage: true });
    await context.close();
  });
});
