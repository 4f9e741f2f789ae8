import { one, rows, sql, type Db, type SQL } from '../../core/db/index.js';
import { forbidden, notFound } from '../../core/errors.js';
import { can, inScopeOrAbove, rootsFor, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { unitLabel } from '../../core/units.js';
import { compareVn } from '../../core/vn.js';
import { visibleConference } from './access.js';
import { roster } from './rollcall.js';
import { METHODS, type Method } from './checkin.js';

export type ByMethod = Record<Method, number>;
const noMethods = (): ByMethod => ({ hall_qr: 0, card: 0, manual: 0, roll_call: 0, listening: 0 });

const rate = (attended: number, invited: number) => (invited ? Math.round((attended / invited) * 10000) / 10000 : 0);

interface Counts { invited: number; attended: number; late: number; extra: number; absentExcused: number; absentUnexcused: number }
const withRate = <T extends { invited: number; attended: number }>(r: T) => ({ ...r, rate: rate(r.attended, r.invited) });

/**
 * One conference: per bridge point, per home unit of the invitees, and overall, in one grouped query.
 * attended counts invitees present; extras (present, not invited) are counted apart so the rate stays ≤ 100 %.
 */
export async function conferenceParticipation(db: Db, actor: Actor, id: number) {
  const c = await visibleConference(db, actor, id);
  type Row = Counts & { gbp: number; gunit: number; bp: number | null; unit: number | null; bpName: string | null; unitName: string | null };
  const list = await rows<Row>(db, sql`WITH r AS (
      SELECT b.id AS bp, p.org_id AS unit, (i.person_id IS NOT NULL) AS invited, (a.id IS NOT NULL) AS attended,
        COALESCE(a.late_minutes, 0) > 0 AS late, COALESCE(a.extra, false) AS extra, ab.excused
      FROM ${roster(id)} WHERE ${c.rowFilter(sql`bo.path`, sql`u.path`)}
    ), g AS (
      SELECT GROUPING(bp)::int AS gbp, GROUPING(unit)::int AS gunit, bp, unit,
        (count(*) FILTER (WHERE invited))::int AS invited,
        (count(*) FILTER (WHERE invited AND attended))::int AS attended,
        (count(*) FILTER (WHERE attended AND late))::int AS late,
        (count(*) FILTER (WHERE attended AND extra))::int AS extra,
        (count(*) FILTER (WHERE invited AND NOT attended AND excused))::int AS "absentExcused",
        (count(*) FILTER (WHERE invited AND NOT attended AND excused IS NOT TRUE))::int AS "absentUnexcused"
      FROM r GROUP BY GROUPING SETS ((bp), (unit), ())
    )
    SELECT g.*, b.name AS "bpName", ${unitLabel('o')} AS "unitName" FROM g
    LEFT JOIN bridge_points b ON b.id = g.bp LEFT JOIN orgs o ON o.id = g.unit
    ORDER BY g.gbp, g.gunit, vn_sort_key(b.name), o.sort_key, g.bp, g.unit`);
  // Everyone present (extras too) by how they were recorded: the phone, a card, by name, roll call, listening record.
  const methods = await rows<{ method: Method; n: number }>(db, sql`SELECT a.method, count(*)::int AS n
    FROM ${roster(id)} WHERE a.id IS NOT NULL AND ${c.rowFilter(sql`bo.path`, sql`u.path`)} GROUP BY a.method`);
  const byMethod = noMethods();
  for (const m of methods) if (m.method in byMethod) byMethod[m.method] = m.n;
  const counts = ({ invited, attended, late, extra, absentExcused, absentUnexcused }: Row) =>
    withRate({ invited, attended, late, extra, absentExcused, absentUnexcused });
  const zero = { invited: 0, attended: 0, late: 0, extra: 0, absentExcused: 0, absentUnexcused: 0, rate: 0 };
  const total = list.find((r) => r.gbp === 1 && r.gunit === 1);
  return {
    conferenceId: id,
    total: total ? counts(total) : zero,
    byMethod,
    bridgePoints: list.filter((r) => r.gbp === 0 && r.bp !== null).map((r) => ({ bridgePointId: r.bp!, name: r.bpName!, ...counts(r) })),
    units: list.filter((r) => r.gunit === 0 && r.unit !== null).map((r) => ({ orgId: r.unit!, orgName: r.unitName!, ...counts(r) })),
  };
}

/**
 * One campaign over the subtree of orgId: invited = distinct persons invited to any of its conferences,
 * attended = those of them present at any of its conferences (make-up sessions included), each person once.
 * Per tier, presence counts at a conference of that tier. One grouped query over the unit counts.
 */
export async function campaignParticipation(db: Db, actor: Actor, campaignId: number, orgId?: number) {
  const camp = await one<{ id: number; title: string }>(db, sql`SELECT c.id, c.title FROM campaigns c JOIN orgs o ON o.id = c.org_id
    WHERE c.id = ${campaignId} AND ${inScopeOrAbove(actor, 'attendance.read', sql`o.path`)}`);
  if (!camp) throw notFound('campaign');
  let root: { id: number; name: string; path: string } | undefined;
  if (orgId !== undefined) {
    root = await one(db, sql`SELECT id, name, path::text AS path FROM orgs WHERE id = ${orgId}`);
    if (!root || !can(actor, 'attendance.read', root.path)) throw notFound('org');
  } else {
    const roots = rootsFor(actor, 'attendance.read');
    if (!roots.length) throw forbidden();
    root = (await one(db, sql`SELECT id, name, path::text AS path FROM orgs WHERE path = ${roots[0]}::ltree`))!;
  }
  type Row = {
    gt: number; gc: number; tier: string | null; child: number | null; childId: number | null; childName: string | null;
    invited: number; attendedAny: number; attendedTier: number; deadline: string | null;
  } & ByMethod;
  // Reads the counts kept per campaign, unit and tier by triggers (migration 005), not the invitation and
  // attendance rows: tier '' holds each person once whatever their tiers. A person at the root unit itself
  // counts under the root's own row.
  // Units are grouped by the id of their child of the root (the label after the root's in their path), an integer
  // grouped by hashing: sorting 190,000 ltree values was most of a national roll-up's time.
  const depth = root.path.split('.').length;
  const childOf = (path: SQL) => sql`CASE WHEN ${path} = ${root.path}::ltree THEN ${root.id}::int ELSE split_part(${path}::text, '.', ${depth + 1}::int)::int END`;
  const list = await rows<Row>(db, sql`WITH k AS (
      SELECT k.tier, k.invited, k.attended, k.by_hall_qr, k.by_card, k.by_manual, k.by_roll_call, k.by_listening, ${childOf(sql`o.path`)} AS child
      FROM campaign_unit_counts k JOIN orgs o ON o.id = k.org_id
      WHERE k.campaign_id = ${campaignId} AND o.path <@ ${root.path}::ltree
    ), g AS (
      SELECT 0 AS gt, 1 AS gc, tier, NULL::int AS child, sum(invited)::int AS invited, 0 AS "attendedAny", sum(attended)::int AS "attendedTier",
        0 AS hall_qr, 0 AS card, 0 AS manual, 0 AS roll_call, 0 AS listening
      FROM k WHERE tier <> '' GROUP BY tier HAVING sum(invited) > 0
      UNION ALL
      SELECT 1, GROUPING(child)::int, NULL, child, COALESCE(sum(invited), 0)::int, COALESCE(sum(attended), 0)::int, 0,
        COALESCE(sum(by_hall_qr), 0)::int, COALESCE(sum(by_card), 0)::int, COALESCE(sum(by_manual), 0)::int,
        COALESCE(sum(by_roll_call), 0)::int, COALESCE(sum(by_listening), 0)::int
      FROM k WHERE tier = '' GROUP BY GROUPING SETS ((child), ()) HAVING sum(invited) > 0 OR GROUPING(child) = 1
    ),
    -- A unit's deadline: the earliest of its own obligations, those below it or above it, else the campaign's. The
    -- campaign's obligations are read once and grouped by child, not rescanned for every child.
    ob AS MATERIALIZED (SELECT ob.deadline, u.path FROM obligations ob JOIN orgs u ON u.id = ob.org_id
      WHERE ob.campaign_id = ${campaignId} AND (u.path <@ ${root.path}::ltree OR u.path @> ${root.path}::ltree)),
    above AS (SELECT min(deadline) AS d FROM ob WHERE path @> ${root.path}::ltree),
    inside AS (SELECT min(deadline) AS d FROM ob WHERE path <@ ${root.path}::ltree),
    below AS (SELECT ${childOf(sql`path`)} AS child, min(deadline) AS d FROM ob
      WHERE nlevel(path) > ${depth}::int GROUP BY 1)
    SELECT g.gt, g.gc, g.tier, g.child, o.id AS "childId", ${unitLabel('o')} AS "childName", g.invited, g."attendedAny", g."attendedTier",
      g.hall_qr, g.card, g.manual, g.roll_call, g.listening,
      CASE WHEN o.id IS NOT NULL THEN to_char(coalesce(
        least((SELECT d FROM above), CASE WHEN o.path = ${root.path}::ltree THEN (SELECT d FROM inside) ELSE bl.d END),
        (SELECT k.deadline FROM campaigns k WHERE k.id = ${campaignId})), 'YYYY-MM-DD') END AS deadline
    FROM g LEFT JOIN orgs o ON o.id = g.child LEFT JOIN below bl ON bl.child = g.child ORDER BY g.gt, g.gc, g.tier`);
  const today = todayVn();
  const total = list.find((r) => r.gt === 1 && r.gc === 1);
  return {
    campaignId, orgId: root.id, orgName: root.name,
    total: withRate({ invited: total?.invited ?? 0, attended: total?.attendedAny ?? 0 }),
    // Of the invited, how many were recorded at least once each way (one person may count under two ways).
    byMethod: total ? methodsOf(total) : noMethods(),
    tiers: list.filter((r) => r.gt === 0).map((r) => ({ tier: r.tier!, ...withRate({ invited: r.invited, attended: r.attendedTier }) })),
    // Worst first among the units whose deadline has passed; those still before their deadline come last (not failures yet).
    units: list.filter((r) => r.gc === 0 && r.childId !== null)
      .map((r) => ({
        orgId: r.childId!, orgName: r.childName!, deadline: r.deadline, due: r.deadline !== null && r.deadline < today,
        ...withRate({ invited: r.invited, attended: r.attendedAny }),
      }))
      .sort((a, b) => Number(b.due) - Number(a.due) || a.rate - b.rate || compareVn(a.orgName, b.orgName)),
  };
}

const methodsOf = (r: ByMethod): ByMethod => Object.fromEntries(METHODS.map((m) => [m, r[m]])) as ByMethod;
