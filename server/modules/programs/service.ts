// Programs: adoption, listing, cascade down the tree. Targets are in targets.ts, tasks in tasks.ts.
import { audit } from '../../core/audit.js';
import { idList, likeContains, one, rows, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, conflict, notFound } from '../../core/errors.js';
import { toPage } from '../../core/pagination.js';
import { assertAnywhere, can, inScope, inScopeOrAbove, rootsFor, type Actor } from '../../core/policy.js';
import { fold } from '../../core/vn.js';
import { programCan, targetCan } from './abilities.js';
import { actsFor } from './policy.js';
import * as q from './queries.js';
import type { CascadeInput, CreateProgramInput, ListProgramsQuery, UpdateProgramInput } from './schemas.js';
import { programTree, regenerate } from './periods.js';
import { targetsOf } from './targets.js';
import './messages.js';

/** Programs (unit `o`) the actor sees: those of its subtrees, and those above them (which it builds its own from). */
export const programScope = (actor: Actor) => inScopeOrAbove(actor, 'program.read', sql`o.path`);

export function isVisible(actor: Actor, path: string): boolean {
  return can(actor, 'program.read', path) || rootsFor(actor, 'program.read').some((r) => r.startsWith(path + '.'));
}

/**
 * Tasks (row `t`) the actor sees: of programs in its subtrees, or given to (or shared with) units in its subtrees.
 * A commune sees the district's program but not the tasks the district gave another commune.
 */
export const taskScope = (actor: Actor) => {
  const s = (col: string) => inScope(actor, 'program.read', sql.raw(col));
  return sql`(EXISTS (SELECT 1 FROM programs vp JOIN orgs vpo ON vpo.id = vp.org_id WHERE vp.id = t.program_id AND ${s('vpo.path')})
    OR EXISTS (SELECT 1 FROM orgs vro WHERE vro.id = t.responsible_org_id AND ${s('vro.path')})
    OR EXISTS (SELECT 1 FROM task_units vtu JOIN orgs vo ON vo.id = vtu.org_id WHERE vtu.task_id = t.id AND ${s('vo.path')}))`;
};

export async function readableProgram(db: Queryable, actor: Actor, id: number, lock = false) {
  const p = await q.findProgram(db, id, lock);
  if (!p || !isVisible(actor, p.orgPath)) throw notFound('program');
  return p;
}

/** A program the actor keeps (the office or leadership of its own unit), still open unless `reopening`. */
export async function writableProgram(db: Queryable, actor: Actor, id: number, reopening = false) {
  const p = await readableProgram(db, actor, id, true);
  if (!actsFor(actor, 'program.write', p.orgPath)) throw new AppError(403, 'program_own_unit');
  if (p.status === 'closed' && !reopening) throw conflict('program_closed');
  return p;
}

export async function list(db: Db, actor: Actor, f: ListProgramsQuery) {
  assertAnywhere(actor, 'program.read');
  const folded = f.q ? fold(f.q).trim() : '';
  const where = sql`${programScope(actor)}
    ${f.orgId ? sql`AND p.org_id = ${f.orgId}` : sql``}
    ${f.status ? sql`AND p.status = ${f.status}` : sql``}
    ${folded ? sql`AND vn_fold(p.title) LIKE ${likeContains(folded)}` : sql``}`;
  return toPage(await q.listPrograms(db, where, taskScope(actor), f), f);
}

export async function detail(db: Queryable, actor: Actor, id: number) {
  const p = await readableProgram(db, actor, id);
  const [[item], documents, targets, can] = await Promise.all([
    q.listPrograms(db, sql`p.id = ${id}`, taskScope(actor)), q.documentsOf(db, id), targetsOf(db, sql`tt.program_id = ${id}`),
    programCan(db, actor, p),
  ]);
  const { total: _t, ...rest } = item;
  const parentProgram = await q.parentProgram(db, rest.parentProgramId);
  // Off-track targets first (a stable sort keeps the program's order within each group).
  targets.sort((a, b) => Number(b.offTrack) - Number(a.offTrack));
  return { ...rest, parentProgram, documents, targets: targets.map((t) => ({ ...t, can: targetCan(actor, p, t) })), can };
}

type Detail = Awaited<ReturnType<typeof detail>>;
/** The program as audited: its data, not what this caller may do to it. */
const audited = ({ can: _c, targets, ...rest }: Detail) => ({ ...rest, targets: targets.map(({ can: _x, ...t }) => t) });

