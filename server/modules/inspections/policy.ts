import { defineRules, type Actor } from '../../core/policy.js';

// Who sees an inspection: the staff of the issuing unit's subtree (its office, leadership, inspectors), the team's
// members, and — for their own part only — the subject units. Plans and inspections are set up by the issuing unit's
// leadership or inspection commission; a remedy is filed by the office or leadership of the responsible unit itself;
// reviewing and closing recommendations is the team's (membership, not a role: checked in service.ts).
export const rules = defineRules({
  'inspection.read': ['admin', 'leader', 'inspector', 'clerk', 'propaganda'],
  'inspection.plan': ['admin', 'leader', 'inspector'],
  'inspection.remedy': ['admin', 'leader', 'clerk'],
  'inspection.oversee': ['admin', 'leader', 'inspector'],
  // Directs an inspection without being in its team (sets the team, reopens a closed one): the issuing unit's leadership.
  'inspection.direct': ['admin', 'leader'],
});

/** A grant of a role of the action at that very unit (an admin's holds for its subtree), as programs/policy.ts. */
export function actsFor(actor: Pick<Actor, 'grants'>, action: keyof typeof rules, orgPath: string): boolean {
  const roles: readonly string[] = rules[action];
  return actor.grants.some((g) => roles.includes(g.role)
    && (g.path === orgPath || (g.role === 'admin' && orgPath.startsWith(g.path + '.'))));
}
