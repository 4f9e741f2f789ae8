import { idList, one, rows, sql, utc, type Queryable, type SQL } from '../../core/db/index.js';
import type { Flag } from './schemas.js';

/** Year of a timestamp in Vietnam time (UTC+7): a conference at 23:30 on 31/12 UTC belongs to the next year. */
export const vnYear = (col: SQL) => sql`EXTRACT(YEAR FROM (${col} AT TIME ZONE 'UTC') + interval '7 hours')::int`;

export interface ConferenceRow { id: number; orgPath: string; title: string; year: number; ended: boolean }

export function findConference(q: Queryable, id: number, lock = false) {
  return one<ConferenceRow>(q, sql`SELECT c.id, o.path::text AS "orgPath", c.title, ${vnYear(sql`c.starts_at`)} AS year,
      (c.ends_at < now()) AS ended
    FROM conferences c JOIN orgs o ON o.id = c.org_id WHERE c.id = ${id} ${lock ? sql`FOR UPDATE OF c` : sql``}`);
}

export async function bridgePointPaths(q: Queryable, conferenceId: number) {
  const r = await rows<{ path: string }>(q, sql`SELECT DISTINCT o.path::text AS path FROM bridge_points b JOIN orgs o ON o.id = b.org_id
    WHERE b.conference_id = ${conferenceId}`);
  return r.map((x) => x.path);
}

/**
 * Everyone invited to or present at the conference, with the unit answerable for them: the grassroots
 * organization (below the organizer) they belong to; else the bridge point's unit when it lies below the
 * organizer; else their home unit (a commune's own conference: its cells and mass organizations).
 */
export const roster = (conferenceId: number) => sql`(
  SELECT p.id AS person_id, p.full_name, p.sort_key, u.id AS home_id, u.name AS home_name, u.path AS home_path,
    (i.person_id IS NOT NULL) AS invited, (a.id IS NOT NULL) AS attended, COALESCE(a.late_minutes, 0) AS late_minutes,
    (ab.excused IS TRUE) AS excused,
    COALESCE(g.id, CASE WHEN bo.path <@ co.path AND bo.path <> co.path THEN bo.id END, u.id) AS unit_id
  FROM (SELECT person_id, bridge_point_id FROM invitations WHERE conference_id = ${conferenceId}) i
  FULL JOIN (SELECT * FROM attendance WHERE conference_id = ${conferenceId}) a ON a.person_id = i.person_id
  JOIN people p ON p.id = COALESCE(i.person_id, a.person_id)
  JOIN orgs u ON u.id = p.org_id
  JOIN conferences c ON c.id = ${conferenceId} JOIN orgs co ON co.id = c.org_id
  LEFT JOIN bridge_points b ON b.id = COALESCE(i.bridge_point_id, a.bridge_point_id)
  LEFT JOIN orgs bo ON bo.id = b.org_id
  LEFT JOIN absences ab ON ab.conference_id = ${conferenceId} AND ab.person_id = p.id
  LEFT JOIN LATERAL (SELECT gr.id FROM orgs gr WHERE gr.kind = 'grassroots' AND gr.path @> u.path
    AND gr.path <@ co.path AND gr.path <> co.path ORDER BY nlevel(gr.path) DESC LIMIT 1) g ON true
) r`;

export interface UnitCounts { orgId: number; orgName: string; orgKind: string; invited: number; attended: number; late: number; absentExcused: number; absentUnexcused: number }

/** Per answerable unit, in one grouped query; scope limits the units the caller sees (ltree column uo.path). */
export function unitCounts(q: Queryable, conferenceId: number, scope: (col: SQL) => SQL) {
  return rows<UnitCounts>(q, sql`SELECT uo.id AS "orgId", uo.name AS "orgName", uo.kind AS "orgKind",
      (count(*) FILTER (WHERE r.invited))::int AS invited,
      (count(*) FILTER (WHERE r.invited AND r.attended))::int AS attended,
      (count(*) FILTER (WHERE r.attended AND r.late_minutes > 0))::int AS late,
      (count(*) FILTER (WHERE r.invited AND NOT r.attended AND r.excused))::int AS "absentExcused",
      (count(*) FILTER (WHERE r.invited AND NOT r.attended AND NOT r.excused))::int AS "absentUnexcused"
    FROM ${roster(conferenceId)} JOIN orgs uo ON uo.id = r.unit_id
    WHERE ${scope(sql`uo.path`)}
    GROUP BY uo.id, uo.name, uo.kind HAVING count(*) FILTER (WHERE r.invited) > 0
    ORDER BY uo.path`);
}

