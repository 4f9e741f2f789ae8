import { likeContains, rows, sql, type Db, type SQL } from '../../core/db/index.js';
import { notFound } from '../../core/errors.js';
import { limitOffset, toPage } from '../../core/pagination.js';
import { assertAnywhere, assertCan, can, inScope, type Actor } from '../../core/policy.js';
import { unitLabel } from '../../core/units.js';
import { fold } from '../../core/vn.js';
import * as q from './queries.js';

/**
 * A presenter one may name at a conference organized at orgPath although outside one's own people: someone in
 * the presenter corps (category, or an active account with the presenter role) whose unit is on the
 * organizer's line — above it (the district's presenters at a commune conference) or below it.
 * A condition on p (people) and po (their home unit).
 */
export function presenterOnLine(orgPath: string): SQL {
  return sql`(('presenter' = ANY(p.categories) OR EXISTS (SELECT 1 FROM accounts pa JOIN role_grants pg ON pg.account_id = pa.id
      WHERE pa.person_id = p.id AND pa.active AND pg.role = 'presenter'))
    AND (po.path @> ${orgPath}::ltree OR po.path <@ ${orgPath}::ltree))`;
}


/**
 * Who the presenter picker offers for a conference organized by orgId: the presenter corps on the organizer's
 * line, plus presenters among the people the caller may read. People search elsewhere stays scoped.
 */
export async function search(db: Db, actor: Actor, f: { orgId: number; q?: string; page: number; pageSize: number }) {
  assertAnywhere(actor, 'conference.write');
  const org = await q.findOrg(db, f.orgId);
  if (!org || !can(actor, 'conference.read', org.path)) throw notFound('org');
  assertCan(actor, 'conference.write', org.path);
  const words = fold(f.q ?? '').trim().split(/\s+/).filter(Boolean);
  const match = words.map((w) => sql`AND p.name_folded LIKE ${likeContains(w)}`);
  const found = await rows<{ id: number; fullName: string; orgName: string; total: number }>(db, sql`
    SELECT p.id, p.full_name AS "fullName", ${unitLabel('po')} AS "orgName", count(*) OVER () AS total
    FROM people p JOIN orgs po ON po.id = p.org_id
    WHERE (${presenterOnLine(org.path)} OR ('presenter' = ANY(p.categories) AND ${inScope(actor, 'person.read', sql`po.path`)}))
      ${sql.join(match, sql` `)}
    ORDER BY nlevel(po.path), p.sort_key, p.id ${limitOffset(f)}`);
  return toPage(found, f);
}
