import { idList, one, rows, sql, utc, VN_TODAY, vnDay, type Queryable, type SQL } from '../../core/db/index.js';
import { limitOffset } from '../../core/pagination.js';
import { issuerName } from '../../core/units.js';
import { OBLIGATION_STATUSES, TIERS, type BoardItem, type CampaignItem, type ObligationStatus, type Summary } from './schemas.js';

/** Days are days in Vietnam: a conference at 06:00 on the 10th (local) is held on the 10th. */
const TODAY = VN_TODAY;
const textArray = (items: readonly string[]) => sql`${`{${items.join(',')}}`}::text[]`;

export interface CampaignRow {
  id: number;
  orgId: number;
  orgPath: string;
  title: string;
  description: string | null;
  tiers: string[];
  deadline: string;
  levelOffsets: Record<string, number>;
  status: 'active' | 'closed';
}

export function findCampaign(q: Queryable, id: number, lock = false) {
  return one<CampaignRow>(q, sql`SELECT k.id, k.org_id AS "orgId", ko.path::text AS "orgPath", k.title, k.description, k.tiers,
      k.deadline, k.level_offsets AS "levelOffsets", k.status
    FROM campaigns k JOIN orgs ko ON ko.id = k.org_id WHERE k.id = ${id} ${lock ? sql`FOR UPDATE OF k` : sql``}`);
}

export function findOrg(q: Queryable, id: number) {
  return one<{ id: number; path: string; name: string; status: string }>(q,
    sql`SELECT id, path::text AS path, name, status FROM orgs WHERE id = ${id}`);
}

/**
 * Obligations (ob, with their unit o) matching `where`, each with its status derived from the conferences the
 * unit organized for that campaign and tier (make-up sessions do not count). The conference considered is the
 * earliest one that has ended, else the earliest scheduled one. It follows from the columns the obligation keeps
 * (migration 020: its earliest conference by start, and the earliest end of any) unless a later conference ended
 * while the earliest is still running; only then, for those obligations, the lateral join looks the conferences up
 * (a one-time filter skips it for every other row).
 */
export function derived(where: SQL) {
  return sql`(SELECT ob.id, ob.campaign_id, ob.org_id, ob.tier, ob.deadline, ob.last_reminded_at,
      o.path, o.name AS org_name, o.sort_key AS org_sort_key, o.kind AS org_kind, o.parent_id,
      pick.id AS conference_id, CASE WHEN pick.ended THEN pick.day END AS held_on,
      CASE
        WHEN pick.ended THEN CASE WHEN pick.day <= ob.deadline THEN 'held_on_time' ELSE 'held_late' END
        WHEN pick.id IS NOT NULL THEN CASE WHEN ${TODAY} > ob.deadline AND pick.day > ob.deadline THEN 'overdue' ELSE 'scheduled' END
        WHEN ${TODAY} > ob.deadline THEN 'overdue'
        ELSE 'not_scheduled'
      END AS status
    FROM obligations ob JOIN orgs o ON o.id = ob.org_id
    LEFT JOIN LATERAL (
      SELECT c.id, true AS ended, ${vnDay(sql`c.starts_at`)} AS day
      FROM conferences c
      WHERE ob.min_ends_at <= now() AND ob.first_ends_at > now()
        AND c.campaign_id = ob.campaign_id AND c.org_id = ob.org_id AND c.tier = ob.tier AND c.makeup_of IS NULL AND c.ends_at <= now()
      ORDER BY c.starts_at, c.id LIMIT 1) overlap ON true
    CROSS JOIN LATERAL (SELECT
      coalesce(overlap.id, ob.first_conference_id) AS id,
      coalesce(overlap.ended, ob.first_ends_at <= now()) AS ended,
      coalesce(overlap.day, ${vnDay(sql`ob.first_starts_at`)}) AS day) pick
    WHERE ${where}) d`;
}

const statusRank = sql`array_position(${textArray(OBLIGATION_STATUSES)}, d.status)`;
const tierRank = sql`array_position(${textArray(TIERS)}, d.tier)`;

export async function summary(q: Queryable, where: SQL): Promise<Summary> {
  const counts = await rows<{ status: ObligationStatus; n: number }>(q,
    sql`SELECT d.status, count(*)::int AS n FROM ${derived(where)} GROUP BY d.status`);
  const out = Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, 0])) as Summary;
  for (const c of counts) out[c.status] = c.n;
  return out;
}

export function board(q: Queryable, where: SQL, status: ObligationStatus | undefined, page: { page: number; pageSize: number }) {
  return rows<BoardItem & { total: number }>(q, sql`SELECT d.id AS "obligationId", d.org_id AS "orgId", d.org_name AS "orgName",
      d.org_kind AS "orgKind", par.name AS "parentName", d.tier, d.deadline, d.status, d.conference_id AS "conferenceId",
      d.held_on AS "heldOn", ${utc(sql`d.last_reminded_at`)} AS "lastRemindedAt", count(*) OVER () AS total
    FROM ${derived(where)} LEFT JOIN orgs par ON par.id = d.parent_id
    ${status ? sql`WHERE d.status = ${status}` : sql``}
    ORDER BY ${statusRank}, d.org_sort_key, ${tierRank}, d.id ${limitOffset(page)}`);
}

