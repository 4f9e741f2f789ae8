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
    expect(district).toMatchObject({ orgName: 'Huyện ủy Triệu Sơn', periodFrom: '2020-10-01', periodTo: '2025-12-31' });
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
