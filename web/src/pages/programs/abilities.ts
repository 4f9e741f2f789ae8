import type { Me } from '../../api/auth';
import type { UiAction } from '../../lib/roles';

/**
 * Whether the user acts for the unit itself (keeps its program, reports its values, answers its tasks), read from
 * the server's abilities: a grant at that very unit whose path the server lists for the action, or an admin grant
 * above it. The programs module's rule (server/modules/programs/policy.ts actsFor): a district clerk reads a
 * commune's program but the commune keeps it. The answers carry no per-record abilities, so this is the UI's
 * reading of /auth/me; the server still decides (403 program_own_unit).
 */
export function actsFor(me: Me | null | undefined, action: UiAction, orgId: number | undefined, orgPath?: string | null): boolean {
  if (!me || !orgId) return false;
  const roots = me.abilities[action] ?? [];
  return me.grants.some((g) => roots.includes(g.path)
    && (g.orgId === orgId || (g.role === 'admin' && !!orgPath && orgPath.startsWith(g.path + '.'))));
}

/** A unit's path is needed only to place an admin's grant above it (others act at their grant's very unit). */
export const needsPath = (me: Me | null | undefined): boolean => !!me?.grants.some((g) => g.role === 'admin');
