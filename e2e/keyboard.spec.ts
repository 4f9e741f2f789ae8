import { expect, test, type Locator, type Page } from '@playwright/test';
import { chosen, PASSWORD } from './helpers';

// The main flows with the keyboard only (Tab, Shift+Tab, arrows, Space, Enter and typing; no mouse, no fill()),
// at the demo's conference running now: signing in, checking someone in by name at the commune's bridge point,
// marking someone in the roll call, and a member asking the presenters a question and rating one.

const RUNNING = 'Hội nghị trực tuyến quán triệt Nghị quyết 57-NQ/TW đến đảng viên xã Dân Lực và xã Hợp Thành';
const POINT = 'Điểm cầu xã Dân Lực';

/** Presses Tab (or Shift+Tab) until the target has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  const el = target.first();
  // Attached, not necessarily visible: a radio button's own input is drawn by its label.
  await expect(el).toBeAttached();
  for (let i = 0; i < max; i++) {
    if (await el.evaluate((n) => n === document.activeElement || n.contains(document.activeElement))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reached by ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

/** Signs in from the login form by keyboard: the user name field has the focus on arrival. */
async function keyboardLogin(page: Page, username: string) {
  await page.goto('/login');
  await expect(page.getByTestId('login-username')).toBeFocused();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('login-password')).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('home-page')).toBeVisible();
}

interface Conf { id: number; bridgePoints: { id: number; name: string }[] }
interface RosterPerson { personId: number; fullName: string; unitName: string; checkedAt: string | null }

async function runningConference(page: Page) {
  const list = (await (await page.request.get('/api/conferences?pageSize=100')).json()) as { items: { id: number; title: string }[] };
  const conf = (await (await page.request.get(`/api/conferences/${list.items.find((c) => c.title === RUNNING)!.id}`)).json()) as Conf;
  const point = conf.bridgePoints.find((b) => b.name === POINT)!;
  const roster = (await (await page.request.get(`/api/conferences/${conf.id}/bridge-points/${point.id}/roster`)).json()) as { people: RosterPerson[] };
  return { conf, point, roster: roster.people };
}

/** Someone not checked in yet whose name is theirs alone, from the end of the list (other suites take the first ones). */
function unchecked(roster: RosterPerson[], skip = 0) {
  const unique = (p: RosterPerson) => roster.filter((x) => x.fullName === p.fullName).length === 1;
  return roster.filter((p) => !p.checkedAt && unique(p)).reverse()[skip];
}

