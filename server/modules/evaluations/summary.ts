import { rows, sql, utc, type Queryable, type SQL } from '../../core/db/index.js';
import type { z } from 'zod';
import { vnYear } from './queries.js';
import type { summaryOut } from './schemas.js';

type Summary = z.infer<typeof summaryOut>;


/** Flag counts and the list of evaluations (with their conference) of the rows of `e` grouped by the caller. */
const aggregates = sql`count(*)::int AS evaluated,
  json_build_object(
    'late', count(*) FILTER (WHERE 'late' = ANY(e.flags)),
    'incomplete_composition', count(*) FILTER (WHERE 'incomplete_composition' = ANY(e.flags)),
    'unserious', count(*) FILTER (WHERE 'unserious' = ANY(e.flags))) AS flags,
  json_agg(json_build_object('conferenceId', c.id, 'title', c.title, 'startsAt', ${utc(sql`c.starts_at`)}, 'flags', e.flags, 'comment', e.comment)
    ORDER BY c.starts_at, c.id) AS evaluations`;

/**
 * Units evaluated in the year whose path passes `where` (ltree column o.path), one grouped query; conferences
 * invited/attended count the distinct conferences of the year where someone of the unit's subtree was invited / present.
 * The (unit, conference) pairs of the year are collapsed once (MATERIALIZED) and then matched by subtree, instead of
 * rescanning every invitation of each evaluated unit's subtree (1.7 s a year on the demo data before).
 */
export function unitSummaries(q: Queryable, year: number, where: SQL) {
  return rows<Summary['units'][number]>(q, sql`WITH
      invited AS MATERIALIZED (SELECT DISTINCT o.path, i.conference_id FROM invitations i
        JOIN conferences ic ON ic.id = i.conference_id JOIN people ip ON ip.id = i.person_id JOIN orgs o ON o.id = ip.org_id
        WHERE ${vnYear(sql`ic.starts_at`)} = ${year} AND ${where}),
      present AS MATERIALIZED (SELECT DISTINCT o.path, a.conference_id FROM attendance a
        JOIN conferences ac ON ac.id = a.conference_id JOIN people ap ON ap.id = a.person_id JOIN orgs o ON o.id = ap.org_id
        WHERE ${vnYear(sql`ac.starts_at`)} = ${year} AND ${where})
    SELECT o.id AS "orgId", o.name AS "orgName", o.kind AS "orgKind", po.name AS "parentName", ${aggregates},
      (SELECT count(DISTINCT v.conference_id) FROM invited v WHERE v.path <@ o.path)::int AS "conferencesInvited",
      (SELECT count(DISTINCT p.conference_id) FROM present p WHERE p.path <@ o.path)::int AS "conferencesAttended"
    FROM evaluations e JOIN conferences c ON c.id = e.conference_id JOIN orgs o ON o.id = e.org_id
    LEFT JOIN orgs po ON po.id = o.parent_id
    WHERE e.year = ${year} AND ${where}
    GROUP BY o.id, o.name, o.kind, o.path, po.name ORDER BY o.path`);
}

const personCounts = (year: number) => sql`
  (SELECT count(*) FROM invitations i JOIN conferences ic ON ic.id = i.conference_id
    WHERE i.person_id = p.id AND ${vnYear(sql`ic.starts_at`)} = ${year})::int AS "conferencesInvited",
  (SELECT count(*) FROM attendance a JOIN conferences ac ON ac.id = a.conference_id
    WHERE a.person_id = p.id AND ${vnYear(sql`ac.starts_at`)} = ${year})::int AS "conferencesAttended"`;

/** People evaluated in the year whose home unit passes `where` (ltree column u.path). */
export function personSummaries(q: Queryable, year: number, where: SQL) {
  return rows<Summary['people'][number]>(q, sql`SELECT p.id AS "personId", p.full_name AS "fullName", u.id AS "orgId", u.name AS "orgName",
      ${aggregates}, ${personCounts(year)}
    FROM evaluations e JOIN conferences c ON c.id = e.conference_id JOIN people p ON p.id = e.person_id JOIN orgs u ON u.id = p.org_id
    WHERE e.year = ${year} AND ${where}
    GROUP BY p.id, p.full_name, p.sort_key, u.id, u.name ORDER BY p.sort_key, p.id`);
}

/** One person's year, evaluated or not (the annual review lists everyone searched for). */
export function personSummary(q: Queryable, year: number, personId: number) {
  return rows<Summary['people'][number]>(q, sql`SELECT p.id AS "personId", p.full_name AS "fullName", u.id AS "orgId", u.name AS "orgName",
      count(e.id)::int AS evaluated,
      json_build_object(
        'late', count(e.id) FILTER (WHERE 'late' = ANY(e.flags)),
        'incomplete_composition', count(e.id) FILTER (WHERE 'incomplete_composition' = ANY(e.flags)),
        'unserious', count(e.id) FILTER (WHERE 'unserious' = ANY(e.flags))) AS flags,
      COALESCE(json_agg(json_build_object('conferenceId', c.id, 'title', c.title, 'startsAt', ${utc(sql`c.starts_at`)}, 'flags', e.flags, 'comment', e.comment)
        ORDER BY c.starts_at, c.id) FILTER (WHERE e.id IS NOT NULL), '[]'::json) AS evaluations,
      ${personCounts(year)}
    FROM people p JOIN orgs u ON u.id = p.org_id
    LEFT JOIN evaluations e ON e.person_id = p.id AND e.year = ${year} LEFT JOIN conferences c ON c.id = e.conference_id
    WHERE p.id = ${personId}
    GROUP BY p.id, p.full_name, u.id, u.name`);
}
