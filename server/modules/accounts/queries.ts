import { one, rows, sql, utc, type Queryable, type SQL } from '../../core/db/index.js';
import type { Role } from '../../core/policy.js';
import { unitLabel } from '../../core/units.js';

export interface AccountRow {
  id: number;
  username: string;
  displayName: string;
  active: boolean;
  personId: number | null;
  createdAt: string;
  grants: { id: number; role: Role; orgId: number; orgName: string; path: string }[];
}

// Grants aggregated per account in the same query, so a page of accounts is one round trip.
const columns = sql`a.id, a.username, a.display_name AS "displayName", a.active, a.person_id AS "personId",
    ${utc(sql`a.created_at`)} AS "createdAt",
    coalesce((SELECT json_agg(json_build_object('id', g.id, 'role', g.role, 'orgId', g.org_id, 'orgName', ${unitLabel('o')}, 'path', o.path::text) ORDER BY g.id)
      FROM role_grants g JOIN orgs o ON o.id = g.org_id WHERE g.account_id = a.id), '[]') AS grants`;

export function findAccount(q: Queryable, id: number) {
  return one<AccountRow>(q, sql`SELECT ${columns} FROM accounts a WHERE a.id = ${id}`);
}

/** Accounts holding at least one role at a unit matching the scope condition (on o.path). */
export function listAccounts(q: Queryable, scope: SQL, folded: string | undefined, page: SQL) {
  const search = folded
    ? sql`AND (vn_fold(a.display_name) LIKE ${'%' + folded + '%'} OR lower(a.username) LIKE ${'%' + folded + '%'})`
    : sql``;
  return rows<AccountRow & { total: number }>(q, sql`SELECT ${columns}, count(*) OVER () AS total FROM accounts a
    WHERE EXISTS (SELECT 1 FROM role_grants g JOIN orgs o ON o.id = g.org_id WHERE g.account_id = a.id AND ${scope})
    ${search}
    ORDER BY a.username ${page}`);
}
