import { idList, one, rows, sql, utc, type Queryable, type SQL } from '../../core/db/index.js';
import { limitOffset } from '../../core/pagination.js';
import { issuerName, unitLabel } from '../../core/units.js';
import type { z } from 'zod';
import type { AudienceRule, conferenceItemOut } from './schemas.js';


/** What access checks and validations need about one conference. */
export interface ConferenceRow {
  id: number;
  campaignId: number;
  campaignTiers: string[];
  campaignOrgPath: string;
  orgId: number;
  orgPath: string;
  tier: string;
  title: string;
  format: string;
  startsAt: string;
  endsAt: string;
  hall: string | null;
  makeupOf: number | null;
  audience: { rules?: AudienceRule[] };
}

export function findConference(q: Queryable, id: number, lock = false) {
  return one<ConferenceRow>(q, sql`SELECT c.id, c.campaign_id AS "campaignId", k.tiers AS "campaignTiers",
      ko.path::text AS "campaignOrgPath", c.org_id AS "orgId", o.path::text AS "orgPath", c.tier, c.title, c.format,
      ${utc(sql`c.starts_at`)} AS "startsAt", ${utc(sql`c.ends_at`)} AS "endsAt", c.hall, c.makeup_of AS "makeupOf", c.audience
    FROM conferences c JOIN orgs o ON o.id = c.org_id JOIN campaigns k ON k.id = c.campaign_id JOIN orgs ko ON ko.id = k.org_id
    WHERE c.id = ${id} ${lock ? sql`FOR UPDATE OF c` : sql``}`);
}

/** Org paths of the conference's bridge points: staff there may follow the conference too. */
export async function bridgePointPaths(q: Queryable, conferenceId: number) {
  const r = await rows<{ path: string }>(q, sql`SELECT DISTINCT o.path::text AS path FROM bridge_points bp
    JOIN orgs o ON o.id = bp.org_id WHERE bp.conference_id = ${conferenceId}`);
  return r.map((x) => x.path);
}

export async function isInvited(q: Queryable, conferenceId: number, personId: number) {
  return !!(await one(q, sql`SELECT 1 FROM invitations WHERE conference_id = ${conferenceId} AND person_id = ${personId}`));
}

export function findCampaign(q: Queryable, id: number) {
  return one<{ id: number; tiers: string[]; orgPath: string; status: string }>(q, sql`SELECT k.id, k.tiers, o.path::text AS "orgPath", k.status
    FROM campaigns k JOIN orgs o ON o.id = k.org_id WHERE k.id = ${id}`);
}

export function findOrg(q: Queryable, id: number) {
  return one<{ id: number; path: string; name: string; status: string }>(q,
    sql`SELECT id, path::text AS path, name, status FROM orgs WHERE id = ${id}`);
}

export type ConferenceItem = z.infer<typeof conferenceItemOut>;

/**
 * List items for the conferences picked by `pick` (SELECT id, total ... ordered/limited), then their counts, from the
 * counts kept per point, in a second statement over the listed ids written out: one conference can hold nearly every
 * invitation (a national conference: 1.93 million), and with the ids hidden behind the page the planner costed every
 * listed conference like that one and scanned the counts once per listed conference.
 */
async function items(q: Queryable, pick: SQL) {
  const list = await rows<Omit<ConferenceItem, 'invitedCount' | 'attendedCount'> & { total: number }>(q, sql`
    WITH page AS (${pick})
    SELECT c.id, c.campaign_id AS "campaignId", k.title AS "campaignTitle", c.org_id AS "orgId", ${unitLabel('o')} AS "orgName",
      c.tier, c.title, c.format, ${utc(sql`c.starts_at`)} AS "startsAt", ${utc(sql`c.ends_at`)} AS "endsAt", c.hall,
      c.makeup_of AS "makeupOf", page.total
    FROM page JOIN conferences c ON c.id = page.id JOIN orgs o ON o.id = c.org_id JOIN campaigns k ON k.id = c.campaign_id
    ORDER BY c.starts_at DESC, c.id DESC`);
  if (!list.length) return [];
  const ids = idList(list.map((c) => c.id));
  // The counts kept per point (migration 019), summed per conference.
  const counts = new Map((await rows<{ id: number; invited: number; attended: number }>(q, sql`SELECT conference_id AS id,
      sum(invited)::int AS invited, sum(attended)::int AS attended
    FROM bridge_point_counts WHERE conference_id IN (${ids}) GROUP BY conference_id`)).map((r) => [r.id, r]));
  return list.map((c) => ({ ...c, invitedCount: counts.get(c.id)?.invited ?? 0, attendedCount: counts.get(c.id)?.attended ?? 0 }));
}

export async function conferenceItem(q: Queryable, id: number) {
  const [item] = await items(q, sql`SELECT id, 0 AS total FROM conferences WHERE id = ${id}`);
  const { total: _t, ...rest } = item;
  return rest;
}

