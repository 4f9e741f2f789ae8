// Who an inspection is to the caller. Three ways in: the team (membership of that inspection, whatever the role);
// the staff of the issuing unit's subtree (inspection.read there); a subject unit (inspection.read at or above it),
// which sees only its own part and only what is published. Anyone else gets 404, with no names.
import { sql, type Queryable, type SQL } from '../../core/db/index.js';
import { AppError, badRequest, conflict, notFound } from '../../core/errors.js';
import { can, inScope, type Actor } from '../../core/policy.js';
import { actsFor } from './policy.js';
import * as q from './queries.js';

export interface Access {
  i: q.InspectionRow;
  /** The caller's place in the team, null when not a member. */
  role: 'leader' | 'member' | null;
  /** Sees the whole inspection (team or issuing unit's staff), not only its own subject part. */
  full: boolean;
  /** May direct it without being in the team: leadership of the issuing unit itself (sets the team, reopens). */
  director: boolean;
  subjects: { id: number; name: string; path: string }[];
  visibleSubjects: { id: number; name: string; path: string }[];
}

export async function access(db: Queryable, actor: Actor, id: number, lock = false): Promise<Access> {
  const i = await q.findInspection(db, id, lock);
  if (!i) throw notFound('inspection');
  const [role, subjects] = await Promise.all([q.memberRole(db, id, actor.accountId), q.subjectsOf(db, id)]);
  const full = role != null || can(actor, 'inspection.read', i.orgPath);
  const visibleSubjects = full ? subjects : subjects.filter((s) => can(actor, 'inspection.read', s.path));
  if (!full && !visibleSubjects.length) throw notFound('inspection');
  return { i, role, full, director: actsFor(actor, 'inspection.direct', i.orgPath), subjects, visibleSubjects };
}

/** SQL on inspection `i` (issuing unit `o`): the caller sees it at all. */
export function inspectionScope(actor: Actor): SQL {
  return sql`(${inScope(actor, 'inspection.read', sql`o.path`)}
    OR EXISTS (SELECT 1 FROM inspection_members vm WHERE vm.inspection_id = i.id AND vm.account_id = ${actor.accountId})
    OR EXISTS (SELECT 1 FROM inspection_subjects vs JOIN orgs vso ON vso.id = vs.org_id WHERE vs.inspection_id = i.id
      AND ${inScope(actor, 'inspection.read', sql`vso.path`)}))`;
}

/** SQL on a subject unit's path: shown to the caller (all when it sees the whole of inspection `i`). */
export function subjectScope(actor: Actor) {
  return (col: SQL) => sql`(${inScope(actor, 'inspection.read', sql`o.path`)}
    OR EXISTS (SELECT 1 FROM inspection_members vm WHERE vm.inspection_id = i.id AND vm.account_id = ${actor.accountId})
    OR ${inScope(actor, 'inspection.read', col)})`;
}

/** Team members edit their own inspection; nobody edits a closed one until it is reopened. */
export function assertTeam(a: Access) {
  if (!a.role) throw new AppError(403, 'inspection_team_only');
  assertOpen(a);
}

export function assertOpen(a: Access) {
  if (a.i.status === 'closed') throw conflict('inspection_closed');
}

/** The inspection is in one of the statuses, else 409 naming what it is. */
export function assertStatus(a: Access, allowed: readonly q.InspectionRow['status'][], code: string) {
  assertOpen(a);
  if (!allowed.includes(a.i.status)) throw conflict(code);
}

/** A subject unit of the inspection, else 400 on the field. */
export function subjectOf(a: Access, orgId: number, field: string) {
  const s = a.subjects.find((x) => x.id === orgId);
  if (!s) throw badRequest({ [field]: 'inspection_not_subject' });
  return s;
}

/** Registry documents visible to the caller, else 400 on the field. */
export async function checkDocument(db: Queryable, actor: Actor, docId: number | null | undefined, field: string) {
  if (!docId) return;
  const missing = await q.invisibleDocuments(db, actor, [docId]);
  if (missing.length) throw badRequest({ [field]: { key: 'documents_not_visible', params: { ids: missing.join(', ') } } });
}
