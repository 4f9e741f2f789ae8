import { one, sql } from '../../server/core/db/index.js';
import { bridgePoint, campaign, conference, invite, MIN } from './attendance-fixture.js';
import { day, inspectionSetup, registerDocument, type InspCtx } from './inspections-fixture.js';

/**
 * The records the papers are compiled from (issue 9 item 3), shared by paperwork.test.ts (the XML as written) and
 * paperwork-office.test.ts (the file as LibreOffice lays it out): a district campaign on Resolution 57 with four
 * obligations; commune A held on time, cell A1 late, cell A2 not at all; two bridge points, four invitees, three
 * attended (one at a make-up); two evaluations; one action program; a secretary who signs.
 */
export async function paperworkSetup() {
  const c = await inspectionSetup();
  const { db } = c;
  const { orgs, people } = c.fx;
  const DAY = 24 * 60 * MIN;
  const camp = await campaign(db, orgs.district.id, ['all_members']);
  const nq = await registerDocument(db, orgs.province.id, 'NQ', 57, 'TW', '2024-12-22', 'Nghị quyết về đột phá phát triển khoa học, công nghệ');
  await db.execute(sql`INSERT INTO campaign_documents (campaign_id, document_id) VALUES (${camp}, ${nq})`);
  for (const o of [orgs.communeA, orgs.cellA1, orgs.cellA2, orgs.communeB]) {
    await db.execute(sql`INSERT INTO obligations (campaign_id, org_id, tier, deadline) VALUES (${camp}, ${o.id}, 'all_members', ${day(-10)})`);
  }
  // Commune A held on time, cell A1 late, cell A2 not at all (overdue); one make-up session.
  const c1 = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -20 * DAY, title: 'Hội nghị học tập Nghị quyết 57' });
  const conf1 = c1.id;
  const bpMain = await bridgePoint(db, conf1, orgs.communeA.id, 'Hội trường Đảng ủy xã', true);
  const bpCell = await bridgePoint(db, conf1, orgs.cellA1.id, 'Nhà văn hóa thôn 1');
  await invite(db, conf1, [people.anA1, people.binhA1], bpCell);
  await invite(db, conf1, [people.cuongA2, people.hoaWomenA], bpMain);
  const attend = (conf: number, person: number, bp: number | null, late = 0) => db.execute(sql`INSERT INTO attendance
    (conference_id, person_id, bridge_point_id, checked_at, late_minutes, method) VALUES (${conf}, ${person}, ${bp}, now() - interval '19 days', ${late}, 'manual')`);
  await attend(conf1, people.anA1, bpCell, 10);
  await attend(conf1, people.cuongA2, bpMain);
  await conference(db, { campaignId: camp, orgId: orgs.cellA1.id, fromNow: -5 * DAY, title: 'Chi bộ thôn 1 học tập' });
  const mk = await conference(db, { campaignId: camp, orgId: orgs.communeA.id, fromNow: -3 * DAY, makeupOf: conf1, title: 'Học bù' });
  await invite(db, mk.id, [people.binhA1], null);
  await attend(mk.id, people.binhA1, null);
  await db.execute(sql`INSERT INTO evaluations (conference_id, org_id, year, flags) VALUES (${conf1}, ${orgs.cellA2.id}, 2026, '{incomplete_composition}')`);
  await db.execute(sql`INSERT INTO evaluations (conference_id, person_id, year, flags) VALUES (${conf1}, ${people.anA1}, 2026, '{late}')`);
  const prog = (await one<{ id: number }>(db, sql`INSERT INTO programs (org_id, title, adopted_on, period_from, period_to)
    VALUES (${orgs.communeA.id}, 'Chương trình hành động thực hiện Nghị quyết 57', ${day(-2)}, '2026-01-01', '2030-12-31') RETURNING id`))!;
  await db.execute(sql`INSERT INTO program_documents (program_id, document_id) VALUES (${prog.id}, ${nq})`);
  await db.execute(sql`INSERT INTO positions (person_id, org_id, title, started_on) VALUES (${people.anA1}, ${orgs.communeA.id}, 'secretary', '2025-06-01')`);
  return { c, camp, conf1, bpMain, bpCell };
}

/** The narrative parts as the office edited them. */
export const draftBody = { opening: 'Thực hiện Kế hoạch của Huyện ủy, Đảng ủy xã đã tổ chức học tập.', assessment: 'Ưu điểm: nghiêm túc.\nHạn chế: còn chậm.', proposals: 'Đề nghị cấp trên cung cấp tài liệu.' };

export type Who = Parameters<InspCtx['api']>[0];

/** Issues the campaign report of commune A (POST /api/campaigns/:id/reports). */
export function issueReport(c: InspCtx, camp: number, who: Who = 'clerkA', extra: object = {}) {
  return c.api(who, 'POST', `/api/campaigns/${camp}/reports`, { orgId: c.fx.orgs.communeA.id, ...draftBody, ...extra });
}

/** Concludes a started inspection of commune A: one published finding, the conclusion, one recommendation. */
export async function concludeInspection(c: InspCtx, id: number) {
  const A = c.fx.orgs.communeA.id;
  const f = await c.api('lead', 'POST', `/api/inspections/${id}/findings`, { orgId: A, item: 'leadership_documents', assessment: 'limited', body: 'Còn chậm ban hành kế hoạch.' });
  const pub = await c.api('lead', 'POST', `/api/findings/${f.json().id}/publish`);
  if (pub.statusCode !== 200) throw new Error(`publish: ${pub.body}`);
  return c.api('lead', 'POST', `/api/inspections/${id}/conclude`, {
    conclusion: 'Đảng ủy xã Dân Lực cơ bản thực hiện tốt.', concludedOn: day(0),
    recommendations: [{ orgId: A, body: 'Ban hành kế hoạch thực hiện còn thiếu.', deadline: day(30) }],
  });
}