/** Campaign list items for the campaigns picked by `pick` (SELECT id, total ... ordered, limited); counts in scope. */
export function items(q: Queryable, pick: SQL, obligationScope: SQL) {
  return rows<CampaignItem & { total: number }>(q, sql`
    WITH page AS (${pick})
    SELECT k.id, k.org_id AS "orgId", ko.name AS "orgName", k.title, k.tiers, k.deadline, k.status,
      (SELECT count(*) FROM campaign_documents cd WHERE cd.campaign_id = k.id)::int AS "documentCount",
      coalesce(s.n, 0)::int AS "obligationCount", coalesce(s.overdue, 0)::int AS "overdueCount",
      ${utc(sql`k.created_at`)} AS "createdAt", page.total
    FROM page JOIN campaigns k ON k.id = page.id JOIN orgs ko ON ko.id = k.org_id
    LEFT JOIN (SELECT d.campaign_id, count(*) AS n, count(*) FILTER (WHERE d.status = 'overdue') AS overdue
      FROM ${derived(sql`ob.campaign_id IN (SELECT id FROM page) AND ${obligationScope}`)} GROUP BY d.campaign_id) s
      ON s.campaign_id = k.id
    ORDER BY k.created_at DESC, k.id DESC`);
}

export interface ListFilter { orgId?: number; status?: string; folded?: string; page: number; pageSize: number }

/** `visible` is a condition on k (campaign) and ko (its organizer). */
export function listCampaigns(q: Queryable, visible: SQL, obligationScope: SQL, f: ListFilter) {
  // A unit is concerned by the campaigns its subtree opened and by those giving its subtree obligations.
  const concerns = f.orgId ? sql`AND (ko.path <@ (SELECT path FROM orgs WHERE id = ${f.orgId}) OR EXISTS (
      SELECT 1 FROM obligations fob JOIN orgs fo ON fo.id = fob.org_id
      WHERE fob.campaign_id = k.id AND fo.path <@ (SELECT path FROM orgs WHERE id = ${f.orgId})))` : sql``;
  return items(q, sql`SELECT k.id, k.created_at, count(*) OVER () AS total FROM campaigns k JOIN orgs ko ON ko.id = k.org_id
    WHERE ${visible} ${concerns}
      ${f.status ? sql`AND k.status = ${f.status}` : sql``}
      ${f.folded ? sql`AND vn_fold(k.title) LIKE ${'%' + f.folded + '%'}` : sql``}
    ORDER BY k.created_at DESC, k.id DESC ${limitOffset(f)}`, obligationScope);
}

export async function campaignItem(q: Queryable, id: number, obligationScope: SQL) {
  const [item] = await items(q, sql`SELECT id, created_at, 0 AS total FROM campaigns WHERE id = ${id}`, obligationScope);
  const { total: _t, ...rest } = item;
  return rest;
}

export function documentsOf(q: Queryable, campaignId: number) {
  return rows<{ id: number; symbol: string; title: string; issuerName: string }>(q, sql`SELECT d.id, d.symbol, d.title,
      ${issuerName(sql`d.issuer`, sql`o.path`)} AS "issuerName"
    FROM campaign_documents cd JOIN documents d ON d.id = cd.document_id JOIN orgs o ON o.id = d.owner_org_id
    WHERE cd.campaign_id = ${campaignId} ORDER BY d.issued_on DESC, d.id`);
}

/**
 * Cascades a campaign's obligations over the organizer's active subtree in one statement: all_members → every
 * grassroots organization and cell; mass_org → every mass organization; key_cadre and presenters_staff → the
 * organizer and every district-level unit. The organizer keeps the campaign deadline; units below get it minus
 * the offset of their level (mass organizations count as grassroots level).
 */
export async function cascade(q: Queryable, k: { id: number; orgId: number; orgPath: string; tiers: string[]; deadline: string; levelOffsets: object }) {
  const res = await rows<{ n: number }>(q, sql`WITH ins AS (
    INSERT INTO obligations (campaign_id, org_id, tier, deadline)
    SELECT ${k.id}, u.id, t.tier, ${k.deadline}::date - CASE WHEN u.id = ${k.orgId} THEN 0 ELSE coalesce((${JSON.stringify(k.levelOffsets)}::jsonb
        ->> CASE u.kind WHEN 'district' THEN 'district' WHEN 'cell' THEN 'cell' WHEN 'grassroots' THEN 'grassroots'
                        WHEN 'mass_org' THEN 'grassroots' END)::int, 0) END
    FROM orgs u CROSS JOIN unnest(${textArray(k.tiers)}) AS t(tier)
    WHERE u.path <@ ${k.orgPath}::ltree AND u.status = 'active' AND (
      (t.tier = 'all_members' AND u.kind IN ('grassroots', 'cell'))
      OR (t.tier = 'mass_org' AND u.kind = 'mass_org')
      OR (t.tier IN ('key_cadre', 'presenters_staff') AND (u.id = ${k.orgId} OR u.kind = 'district')))
    RETURNING 1)
    SELECT count(*)::int AS n FROM ins`);
  return res[0].n;
}

export function findObligation(q: Queryable, id: number, lock = false) {
  return one<{ id: number; campaignId: number; orgId: number; orgPath: string; tier: string; deadline: string }>(q,
    sql`SELECT ob.id, ob.campaign_id AS "campaignId", ob.org_id AS "orgId", o.path::text AS "orgPath", ob.tier, ob.deadline
      FROM obligations ob JOIN orgs o ON o.id = ob.org_id WHERE ob.id = ${id} ${lock ? sql`FOR UPDATE OF ob` : sql``}`);
}
