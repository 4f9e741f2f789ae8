// The daily job "a deadline is approaching": once per item and person (the inbox's dedupe key), however often it runs
// and on however many instances. It reads the records of other modules by their tables, as the inspection record does.
import { rows, sql, type Db } from '../../core/db/index.js';
import { notify, vnDate, type Notice } from './notify.js';

/** Days before a deadline when the unit is told. */
export const DEADLINE_NOTICE_DAYS = 3;

interface Due { id: number; orgId: number; path: string; unit: string; deadline: string; title: string; extra: string | null; linkId: number }

const window = (today: string, col: ReturnType<typeof sql.raw>) =>
  sql`${col} BETWEEN ${today}::date AND ${today}::date + ${DEADLINE_NOTICE_DAYS}::int`;

/** Study obligations not yet scheduled, report periods not yet reported, recommendations not yet remedied. */
export async function enqueueDeadlines(db: Db, today: string) {
  const obligations = await rows<Due>(db, sql`SELECT ob.id, o.id AS "orgId", o.path::text AS path, o.name AS unit, ob.deadline::text AS deadline,
      k.title, NULL AS extra, k.id AS "linkId"
    FROM obligations ob JOIN campaigns k ON k.id = ob.campaign_id JOIN orgs o ON o.id = ob.org_id
    WHERE k.status <> 'closed' AND ${window(today, sql.raw('ob.deadline'))} AND NOT EXISTS (
      SELECT 1 FROM conferences c WHERE c.campaign_id = ob.campaign_id AND c.org_id = ob.org_id AND c.tier = ob.tier AND c.makeup_of IS NULL)`);
  const reports = await rows<Due>(db, sql`SELECT rp.id, o.id AS "orgId", o.path::text AS path, o.name AS unit, rp.due_on::text AS deadline,
      p.title, rp.label AS extra, rp.id AS "linkId"
    FROM report_periods rp JOIN programs p ON p.id = rp.program_id JOIN orgs o ON o.id = p.org_id
    WHERE p.status = 'active' AND ${window(today, sql.raw('rp.due_on'))} AND NOT EXISTS (
      SELECT 1 FROM program_reports r WHERE r.period_id = rp.id AND r.status = 'submitted')`);
  const recs = await rows<Due>(db, sql`SELECT r.id, o.id AS "orgId", o.path::text AS path, o.name AS unit, r.deadline::text AS deadline,
      left(r.body, 140) AS title, NULL AS extra, r.id AS "linkId"
    FROM recommendations r JOIN inspections i ON i.id = r.inspection_id JOIN orgs o ON o.id = r.org_id
    WHERE r.status NOT IN ('closed', 'done_reported') AND i.status IN ('concluded', 'closed') AND ${window(today, sql.raw('r.deadline'))}`);

  const notices: Notice[] = [
    ...obligations.map((d): Notice => ({
      kind: 'deadline_obligation', params: { campaign: d.title, unit: d.unit, deadline: vnDate(d.deadline) }, link: `/campaigns/${d.linkId}`,
      org: { id: d.orgId, path: d.path }, toUnitStaff: { orgIds: [d.orgId], action: 'campaign.read' }, dedupeKey: `deadline:obligation:${d.id}`,
    })),
    ...reports.map((d): Notice => ({
      kind: 'deadline_report', params: { program: d.title, period: d.extra, unit: d.unit, deadline: vnDate(d.deadline) }, link: `/report-periods/${d.linkId}`,
      org: { id: d.orgId, path: d.path }, toUnitStaff: { orgIds: [d.orgId], action: 'program.read' }, dedupeKey: `deadline:report:${d.id}`,
    })),
    ...recs.map((d): Notice => ({
      kind: 'deadline_recommendation', params: { body: d.title, unit: d.unit, deadline: vnDate(d.deadline) }, link: `/recommendations/${d.linkId}`,
      org: { id: d.orgId, path: d.path }, toUnitStaff: { orgIds: [d.orgId], action: 'inspection.read' }, dedupeKey: `deadline:recommendation:${d.id}`,
    })),
  ];
  // One transaction per hundred notices: a national run does not hold one transaction for minutes.
  let written = 0;
  for (let i = 0; i < notices.length; i += 100) {
    written += await db.transaction((tx) => notify(tx, notices.slice(i, i + 100)));
  }
  return written;
}
