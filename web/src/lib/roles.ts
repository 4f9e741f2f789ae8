import type { Action, Grant, Me } from '../api/auth';

/**
 * What the UI offers to whom, read from the server's own answer: /api/auth/me lists, for each action of the
 * policy table, the org paths (subtree roots) where the user may do it. The server still decides (403/404);
 * this only hides what would fail, and never keeps a copy of the rules.
 */
export type UiAction = Action;

const within = (path: string, root: string) => path === root || path.startsWith(root + '.');

const rootsOf = (me: Me | null | undefined, action: UiAction): readonly string[] => me?.abilities[action] ?? [];

/** May the user do this anywhere (menus, "new" buttons)? */
export function canAny(me: Me | null | undefined, action: UiAction): boolean {
  return rootsOf(me, action).length > 0;
}

/** May the user do this on a record at orgPath (the record's unit, or the unit the action is checked at)? */
export function canAt(me: Me | null | undefined, action: UiAction, orgPath: string | null | undefined): boolean {
  if (!orgPath) return false;
  return rootsOf(me, action).some((root) => within(orgPath, root));
}

/** The grant under which the user does this (its unit is the natural default in forms), if any. */
export function grantFor(me: Me | null | undefined, action: UiAction): Grant | undefined {
  const roots = rootsOf(me, action);
  return me?.grants.find((g) => roots.includes(g.path));
}

/** Members act on their own person (my QR, my invitations, self check-in): any account linked to a person. */
export const hasPerson = (me: Me | null | undefined): boolean => !!me?.personId;