test('keyboard: the clerk signs in, checks someone in by name and marks someone in the roll call', async ({ page }) => {
  await keyboardLogin(page, 'vanphong.danluc');
  const { roster } = await runningConference(page);
  const person = unchecked(roster);

  // The check-in page from the menu, then the conference from its list: arrows and Enter.
  await tabTo(page, page.getByTestId('menu-checkin'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-page')).toBeVisible();
  // The phone's own list (a native <select>): arrows move through it while it is closed.
  const conference = page.getByTestId('checkin-conference');
  await expect(conference.locator('option').filter({ hasText: RUNNING })).toBeAttached();
  await tabTo(page, conference);
  for (let i = 0; i < 30 && !(await chosen(conference).filter({ hasText: RUNNING }).count()); i++) {
    await page.keyboard.press('ArrowDown');
    // Each choice goes into the address (?c=) and the page renders it; the next arrow waits for that, as a person
    // would look before pressing again (under load a quick second press raced the first one's render and overshot).
    await expect.poll(() => conference.evaluate((s: HTMLSelectElement) => s.value === (new URL(location.href).searchParams.get('c') ?? ''))).toBe(true);
  }
  await expect(chosen(conference)).toContainText(RUNNING);
  await expect(chosen(page.getByTestId('checkin-bridge'))).toHaveText(POINT);

  // By name: type it in the search box, Tab to the person's button, Enter.
  await tabTo(page, page.getByTestId('checkin-manual-search'));
  await page.keyboard.type(person.fullName);
  const row = page.getByTestId('checkin-manual-results').getByRole('listitem').filter({ has: page.locator('.lt-item-title', { hasText: person.fullName }) });
  await expect(row).toContainText(person.unitName);
  await tabTo(page, row.getByTestId('checkin-manual-mark'));
  await page.keyboard.press('Enter');
  const result = page.getByTestId('checkin-result');
  await expect(result.locator('.name')).toHaveText(person.fullName);
  await expect(result).not.toHaveAttribute('data-kind', 'err');

  // The roll call, reached from the check-in page; one person marked present with the arrows, saved with Enter.
  await tabTo(page, page.getByRole('link', { name: 'Điểm danh theo danh sách' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('roll-call-page')).toBeVisible();
  // The first person not marked yet on the list, held by name (once marked, the row is no longer "not marked").
  const unmarked = page.getByTestId('roll-call-row').filter({ has: page.getByTestId('roll-call-not-marked') });
  await expect(unmarked.first()).toBeVisible();
  const name = (await unmarked.first().locator('strong').textContent())!;
  const rows = page.getByTestId('roll-call-row').filter({ has: page.locator('strong', { hasText: name }) });
  // The first choice of the row's group, then the arrow to the one wanted ("Vắng có lý do"), and back to "Có mặt".
  await tabTo(page, rows.first().getByRole('radio', { name: 'Có mặt' }));
  await page.keyboard.press('Space');
  await expect(rows.first().getByRole('radio', { name: 'Có mặt' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(rows.first().getByRole('radio', { name: 'Vắng có lý do' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(rows.first().getByRole('radio', { name: 'Có mặt' })).toBeChecked();
  await expect(page.getByTestId('roll-call-summary')).toContainText('1 thay đổi chưa lưu');
  await tabTo(page, page.getByTestId('roll-call-save'));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã lưu điểm danh')).toBeVisible();
  await expect(rows.first().locator('.lt-tag-green')).toBeVisible();
});

test('keyboard: a member opens the running conference from their page, asks a question and rates a presenter', async ({ page }) => {
  await keyboardLogin(page, 'dangvien.danluc');
  await tabTo(page, page.getByTestId('menu-me'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('me-page')).toBeVisible();
  const invitation = page.getByTestId('my-invitations').getByRole('listitem').filter({ hasText: RUNNING });
  await tabTo(page, invitation.getByTestId('open-questions'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('me-conference-page')).toBeVisible();

  const question = 'Xin báo cáo viên cho biết chi bộ thôn cần làm gì trước để đưa sinh hoạt chi bộ lên môi trường số?';
  await tabTo(page, page.getByTestId('question-text'));
  await page.keyboard.type(question);
  // The anonymous switch toggles with Space; then the button sends.
  const anonymous = page.getByRole('switch', { name: 'Ẩn danh với người dự' });
  await tabTo(page, anonymous);
  await page.keyboard.press('Space');
  await expect(anonymous).toBeChecked();
  await tabTo(page, page.getByTestId('ask-submit'));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã gửi câu hỏi')).toBeVisible();
  await expect(page.getByTestId('questions-list')).toContainText(question);

  // The stars are a labelled radio group: Tab enters it, Space picks the first star, the arrows move the score.
  const rating = page.getByTestId('rate-presenter').first().getByRole('group', { name: 'Mức đánh giá' });
  await tabTo(page, rating.getByRole('radio', { name: '1/5 sao' }));
  await page.keyboard.press('Space');
  await expect(rating.getByRole('radio', { name: '1/5 sao' })).toBeChecked();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(rating.getByRole('radio', { name: '4/5 sao' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(rating.getByRole('radio', { name: '3/5 sao' })).toBeChecked();
  await tabTo(page, page.getByTestId('rate-submit').first());
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã ghi nhận đánh giá')).toBeVisible();
  // Saved: the presenter's average counts it, and the stars show the member's own score again.
  await expect(page.getByTestId('rate-presenter').first()).toContainText('1 lượt');
  await expect(page.getByTestId('rate-presenter').first().getByRole('radio', { name: '3/5 sao' })).toBeChecked();
});
