import { defineRules, type Actor } from '../../core/policy.js';

// Staff read the programs of their subtree (and those above, which they cascade from); the office and leadership of a
// unit keep its own programs and report its own values; admins keep any program of their subtree.
// A unit answering a task assigned to it (status, notes, evidence) needs program.report at that unit.
export const rules = defineRules({
  'program.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector'],
  'program.write': ['admin', 'leader', 'clerk'],
  'program.report': ['admin', 'leader', 'clerk'],
});

/**
 * Whether the actor acts for the unit itself, not only for a unit above it: a grant of a role of the action at that
 * very unit (an admin's grant holds for its whole subtree). A district clerk sees a commune's program but does not
 * report the commune's values or edit its program: the commune does.
 */
export function actsFor(actor: Pick<Actor, 'grants'>, action: keyof typeof rules, orgPath: string): boolean {
  const roles: readonly string[] = rules[action];
  return actor.grants.some((g) => roles.includes(g.role)
    && (g.path === orgPath || (g.role === 'admin' && orgPath.startsWith(g.path + '.'))));
}

/**
 * Whether the actor acts for some unit strictly below `orgPath` (builds its program from one there): a grant of a role of
 * the action at such a unit, or an admin grant at or above `orgPath` or below it. Which unit is then checked by actsFor.
 */
export function actsBelow(actor: Pick<Actor, 'grants'>, action: keyof typeof rules, orgPath: string): boolean {
  const roles: readonly string[] = rules[action];
  return actor.grants.some((g) => roles.includes(g.role)
    && (g.path.startsWith(orgPath + '.') || (g.role === 'admin' && (g.path === orgPath || orgPath.startsWith(g.path + '.')))));
}
