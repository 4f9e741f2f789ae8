import { sql, type SQL } from './db/index.js';
import { AppError } from './errors.js';
import type { Lang } from './i18n.js';

export const ROLES = ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter', 'member'] as const;
export type Role = (typeof ROLES)[number];

export interface Grant {
  id: number;
  role: Role;
  orgId: number;
  path: string;
  orgName: string;
}

/** Who is calling: the account, its role grants (each holding for a subtree), and request facts. */
export interface Actor {
  accountId: number;
  username: string;
  displayName: string;
  personId: number | null;
  grants: Grant[];
  ip: string;
  lang: Lang;
}

// action → roles allowed to do it within the subtree of the org where the role is granted.
// Each module declares its own actions in its policy.ts; this is the one place they are looked up.
const rules = new Map<string, readonly Role[]>();

/** Declares a module's actions; returns the table so its action names can be typed (web/src/lib/roles.ts). */
export function defineRules<const T extends Record<string, readonly Role[]>>(table: T): T {
  for (const [action, roles] of Object.entries(table)) rules.set(action, roles);
  return table;
}

function rolesFor(action: string): readonly Role[] {
  const roles = rules.get(action);
  if (!roles) throw new Error(`policy: unknown action ${action}`);
  return roles;
}

const isWithin = (path: string, root: string) => path === root || path.startsWith(root + '.');

/** Org paths under which the actor may do the action (its subtree roots). */
export function rootsFor(actor: Pick<Actor, 'grants'>, action: string): string[] {
  const roles = rolesFor(action);
  const roots = actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.path);
  // Drop roots nested inside another root: they add nothing.
  return roots.filter((r, i) => !roots.some((o, j) => j !== i && isWithin(r, o) && (r !== o || j < i)));
}

/**
 * What the actor may do where: for every action of the policy table, the org paths (subtree roots) where it
 * holds. The web app reads this from /api/auth/me instead of keeping its own copy of the rules.
 */
export function abilitiesOf(actor: Pick<Actor, 'grants'>): Record<string, string[]> {
  return Object.fromEntries([...rules.keys()].sort().map((action) => [action, rootsFor(actor, action)]));
}

export function can(actor: Actor, action: string, orgPath: string): boolean {
  return rootsFor(actor, action).some((root) => isWithin(orgPath, root));
}

/** Throws 403 unless the actor may do the action on a record living at orgPath. */
export function assertCan(actor: Actor, action: string, orgPath: string) {
  if (!can(actor, action, orgPath)) throw new AppError(403, 'forbidden');
}

/** Throws 403 unless the actor may do the action somewhere at all (for creating, listing). */
export function assertAnywhere(actor: Actor, action: string) {
  if (rootsFor(actor, action).length === 0) throw new AppError(403, 'forbidden');
}

function ltreeArray(paths: string[]): SQL {
  return sql`ARRAY[${sql.join(paths.map((p) => sql`${p}`), sql`, `)}]::ltree[]`;
}

/** SQL condition: the ltree column lies in the actor's subtrees for this action. */
export function inScope(actor: Actor, action: string, pathColumn: SQL): SQL {
  const roots = rootsFor(actor, action);
  if (roots.length === 0) return sql`false`;
  return sql`(${pathColumn} <@ ${ltreeArray(roots)})`;
}

/**
 * SQL condition: any of the ltree columns lies in the actor's subtrees. For a record tied to several units
 * (an invitee: their bridge point and their home unit), seen by the staff of either.
 */
export function inScopeAny(actor: Actor, action: string, pathColumns: SQL[]): SQL {
  const roots = rootsFor(actor, action);
  if (roots.length === 0) return sql`false`;
  const arr = ltreeArray(roots);
  return sql`(${sql.join(pathColumns.map((c) => sql`${c} <@ ${arr}`), sql` OR `)})`;
}

/** SQL condition: the column is in the actor's subtrees or is an ancestor of one of them (documents from above). */
export function inScopeOrAbove(actor: Actor, action: string, pathColumn: SQL): SQL {
  const roots = rootsFor(actor, action);
  if (roots.length === 0) return sql`false`;
  const arr = ltreeArray(roots);
  return sql`(${pathColumn} <@ ${arr} OR ${pathColumn} @> ${arr})`;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((g) => g.role === role);
}
