import { expect, test, type Locator, type Page } from '@playwright/test';
import { login, pick } from './helpers';

// Issue 8's "done when": one inspection of a commune run from plan to accepted remedy in the UI by the demo accounts.
// The district's inspection commission (kiemtra.huyen) adds an inspection of Dân Lực to its plan of the year, starts
// it, records and publishes findings beside the commune's own records (one corrected as a second revision), and
// concludes with a recommendation for the commune. The commune's office (vanphong.danluc, on a phone at 390 px)
// files a remedy plan; the inspector returns it with a reason; the clerk files again; the inspector accepts; the
// clerk reports it done with a PDF as evidence; the inspector accepts and closes it with a note; the tracker shows it
// closed. Screenshots land in test-results/inspection-*.png.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const TITLE = `Kiểm tra việc thực hiện Nghị quyết Đại hội tại Đảng ủy xã Dân Lực (${Date.now().toString(36)})`;
const REC = 'Bổ sung kế hoạch tổ chức học tập bù cho đảng viên vắng mặt và báo cáo kết quả về Ủy ban Kiểm tra Huyện ủy';
const RETURN_REASON = 'Kế hoạch chưa nêu người phụ trách và thời gian cụ thể từng việc';
const CLOSE_NOTE = 'Đã kiểm tra biên bản học bù: đủ thành phần, đạt yêu cầu';
// A one-page PDF: what a commune office scans and uploads as evidence.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** dd/mm/yyyy in Vietnam, `days` from today. */
function vnDate(days = 0) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })
    .formatToParts(new Date(Date.now() + days * 86_400_000)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year}`;
}

async function typeDate(field: Locator, text: string) {
  await field.click();
  await field.fill(text);
  await field.press('Enter');
  await expect(field).toHaveValue(text);
}

/** Confirms the dialog on top (Ant Design's modal.confirm) and waits until it has gone. */
async function confirm(page: Page) {
  const dialog = page.locator('.ant-modal-confirm');
  await dialog.locator('.ant-btn-primary').click();
  await expect(dialog).toHaveCount(0);
}

async function status(page: Page, s: string) {
  await expect(page.getByTestId('rec-status').getByTestId(`rec-status-${s}`)).toBeVisible();
}

test('an inspection of a commune from the plan to an accepted remedy, by the inspector and the commune clerk', async ({ browser }) => {
  test.setTimeout(300_000);
  const inspector = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  const clerk = await (await browser.newContext({ viewport: PHONE })).newPage();
  let recPath = '';

  await test.step('the inspector opens the plan of the year and adds an inspection of Dân Lực', async () => {
    const page = inspector;
    await login(page, 'kiemtra.huyen');
    await page.getByTestId('menu-inspections').click();
    const plans = page.getByTestId('plans-card');
    await expect(plans.getByTestId('plan-item').or(plans.getByText('Chưa có kế hoạch')).first()).toBeVisible();
    // The commission's own plan of the year (the demo's plan of this year is the standing committee's): made if missing.
    const commission = plans.getByTestId('plan-item').filter({ hasText: 'Ủy ban Kiểm tra' });
    if (await commission.count() === 0) {
      await page.getByTestId('plan-create').click();
      await page.getByTestId('plan-title').fill('Kế hoạch kiểm tra, giám sát năm của Ủy ban Kiểm tra Huyện ủy');
      await page.getByTestId('modal-ok').click();
      await expect(commission).toBeVisible();
    }
    await commission.getByTestId('inspection-create').click();
    const form = page.getByTestId('inspection-form');
    await page.getByTestId('inspection-title').fill(TITLE);
    await pick(page, form.getByTestId('orgs-field').locator('.ant-select'), 'Đảng ủy xã Dân Lực', 'Dan Luc');
    await expect(form.getByTestId('orgs-field').locator('.ant-list-item')).toContainText('Dân Lực');
    // From the start of 2024: the district's study of its congress resolution falls in it.
    await typeDate(page.locator('#periodFrom'), '01/01/2024');
    await typeDate(page.locator('#periodTo'), vnDate());
    await pick(page, form.getByTestId('leader-select'), 'kiemtra.huyen', 'kiemtra');
    await page.getByTestId('modal-ok').click();
    await page.waitForURL(/\/inspections\/\d+$/);
    await expect(page.getByTestId('inspection-title')).toHaveText(TITLE);
    await expect(page.getByTestId('insp-status-planned')).toBeVisible();
    await expect(page.getByTestId('not-started')).toBeVisible();
  });

  await test.step('starts it and records findings beside the commune\'s own records', async () => {
    const page = inspector;
    await page.getByTestId('inspection-start').click();
    await confirm(page);
    await expect(page.getByTestId('insp-status-in_progress')).toBeVisible();

    // The record beside item 1 is the commune's real study campaigns (what the API holds for it).
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const detail = await (await page.request.get(`/api/inspections/${id}`)).json();
    const record = await (await page.request.get(`/api/inspections/${id}/record?orgId=${detail.subjects[0].id}`)).json();
    const item1 = page.getByTestId('item-documents_implementation');
    const campaigns = record.sections.documents_implementation.campaigns as { title: string }[];
    const docs = record.sections.leadership_documents.documents as { symbol: string }[];
    expect(campaigns.length + docs.length, 'Dân Lực has study campaigns and documents of its own in the period').toBeGreaterThan(0);
    if (campaigns.length) await expect(item1.getByTestId('record').getByRole('link', { name: campaigns[0].title }).first()).toBeVisible();
    if (docs.length) await expect(page.getByTestId('item-leadership_documents').getByTestId('record')).toContainText(docs[0].symbol);
    await page.screenshot({ path: 'test-results/inspection-workspace.png', fullPage: true });

    // Item 1: a draft with evidence, then published as revision 1.
    await item1.getByTestId('finding-write').click();
    await item1.getByTestId('finding-assessment').getByText('Còn hạn chế').click();
    await item1.getByTestId('finding-body').fill('Tổ chức học tập đúng hạn; một số chi bộ tỷ lệ tham dự chưa đạt, chưa tổ chức học bù.');
    await item1.getByTestId('finding-save').click();
    await expect(item1.getByTestId('finding-upload')).toBeVisible();
    await item1.locator('input[type=file]').setInputFiles({ name: 'bien-ban-kiem-tra.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(item1.getByTestId('finding-draft').getByTestId('evidence-link')).toHaveText('bien-ban-kiem-tra.pdf');
    await item1.getByTestId('finding-publish').click();
    await confirm(page);
    await expect(item1.getByTestId('finding-revision')).toHaveText('Lần 1');
    await expect(item1.getByTestId('finding-published').getByTestId('evidence-link')).toHaveText('bien-ban-kiem-tra.pdf');

    // Item 2: written and published at once.
    const item2 = page.getByTestId('item-leadership_documents');
    await item2.getByTestId('finding-write').click();
    await item2.getByTestId('finding-assessment').getByText('Tốt').click();
    await item2.getByTestId('finding-body').fill('Ban hành kịp thời kế hoạch, hướng dẫn thực hiện Nghị quyết.');
    await item2.getByTestId('finding-publish').click();
    await confirm(page);
    await expect(item2.getByTestId('finding-revision')).toHaveText('Lần 1');

    // A published finding is corrected by a new revision; the history keeps both.
    await item1.getByTestId('finding-revise').click();
    await page.getByTestId('revise-reason').fill('Bổ sung số liệu tham dự theo biên bản');
    await page.getByTestId('modal-ok').click();
    await expect(item1.getByTestId('finding-draft')).toContainText('Nháp của lần 2');
    await item1.getByTestId('finding-body').fill('Tổ chức học tập đúng hạn; chi bộ thôn 3 tham dự 78%, chưa tổ chức học bù.');
    await item1.getByTestId('finding-publish').click();
    await confirm(page);
    await expect(item1.getByTestId('finding-revision')).toHaveText('Lần 2');
    await expect(item1.getByTestId('finding-published-body')).toContainText('78%');
    await item1.getByTestId('finding-history').click();
    await expect(page.getByTestId('finding-history-drawer').getByTestId('finding-history-item')).toHaveCount(2);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('finding-history-drawer')).toBeHidden();
  });

  await test.step('concludes with a recommendation for the commune and a deadline', async () => {
    const page = inspector;
    await page.getByTestId('inspection-conclude').click();
    await page.getByTestId('conclusion-text').fill('Đảng ủy xã Dân Lực cơ bản thực hiện tốt; còn hạn chế về tổ chức học bù.');
    await expect(page.getByTestId('conclude-form').getByTestId('rec-org')).toContainText('Dân Lực');
    await page.getByTestId('rec-body').fill(REC);
    await typeDate(page.locator('#recommendations_0_deadline'), vnDate(30));
    await page.getByTestId('modal-ok').click();
    await confirm(page);
    await expect(page.getByTestId('insp-status-concluded')).toBeVisible();
    const link = page.getByTestId('inspection-recommendations').getByTestId('rec-link').filter({ hasText: REC });
    await expect(link).toBeVisible();
    recPath = (await link.getAttribute('href'))!;
    expect(recPath).toMatch(/^\/recommendations\/\d+$/);
  });

  await test.step('the commune clerk, on a phone, files a remedy plan', async () => {
    const page = clerk;
    await login(page, 'vanphong.danluc');
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('menu-recommendations').click();
    const card = page.getByTestId('recommendations-table').locator('.data-card').filter({ hasText: REC });
    await expect(card).toBeVisible();
    await card.getByTestId('rec-link').click();
    await expect(page.getByTestId('rec-body')).toHaveText(REC);
    await status(page, 'open');
    await page.getByTestId('plan-text').fill('Tổ chức học bù cho đảng viên vắng mặt trong tháng tới.');
    await page.getByTestId('plan-submit').click();
    await status(page, 'plan_submitted');
    await expect(page.getByTestId('rec-next')).toContainText('Đang chờ đoàn kiểm tra xem xét');
    await page.screenshot({ path: 'test-results/inspection-clerk-phone.png', fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(PHONE.width);
  });

  await test.step('the inspector returns the plan with a reason', async () => {
    const page = inspector;
    await page.goto(recPath);
    await status(page, 'plan_submitted');
    await page.getByTestId('review-return').click();
    await page.getByTestId('review-note').fill(RETURN_REASON);
    await page.getByTestId('modal-ok').click();
    await status(page, 'plan_returned');
  });

  await test.step('the clerk reads the reason and files the plan again', async () => {
    const page = clerk;
    await page.reload();
    await status(page, 'plan_returned');
    await expect(page.locator('[data-kind="plan_returned"]')).toContainText(RETURN_REASON);
    await page.getByTestId('plan-text').fill('Đồng chí Phó Bí thư Thường trực phụ trách; học bù ngày 15, báo cáo kết quả trong 5 ngày sau đó.');
    await page.getByTestId('plan-submit').click();
    await status(page, 'plan_submitted');
  });

  await test.step('the inspector accepts the plan', async () => {
    const page = inspector;
    await page.reload();
    await page.getByTestId('review-accept').click();
    await page.getByTestId('modal-ok').click();
    await status(page, 'plan_accepted');
  });

  await test.step('the clerk reports the remedy done with evidence', async () => {
    const page = clerk;
    await page.reload();
    await status(page, 'plan_accepted');
    await page.getByTestId('done-form').locator('input[type=file]').setInputFiles({ name: 'bien-ban-hoc-bu.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(page.getByTestId('done-form').getByTestId('evidence-link')).toHaveText('bien-ban-hoc-bu.pdf');
    await page.getByTestId('done-text').fill('Đã tổ chức học bù ngày 15 cho 12 đảng viên; gửi kèm biên bản.');
    await page.getByTestId('done-submit').click();
    await status(page, 'done_reported');
    await expect(page.locator('[data-kind="done"]').getByTestId('evidence-link')).toHaveText('bien-ban-hoc-bu.pdf');
  });

  await test.step('the inspector accepts the result and closes the recommendation with a note', async () => {
    const page = inspector;
    await page.reload();
    await status(page, 'done_reported');
    await page.getByTestId('review-accept').click();
    await page.getByTestId('review-note').fill(CLOSE_NOTE);
    await page.getByTestId('modal-ok').click();
    await status(page, 'closed');
    await expect(page.locator('[data-kind="done_accepted"]')).toContainText(CLOSE_NOTE);
    await page.screenshot({ path: 'test-results/inspection-recommendation-closed.png', fullPage: true });
  });

  await test.step('the tracker shows it closed', async () => {
    const page = inspector;
    await page.getByTestId('menu-recommendations').click();
    await page.getByTestId('rec-status-filter').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Đã khắc phục, đóng' }).click();
    const row = page.getByTestId('recommendations-table').locator('tr').filter({ hasText: REC });
    await expect(row.getByTestId('rec-status-closed')).toBeVisible();
    await page.screenshot({ path: 'test-results/inspection-tracker.png', fullPage: true });
  });

  await inspector.context().close();
  await clerk.context().close();
});