/** Registry documents the caller can see (its units', below or above); 400 names the others under `field`. */
async function checkDocuments(db: Queryable, actor: Actor, ids: number[], field: string) {
  const unique = [...new Set(ids)];
  const found = await rows<{ id: number }>(db, sql`SELECT d.id FROM documents d JOIN orgs o ON o.id = d.owner_org_id
    WHERE d.id IN (${idList(unique)}) AND ${inScopeOrAbove(actor, 'document.read', sql`o.path`)}`);
  const seen = new Set(found.map((r) => r.id));
  const missing = unique.filter((i) => !seen.has(i));
  if (missing.length) throw badRequest({ [field]: { key: 'documents_not_visible', params: { ids: missing.join(', ') } } });
  return unique;
}

function checkPeriod(from: string, to: string) {
  if (to < from) throw badRequest({ periodTo: 'program_period' });
}

/** The unit a program is adopted at: visible, kept by the actor itself, active. */
async function adoptingUnit(tx: Queryable, actor: Actor, orgId: number) {
  const org = await q.findOrg(tx, orgId);
  if (!org || !isVisible(actor, org.path)) throw notFound('org');
  if (!actsFor(actor, 'program.write', org.path)) throw new AppError(403, 'program_own_unit');
  if (org.status !== 'active') throw conflict('org_inactive', {}, { orgId: 'org_inactive' });
  return org;
}

async function insertProgram(tx: Queryable, actor: Actor, v: {
  orgId: number; parentProgramId: number | null; title: string; adoptedOn: string; adoptingDocumentId: number | null; periodFrom: string; periodTo: string;
}) {
  return (await one<{ id: number }>(tx, sql`INSERT INTO programs (org_id, parent_program_id, title, adopted_on, adopting_document_id, period_from, period_to, created_by)
    VALUES (${v.orgId}, ${v.parentProgramId}, ${v.title}, ${v.adoptedOn}, ${v.adoptingDocumentId}, ${v.periodFrom}, ${v.periodTo}, ${actor.accountId})
    RETURNING id`))!.id;
}

export async function create(db: Db, actor: Actor, input: CreateProgramInput) {
  assertAnywhere(actor, 'program.write');
  checkPeriod(input.periodFrom, input.periodTo);
  return db.transaction(async (tx) => {
    const org = await adoptingUnit(tx, actor, input.orgId);
    const documentIds = await checkDocuments(tx, actor, input.documentIds, 'documentIds');
    if (input.adoptingDocumentId) await checkDocuments(tx, actor, [input.adoptingDocumentId], 'adoptingDocumentId');
    const id = await insertProgram(tx, actor, { ...input, parentProgramId: null, adoptingDocumentId: input.adoptingDocumentId ?? null });
    await tx.execute(sql`INSERT INTO program_documents (program_id, document_id) VALUES ${sql.join(documentIds.map((d) => sql`(${id}, ${d})`), sql`, `)}`);
    const after = await detail(tx, actor, id);
    await audit(tx, actor, { action: 'create', entity: 'program', entityId: id, orgPath: org.path, after: { ...audited(after), documentIds } });
    return after;
  });
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateProgramInput) {
  assertAnywhere(actor, 'program.write');
  return db.transaction(async (tx) => {
    const p = await writableProgram(tx, actor, id, input.status === 'active');
    checkPeriod(input.periodFrom ?? p.periodFrom, input.periodTo ?? p.periodTo);
    if (input.adoptingDocumentId) await checkDocuments(tx, actor, [input.adoptingDocumentId], 'adoptingDocumentId');
    const before = await detail(tx, actor, id);
    await tx.execute(sql`UPDATE programs SET title = ${input.title ?? p.title}, adopted_on = ${input.adoptedOn ?? p.adoptedOn},
        adopting_document_id = ${input.adoptingDocumentId === undefined ? p.adoptingDocumentId : input.adoptingDocumentId},
        period_from = ${input.periodFrom ?? p.periodFrom}, period_to = ${input.periodTo ?? p.periodTo},
        status = ${input.status ?? p.status}, updated_at = now() WHERE id = ${id}`);
    if (input.documentIds) {
      const documentIds = await checkDocuments(tx, actor, input.documentIds, 'documentIds');
      await tx.execute(sql`DELETE FROM program_documents WHERE program_id = ${id}`);
      await tx.execute(sql`INSERT INTO program_documents (program_id, document_id) VALUES ${sql.join(documentIds.map((d) => sql`(${id}, ${d})`), sql`, `)}`);
    }
    // A new span moves the periods nothing was filed for (the frequency is set separately, see periods.ts).
    if (input.periodFrom || input.periodTo) await regenerate(tx, sql`(${id})`);
    const after = await detail(tx, actor, id);
    await audit(tx, actor, { action: 'update', entity: 'program', entityId: id, orgPath: p.orgPath, before: audited(before), after: audited(after) });
    return after;
  });
}

