// The demo's district term program: the seeds' targets, commune programs built from it whose values roll up,
// tasks given to communes; scoped like everything else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, sql, type Database } from '../../server/core/db/index.js';
import { DEMO_PASSWORD, seedDemo } from '../../server/demo/seed.js';
import type { App } from '../../server/app.js';
import { freshDatabase, loginAs, testApp } from '../helpers.js';

let database: Database;
let app: App;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  database = await freshDatabase();
  expect(await seedDemo(database.db)).toBe(true);
  app = await testApp(database);
  for (const u of ['lanhdao.huyen', 'vanphong.danluc', 'vanphong.hopthanh']) cookies[u] = await loginAs(app, u, DEMO_PASSWORD);
});
afterAll(async () => { await app?.close(); await database?.close(); });

const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: { cookie: cookies[who] } });

describe('demo: the district term program', () => {
  it('holds the seeds\' targets, rolled up from the communes\' programs', async () => {
    const list = (await get('lanhdao.huyen', '/api/programs?pageSize=1')).json();
    expect(list.total).toBe(35);
    const district = (await get('lanhdao.huyen', '/api/programs/1')).json();
    // The term's program runs on to 2030, its last target's deadline, so there is a current period to report on.
    expect(district).toMatchObject({ orgName: 'Huyện ủy Triệu Sơn', periodFrom: '2020-10-01', periodTo: '2030-12-31' });
    expect(district.documents[0].title).toBe('Nghị quyết Đại hội Đảng bộ huyện Triệu Sơn lần thứ XVIII, nhiệm kỳ 2020-2025');
    const by = (name: string) => district.targets.find((t: { indicator: string }) => t.indicator === name);
    expect(by('Huyện đạt chuẩn nông thôn mới nâng cao')).toMatchObject({ kind: 'boolean', current: true, achieved: true, deadline: '2024-12-31' });
    expect(by('Tỷ lệ tiêu chí đô thị loại IV đạt được')).toMatchObject({ current: 94, progress: 85, deadline: '2025-12-31' });
    expect(by('Huyện Triệu Sơn trở thành thị xã')).toMatchObject({ current: false, deadline: '2030-12-31' });
    // The roll-ups agree with the communes' latest figures, counted here by a plain query.
    const expected = (await one<{ meeting: number; joined: number }>(database.db, sql`
      WITH latest AS (SELECT DISTINCT ON (v.target_id) t.indicator, v.value FROM target_values v JOIN program_targets t ON t.id = v.target_id
        WHERE t.program_id <> 1 ORDER BY v.target_id, v.as_of DESC, v.id DESC)
      SELECT count(*) FILTER (WHERE indicator = 'Xã đạt chuẩn nông thôn mới nâng cao' AND value = 1)::int AS meeting,
        sum(value) FILTER (WHERE indicator = 'Kết nạp đảng viên mới')::int AS joined FROM latest`))!;
    expect(by('Số xã đạt chuẩn nông thôn mới nâng cao')).toMatchObject({ current: expected.meeting, rollup: { units: 34, reported: 34, met: expected.meeting } });
    expect(expected.meeting).toBeGreaterThan(20);
    expect(by('Kết nạp đảng viên mới')).toMatchObject({ current: expected.joined, aggregation: 'sum' });
    expect(by('Thu nhập bình quân đầu người').milestones).toEqual([{ year: 2023, value: 52 }, { year: 2024, value: 58 }, { year: 2025, value: 65 }]);
    expect(district).toMatchObject({ taskCount: 8, overdueTaskCount: 2 });
  });

  it('a commune sees the district\'s program and its own, and the tasks given to it; not another commune\'s', async () => {
    const mine = (await get('vanphong.danluc', '/api/programs')).json();
    expect(mine.total).toBe(2);
    const own = mine.items.find((p: { parentProgramId: number | null }) => p.parentProgramId === 1);
    expect(own.orgName).toBe('Đảng ủy xã Dân Lực');
    expect((await get('vanphong.hopthanh', `/api/programs/${own.id}`)).statusCode).toBe(404);
    const tasks = (await get('lanhdao.huyen', '/api/tasks?status=overdue')).json();
    expect(tasks.total).toBe(2);
    expect(tasks.items.every((t: { assignedFromAbove: boolean }) => t.assignedFromAbove)).toBe(true);
  });
});

describe('demo: progress reports', () => {
  it('yearly reports to 2024, then quarterly; the district\'s board shows late units first, two of them reminded', async () => {
    const reporting = (await get('lanhdao.huyen', '/api/programs/1/reporting')).json();
    expect(reporting).toMatchObject({ frequency: 'quarterly', dueDays: 10, inherited: false });
    const labels = reporting.periods.map((p: { label: string }) => p.label);
    expect(labels.slice(0, 6)).toEqual(['Năm 2020', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Quý I/2025']);
    expect(labels.at(-1)).toBe('Quý IV/2030');
    const q3 = reporting.periods.find((p: { label: string }) => p.label === 'Quý III/2026');
    const board = (await get('lanhdao.huyen', `/api/programs/1/report-board?periodId=${q3.id}&pageSize=50`)).json();
    expect(board.counts).toEqual({ late: 9, not_due: 0, late_filed: 3, on_time: 22 });
    expect(board.items.slice(0, 9).every((x: { status: string }) => x.status === 'late')).toBe(true);
    expect(board.items.filter((x: { reminderCount: number }) => x.reminderCount > 0).length).toBe(2);
    expect(board.items.find((x: { orgName: string }) => x.orgName === 'Đảng ủy xã Dân Lực').status).toBe('on_time');
    // The figures filed with the quarters are the communes' latest: the roll-up's date is the quarter's end.
    const members = (await get('lanhdao.huyen', '/api/programs/1')).json().targets.find((t: { indicator: string }) => t.indicator === 'Kết nạp đảng viên mới');
    expect(members.currentAsOf).toBe('2026-09-30');
  });

  it('a commune clerk has the current quarter open, and sees its own periods only', async () => {
    const own = (await get('vanphong.danluc', '/api/programs')).json().items.find((p: { parentProgramId: number | null }) => p.parentProgramId === 1);
    const periods = (await get('vanphong.danluc', `/api/programs/${own.id}/reporting`)).json().periods;
    const q4 = periods.find((p: { label: string }) => p.label === 'Quý IV/2026');
    expect(q4).toMatchObject({ reportId: null, endsOn: '2026-12-31', dueOn: '2027-01-10' });
    const form = (await get('vanphong.danluc', `/api/report-periods/${q4.id}/report`)).json();
    expect(form).toMatchObject({ canEdit: true, org: { name: 'Đảng ủy xã Dân Lực' } });
    expect(form.targets.length).toBe(4);
    expect(form.targets.every((t: { lastValue: unknown }) => t.lastValue != null)).toBe(true);
    expect((await get('vanphong.hopthanh', `/api/report-periods/${q4.id}/report`)).statusCode).toBe(404);
  });
});
