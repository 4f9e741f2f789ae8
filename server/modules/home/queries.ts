// The few figures no other module computes: trends over time. Everything else on the home pages is read through the
// owning modules' own query functions (campaigns, conferences, attendance, programs, inspections).
import { idList, rows, sql, vnDay, VN_TODAY, type Queryable, type SQL } from '../../core/db/index.js';
import { reportStatusSql } from '../programs/board-queries.js';

const rate = (attended: number, invited: number) => (invited ? Math.round((attended / invited) * 10000) / 10000 : 0);

/**
 * Invitations of people whose home unit passes `unitScope` (on u.path) to conferences that have ended, by the month
 * (in Vietnam) the conference started, over the last 12 months (this one included); attended = those invited who were recorded present.
 */
export async function participationByMonth(db: Queryable, unitScope: SQL, today: string) {
  const list = await rows<{ month: string; conferences: number; invited: number; attended: number }>(db, sql`
    SELECT to_char(${vnDay(sql`c.starts_at`)}, 'YYYY-MM') AS month, count(DISTINCT c.id)::int AS conferences,
      count(*)::int AS invited, count(a.person_id)::int AS attended
    FROM conferences c JOIN invitations i ON i.conference_id = c.id JOIN people p ON p.id = i.person_id JOIN orgs u ON u.id = p.org_id
    LEFT JOIN attendance a ON a.conference_id = i.conference_id AND a.person_id = i.person_id
    WHERE c.ends_at <= now() AND ${vnDay(sql`c.starts_at`)} >= date_trunc('month', ${VN_TODAY}) - interval '11 months'
      AND ${unitScope}
    GROUP BY 1 ORDER BY 1`);
  // Every month of the twelve, those without a conference too: a gap is a fact, not a missing point.
  const byMonth = new Map(list.map((m) => [m.month, m]));
  const [y, m] = today.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 12 + i, 1));
    const month = d.toISOString().slice(0, 7);
    const r = byMonth.get(month) ?? { month, conferences: 0, invited: 0, attended: 0 };
    return { ...r, rate: rate(r.attended, r.invited) };
  });
}

/** Periodic reports owed by the units passing `unitScope` (on o.path), once due, by the quarter their period ends (last 8). */
export async function reportsByQuarter(db: Queryable, unitScope: SQL) {
  const list = await rows<{ quarter: string; due: number; onTime: number; lateFiled: number; late: number }>(db, sql`
    SELECT x.quarter, count(*)::int AS due, count(*) FILTER (WHERE x.status = 'on_time')::int AS "onTime",
      count(*) FILTER (WHERE x.status = 'late_filed')::int AS "lateFiled", count(*) FILTER (WHERE x.status = 'late')::int AS late
    FROM (SELECT to_char(rp.ends_on, 'YYYY-"Q"Q') AS quarter, ${reportStatusSql('rp', 'rp')} AS status
      FROM report_periods rp JOIN orgs o ON o.id = rp.org_id WHERE rp.due_on < ${VN_TODAY} AND ${unitScope}) x
    GROUP BY 1 ORDER BY 1 DESC LIMIT 8`);
  return list.reverse();
}

/** For the units listed, their kind and whether any unit lies below them (a cell is the last step: its people). */
export function unitShapes(db: Queryable, ids: number[]) {
  if (!ids.length) return Promise.resolve([] as { id: number; kind: string; hasChildren: boolean }[]);
  return rows<{ id: number; kind: string; hasChildren: boolean }>(db, sql`SELECT o.id, o.kind,
      EXISTS (SELECT 1 FROM orgs c WHERE c.parent_id = o.id AND c.status = 'active') AS "hasChildren"
    FROM orgs o WHERE o.id IN (${idList(ids)})`);
}

/** The units from `top` down to `path` (both included), top first. */
export function trailOf(db: Queryable, top: string, path: string) {
  return rows<{ id: number; name: string }>(db, sql`SELECT id, name FROM orgs
    WHERE path @> ${path}::ltree AND path <@ ${top}::ltree ORDER BY nlevel(path)`);
}
