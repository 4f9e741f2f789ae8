import { one, rows, sql, type Queryable, type SQL } from '../../core/db/index.js';

export interface OrgRow {
  id: number;
  parentId: number | null;
  path: string;
  name: string;
  shortName: string | null;
  kind: 'province' | 'district' | 'grassroots' | 'cell' | 'mass_org';
  subkind: string | null;
  code: string | null;
  status: 'active' | 'merged' | 'dissolved';
  effectiveFrom: string;
  endedOn: string | null;
  mergedIntoId: number | null;
}

export const orgColumns = sql`o.id, o.parent_id AS "parentId", o.path::text AS path, o.name, o.short_name AS "shortName",
  o.kind, o.subkind, o.code, o.status, o.effective_from AS "effectiveFrom", o.ended_on AS "endedOn",
  o.merged_into_id AS "mergedIntoId"`;

// Per node: party members in its subtree (for a mass organization: its members, party or not), and its
// active direct children. Correlated counts use the path and parent_id indexes.
const nodeCounts = sql`(CASE WHEN o.kind = 'mass_org' THEN
      (SELECT count(DISTINCT m.person_id)::int FROM (
         SELECT p.id AS person_id FROM people p JOIN orgs u ON u.id = p.org_id WHERE u.path <@ o.path
         UNION ALL
         SELECT mm.person_id FROM mass_org_memberships mm JOIN orgs u ON u.id = mm.org_id WHERE u.path <@ o.path) m)
    ELSE (SELECT count(*)::int FROM people p JOIN orgs u ON u.id = p.org_id
      WHERE u.path <@ o.path AND p.party_status IS NOT NULL) END) AS "memberCount",
  (SELECT count(*)::int FROM orgs k WHERE k.parent_id = o.id AND k.status = 'active') AS "childCount"`;

const kindOrder = sql`CASE o.kind WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'grassroots' THEN 2 WHEN 'cell' THEN 3 ELSE 4 END`;

export function findOrg(q: Queryable, id: number) {
  return one<OrgRow>(q, sql`SELECT ${orgColumns} FROM orgs o WHERE o.id = ${id}`);
}

export function findOrgForUpdate(q: Queryable, id: number) {
  return one<OrgRow>(q, sql`SELECT ${orgColumns} FROM orgs o WHERE o.id = ${id} FOR UPDATE`);
}

/**
 * Nodes by kind, then in Vietnamese order of their names (đ after d; "thôn 2" before "thôn 10"), as the tree shows
 * them: sort_key is vn_sort_key(name) (migration 009), the twin of textSortKey.
 */
export function listNodes(q: Queryable, where: SQL) {
  return rows<OrgRow & { memberCount: number; childCount: number }>(
    q,
    sql`SELECT ${orgColumns}, ${nodeCounts} FROM orgs o WHERE ${where} ORDER BY ${kindOrder}, o.sort_key, o.id`,
  );
}

export function searchOrgs(q: Queryable, folded: string, scope: SQL, limit: number) {
  return rows<OrgRow & { parentName: string | null }>(
    q,
    sql`SELECT ${orgColumns}, par.name AS "parentName" FROM orgs o LEFT JOIN orgs par ON par.id = o.parent_id
        WHERE ${scope} AND o.name_folded LIKE ${'%' + folded + '%'}
        ORDER BY o.status <> 'active', similarity(o.name_folded, ${folded}) DESC, o.sort_key, o.id LIMIT ${limit}`,
  );
}

export function ancestors(q: Queryable, path: string) {
  return rows<{ id: number; name: string }>(
    q,
    sql`SELECT a.id, a.name FROM orgs a WHERE a.path @> ${path}::ltree AND a.path <> ${path}::ltree ORDER BY nlevel(a.path)`,
  );
}

export async function subtreeCounts(q: Queryable, path: string) {
  return (await one<{ peopleCount: number; memberCount: number; cellCount: number; childCount: number }>(
    q,
    sql`SELECT
      (SELECT count(*)::int FROM people p JOIN orgs u ON u.id = p.org_id WHERE u.path <@ ${path}::ltree) AS "peopleCount",
      (SELECT count(*)::int FROM people p JOIN orgs u ON u.id = p.org_id WHERE u.path <@ ${path}::ltree AND p.party_status IS NOT NULL) AS "memberCount",
      (SELECT count(*)::int FROM orgs u WHERE u.path <@ ${path}::ltree AND u.kind = 'cell' AND u.status = 'active') AS "cellCount",
      (SELECT count(*)::int FROM orgs u WHERE u.parent_id = (SELECT id FROM orgs WHERE path = ${path}::ltree) AND u.status = 'active') AS "childCount"`,
  ))!;
}

/** Moves a node (and its whole subtree) under a new parent by rewriting the path prefix. */
export async function reparent(q: Queryable, org: Pick<OrgRow, 'id' | 'path'>, parent: Pick<OrgRow, 'id' | 'path'>) {
  await q.execute(sql`UPDATE orgs SET path = ${parent.path}::ltree || subpath(path, nlevel(${org.path}::ltree) - 1)
    WHERE path <@ ${org.path}::ltree`);
  await q.execute(sql`UPDATE orgs SET parent_id = ${parent.id} WHERE id = ${org.id}`);
}

export async function addEvent(q: Queryable, orgId: number, kind: string, effectiveOn: string, details: object, accountId: number | null) {
  await q.execute(sql`INSERT INTO org_events (org_id, kind, effective_on, details, account_id)
    VALUES (${orgId}, ${kind}, ${effectiveOn}, ${JSON.stringify(details)}::jsonb, ${accountId})`);
}

/** Inserts a unit under a parent (or as a root) and sets its path from its new id. */
export async function insertOrg(
  q: Queryable,
  o: { parentId: number | null; parentPath: string | null; name: string; shortName?: string | null; kind: string; subkind?: string | null; code?: string | null; effectiveOn: string },
): Promise<OrgRow> {
  const row = (await one<{ id: number }>(q, sql`INSERT INTO orgs (parent_id, path, name, short_name, kind, subkind, code, effective_from)
      VALUES (${o.parentId}, '0', ${o.name}, ${o.shortName ?? null}, ${o.kind}, ${o.subkind ?? null}, ${o.code ?? null}, ${o.effectiveOn})
      RETURNING id`))!;
  const path = o.parentPath ? `${o.parentPath}.${row.id}` : String(row.id);
  await q.execute(sql`UPDATE orgs SET path = ${path}::ltree WHERE id = ${row.id}`);
  return (await findOrg(q, row.id))!;
}
