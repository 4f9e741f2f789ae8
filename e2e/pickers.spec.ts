import { expect, test, type Page, type Request, type Route } from '@playwright/test';

// A picker must never show the results of an earlier prefix after a later one was typed, whatever order
// the server's answers arrive in (a busy server, a slow phone network).

async function login(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('QuanTriet@2025');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('home-page')).toBeVisible();
}

const searchTerm = (r: Request | Route) => {
  const req = 'request' in r ? r.request() : r;
  return new URL(req.url()).searchParams.get('q');
};

/** A person, a shorter prefix of their name, and someone that prefix finds whom the full name does not. */
async function pickNames(page: Page) {
  const first = await page.request.get('/api/people?pageSize=1&q=Nguy').then((r) => r.json()) as { items: { fullName: string }[] };
  const full = first.items[0].fullName;
  const prefix = full.slice(0, 4);
  const early = await page.request.get(`/api/people?pageSize=20&q=${encodeURIComponent(prefix)}`).then((r) => r.json()) as { items: { fullName: string }[] };
  const other = early.items.map((p) => p.fullName).find((n) => !n.includes(full) && !full.includes(n));
  expect(other, 'the prefix finds someone the full name does not').toBeTruthy();
  return { full, prefix, other: other! };
}

/** Holds every people search for `term` until release() is called. */
function hold(page: Page, term: string) {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  const seen: string[] = [];
  void page.route((url) => url.pathname === '/api/people', async (route) => {
    seen.push(searchTerm(route) ?? '');
    if (searchTerm(route) === term) await gate;
    // The app may have given up on it meanwhile (a query for a replaced term is cancelled).
    await route.continue().catch(() => undefined);
  });
  return { release, seen };
}

async function openPicker(page: Page) {
  await page.goto('/evaluations');
  await expect(page.getByTestId('annual-review-page')).toBeVisible();
  const picker = page.locator('.ant-select').filter({ hasText: 'Tra cứu một người' });
  await picker.click();
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

test('person picker: the answer for an earlier prefix arriving last is not shown', async ({ page }) => {
  await login(page, 'admin');
  const { full, prefix, other } = await pickNames(page);
  const { release } = hold(page, prefix);
  // When the prefix's request ends (answered late, or cancelled by the app once the term changed).
  const ended = new Set<string>();
  const end = (r: Request) => { if (r.url().includes('/api/people')) ended.add(searchTerm(r) ?? ''); };
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  const dropdown = await openPicker(page);

  const early = page.waitForRequest((r) => r.url().includes('/api/people') && searchTerm(r) === prefix);
  await page.keyboard.type(prefix);
  await early;
  // The later term is answered first…
  const later = page.waitForResponse((r) => r.url().includes('/api/people') && searchTerm(r.request()) === full);
  await page.keyboard.type(full.slice(prefix.length));
  await later;
  await expect(dropdown.getByText(full).first()).toBeVisible();
  // …then the earlier prefix's answer arrives (or its cancelled request ends): the options still belong to the full name.
  release();
  await expect.poll(() => ended.has(prefix)).toBe(true);
  await expect(dropdown.getByText(full).first()).toBeVisible();
  await expect(dropdown.getByText(other)).toHaveCount(0);
});

test('person picker: while the later term loads, the earlier prefix\'s results are not offered', async ({ page }) => {
  await login(page, 'admin');
  const { full, prefix, other } = await pickNames(page);
  const { release } = hold(page, full);
  const dropdown = await openPicker(page);

  await page.keyboard.type(prefix);
  await expect(dropdown.getByText(other).first()).toBeVisible();
  const held = page.waitForRequest((r) => r.url().includes('/api/people') && searchTerm(r) === full);
  await page.keyboard.type(full.slice(prefix.length));
  await held;
  // The server has not answered the full name yet: nothing of the prefix's list may be picked meanwhile.
  await expect(dropdown.getByText(other)).toHaveCount(0);
  release();
  await expect(dropdown.getByText(full).first()).toBeVisible();
  await expect(dropdown.getByText(other)).toHaveCount(0);
});
