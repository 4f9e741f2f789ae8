import type { Me, Role } from '../api/auth';

/**
 * What the UI offers to whom. The server decides for real (403/404); this only hides what would fail.
 * Kept in line with each server module's policy.ts.
 */
export const UI_RULES = {
  'org.write': ['admin', 'clerk'],
  'people.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector'],
  'people.write': ['admin', 'clerk', 'propaganda'],
  'document.write': ['admin', 'clerk', 'propaganda'],
  'account.manage': ['admin'],
  'audit.read': ['admin', 'leader'],
  'campaign.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter'],
  'campaign.write': ['admin', 'leader', 'propaganda', 'clerk'],
  'campaign.remind': ['admin', 'leader', 'propaganda'],
  'conference.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter'],
  'conference.write': ['admin', 'propaganda', 'clerk'],
  'attendance.record': ['admin', 'propaganda', 'clerk'],
  'evaluation.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector'],
  'evaluation.write': ['admin', 'leader', 'propaganda', 'clerk'],
} as const satisfies Record<string, readonly Role[]>;

export type UiAction = keyof typeof UI_RULES;

const within = (path: string, root: string) => path === root || path.startsWith(root + '.');

/** May the user do this anywhere (menus, "new" buttons)? */
export function canAny(me: Me | null | undefined, action: UiAction): boolean {
  const roles: readonly Role[] = UI_RULES[action];
  return !!me?.grants.some((g) => roles.includes(g.role));
}

/** May the user do this on a record at orgPath (roles hold for the subtree where granted)? */
export function canAt(me: Me | null | undefined, action: UiAction, orgPath: string | undefined): boolean {
  if (!orgPath) return false;
  const roles: readonly Role[] = UI_RULES[action];
  return !!me?.grants.some((g) => roles.includes(g.role) && within(orgPath, g.path));
}

/** Members act on their own person (my QR, my invitations, self check-in): any account linked to a person. */
export const hasPerson = (me: Me | null | undefined): boolean => !!me?.personId;
