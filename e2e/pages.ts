import { expect, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';

// The pages of the app and who visits them, shared by the browser suites that walk every page
// (mobile.spec at a phone's width, a11y.spec at desktop and phone width).

export interface Ids {
  person?: { id: number; fullName: string };
  document?: { id: number; symbol: string };
  campaign?: { id: number; title: string };
  conference?: { id: number; title: string; bridgePointId?: number; bridgePointName?: string };
  org?: { id: number; name: string };
  myConference?: { id: number; title: string };
  radio?: { id: number };
  inspection?: { id: number; title: string };
  myInspection?: { id: number; status: string };
  recommendation?: { id: number; body: string };
  program?: { id: number; title: string; targetId?: number };
  reportPeriod?: { id: number };
  task?: { id: number; title: string };
  /** A unit below the leader's own with units of its own: the home page drilled down to it. */
  homeUnit?: { id: number; name: string };
}

async function api<T>(page: Page, path: string): Promise<T | undefined> {
  const res = await page.request.get(`/api${path}`);
  return res.ok() ? ((await res.json()) as T) : undefined;
}

type Item = Record<string, unknown> & { id: number };
/** Real records this user can see, found through the API the pages use. */
export async function findIds(page: Page): Promise<Ids> {
  const ids: Ids = {};
  const people = await api<{ items: Item[] }>(page, '/people?pageSize=1');
  if (people?.items[0]) ids.person = { id: people.items[0].id, fullName: String(people.items[0].fullName) };
  const docs = await api<{ items: Item[] }>(page, '/documents?pageSize=1');
  if (docs?.items[0]) ids.document = { id: docs.items[0].id, symbol: String(docs.items[0].symbol) };
  const camps = await api<{ items: Item[] }>(page, '/campaigns?pageSize=5');
  if (camps?.items[0]) ids.campaign = { id: camps.items[0].id, title: String(camps.items[0].title) };
  const confs = await api<{ items: Item[] }>(page, '/conferences?pageSize=50');
  const conf = confs?.items.find((c) => Number(c.invitedCount) > 0) ?? confs?.items[0];
  if (conf) {
    const detail = await api<{ bridgePoints: { id: number; name: string }[] }>(page, `/conferences/${conf.id}`);
    const bp = detail?.bridgePoints[0];
    ids.conference = { id: conf.id, title: String(conf.title), bridgePointId: bp?.id, bridgePointName: bp?.name };
  }
  const recent = await api<{ items: Item[] }>(page, `/conferences?pageSize=100&from=${new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10)}`);
  const radio = recent?.items.find((c) => c.format === 'radio');
  if (radio) ids.radio = { id: radio.id };
  const overview = await api<{ campaigns: { units: { orgId: number; orgName: string; hasChildren: boolean }[] }[] }>(page, '/home/overview');
  const unit = overview?.campaigns.flatMap((k) => k.units).find((u) => u.hasChildren);
  if (unit) ids.homeUnit = { id: unit.orgId, name: unit.orgName };
  const roots = await api<{ id: number; name: string }[]>(page, '/orgs/roots');
  if (roots?.[0]) ids.org = { id: roots[0].id, name: roots[0].name };
  // The term program at the top the user sees (the one with roll-ups), its first roll-up target, and a task.
  const programs = await api<{ items: Item[] }>(page, '/programs?pageSize=50');
  const program = programs?.items.find((p) => p.parentProgramId === null) ?? programs?.items[0];
  if (program) {
    const detail = await api<{ targets: { id: number; aggregation: string | null }[] }>(page, `/programs/${program.id}`);
    const target = detail?.targets.find((t) => t.aggregation) ?? detail?.targets[0];
    ids.program = { id: program.id, title: String(program.title), targetId: target?.id };
    // A period of the user's own program when it has one (its form is editable), else of the program above.
    const own = programs?.items.find((p) => p.parentProgramId !== null) ?? program;
    const reporting = await api<{ periods: { id: number; startsOn: string }[] }>(page, `/programs/${own.id}/reporting`);
    const today = new Date().toISOString().slice(0, 10);
    const current = reporting?.periods.filter((p) => p.startsOn <= today).at(-1) ?? reporting?.periods[0];
    if (current) ids.reportPeriod = { id: current.id };
  }
  const tasks = await api<{ items: Item[] }>(page, '/tasks?pageSize=1');
  if (tasks?.items[0]) ids.task = { id: tasks.items[0].id, title: String(tasks.items[0].title) };
  const mine = await api<{ conferenceId: number; title: string }[]>(page, '/me/invitations');
  if (mine?.[0]) ids.myConference = { id: mine[0].conferenceId, title: mine[0].title };
  const insp = await api<{ items: Item[] }>(page, '/inspections?pageSize=1');
  if (insp?.items[0]) ids.inspection = { id: insp.items[0].id, title: String(insp.items[0].title) };
  // The team's own inspection, one still open to findings if there is one (its workspace shows the editor).
  const team = await api<{ items: Item[] }>(page, '/inspections?mine=true&pageSize=50');
  const open = team?.items.find((i) => i.status === 'in_progress') ?? team?.items[0];
  if (open) ids.myInspection = { id: open.id, status: String(open.status) };
  const recs = await api<{ items: Item[] }>(page, '/recommendations?pageSize=1');
  if (recs?.items[0]) ids.recommendation = { id: recs.items[0].id, body: String(recs.items[0].body) };
  return ids;
}

/** What scrolls sideways: the document itself, or any scrollable box whose content is wider than the box. */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) {
      // Name the innermost boxes that stick out, so the failure says what to fix.
      const wide = Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && !el.closest('.ant-select-dropdown, .ant-tooltip'))
        .filter((el, _, all) => !all.some((o) => o !== el && el.contains(o)))
        .slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').slice(0, 30)}"`);
      out.push(`page is ${doc.scrollWidth}px wide for ${doc.clientWidth}px: ${wide.join(' | ')}`);
    }
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const cs = getComputedStyle(el);
      if (cs.overflowX !== 'auto' && cs.overflowX !== 'scroll') continue;
      if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) continue;
      if (el.closest('.ant-select-dropdown, .ant-picker-dropdown, .ant-dropdown, .ant-tooltip')) continue;
      out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} scrolls ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
    return out;
  });
}

