// The facts of a member's or a unit's year that the other modules do not already compile, and the rating decided.
import { one, rows, sql, utc, VN_TODAY, type Queryable } from '../../core/db/index.js';
import { unitLabel } from '../../core/units.js';
import { vnYear } from '../evaluations/queries.js';

export type ConferenceOutcome = 'attended' | 'late' | 'made_up' | 'excused' | 'absent';

/**
 * The conferences of the year a member was invited to that have ended (make-up sessions apart: they count for the
 * conference they make up), with what happened: present (on time or late), made up, excused, absent.
 */
export function personConferences(db: Queryable, personId: number, year: number) {
  return rows<{ id: number; title: string; startsAt: string; outcome: ConferenceOutcome; lateMinutes: number }>(db, sql`
    SELECT c.id, c.title, ${utc(sql`c.starts_at`)} AS "startsAt", coalesce(a.late_minutes, 0)::int AS "lateMinutes",
      CASE WHEN a.conference_id IS NOT NULL THEN CASE WHEN a.late_minutes > 0 THEN 'late' ELSE 'attended' END
        WHEN EXISTS (SELECT 1 FROM attendance ma JOIN conferences mc ON mc.id = ma.conference_id
          WHERE ma.person_id = ${personId} AND mc.makeup_of = c.id) THEN 'made_up'
        WHEN ab.excused THEN 'excused' ELSE 'absent' END AS outcome
    FROM invitations i JOIN conferences c ON c.id = i.conference_id
    LEFT JOIN attendance a ON a.conference_id = c.id AND a.person_id = ${personId}
    LEFT JOIN absences ab ON ab.conference_id = c.id AND ab.person_id = ${personId}
    WHERE i.person_id = ${personId} AND c.makeup_of IS NULL AND ${vnYear(sql`c.starts_at`)} = ${year} AND c.ends_at < now()
    ORDER BY c.starts_at, c.id`);
}

/** The member's questions in the year's conferences, and how many were answered. */
export function personQuestions(db: Queryable, personId: number, year: number) {
  return one<{ asked: number; answered: number }>(db, sql`SELECT count(*)::int AS asked, count(q.answered_at)::int AS answered
    FROM questions q JOIN conferences c ON c.id = q.conference_id
    WHERE q.person_id = ${personId} AND ${vnYear(sql`c.starts_at`)} = ${year}`);
}

/** Findings of the inspections concluded in the year about the unit: the latest published assessment of each item. */
export function unitFindings(db: Queryable, orgId: number, year: number) {
  return rows<{ id: number; inspectionId: number; inspectionTitle: string; item: string; assessment: string; body: string; concludedOn: string | null }>(db, sql`
    SELECT f.id, i.id AS "inspectionId", i.title AS "inspectionTitle", f.item, fr.assessment, fr.body, i.concluded_on AS "concludedOn"
    FROM inspection_findings f JOIN inspections i ON i.id = f.inspection_id
    JOIN LATERAL (SELECT r.assessment, r.body FROM finding_revisions r WHERE r.finding_id = f.id AND r.published_at IS NOT NULL
      ORDER BY r.revision DESC LIMIT 1) fr ON true
    WHERE f.org_id = ${orgId} AND i.status IN ('concluded', 'closed') AND EXTRACT(YEAR FROM i.concluded_on)::int = ${year}
    ORDER BY i.concluded_on, i.id, f.id`);
}

/** Recommendations to the unit due in the year, or still open from before it, with whether they are past due. */
export function unitRecommendations(db: Queryable, orgId: number, year: number) {
  return rows<{ id: number; inspectionId: number; body: string; deadline: string; status: string; closedOn: string | null; overdue: boolean }>(db, sql`
    SELECT r.id, r.inspection_id AS "inspectionId", r.body, r.deadline, r.status, r.closed_on AS "closedOn",
      (r.status <> 'closed' AND r.deadline < ${VN_TODAY}) AS overdue
    FROM recommendations r
    WHERE r.org_id = ${orgId} AND (EXTRACT(YEAR FROM r.deadline)::int = ${year}
      OR (r.deadline < make_date(${year}, 1, 1) AND (r.status <> 'closed' OR EXTRACT(YEAR FROM r.closed_on)::int >= ${year})))
    ORDER BY r.deadline, r.id`);
}

export interface RatingRow {
  rating: string; suggested: string | null; reason: string | null; decidedBy: string | null; decidedAt: string;
}

export function ratingOf(db: Queryable, subject: { personId: number } | { orgId: number }, year: number) {
  const where = 'personId' in subject ? sql`r.person_id = ${subject.personId}` : sql`r.org_id = ${subject.orgId}`;
  return one<RatingRow>(db, sql`SELECT r.rating, r.suggested, r.reason, a.display_name AS "decidedBy", ${utc(sql`r.decided_at`)} AS "decidedAt"
    FROM annual_ratings r LEFT JOIN accounts a ON a.id = r.decided_by WHERE ${where} AND r.year = ${year}`);
}

export function findUnit(db: Queryable, id: number) {
  return one<{ id: number; path: string; name: string }>(db, sql`SELECT o.id, o.path::text AS path, ${unitLabel('o')} AS name FROM orgs o WHERE o.id = ${id}`);
}
