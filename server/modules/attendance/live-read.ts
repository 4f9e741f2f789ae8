import { rows, sql, type Queryable, type SQL } from '../../core/db/index.js';

/** A watcher's snapshot lists at most this many bridge points (a national conference has 31,000): the rest count in the totals. */
export const LIST_CAP = 200;

export interface ListedPoint { bridgePointId: number; name: string }

/**
 * The bridge points a watcher follows point by point: those of their scope (all for the organizers and above, else
 * the points whose unit is in their subtrees, found from those units), the main point first, then the largest,
 * at most LIST_CAP of them, shown in name order; `more` counts the points of the scope left out.
 */
export async function listedPoints(q: Queryable, conferenceId: number, scope: ((orgPath: SQL) => SQL) | null) {
  const inScope = scope
    ? sql`SELECT b.id, b.name, b.is_main FROM orgs o JOIN bridge_points b ON b.org_id = o.id AND b.conference_id = ${conferenceId}
        WHERE ${scope(sql`o.path`)}`
    : sql`SELECT b.id, b.name, b.is_main FROM bridge_points b WHERE b.conference_id = ${conferenceId}`;
  const r = await rows<ListedPoint & { n: number }>(q, sql`WITH s AS MATERIALIZED (${inScope}),
    top AS (SELECT s.id, s.name, s.is_main FROM s LEFT JOIN bridge_point_counts k ON k.conference_id = ${conferenceId} AND k.bridge_point_id = s.id
      ORDER BY s.is_main DESC, coalesce(k.invited, 0) DESC, s.id LIMIT ${LIST_CAP})
    SELECT top.id AS "bridgePointId", top.name, (SELECT count(*) FROM s)::int AS n FROM top
    ORDER BY top.is_main DESC, vn_sort_key(top.name), top.id`);
  return { points: r.map(({ bridgePointId, name }) => ({ bridgePointId, name })), more: r.length ? r[0].n - r.length : 0 };
}

export interface Counts { invited: number; attended: number }

/**
 * One indexed read of the kept counts (migration 019): the given points' rows and the conference's totals (the sum of
 * its point rows, a few thousand small rows at most per conference and read by one query at a time per conference).
 */
export async function readCounts(q: Queryable, conferenceId: number, ids: Iterable<number>) {
  const list = [...ids].filter((id) => Number.isInteger(id));
  const r = await rows<{ id: number; invited: number; attended: number }>(q, sql`SELECT bridge_point_id AS id, invited, attended
      FROM bridge_point_counts WHERE conference_id = ${conferenceId} AND bridge_point_id = ANY (${`{${list.join(',')}}`}::int[])
    UNION ALL
    SELECT -1, coalesce(sum(invited), 0)::int, coalesce(sum(attended), 0)::int FROM bridge_point_counts WHERE conference_id = ${conferenceId}`);
  const byPoint = new Map<number, Counts>();
  let total: Counts = { invited: 0, attended: 0 };
  for (const x of r) {
    if (x.id === -1) total = { invited: x.invited, attended: x.attended };
    else byPoint.set(x.id, { invited: x.invited, attended: x.attended });
  }
  return { byPoint, total };
}