export interface Visit {
  name: string;
  path: string | undefined;
  /** What the user sees once the page has loaded. */
  ready: (p: Page) => Locator;
  /** The facts a clerk reads first. */
  keys?: (p: Page) => [Locator, string][];
  /** Something to do after loading (open a tab, a modal) before checking. */
  act?: (p: Page) => Promise<void>;
}

const byTestId = (id: string) => (p: Page) => p.getByTestId(id);

/** The pages of the app (web/src/routes.tsx), with real ids. */
export function visits(ids: Ids): Record<string, Visit> {
  const conf = ids.conference;
  return {
    home: { name: 'home', path: '/', ready: byTestId('home-page') },
    homeUnit: { name: 'home-unit', path: ids.homeUnit && `/?orgId=${ids.homeUnit.id}`, ready: byTestId('home-trail'), keys: (p) => [[p.getByRole('heading', { level: 1 }), 'the unit looked at']] },
    orgs: { name: 'org-tree', path: '/orgs', ready: byTestId('org-tree'), keys: (p) => [[p.getByTestId('org-tree').getByText(ids.org?.name ?? '', { exact: false }), 'the top unit']] },
    org: { name: 'org-detail', path: ids.org && `/orgs/${ids.org.id}`, ready: byTestId('org-detail'), keys: (p) => [[p.getByTestId('org-name'), 'the unit name']] },
    people: {
      name: 'people', path: '/people', ready: byTestId('people-table'),
      keys: (p) => [[p.getByTestId('people-table').getByText(ids.person?.fullName ?? '').first(), 'the person name']],
    },
    person: { name: 'person-detail', path: ids.person && `/people/${ids.person.id}`, ready: byTestId('person-detail'), keys: (p) => [[p.getByTestId('person-detail').getByText(ids.person!.fullName).first(), 'the name']] },
    personNew: { name: 'person-new', path: '/people/new', ready: byTestId('person-form-page') },
    personReview: { name: 'person-review', path: ids.person && `/people/${ids.person.id}/review`, ready: byTestId('review-decision') },
    orgReview: { name: 'org-review', path: ids.org && `/orgs/${ids.org.id}/review`, ready: byTestId('review-decision') },
    personEdit: { name: 'person-edit', path: ids.person && `/people/${ids.person.id}/edit`, ready: byTestId('person-form-page') },
    import: {
      name: 'people-import-errors', path: '/people', ready: byTestId('people-table'),
      act: async (p) => {
        // A sheet whose rows are wrong: the modal lists every problem (row, column, message).
        const tpl = await p.request.get('/api/people/import-template.xlsx');
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(await tpl.body()) as unknown as ArrayBuffer);
        const ws = wb.worksheets[0];
        ws.addRow(['', 'x', '31/02/1990']);
        ws.addRow(['Nguyễn Văn Lỗi', 'khong-ro', '1990-13-45']);
        const file = Buffer.from(await wb.xlsx.writeBuffer());
        await p.getByTestId('people-import').click();
        await p.locator('.ant-modal input[type=file]').setInputFiles({ name: 'loi.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
        await p.locator('.ant-modal-footer .ant-btn-primary').click();
        await expect(p.getByTestId('people-import-errors').or(p.getByTestId('people-import-error')).first()).toBeVisible();
      },
    },
    documents: { name: 'documents', path: '/documents', ready: byTestId('documents-table'), keys: (p) => [[p.getByTestId('documents-table').getByText(ids.document?.symbol ?? '').first(), 'the symbol']] },
    document: { name: 'document-detail', path: ids.document && `/documents/${ids.document.id}`, ready: byTestId('document-detail'), keys: (p) => [[p.getByTestId('document-symbol'), 'the symbol']] },
    documentNew: { name: 'document-new', path: '/documents/new', ready: byTestId('document-form-page') },
    documentEdit: { name: 'document-edit', path: ids.document && `/documents/${ids.document.id}/edit`, ready: byTestId('document-form-page') },
    accounts: { name: 'accounts', path: '/accounts', ready: byTestId('accounts-table'), keys: (p) => [[p.getByTestId('accounts-table').getByText('vanphong.danluc'), 'a user name']] },
    accountNew: {
      name: 'account-new', path: '/accounts', ready: byTestId('accounts-table'),
      act: async (p) => { await p.getByTestId('account-create').click(); await expect(p.getByRole('dialog')).toBeVisible(); },
    },
    audit: { name: 'audit', path: '/audit', ready: byTestId('audit-table'), keys: (p) => [[p.getByTestId('audit-table').locator('.data-card').first(), 'an entry']] },
    campaigns: { name: 'campaigns', path: '/campaigns', ready: byTestId('campaigns-page'), keys: (p) => [[p.getByTestId('campaign-link').getByText(ids.campaign?.title ?? ''), 'the title']] },
    campaignNew: {
      name: 'campaign-new', path: '/campaigns', ready: byTestId('campaign-create'),
      act: async (p) => { await p.getByTestId('campaign-create').click(); await expect(p.getByRole('dialog')).toBeVisible(); },
    },
    board: { name: 'campaign-board', path: ids.campaign && `/campaigns/${ids.campaign.id}`, ready: byTestId('campaign-board'), keys: (p) => [[p.getByTestId('campaign-board').locator('.data-card .ant-tag').first(), 'a unit status']] },
    participation: { name: 'campaign-participation', path: ids.campaign && `/campaigns/${ids.campaign.id}?tab=participation`, ready: byTestId('participation-rate') },
    campaignConfs: { name: 'campaign-conferences', path: ids.campaign && `/campaigns/${ids.campaign.id}?tab=conferences`, ready: byTestId('conferences-table') },
    conferences: { name: 'conferences', path: '/conferences', ready: byTestId('conferences-table'), keys: (p) => [[p.getByTestId('conference-link').first(), 'a conference title']] },
    conferenceNew: { name: 'conference-new', path: '/conferences/new', ready: byTestId('conference-form-page') },
    conference: { name: 'conference', path: conf && `/conferences/${conf.id}`, ready: byTestId('conference-page'), keys: (p) => [[p.getByTestId('conference-time'), 'the time']] },
    bridges: {
      name: 'conference-bridge-points', path: conf && `/conferences/${conf.id}?tab=bridges`, ready: byTestId('bridge-points'),
      keys: (p) => (conf?.bridgePointName ? [[p.getByTestId('bridge-points').getByText(conf.bridgePointName).first(), 'a bridge point name']] : []),
    },
    invitations: { name: 'conference-invitations', path: conf && `/conferences/${conf.id}?tab=invitations`, ready: byTestId('invitations'), keys: (p) => [[p.getByTestId('invitations').locator('.data-card strong').first(), 'an invitee name']] },
    live: { name: 'conference-live', path: conf && `/conferences/${conf.id}?tab=live`, ready: byTestId('live-attendance') },
    makeup: { name: 'conference-makeup', path: conf && `/conferences/${conf.id}?tab=makeup`, ready: byTestId('makeup-list') },
    evaluation: { name: 'conference-evaluation', path: conf && `/conferences/${conf.id}?tab=evaluation`, ready: byTestId('evaluation-tab') },
    questions: { name: 'conference-questions', path: conf && `/conferences/${conf.id}?tab=questions`, ready: byTestId('questions-tab') },
    conferenceEdit: { name: 'conference-edit', path: conf && `/conferences/${conf.id}/edit`, ready: byTestId('conference-form-page') },
    hallQr: { name: 'hall-qr', path: conf && `/conferences/${conf.id}/qr`, ready: byTestId('hall-qr') },
    checkin: { name: 'checkin', path: conf && `/checkin?c=${conf.id}${conf.bridgePointId ? `&b=${conf.bridgePointId}` : ''}`, ready: byTestId('checkin-page') },
    rollCall: {
      name: 'roll-call', path: conf && `/checkin/roll-call?c=${conf.id}${conf.bridgePointId ? `&b=${conf.bridgePointId}` : ''}`, ready: byTestId('roll-call-page'),
    },
    listening: { name: 'listening', path: ids.radio && `/checkin/listening?c=${ids.radio.id}`, ready: byTestId('listening-summary') },
    evaluations: { name: 'annual-review', path: '/evaluations?year=2024', ready: byTestId('annual-review-page') },
    me: { name: 'me', path: '/me', ready: byTestId('me-page'), keys: (p) => (ids.myConference ? [[p.getByTestId('my-invitations').getByText(ids.myConference.title).first(), 'an invitation']] : []) },
    meConference: { name: 'me-conference', path: ids.myConference && `/me/conferences/${ids.myConference.id}`, ready: byTestId('me-conference-page') },
    inspections: {
      name: 'inspections', path: '/inspections', ready: byTestId('plans-card'),
      keys: (p) => [[p.getByTestId('plans-card'), 'the year\'s plans']],
    },
    inspection: {
      name: 'inspection-workspace', path: ids.inspection && `/inspections/${ids.inspection.id}?tab=workspace`, ready: byTestId('workspace'),
      keys: (p) => [[p.getByTestId('inspection-title'), 'the inspection']],
    },
    inspectionConclusion: { name: 'inspection-conclusion', path: ids.inspection && `/inspections/${ids.inspection.id}?tab=conclusion`, ready: byTestId('conclusion-panel') },
    inspectionTeam: {
      name: 'inspection-team-workspace', path: ids.myInspection && `/inspections/${ids.myInspection.id}?tab=workspace`, ready: byTestId('workspace'),
      act: async (p) => {
        // The finding editor open, as an inspector sees it while writing.
        const write = p.getByTestId('finding-write').first();
        if (await write.count()) { await write.click(); await expect(p.getByTestId('finding-draft').first()).toBeVisible(); }
      },
    },
    recommendations: {
      name: 'recommendations', path: '/recommendations', ready: byTestId('recommendations-page'),
      keys: (p) => (ids.recommendation ? [[p.getByTestId('rec-link').first(), 'a recommendation']] : []),
    },
    recommendation: {
      name: 'recommendation', path: ids.recommendation && `/recommendations/${ids.recommendation.id}`, ready: byTestId('rec-next'),
      keys: (p) => [[p.getByTestId('rec-body'), 'what it asks'], [p.getByTestId('rec-status'), 'where it stands']],
    },
    programs: { name: 'programs', path: '/programs', ready: byTestId('programs-table'), keys: (p) => [[p.getByTestId('program-link').first(), 'a program title']] },
    programNew: {
      name: 'program-new', path: '/programs', ready: byTestId('program-create'),
      act: async (p) => { await p.getByTestId('program-create').click(); await expect(p.getByRole('dialog')).toBeVisible(); },
    },
    program: {
      name: 'program', path: ids.program && `/programs/${ids.program.id}`, ready: byTestId('targets-table'),
      keys: (p) => [[p.getByTestId('target-progress').first(), 'a target progress']],
    },
    programTarget: {
      name: 'program-target', path: ids.program?.targetId ? `/programs/${ids.program.id}?target=${ids.program.targetId}` : undefined,
      ready: (p) => p.getByTestId('target-chart').locator('canvas'),
    },
    programTasks: { name: 'program-tasks', path: ids.program && `/programs/${ids.program.id}?tab=tasks`, ready: byTestId('program-tasks-table') },
    reports: { name: 'reports', path: '/reports', ready: byTestId('report-programs') },
    programReports: { name: 'program-reports', path: ids.program && `/programs/${ids.program.id}/reports`, ready: byTestId('reporting-settings') },
    reportBoard: { name: 'report-board', path: ids.program && `/programs/${ids.program.id}/report-board`, ready: byTestId('board-counts') },
    reportForm: { name: 'report-form', path: ids.reportPeriod && `/report-periods/${ids.reportPeriod.id}`, ready: byTestId('report-form') },
    tasks: { name: 'tasks', path: '/tasks', ready: byTestId('tasks-table'), keys: (p) => [[p.getByTestId('task-link').first(), 'a task title']] },
    task: { name: 'task', path: ids.task && `/tasks?task=${ids.task.id}`, ready: byTestId('task-notes') },
    inbox: { name: 'notifications', path: '/notifications', ready: (p) => p.getByTestId('inbox').or(p.getByText(/Chưa có thông báo nào/)).first(),
      keys: (p) => [[p.getByTestId('notice').first().or(p.getByText(/Chưa có thông báo nào/)).first(), 'a notification']] },
    notifySettings: { name: 'notification-settings', path: '/notifications/settings', ready: byTestId('notify-settings') },
    outbox: { name: 'mail-outbox', path: '/mail', ready: byTestId('outbox-page') },
    notFound: { name: 'not-found', path: '/khong-co-trang-nay', ready: (p) => p.getByRole('link', { name: /trang chủ/i }).or(p.getByRole('button', { name: /trang chủ/i })).first() },
  };
}

const STAFF = ['home', 'orgs', 'org', 'people', 'person', 'personNew', 'personEdit', 'import', 'documents', 'document', 'documentNew', 'documentEdit',
  'campaigns', 'campaignNew', 'board', 'participation', 'campaignConfs', 'conferences', 'conferenceNew', 'conference', 'bridges', 'invitations', 'live',
  'makeup', 'evaluation', 'questions', 'conferenceEdit', 'hallQr', 'checkin', 'rollCall', 'evaluations',
  'programs', 'programNew', 'program', 'programTarget', 'programTasks', 'tasks', 'task', 'reports', 'programReports', 'reportBoard', 'reportForm',
  'personReview', 'orgReview'];
const INSPECTIONS = ['inspections', 'inspection', 'inspectionConclusion', 'recommendations', 'recommendation'];
export const ROLES: Record<string, string[]> = {
  admin: [...STAFF, ...INSPECTIONS, 'homeUnit', 'accounts', 'accountNew', 'audit', 'outbox', 'notFound'],
  // The commune clerk has no member record of their own (no 'my page'); their conference here is the district's,
  // whose evaluation belongs to its organizers.
  'vanphong.danluc': [...STAFF.filter((k) => k !== 'evaluation'), 'listening', ...INSPECTIONS, 'inbox', 'notifySettings'],
  'lanhdao.huyen': ['home', 'homeUnit', 'orgs', 'org', 'people', 'person', 'documents', 'document', 'campaigns', 'board', 'participation', 'conferences', 'conference',
    'bridges', 'invitations', 'live', 'makeup', 'evaluation', 'questions', 'evaluations', 'me', 'programs', 'program', 'programTarget', 'tasks',
    'personReview', 'orgReview'],
  'dangvien.danluc': ['home', 'orgs', 'org', 'documents', 'document', 'me', 'meConference', 'inbox', 'notifySettings', 'notFound'],
  baocaovien: ['home', 'orgs', 'documents', 'document', 'me', 'meConference'],
  // The district's inspection commission: its plans, the workspace of its own team with the finding editor open.
  'kiemtra.huyen': ['home', ...INSPECTIONS, 'inspectionTeam'],
};
