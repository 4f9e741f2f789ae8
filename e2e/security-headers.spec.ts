import { expect, test, type Page } from '@playwright/test';

// The built web app and the API docs work under the server's Content-Security-Policy: no violation is
// reported while a member shows their QR code and opens the camera scanner, a clerk follows the live count
// of the running conference (Server-Sent Events) and its hall QR, and the Swagger UI renders.

const PASSWORD = 'QuanTriet@2025';
const RUNNING = 'Hội nghị trực tuyến quán triệt Nghị quyết 57-NQ/TW đến đảng viên xã Dân Lực và xã Hợp Thành';

test.use({
  permissions: ['camera'],
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  },
});

function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  void page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  return violations;
}

async function login(page: Page, username: string) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-password').press('Enter');
  await expect(page).not.toHaveURL(/\/login/);
}

test('the app and the API docs work under the Content-Security-Policy', async ({ page }) => {
  const violations = watchViolations(page);
  const res = await page.goto('/login');
  const headers = res!.headers();
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');

  // A member: the personal QR code (a data: image) and the camera scanner (video + canvas).
  await login(page, 'dangvien.danluc');
  await page.goto('/me');
  const qr = page.getByTestId('my-qr').locator('img');
  await expect(qr).toBeVisible();
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.getByTestId('self-checkin').click();
  const video = page.getByTestId('qr-scanner').locator('video');
  await expect(video).toBeVisible();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState >= 2)).toBe(true);

  // A clerk: the running conference's live count and its hall QR.
  await login(page, 'vanphong.danluc');
  await page.goto('/conferences');
  const list = await (await page.request.get('/api/conferences?pageSize=100')).json() as { items: { id: number; title: string }[] };
  const running = list.items.find((c) => c.title === RUNNING)!;
  await page.goto(`/conferences/${running.id}`);
  await page.getByRole('tab', { name: 'Điểm danh trực tiếp' }).click();
  await expect(page.getByText('Tổng số đã đến')).toBeVisible();
  await expect(page.getByText('Mất kết nối, đang thử lại…')).toHaveCount(0);

  // Swagger UI.
  await page.goto('/api/docs/');
  await expect(page.getByText('Quán Triệt API')).toBeVisible();
  await expect(page.getByText('/api/auth/login')).toBeVisible();

  expect(violations).toEqual([]);
});
