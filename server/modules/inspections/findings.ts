// Findings: one per subject unit and checklist item. The team writes a draft, then publishes it; a published revision
// is never changed (a correction is the next revision, drafted then published), so the history reads as it was.
import type { FastifyRequest } from 'fastify';
import { audit } from '../../core/audit.js';
import { idList, one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { conflict, notFound } from '../../core/errors.js';
import type { Actor } from '../../core/policy.js';
import { storeUpload, removeStored } from '../documents/files.js';
import { access, assertStatus, assertTeam, subjectOf, type Access } from './access.js';
import * as q from './queries.js';
import type { CreateFindingInput, ReviseFindingInput, UpdateFindingInput } from './schemas.js';
import './messages.js';

export { openFile, removeFile } from './files.js';

const WORKING = ['in_progress', 'concluded'] as const;

type Revision = q.RevisionRow & { files: ReturnType<typeof q.publicFile>[] };

async function revisionsWithFiles(db: Queryable, findingIds: number[]) {
  if (!findingIds.length) return [] as Revision[];
  const revs = await q.revisions(db, sql`v.finding_id IN (${idList(findingIds)})`);
  const files = revs.length ? await q.files(db, sql`e.revision_id IN (${idList(revs.map((r) => r.id))})`) : [];
  return revs.map((r) => ({ ...r, files: files.filter((f) => f.revisionId === r.id).map(q.publicFile) }));
}

const shape = ({ findingId: _f, ...r }: Revision) => r;

/** Findings of these subject units as the caller sees them: the published text for all, the draft for the team only. */
export async function findingsFor(db: Queryable, a: Access, orgIds: number[], withHistory = false) {
  const found = await q.findingsOf(db, a.i.id, orgIds);
  const revs = await revisionsWithFiles(db, found.map((f) => f.id));
  return found.map((f) => {
    const mine = revs.filter((r) => r.findingId === f.id);
    const published = mine.find((r) => r.published);
    const draft = a.role ? mine.find((r) => !r.published) : undefined;
    const history = mine.filter((r) => r.published || a.role);
    return {
      ...f, item: f.item as CreateFindingInput['item'],
      published: published ? shape(published) : null, draft: draft ? shape(draft) : null, revisionCount: history.length,
      ...(withHistory ? { revisions: history.map(shape) } : {}),
    };
  });
}

type Out = Awaited<ReturnType<typeof findingsFor>>[number] & { revisions: ReturnType<typeof shape>[] };

/** A finding the caller sees (its subject unit visible to it), with the inspection's access. */
async function readable(db: Queryable, actor: Actor, id: number, lock = false) {
  const f = await q.findFinding(db, id);
  if (!f) throw notFound('finding');
  const a = await access(db, actor, f.inspectionId, lock).catch(() => { throw notFound('finding'); });
  if (!a.visibleSubjects.some((s) => s.id === f.orgId)) throw notFound('finding');
  return { f, a };
}

async function out(db: Queryable, a: Access, f: { id: number; orgId: number }): Promise<Out> {
  const all = await findingsFor(db, a, [f.orgId], true);
  return all.find((x) => x.id === f.id) as Out;
}

export async function detail(db: Queryable, actor: Actor, id: number) {
  const { f, a } = await readable(db, actor, id);
  const it = await out(db, a, f);
  // A finding with nothing published yet is the team's working paper.
  if (!it.published && !a.role) throw notFound('finding');
  return it;
}

async function draftOf(db: Queryable, findingId: number) {
  return one<{ id: number; assessment: string; body: string }>(db, sql`SELECT id, assessment, body FROM finding_revisions
    WHERE finding_id = ${findingId} AND published_at IS NULL FOR UPDATE`);
}

/** A finding the team works on: in its own, open inspection. */
async function writable(tx: Queryable, actor: Actor, id: number) {
  const r = await readable(tx, actor, id, true);
  assertTeam(r.a);
  assertStatus(r.a, WORKING, 'inspection_not_in_progress');
  return r;
}

export async function create(db: Db, actor: Actor, inspectionId: number, input: CreateFindingInput) {
  return db.transaction(async (tx) => {
    const a = await access(tx, actor, inspectionId, true);
    assertTeam(a);
    assertStatus(a, WORKING, 'inspection_not_in_progress');
    const subject = subjectOf(a, input.orgId, 'orgId');
    const dup = await one(tx, sql`SELECT 1 FROM inspection_findings WHERE inspection_id = ${inspectionId} AND org_id = ${input.orgId} AND item = ${input.item}`);
    if (dup) throw conflict('finding_exists', {}, { item: 'finding_exists' });
    const f = (await one<{ id: number }>(tx, sql`INSERT INTO inspection_findings (inspection_id, org_id, item, created_by)
      VALUES (${inspectionId}, ${input.orgId}, ${input.item}, ${actor.accountId}) RETURNING id`))!;
    await tx.execute(sql`INSERT INTO finding_revisions (finding_id, revision, assessment, body, created_by)
      VALUES (${f.id}, 1, ${input.assessment}, ${input.body}, ${actor.accountId})`);
    const after = await out(tx, a, { id: f.id, orgId: input.orgId });
    await audit(tx, actor, { action: 'create', entity: 'finding', entityId: f.id, orgPath: subject.path, after });
    return after;
  });
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateFindingInput) {
  return db.transaction(async (tx) => {
    const { f, a } = await writable(tx, actor, id);
    const draft = await draftOf(tx, id);
    if (!draft) throw conflict('finding_published');
    await tx.execute(sql`UPDATE finding_revisions SET assessment = ${input.assessment ?? draft.assessment}, body = ${input.body ?? draft.body},
      updated_at = now() WHERE id = ${draft.id}`);
    const after = await out(tx, a, f);
    await audit(tx, actor, { action: 'update', entity: 'finding', entityId: id, orgPath: f.orgPath, before: draft, after: after.draft });
    return after;
  });
}

export async function publish(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const { f, a } = await writable(tx, actor, id);
    const draft = await draftOf(tx, id);
    if (!draft) throw conflict('finding_no_draft');
    await tx.execute(sql`UPDATE finding_revisions SET published_at = now(), published_by = ${actor.accountId} WHERE id = ${draft.id}`);
    const after = await out(tx, a, f);
    await audit(tx, actor, { action: 'publish', entity: 'finding', entityId: id, orgPath: f.orgPath, after: after.published });
    return after;
  });
}

