// What the caller may do to a program, a target, a task: the checks the writes make (policy.ts actsFor), answered on
// each record so the UI keeps no copy of the rule (a district clerk reads a commune's program; the commune keeps it).
import { idList, one, sql, type Queryable } from '../../core/db/index.js';
import type { Actor } from '../../core/policy.js';
import { actsBelow, actsFor, rules } from './policy.js';

interface ProgramFacts { id: number; orgPath: string; status: string; parentProgramId: number | null }

/**
 * A unit strictly below the program's that the actor keeps, active and not yet built from it: what cascade() checks
 * (adoptingUnit, cascade_not_below, one program per unit and parent).
 */
async function cascadable(db: Queryable, actor: Actor, p: ProgramFacts) {
  if (!actsBelow(actor, 'program.write', p.orgPath)) return false;
  const roles: readonly string[] = rules['program.write'];
  const grants = actor.grants.filter((g) => roles.includes(g.role));
  const own = grants.filter((g) => g.role !== 'admin').map((g) => g.orgId);
  const mine = sql.join([
    ...(own.length ? [sql`o.id IN (${idList(own)})`] : []),
    ...grants.filter((g) => g.role === 'admin').map((g) => sql`o.path <@ ${g.path}::ltree`),
  ], sql` OR `);
  return !!(await one(db, sql`SELECT 1 FROM orgs o WHERE o.path <@ ${p.orgPath}::ltree AND o.path <> ${p.orgPath}::ltree
    AND o.status = 'active' AND (${mine})
    AND NOT EXISTS (SELECT 1 FROM programs c WHERE c.parent_program_id = ${p.id} AND c.org_id = o.id) LIMIT 1`));
}

/** The program: edit, close, add targets and tasks (its own unit keeps it, open); report its values; build from it. */
export async function programCan(db: Queryable, actor: Actor, p: ProgramFacts) {
  const open = p.status === 'active';
  const keeps = actsFor(actor, 'program.write', p.orgPath);
  return {
    edit: keeps && open,
    close: keeps && open,
    reopen: keeps && !open,
    addTarget: keeps && open,
    addTask: keeps && open,
    report: open && actsFor(actor, 'program.report', p.orgPath),
    cascade: open && (await cascadable(db, actor, p)),
    setReporting: maySetReporting(actor, p),
  };
}

/** Set a program's reporting periods: its own unit, open, at the top of its tree (programs built from it follow it). */
export function maySetReporting(actor: Actor, p: Omit<ProgramFacts, 'id'>) {
  return p.status === 'active' && p.parentProgramId == null && actsFor(actor, 'program.write', p.orgPath);
}

/** A target of the program `p`: edited and deleted by the program's unit; a value reported by it, never for a roll-up. */
export function targetCan(actor: Actor, p: { orgPath: string; status: string }, t: { aggregation: string | null }) {
  const open = p.status === 'active';
  const keeps = open && actsFor(actor, 'program.write', p.orgPath);
  return { edit: keeps, delete: keeps, report: open && t.aggregation == null && actsFor(actor, 'program.report', p.orgPath) };
}

export interface TaskFacts { programOrgPath: string; responsiblePath: string; programStatus: string }

/** Who the actor is to a task: the unit that gave it (owner) and the unit responsible for it. */
export function taskParties(actor: Actor, t: TaskFacts) {
  return { owner: actsFor(actor, 'program.write', t.programOrgPath), responsible: actsFor(actor, 'program.report', t.responsiblePath) };
}

/**
 * A task: the giving unit edits and deletes it; it and the responsible unit write progress notes (which may move the
 * status, as a status-only edit by the responsible unit does) and add or delete evidence. A closed program's are read-only.
 */
export function taskCan(actor: Actor, t: TaskFacts) {
  const open = t.programStatus !== 'closed';
  const { owner, responsible } = taskParties(actor, t);
  return { edit: open && owner, delete: open && owner, note: open && (owner || responsible), evidence: open && (owner || responsible) };
}
