import { expect, test } from '@playwright/test';
import { login, pick } from './helpers';

// Action programs as the demo's clerks use them: the district office opens its term program, reads the roll-up of
// the communes' values and its chart, and gives a commune a task; the commune's office (on a phone) finds the task
// in "Nhiệm vụ" marked as given from above, records progress that moves it to "Đang thực hiện" and uploads evidence.

const PROGRAM = 'Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XVIII';
const ROLLUP = 'Số xã đạt chuẩn nông thôn mới nâng cao';
const TASK = `Rà soát, bổ sung hồ sơ tiêu chí nông thôn mới nâng cao (kiểm thử ${Date.now() % 100000})`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** dd/mm/yyyy a month from now, as typed into the date field. */
function inAMonth(): string {
  const d = new Date(Date.now() + 30 * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

// Room for a busy machine: several suites share two cores (the first test took 30–55 s of its 60 s).
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('the district clerk reads the roll-up and its chart, then gives a commune a task', async ({ page }) => {
  await login(page, 'vanphong.huyen');
  await page.getByTestId('menu-programs').click();
  // The district's own program is pinned above the list of every program in its scope.
  await page.getByTestId('my-programs').getByTestId('my-program-link').filter({ hasText: PROGRAM }).click();
  await expect(page.getByRole('heading', { name: PROGRAM })).toBeVisible();

  // The roll-up target: the communes' values counted by the server, with how many reported.
  const row = page.getByTestId('targets-table').locator('tr', { hasText: ROLLUP });
  await expect(row.getByTestId('target-rollup')).toHaveText(/^\d+\/\d+ đơn vị đã báo cáo, \d+ đạt$/);
  await expect(row.getByTestId('target-progress')).toBeVisible();

  await row.getByTestId('target-link').click();
  const drawer = page.getByTestId('target-drawer');
  await expect(drawer.getByTestId('target-chart').locator('canvas')).toBeVisible();
  await expect(drawer.getByTestId('drawer-rollup')).toContainText('đơn vị đã báo cáo');
  // A roll-up is not reported by hand; its communes come a page at a time, found by name without diacritics.
  await expect(drawer.getByTestId('drawer-report')).toHaveCount(0);
  const units = drawer.getByTestId('contributions-table');
  await expect(units.getByRole('link').first()).toBeVisible();
  await drawer.getByTestId('contributions-search').fill('dan luc');
  const danluc = units.getByRole('link', { name: 'Đảng ủy xã Dân Lực' });
  await expect(danluc).toBeVisible();
  await expect(units.getByRole('link')).toHaveCount(1);
  await drawer.getByRole('button', { name: 'Đóng' }).first().click();
  await expect(drawer).toBeHidden();

  await page.getByRole('tab', { name: /Nhiệm vụ/ }).click();
  await page.getByTestId('task-add').click();
  const form = page.getByTestId('task-form');
  await form.getByTestId('task-title').fill(TASK);
  await pick(page, form.locator('#responsibleOrgId'), 'Đảng ủy xã Dân Lực', 'Dân Lực');
  await form.locator('#deadline').click();
  await form.locator('#deadline').fill(inAMonth());
  await form.locator('#deadline').press('Enter');
  await expect(form.locator('#deadline')).toHaveValue(inAMonth());
  await form.getByTestId('modal-ok').click();
  await expect(form).toBeHidden();
  const task = page.getByTestId('program-tasks-table').locator('tr', { hasText: TASK });
  await expect(task).toContainText('Đảng ủy xã Dân Lực');
  await expect(task.getByTestId('task-status-not_started')).toBeVisible();
  // The district gave it: for the district it is not "from above".
  await expect(task.getByTestId('task-from-above')).toHaveCount(0);
});

test('the commune clerk, on a phone, records progress and uploads evidence', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'vanphong.danluc');
  await page.goto('/tasks');
  const card = page.getByTestId('tasks-table').locator('.data-card', { hasText: TASK });
  await expect(card.getByTestId('task-from-above')).toHaveText('Cấp trên giao');
  await card.getByTestId('task-link').click();

  const drawer = page.getByTestId('task-drawer');
  await expect(drawer.getByText('Đơn vị giao')).toBeVisible();
  await drawer.getByTestId('note-body').fill('Đã họp Ban Chỉ đạo xã, phân công rà soát từng tiêu chí còn thiếu.');
  await pick(page, drawer.getByTestId('note-status'), 'Đang thực hiện');
  await drawer.getByTestId('note-submit').click();
  await expect(drawer.getByTestId('note-added')).toBeVisible();
  await expect(drawer.getByTestId('task-note').first()).toContainText('Đã họp Ban Chỉ đạo xã');
  await expect(drawer.getByTestId('task-status-in_progress')).toBeVisible();

  await drawer.getByTestId('task-evidence').locator('input[type=file]').setInputFiles({ name: 'bien-ban-hop.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(drawer.getByTestId('evidence-link').filter({ hasText: 'bien-ban-hop.pdf' })).toBeVisible();

  // Back in the list, the task now shows its new status.
  await drawer.getByRole('button', { name: 'Đóng' }).first().click();
  await expect(card.getByTestId('task-status-in_progress')).toBeVisible();
});

test("the commune clerk, on a phone, keeps its own program and only reads the district's", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'vanphong.danluc');
  await page.goto('/programs');
  await page.getByTestId('my-programs').getByTestId('my-program-link').first().click();
  const own = page.getByTestId('program-page');
  // What the page offers is the server's answer: the commune reports its own values and adds targets and tasks.
  await expect(own.getByTestId('target-report').first()).toBeVisible();
  await expect(own.getByTestId('target-add')).toBeVisible();
  await expect(own.getByTestId('program-read-only')).toHaveCount(0);
  await own.getByTestId('parent-program').click();
  await expect(page.getByRole('heading', { name: PROGRAM })).toBeVisible();
  // The district's program: read, not kept; it already built its own from it.
  await expect(page.getByTestId('program-read-only')).toBeVisible();
  await expect(page.getByTestId('targets-table').getByTestId('target-link').first()).toBeVisible();
  await expect(page.getByTestId('target-add')).toHaveCount(0);
  await expect(page.getByTestId('target-report')).toHaveCount(0);
  await expect(page.getByTestId('program-cascade')).toHaveCount(0);
  await expect(page.getByTestId('program-status')).toHaveCount(0);
});

test("the district clerk reads a commune's implementation record on its page", async ({ page }) => {
  await login(page, 'vanphong.huyen');
  await page.getByTestId('menu-orgs').click();
  await page.getByTestId('org-search').fill('Hợp Thành');
  await page.getByTestId('org-search-hit').filter({ hasText: 'Đảng ủy xã Hợp Thành' }).first().click();
  const record = page.getByTestId('unit-record');
  // Its program with target progress, its reports with their lateness, the supervision it was subject of and the
  // recommendation still open past its deadline (the demo's Hợp Thành).
  await expect(record.getByTestId('record-program').first()).toBeVisible();
  await expect(record.getByTestId('record-reports').first()).toBeVisible();
  await expect(record.getByTestId('record-inspections')).toContainText('Giám sát');
  await expect(record.getByTestId('record-recommendations').getByTestId('rec-overdue').first()).toBeVisible();
});