export interface NotablePerson {
  personId: number; fullName: string; orgId: number; orgName: string; unitId: number;
  invited: boolean; attended: boolean; lateMinutes: number; absentUnexcused: boolean;
}

/** People who came late or stayed away without excuse. */
export function notablePeople(q: Queryable, conferenceId: number, scope: (col: SQL) => SQL) {
  return rows<NotablePerson>(q, sql`SELECT r.person_id AS "personId", r.full_name AS "fullName", r.home_id AS "orgId", r.home_name AS "orgName",
      r.unit_id AS "unitId", r.invited, r.attended, r.late_minutes AS "lateMinutes",
      (r.invited AND NOT r.attended AND NOT r.excused) AS "absentUnexcused"
    FROM ${roster(conferenceId)}
    WHERE ((r.attended AND r.late_minutes > 0) OR (r.invited AND NOT r.attended AND NOT r.excused)) AND ${scope(sql`r.home_path`)}
    ORDER BY r.attended DESC, r.late_minutes DESC, r.sort_key, r.person_id`);
}

/** Units an evaluation may name: a bridge point's unit, or a unit some invitee or attendee belongs to (at or below the organizer). */
export function relatedOrgs(q: Queryable, conferenceId: number, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return rows<{ id: number; path: string }>(q, sql`SELECT o.id, o.path::text AS path FROM orgs o
    JOIN conferences c ON c.id = ${conferenceId} JOIN orgs co ON co.id = c.org_id
    WHERE o.id IN (${idList(ids)}) AND (
      EXISTS (SELECT 1 FROM bridge_points b WHERE b.conference_id = c.id AND b.org_id = o.id)
      OR EXISTS (SELECT 1 FROM ${roster(conferenceId)} WHERE r.home_id = o.id OR r.unit_id = o.id
        OR (o.path <@ co.path AND r.home_path <@ o.path)))`);
}

/** People an evaluation may name: invited or present. Path of their home unit, for the audit log. */
export function relatedPeople(q: Queryable, conferenceId: number, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return rows<{ id: number; path: string }>(q, sql`SELECT p.id, u.path::text AS path FROM people p JOIN orgs u ON u.id = p.org_id
    WHERE p.id IN (${idList(ids)}) AND (
      EXISTS (SELECT 1 FROM invitations i WHERE i.conference_id = ${conferenceId} AND i.person_id = p.id)
      OR EXISTS (SELECT 1 FROM attendance a WHERE a.conference_id = ${conferenceId} AND a.person_id = p.id))`);
}

export interface EvaluationRow {
  id: number; conferenceId: number; orgId: number | null; orgName: string | null; personId: number | null; fullName: string | null;
  personOrgName: string | null; year: number; flags: Flag[]; comment: string | null; updatedAt: string;
}

/** The conference's evaluations whose unit (or person's home unit, ltree column tpath) passes scope. */
export function listEvaluations(q: Queryable, conferenceId: number, scope: (col: SQL) => SQL) {
  return rows<EvaluationRow>(q, sql`SELECT e.id, e.conference_id AS "conferenceId", e.org_id AS "orgId", o.name AS "orgName",
      e.person_id AS "personId", p.full_name AS "fullName", po.name AS "personOrgName", e.year, e.flags, e.comment,
      ${utc(sql`e.updated_at`)} AS "updatedAt"
    FROM evaluations e LEFT JOIN orgs o ON o.id = e.org_id
    LEFT JOIN people p ON p.id = e.person_id LEFT JOIN orgs po ON po.id = p.org_id
    WHERE e.conference_id = ${conferenceId} AND ${scope(sql`COALESCE(o.path, po.path)`)}
    ORDER BY (e.org_id IS NULL), o.path, p.sort_key, e.id`);
}

export function findEvaluation(q: Queryable, conferenceId: number, t: { orgId?: number; personId?: number }) {
  const cond = t.orgId !== undefined ? sql`org_id = ${t.orgId}` : sql`person_id = ${t.personId!}`;
  return one<{ id: number; flags: string[]; comment: string | null; year: number }>(q,
    sql`SELECT id, flags, comment, year FROM evaluations WHERE conference_id = ${conferenceId} AND ${cond}`);
}
