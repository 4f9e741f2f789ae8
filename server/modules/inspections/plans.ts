// Annual plans (kế hoạch kiểm tra, giám sát năm) of a unit's standing committee or inspection commission.
import { audit } from '../../core/audit.js';
import { likeContains, one, rows, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, conflict, notFound } from '../../core/errors.js';
import { toPage } from '../../core/pagination.js';
import { assertAnywhere, can, inScope, type Actor } from '../../core/policy.js';
import { fold } from '../../core/vn.js';
import { checkDocument, inspectionScope, subjectScope } from './access.js';
import { actsFor } from './policy.js';
import * as q from './queries.js';
import type { CreatePlanInput, ListPlansQuery, UpdatePlanInput } from './schemas.js';
import './messages.js';

/** Roles that may sit in a team: staff, not members or presenters. */
export const TEAM_ROLES = ['admin', 'leader', 'inspector', 'clerk', 'propaganda'] as const;

const withCan = (actor: Actor) => <T extends { orgPath: string }>(p: T) => ({ ...p, can: { edit: actsFor(actor, 'inspection.plan', p.orgPath) } });

/** A plan the caller sees: of its subtree, or one it has an inspection of (team member, subject unit). */
async function readablePlan(db: Queryable, actor: Actor, id: number, lock = false) {
  const p = await q.findPlan(db, id, lock);
  if (!p) throw notFound('inspection_plan');
  if (can(actor, 'inspection.read', p.orgPath)) return p;
  const some = await one(db, sql`SELECT 1 FROM inspections i JOIN orgs o ON o.id = i.org_id WHERE i.plan_id = ${id} AND ${inspectionScope(actor)}`);
  if (!some) throw notFound('inspection_plan');
  return p;
}

export async function writablePlan(db: Queryable, actor: Actor, id: number) {
  const p = await readablePlan(db, actor, id, true);
  if (!actsFor(actor, 'inspection.plan', p.orgPath)) throw new AppError(403, 'inspection_plan_own_unit');
  return p;
}

export async function list(db: Db, actor: Actor, f: ListPlansQuery) {
  assertAnywhere(actor, 'inspection.read');
  const where = sql`(${inScope(actor, 'inspection.read', sql`o.path`)}
      OR EXISTS (SELECT 1 FROM inspections i WHERE i.plan_id = p.id AND ${inspectionScope(actor)}))
    ${f.orgId ? sql`AND p.org_id = ${f.orgId}` : sql``} ${f.year ? sql`AND p.year = ${f.year}` : sql``}`;
  return toPage((await q.plans(db, where, f)).map(withCan(actor)), f);
}

export async function detail(db: Queryable, actor: Actor, id: number) {
  await readablePlan(db, actor, id);
  const [[plan], inspections] = await Promise.all([
    q.plans(db, sql`p.id = ${id}`),
    q.inspections(db, sql`i.plan_id = ${id} AND ${inspectionScope(actor)}`, subjectScope(actor), actor.accountId),
  ]);
  const { total: _t, ...rest } = plan;
  return { ...withCan(actor)(rest), inspections: inspections.map(({ total: _x, ...i }) => i) };
}

export async function create(db: Db, actor: Actor, input: CreatePlanInput) {
  assertAnywhere(actor, 'inspection.plan');
  return db.transaction(async (tx) => {
    const org = await q.findOrg(tx, input.orgId);
    if (!org || !can(actor, 'inspection.read', org.path)) throw notFound('org');
    if (!actsFor(actor, 'inspection.plan', org.path)) throw new AppError(403, 'inspection_plan_own_unit');
    if (org.status !== 'active') throw conflict('org_inactive', {}, { orgId: 'org_inactive' });
    await checkDocument(tx, actor, input.documentId, 'documentId');
    const dup = await one(tx, sql`SELECT 1 FROM inspection_plans WHERE org_id = ${org.id} AND year = ${input.year} AND body = ${input.body}`);
    if (dup) throw conflict('inspection_plan_exists', {}, { year: 'inspection_plan_exists' });
    const created = (await one<{ id: number }>(tx, sql`INSERT INTO inspection_plans (org_id, year, body, title, document_id, created_by)
      VALUES (${org.id}, ${input.year}, ${input.body}, ${input.title}, ${input.documentId ?? null}, ${actor.accountId}) RETURNING id`))!;
    const after = await detail(tx, actor, created.id);
    await audit(tx, actor, { action: 'create', entity: 'inspection_plan', entityId: created.id, orgPath: org.path, after });
    return after;
  });
}

export async function update(db: Db, actor: Actor, id: number, input: UpdatePlanInput) {
  assertAnywhere(actor, 'inspection.plan');
  return db.transaction(async (tx) => {
    const p = await writablePlan(tx, actor, id);
    await checkDocument(tx, actor, input.documentId, 'documentId');
    const before = await detail(tx, actor, id);
    await tx.execute(sql`UPDATE inspection_plans SET title = ${input.title ?? p.title},
      document_id = ${input.documentId === undefined ? p.documentId : input.documentId}, updated_at = now() WHERE id = ${id}`);
    const after = await detail(tx, actor, id);
    await audit(tx, actor, { action: 'update', entity: 'inspection_plan', entityId: id, orgPath: p.orgPath, before, after });
    return after;
  });
}

/** SQL: account `a` is active and holds a staff role in the subtree at `path`. */
export const eligibleSql = (path: string) => sql`a.active AND EXISTS (SELECT 1 FROM role_grants g JOIN orgs go ON go.id = g.org_id
  WHERE g.account_id = a.id AND go.path <@ ${path}::ltree AND g.role IN (${sql.join(TEAM_ROLES.map((r) => sql`${r}`), sql`, `)}))`;

/** Accounts a team may be made of: staff of the issuing unit and below. */
export async function candidates(db: Db, actor: Actor, id: number, f: { q?: string }) {
  const p = await readablePlan(db, actor, id);
  if (!can(actor, 'inspection.read', p.orgPath)) throw new AppError(403, 'inspection_plan_own_unit');
  const folded = f.q ? fold(f.q).trim() : '';
  return rows<{ id: number; displayName: string; username: string; roles: { role: string; orgName: string }[] }>(db, sql`
    SELECT a.id, a.display_name AS "displayName", a.username,
      (SELECT json_agg(json_build_object('role', g.role, 'orgName', go.name) ORDER BY go.path, g.role) FROM role_grants g
        JOIN orgs go ON go.id = g.org_id WHERE g.account_id = a.id AND go.path <@ ${p.orgPath}::ltree) AS roles
    FROM accounts a WHERE ${eligibleSql(p.orgPath)}
      ${folded ? sql`AND (vn_fold(a.display_name) LIKE ${likeContains(folded)} OR a.username LIKE ${likeContains(folded)})` : sql``}
    ORDER BY a.display_name, a.id LIMIT 50`);
}
