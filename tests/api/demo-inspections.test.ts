// The demo's inspections: Dân Lực run from plan to an accepted remedy (closed), Hợp Thành with a recommendation open
// past its deadline, a supervision still planned for a newcomer to run; scoped like everything else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/core/db/index.js';
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
  for (const u of ['kiemtra.huyen', 'lanhdao.huyen', 'vanphong.danluc', 'vanphong.hopthanh', 'dangvien.danluc']) cookies[u] = await loginAs(app, u, DEMO_PASSWORD);
});
afterAll(async () => { await app?.close(); await database?.close(); });

const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) => app.inject({ method, url, payload, headers: { cookie: cookies[who] } });
const get = (who: string, url: string) => call(who, 'GET', url);

describe('demo: inspection and supervision', () => {
  it('holds the inspection commission\'s 2025 plan and the standing committee\'s 2026 plan', async () => {
    const plans = (await get('kiemtra.huyen', '/api/inspection-plans')).json();
    expect(plans.items.map((p: { year: number; body: string; inspectionCount: number }) => [p.year, p.body, p.inspectionCount])).toEqual([
      [2026, 'standing_committee', 1], [2025, 'inspection_commission', 2],
    ]);
    const list = (await get('kiemtra.huyen', '/api/inspections?mine=true')).json();
    expect(list.items.map((i: { status: string; kind: string }) => [i.status, i.kind])).toEqual([['planned', 'giam_sat'], ['concluded', 'giam_sat'], ['closed', 'kiem_tra']]);
  });

  it('Dân Lực went from plan to findings to a conclusion whose recommendation was remedied and accepted', async () => {
    const list = (await get('kiemtra.huyen', '/api/inspections?status=closed')).json();
    const ins = (await get('kiemtra.huyen', `/api/inspections/${list.items[0].id}`)).json();
    expect(ins).toMatchObject({
      status: 'closed', kind: 'kiem_tra', decision: { symbol: '15-QĐ/UBKTHU' }, conclusionDocument: { symbol: '20-TB/UBKTHU' },
      leader: { username: 'kiemtra.huyen' }, myRole: 'leader', subjects: [{ name: 'Đảng ủy xã Dân Lực' }], can: { edit: false, reopen: true },
    });
    expect(ins.findings.map((f: { item: string }) => f.item)).toEqual(ins.checklist);
    const corrected = ins.findings.find((f: { item: string }) => f.item === 'leadership_documents');
    expect(corrected).toMatchObject({ revisionCount: 2, published: { revision: 2, assessment: 'limited' } });
    const history = (await get('vanphong.danluc', `/api/findings/${corrected.id}`)).json();
    expect(history.revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    const rec = (await get('vanphong.danluc', `/api/recommendations/${ins.recommendations[0].id}`)).json();
    expect(rec).toMatchObject({ status: 'closed', closedOn: '2025-08-05', overdue: false });
    expect(rec.events.map((e: { kind: string; author: string }) => [e.kind, e.author])).toEqual([
      ['plan', 'Văn phòng Đảng ủy xã Dân Lực'], ['plan_accepted', 'Ủy ban Kiểm tra Huyện ủy Triệu Sơn'],
      ['done', 'Văn phòng Đảng ủy xã Dân Lực'], ['done_accepted', 'Ủy ban Kiểm tra Huyện ủy Triệu Sơn'],
    ]);
    // Its pre-filled record comes from the demo's real records of the commune.
    const record = (await get('kiemtra.huyen', `/api/inspections/${ins.id}/record?orgId=${ins.subjects[0].id}`)).json();
    expect(record.sections.action_programs.programs.length).toBeGreaterThan(0);
    expect(record.sections.target_results.total).toBeGreaterThan(0);
  });

  it('Hợp Thành\'s recommendation is open past its deadline, on the standing committee\'s list; its own office sees it, Dân Lực does not', async () => {
    const overdue = (await get('lanhdao.huyen', '/api/recommendations/overdue')).json();
    expect(overdue.items).toEqual([expect.objectContaining({ org: expect.objectContaining({ name: 'Đảng ủy xã Hợp Thành' }), status: 'plan_accepted', deadline: '2025-12-31', overdue: true })]);
    expect((await get('vanphong.hopthanh', '/api/recommendations?overdue=true')).json().total).toBe(1);
    expect((await get('vanphong.danluc', '/api/recommendations?overdue=true')).json().total).toBe(0);
    expect((await get('vanphong.danluc', `/api/recommendations/${overdue.items[0].id}`)).statusCode).toBe(404);
    expect((await get('dangvien.danluc', '/api/inspections')).statusCode).toBe(403);
  });

  it('leaves a supervision planned that kiemtra.huyen can start', async () => {
    const planned = (await get('kiemtra.huyen', '/api/inspections?status=planned')).json().items[0];
    expect(planned.subjects.map((s: { name: string }) => s.name).sort()).toEqual(['Đảng ủy xã Dân Lực', 'Đảng ủy xã Hợp Thành']);
    // Each commune sees only its own part of it.
    expect((await get('vanphong.hopthanh', `/api/inspections/${planned.id}`)).json().subjects.map((s: { name: string }) => s.name)).toEqual(['Đảng ủy xã Hợp Thành']);
    const started = await call('kiemtra.huyen', 'POST', `/api/inspections/${planned.id}/start`);
    expect(started.json()).toMatchObject({ status: 'in_progress', can: { edit: true } });
  });
});
