import { one, sql, type Queryable, type SQL } from '../../core/db/index.js';
import { notFound } from '../../core/errors.js';
import { can, type Actor } from '../../core/policy.js';
import * as q from './queries.js';
import type { AudienceRule } from './schemas.js';
import { noticeInvited } from './notices.js';

const STAFF_CATEGORIES = ['presenter', 'collaborator', 'lecturer', 'propaganda_staff'];
const textArray = (xs: string[]) => sql`ARRAY[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::text[]`;

/** Who a rule invites, as a condition on p (people) and po (their home unit) below the rule's unit. */
export function audienceCondition(rule: AudienceRule, rootPath: string): SQL {
  const root = sql`${rootPath}::ltree`;
  switch (rule.kind) {
    case 'key_cadres':
      return sql`po.path <@ ${root} AND p.categories @> ${textArray(['key_cadre'])}`;
    case 'all_members':
      return sql`po.path <@ ${root} AND p.party_status IS NOT NULL`;
    case 'presenters_staff':
      return sql`po.path <@ ${root} AND p.categories && ${textArray(STAFF_CATEGORIES)}`;
    case 'mass_org': {
      // Members of a mass organization: it is their home unit (non-members), or they hold a membership in it.
      const only = (col: SQL) => (rule.massOrgType ? sql`AND ${col} = ${rule.massOrgType}` : sql``);
      return sql`((po.kind = 'mass_org' AND po.path <@ ${root} ${only(sql`po.subkind`)})
        OR EXISTS (SELECT 1 FROM mass_org_memberships mm JOIN orgs mo ON mo.id = mm.org_id
          WHERE mm.person_id = p.id AND mo.kind = 'mass_org' AND mo.path <@ ${root} ${only(sql`mo.subkind`)}))`;
    }
  }
}

/**
 * The bridge point a person attends from: the one whose unit is the nearest ancestor-or-self of the
 * person's home unit (po), else the main point, else none.
 */
export function nearestBridgePoint(conferenceId: number): SQL {
  return sql`COALESCE(
    (SELECT bp.id FROM bridge_points bp JOIN orgs bo ON bo.id = bp.org_id
      WHERE bp.conference_id = ${conferenceId} AND bo.path @> po.path
      ORDER BY nlevel(bo.path) DESC, bp.is_main DESC, bp.id LIMIT 1),
    (SELECT bp.id FROM bridge_points bp WHERE bp.conference_id = ${conferenceId} AND bp.is_main ORDER BY bp.id LIMIT 1))`;
}

/** One INSERT … SELECT for all matching people; existing invitations are kept. Returns how many were added. */
export async function invite(tx: Queryable, conferenceId: number, who: SQL, bridgePointId?: number) {
  const bridge = bridgePointId ? sql`${bridgePointId}::int` : nearestBridgePoint(conferenceId);
  const r = await one<{ n: number; withAccount: number[] }>(tx, sql`WITH added AS (
      INSERT INTO invitations (conference_id, person_id, bridge_point_id)
      SELECT ${conferenceId}, p.id, ${bridge} FROM people p JOIN orgs po ON po.id = p.org_id WHERE ${who}
      ON CONFLICT DO NOTHING RETURNING person_id)
    SELECT count(*)::int AS n, coalesce((SELECT array_agg(ad.person_id) FROM added ad JOIN accounts a ON a.person_id = ad.person_id), '{}') AS "withAccount"
    FROM added`);
  // The newly invited who have an account get the invitation in their inbox.
  await noticeInvited(tx, conferenceId, 'invitation', r!.withAccount);
  return r!.n;
}

/**
 * Invites the people a rule names and keeps the rule on the conference (once). The rule lists people, so its
 * unit must lie where the caller may read people (404 otherwise). Returns how many were added.
 */
export async function applyRule(tx: Queryable, actor: Actor, conferenceId: number, rule: AudienceRule) {
  const org = await q.findOrg(tx, rule.orgId);
  if (!org || !can(actor, 'person.read', org.path)) throw notFound('org');
  const invited = await invite(tx, conferenceId, audienceCondition(rule, org.path));
  const c = (await q.findConference(tx, conferenceId))!;
  const rules = c.audience.rules ?? [];
  const same = (r: AudienceRule) => r.kind === rule.kind && r.orgId === rule.orgId && (r.massOrgType ?? null) === (rule.massOrgType ?? null);
  if (!rules.some(same)) {
    await tx.execute(sql`UPDATE conferences SET audience = ${JSON.stringify({ ...c.audience, rules: [...rules, rule] })}::jsonb WHERE id = ${conferenceId}`);
  }
  return invited;
}
