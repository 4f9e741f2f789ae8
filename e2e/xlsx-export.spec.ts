// A commune clerk filters a table, clicks "Xuất Excel", and the downloaded file holds the filtered rows; the button
// sits next to the table on a desktop and on a phone (390 px).
import { expect as baseExpect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { login } from './helpers';

const HEADER_ROW = 5; // server/core/xlsx-export.ts: rows 1–3 say what was exported, row 4 is blank
// Two logins, several lists and files on a 2-core machine shared with other suites: patient waits.
test.setTimeout(180_000);
const expect = baseExpect.configure({ timeout: 30_000 });

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const ws = wb.worksheets[0];
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1));
  return { ws, rows, headers: (ws.getRow(HEADER_ROW).values as ExcelJS.CellValue[]).slice(1).map(String) };
}

test('a clerk exports the campaign board with a status filter: the file has exactly the filtered rows', async ({ page }) => {
  await login(page, 'vanphong.danluc');
  await page.goto('/campaigns/2');
  const board = page.getByTestId('campaign-board');
  await expect(board.locator('tbody tr.ant-table-row').first()).toBeVisible({ timeout: 60_000 });
  const exportButton = page.getByTestId('board-export');
  await expect(exportButton).toBeVisible();
  await expect(exportButton).toHaveText('Xuất Excel');

  // The first status that narrows the board: fewer rows than the whole board, more than none.
  const statuses = ['overdue', 'not_scheduled', 'scheduled', 'held_late', 'held_on_time'];
  const counts = await Promise.all(statuses.map(async (s) => Number(await page.getByTestId(`board-status-${s}`).locator('strong').innerText())));
  const total = counts.reduce((a, b) => a + b, 0);
  const i = counts.findIndex((n) => n > 0 && n < total);
  expect(i).toBeGreaterThanOrEqual(0);
  await page.getByTestId(`board-status-${statuses[i]}`).click();
  const label = (await page.getByTestId(`board-status-${statuses[i]}`).locator('.ant-tag').innerText()).trim();
  await expect(board.locator('tbody tr.ant-table-row').first()).toContainText(label);
  await page.screenshot({ path: 'test-results/xlsx-board-1280.png' });

  const { ws, rows, headers } = await download(page, 'board-export');
  expect(String(ws.getCell(2, 1).value)).toBe(`Bộ lọc: Tình trạng: ${label}`);
  expect(rows).toHaveLength(counts[i]);
  const status = headers.indexOf('Tình trạng');
  expect(rows.every((r) => r[status] === label)).toBe(true);
  // A commune clerk's file holds no other commune's units.
  expect(rows.every((r) => !String(r[0]).includes('Hợp Thành'))).toBe(true);
  // The first rows are those the page shows, in the same order.
  const shown = await board.locator('tbody tr.ant-table-row td strong').allInnerTexts();
  expect(rows.slice(0, shown.length).map((r) => r[0])).toEqual(shown);
});

test('on a phone the export button fits the screen beside the recommendations and the programs', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'vanphong.hopthanh');
  for (const [path, testId, shot] of [['/recommendations', 'recommendations-export', 'recs'], ['/programs', 'programs-export', 'programs']] as const) {
    await page.goto(path);
    const button = page.getByTestId(testId);
    await expect(button).toBeVisible();
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `test-results/xlsx-${shot}-390.png`, fullPage: true });
  }
  // Searching for one program's title: the file holds the programs found, not the whole list.
  const all = await download(page, 'programs-export');
  const title = String(all.rows[0][0]);
  // A fresh page: Chromium lets a page start one file download on its own, and asks before a second one when the
  // click that started it is more than a few seconds old (a slow export on this loaded machine).
  await page.reload();
  await page.getByTestId('program-search').fill(title);
  await expect(page.getByTestId('programs-page')).toContainText(title);
  await expect(page.getByText(title, { exact: true })).toHaveCount(1);
  const { rows } = await download(page, 'programs-export');
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(all.rows.length);
  expect(rows.every((r) => String(r[0]).includes(title))).toBe(true);
});