/** A correction: the next revision as a draft, carrying the files of the last published one (same stored files). */
export async function revise(db: Db, actor: Actor, id: number, input: ReviseFindingInput) {
  return db.transaction(async (tx) => {
    const { f, a } = await writable(tx, actor, id);
    if (await draftOf(tx, id)) throw conflict('finding_draft_exists');
    const last = (await one<{ id: number; revision: number }>(tx, sql`SELECT id, revision FROM finding_revisions WHERE finding_id = ${id}
      ORDER BY revision DESC LIMIT 1`))!;
    const rev = (await one<{ id: number }>(tx, sql`INSERT INTO finding_revisions (finding_id, revision, assessment, body, reason, created_by)
      VALUES (${id}, ${last.revision + 1}, ${input.assessment}, ${input.body}, ${input.reason}, ${actor.accountId}) RETURNING id`))!;
    await tx.execute(sql`INSERT INTO inspection_files (inspection_id, revision_id, filename, mime, size, sha256, storage_key, uploaded_by, created_at)
      SELECT inspection_id, ${rev.id}, filename, mime, size, sha256, storage_key, uploaded_by, created_at FROM inspection_files WHERE revision_id = ${last.id}`);
    const after = await out(tx, a, f);
    await audit(tx, actor, { action: 'revise', entity: 'finding', entityId: id, orgPath: f.orgPath, before: after.published, after: after.draft });
    return after;
  });
}

export async function uploadFile(db: Db, filesDir: string, actor: Actor, id: number, req: FastifyRequest) {
  // Checked before the file streams in, and again under lock after.
  const pre = await readable(db, actor, id);
  assertTeam(pre.a);
  assertStatus(pre.a, WORKING, 'inspection_not_in_progress');
  if (!(await one(db, sql`SELECT 1 FROM finding_revisions WHERE finding_id = ${id} AND published_at IS NULL`))) throw conflict('finding_published');
  return storeUpload(filesDir, req, (saved) => db.transaction(async (tx) => {
    const { f, a } = await writable(tx, actor, id);
    const draft = await draftOf(tx, id);
    if (!draft) throw conflict('finding_published');
    const row = (await one<{ id: number }>(tx, sql`INSERT INTO inspection_files (inspection_id, revision_id, filename, mime, size, sha256, storage_key, uploaded_by)
      VALUES (${a.i.id}, ${draft.id}, ${saved.filename}, ${saved.mime}, ${saved.size}, ${saved.sha256}, ${saved.key}, ${actor.accountId}) RETURNING id`))!;
    const [file] = await q.files(tx, sql`e.id = ${row.id}`);
    const shown = q.publicFile(file);
    await audit(tx, actor, { action: 'create', entity: 'inspection_file', entityId: row.id, orgPath: f.orgPath, after: { findingId: id, ...shown } });
    return shown;
  }));
}