/**
 * A unit below builds its program from this one: documents and targets copied, each target linked to the one it
 * came from (so the parent's roll-ups count it), then edited by the unit. A "units meeting" target becomes, for the
 * unit below, the yes/no of meeting the criterion itself — which is what the parent counts.
 */
export async function cascade(db: Db, actor: Actor, parentId: number, input: CascadeInput) {
  assertAnywhere(actor, 'program.write');
  return db.transaction(async (tx) => {
    const parent = await readableProgram(tx, actor, parentId);
    // A closed program is read-only: nothing more is built from it.
    if (parent.status === 'closed') throw conflict('program_closed');
    const org = await adoptingUnit(tx, actor, input.orgId);
    if (!org.path.startsWith(parent.orgPath + '.')) throw badRequest({ orgId: 'cascade_not_below' });
    const periodFrom = input.periodFrom ?? parent.periodFrom;
    const periodTo = input.periodTo ?? parent.periodTo;
    checkPeriod(periodFrom, periodTo);
    if (input.adoptingDocumentId) await checkDocuments(tx, actor, [input.adoptingDocumentId], 'adoptingDocumentId');
    const id = await insertProgram(tx, actor, {
      orgId: org.id, parentProgramId: parent.id, title: input.title ?? parent.title, adoptedOn: input.adoptedOn,
      adoptingDocumentId: input.adoptingDocumentId ?? null, periodFrom, periodTo,
    });
    await tx.execute(sql`INSERT INTO program_documents (program_id, document_id) SELECT ${id}, document_id FROM program_documents WHERE program_id = ${parent.id}`);
    // It reports to the parent on the parent's periods.
    await tx.execute(sql`UPDATE programs c SET report_frequency = p.report_frequency, report_due_days = p.report_due_days
      FROM programs p WHERE c.id = ${id} AND p.id = ${parent.id}`);
    await regenerate(tx, programTree(id));
    const meeting = sql`t.kind = 'units_meeting'`;
    await tx.execute(sql`INSERT INTO program_targets (program_id, parent_target_id, lineage, position, indicator, unit, kind, aggregation,
        criterion, baseline_value, baseline_on, target_value, deadline)
      SELECT ${id}, t.id, t.lineage, t.position,
        CASE WHEN ${meeting} THEN coalesce(nullif(t.criterion, ''), t.indicator) ELSE t.indicator END,
        CASE WHEN ${meeting} THEN NULL ELSE t.unit END, CASE WHEN ${meeting} THEN 'boolean' ELSE t.kind END, NULL, NULL,
        CASE WHEN ${meeting} THEN NULL ELSE t.baseline_value END, CASE WHEN ${meeting} THEN NULL ELSE t.baseline_on END,
        CASE WHEN ${meeting} THEN 1 ELSE t.target_value END, t.deadline
      FROM program_targets t WHERE t.program_id = ${parent.id} ORDER BY t.position, t.id`);
    await tx.execute(sql`UPDATE program_targets SET lineage = lineage || id::text WHERE program_id = ${id}`);
    await tx.execute(sql`INSERT INTO target_milestones (target_id, year, value)
      SELECT c.id, m.year, m.value FROM program_targets c JOIN program_targets pt ON pt.id = c.parent_target_id AND pt.kind = c.kind
      JOIN target_milestones m ON m.target_id = pt.id WHERE c.program_id = ${id}`);
    const after = await detail(tx, actor, id);
    await audit(tx, actor, { action: 'create', entity: 'program', entityId: id, orgPath: org.path, after: { ...audited(after), cascadedFrom: parent.id } });
    return after;
  });
}