export interface ListFilter { campaignId?: number; orgId?: number; from?: string; to?: string; page: number; pageSize: number }

/** `visible` is a condition on c (conference) and o (organizer org). Dates are days in Vietnam (UTC+7). */
export function listConferences(q: Queryable, visible: SQL, f: ListFilter) {
  const day = sql`((c.starts_at AT TIME ZONE 'UTC') + interval '7 hours')::date`;
  return items(q, sql`SELECT c.id, count(*) OVER () AS total FROM conferences c JOIN orgs o ON o.id = c.org_id
    WHERE ${visible}
      ${f.campaignId ? sql`AND c.campaign_id = ${f.campaignId}` : sql``}
      ${f.orgId ? sql`AND o.path <@ (SELECT path FROM orgs WHERE id = ${f.orgId})` : sql``}
      ${f.from ? sql`AND ${day} >= ${f.from}::date` : sql``}
      ${f.to ? sql`AND ${day} <= ${f.to}::date` : sql``}
    ORDER BY c.starts_at DESC, c.id DESC ${limitOffset(f)}`);
}

export function agendaOf(q: Queryable, conferenceId: number) {
  return rows<{ id: number; position: number; topic: string; presenterPersonId: number | null; presenterName: string | null; minutes: number | null }>(q, sql`
    SELECT ai.id, ai.position, ai.topic, ai.presenter_person_id AS "presenterPersonId", p.full_name AS "presenterName", ai.minutes
    FROM agenda_items ai LEFT JOIN people p ON p.id = ai.presenter_person_id
    WHERE ai.conference_id = ${conferenceId} ORDER BY ai.position, ai.id`);
}

export function materialsOf(q: Queryable, conferenceId: number) {
  return rows<{ id: number; symbol: string; title: string; issuerName: string }>(q, sql`SELECT d.id, d.symbol, d.title,
      ${issuerName(sql`d.issuer`, sql`o.path`)} AS "issuerName"
    FROM conference_materials m JOIN documents d ON d.id = m.document_id JOIN orgs o ON o.id = d.owner_org_id
    WHERE m.conference_id = ${conferenceId} ORDER BY d.issued_on DESC, d.id`);
}

/** `host` says (over the point's org path o.path) whose host the caller sees; the others come back without one. */
const bridgeColumns = (host: SQL) => sql`bp.id, bp.org_id AS "orgId", ${unitLabel('o')} AS "orgName", bp.name,
  CASE WHEN ${host} THEN bp.host_person_id END AS "hostPersonId", CASE WHEN ${host} THEN h.full_name END AS "hostName", bp.capacity, bp.is_main AS "isMain", bp.connection_ok AS "connectionOk",
  CASE WHEN bp.checked_at IS NULL THEN NULL ELSE ${utc(sql`bp.checked_at`)} END AS "checkedAt"`;

export interface BridgePointRow {
  id: number; orgId: number; orgName: string; name: string; hostPersonId: number | null; hostName: string | null;
  capacity: number | null; isMain: boolean; connectionOk: boolean | null; checkedAt: string | null; invited: number; attended: number;
}

/** Bridge points with invited/attended counts: the kept counts per point (019), not a pass over the conference's rows. */
export function bridgePointsOf(q: Queryable, conferenceId: number, onlyId?: number, host: (orgPath: SQL) => SQL = () => sql`true`) {
  return rows<BridgePointRow>(q, sql`
    SELECT ${bridgeColumns(host(sql`o.path`))}, coalesce(k.invited, 0)::int AS invited, coalesce(k.attended, 0)::int AS attended
    FROM bridge_points bp JOIN orgs o ON o.id = bp.org_id LEFT JOIN people h ON h.id = bp.host_person_id
    LEFT JOIN bridge_point_counts k ON k.conference_id = bp.conference_id AND k.bridge_point_id = bp.id
    WHERE bp.conference_id = ${conferenceId} ${onlyId ? sql`AND bp.id = ${onlyId}` : sql``}
    ORDER BY bp.is_main DESC, o.path, vn_sort_key(bp.name), bp.id`);
}

export function findBridgePoint(q: Queryable, id: number, lock = false) {
  return one<{ id: number; conferenceId: number; orgPath: string; isMain: boolean; name: string; hostPersonId: number | null; capacity: number | null }>(q, sql`
    SELECT bp.id, bp.conference_id AS "conferenceId", o.path::text AS "orgPath", bp.is_main AS "isMain", bp.name,
      bp.host_person_id AS "hostPersonId", bp.capacity
    FROM bridge_points bp JOIN orgs o ON o.id = bp.org_id WHERE bp.id = ${id} ${lock ? sql`FOR UPDATE OF bp` : sql``}`);
}
