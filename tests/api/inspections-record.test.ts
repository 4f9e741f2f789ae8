import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/core/db/index.js';
import { conference } from './campaigns-fixture.js';
import { day, inspectionSetup, planAndInspection, registerDocument, type InspCtx } from './inspections-fixture.js';

let c: InspCtx;
beforeAll(async () => { c = await inspectionSetup(); });
afterAll(async () => { await c?.close(); });

describe('the pre-filled record of a subject unit comes from the system\'s own records', () => {
  it('shows, by checklist item, what the unit issued, studied, planned and achieved in the period', async () => {
    const { orgs, people } = c.fx;
    const { id } = await planAndInspection(c);
    expect((await c.api('lead', 'PATCH', `/api/inspections/${id}`, { periodFrom: day(-200), periodTo: day(30) })).statusCode).toBe(200);
    const record = async (who: Parameters<InspCtx['api']>[0] = 'lead') => c.api(who, 'GET', `/api/inspections/${id}/record?orgId=${orgs.communeA.id}`);

    // Nothing yet: an empty record, every section present.
    let res = await record();
    expect(res.statusCode).toBe(200);
    expect(res.json().sections).toMatchObject({
      documents_implementation: { campaigns: [] }, leadership_documents: { documents: [] }, action_programs: { programs: [] },
      models_solutions: { tasks: [] }, target_results: { targets: [], total: 0 },
      completion_time: { tasks: { total: 0 }, studyLate: 0, reports: { due: 0, filed: 0, late: 0, missing: 0 } },
    });

    // Leadership documents: the commune's own, in the period only.
    const resolution = await registerDocument(c.db, orgs.district.id, 'NQ', 5, 'HU', day(-100), 'Nghị quyết về xây dựng nông thôn mới nâng cao');
    const plan = await registerDocument(c.db, orgs.communeA.id, 'KH', 12, 'ĐU', day(-90), 'Kế hoạch thực hiện Nghị quyết 05-NQ/HU');
    await registerDocument(c.db, orgs.communeA.id, 'CV', 3, 'ĐU', day(-400), 'Công văn trước kỳ kiểm tra');
    await registerDocument(c.db, orgs.communeB.id, 'KH', 7, 'ĐU', day(-80), 'Kế hoạch của xã khác');

    // Study: the district's campaign, owed by the commune (held late) and its cells (one late, one on time).
    const campaign = await c.api('leaderDistrict', 'POST', '/api/campaigns', {
      orgId: orgs.district.id, title: 'Học tập Nghị quyết 05-NQ/HU', documentIds: [resolution], tiers: ['all_members'],
      deadline: day(-20), levelOffsets: { grassroots: 10, cell: 0 },
    });
    expect(campaign.statusCode).toBe(201);
    const k = campaign.json().id;
    const held = await conference(c.db, { campaignId: k, orgId: orgs.communeA.id, tier: 'all_members', dayOffset: -32 });
    await conference(c.db, { campaignId: k, orgId: orgs.cellA2.id, tier: 'all_members', dayOffset: -22 });
    await conference(c.db, { campaignId: k, orgId: orgs.communeA.id, tier: 'all_members', dayOffset: -28, makeupOf: held });
    await c.db.execute(sql`INSERT INTO invitations (conference_id, person_id) VALUES (${held}, ${people.anA1}), (${held}, ${people.binhA1}), (${held}, ${people.cuongA2})`);
    await c.db.execute(sql`INSERT INTO attendance (conference_id, person_id, checked_at, method) VALUES (${held}, ${people.anA1}, now() - interval '25 days', 'manual'),
      (${held}, ${people.binhA1}, now() - interval '25 days', 'manual')`);
    await c.db.execute(sql`INSERT INTO evaluations (conference_id, org_id, year, flags, comment) VALUES (${held}, ${orgs.cellA1.id}, 2026, '{late,incomplete_composition}', 'Đến muộn')`);

    // Action program with a target and tasks (one overdue, one done).
    const program = (await c.api('clerkA', 'POST', '/api/programs', {
      orgId: orgs.communeA.id, title: 'Chương trình hành động thực hiện Nghị quyết 05-NQ/HU', adoptedOn: day(-85), adoptingDocumentId: plan,
      documentIds: [resolution], periodFrom: day(-85), periodTo: day(300),
    })).json();
    const target = (await c.api('clerkA', 'POST', `/api/programs/${program.id}/targets`, {
      indicator: 'Tỷ lệ hộ nghèo', unit: '%', kind: 'percentage', baselineValue: 5, targetValue: 2, deadline: day(300),
    })).json();
    await c.api('clerkA', 'POST', `/api/targets/${target.id}/values`, { value: 3.5, asOf: day(-1) });
    await c.api('clerkA', 'POST', `/api/programs/${program.id}/tasks`, { title: 'Xây dựng mô hình thôn kiểu mẫu', deadline: day(-3), status: 'in_progress' });
    await c.api('clerkA', 'POST', `/api/programs/${program.id}/tasks`, { title: 'Ra mắt câu lạc bộ', deadline: day(10), status: 'done' });

    // Quarterly progress reports (the periods' tables, item 2): on time, filed late, missing, not yet due.
    for (const [n, due, filed] of [[1, -100, -101], [2, -40, -35], [3, -10, null], [4, 20, null]] as const) {
      const period = (await c.db.execute(sql`INSERT INTO report_periods (program_id, starts_on, ends_on, due_on, label)
        VALUES (${program.id}, ${day(due - 100)}, ${day(due - 10)}, ${day(due)}, ${`Kỳ ${n}`}) RETURNING id`) as unknown as { rows: { id: number }[] }).rows[0].id;
      if (filed !== null) {
        await c.db.execute(sql`INSERT INTO program_reports (program_id, period_id, org_id, status, submitted_at, revision)
          VALUES (${program.id}, ${period}, ${orgs.communeA.id}, 'submitted', ${`${day(filed)}T03:00:00Z`}::timestamptz, 1)`);
      }
    }

    res = await record();
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json().sections;
    expect(s.leadership_documents.documents.map((d: { symbol: string }) => d.symbol)).toEqual(['12-KH/ĐU']);
    expect(s.leadership_documents.byType).toEqual([{ type: 'KH', count: 1 }]);
    expect(s.documents_implementation.campaigns).toEqual([expect.objectContaining({
      campaignId: k, documents: ['5-NQ/HU'], tier: 'all_members', deadline: day(-30), status: 'held_on_time', conferenceId: held, heldOn: day(-32),
      invited: 3, attended: 2, unitsBelow: 2, lateUnits: 1, makeups: 1, evaluations: 1,
      evaluationFlags: expect.arrayContaining([{ flag: 'late', count: 1 }, { flag: 'incomplete_composition', count: 1 }]),
    })]);
    expect(s.action_programs.programs).toEqual([expect.objectContaining({ id: program.id, adoptingDocument: '12-KH/ĐU', targetCount: 1, taskCount: 2 })]);
    expect(s.target_results).toMatchObject({ total: 1, achieved: 0, targets: [{ id: target.id, current: 3.5, progress: 50, achieved: false }] });
    expect(s.models_solutions.tasks.map((t: { title: string; overdue: boolean }) => [t.title, t.overdue])).toEqual([
      ['Xây dựng mô hình thôn kiểu mẫu', true], ['Ra mắt câu lạc bộ', false],
    ]);
    expect(s.completion_time).toEqual({ tasks: { total: 2, done: 1, overdue: 1, open: 1, doneLate: 0 }, studyLate: 0, reports: { due: 3, filed: 2, late: 1, missing: 1 } });
    expect(JSON.stringify(res.json())).not.toContain('xã khác');

    // The unit inspected reads its own record; a unit that is not a subject is refused with the field named.
    expect((await record('clerkA')).statusCode).toBe(200);
    res = await c.api('lead', 'GET', `/api/inspections/${id}/record?orgId=${orgs.communeB.id}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('orgId');
  });
});
