// Evidence files of findings (the team's) and of remedies (the responsible unit's): download and removal.
import { audit } from '../../core/audit.js';
import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, conflict, notFound } from '../../core/errors.js';
import type { Actor } from '../../core/policy.js';
import { openStored, removeStored } from '../documents/files.js';
import { access, assertOpen, assertTeam } from './access.js';
import { actsFor } from './policy.js';
import * as q from './queries.js';

/** The file, its inspection's access and where it lives; 404 unless the caller may see it. */
async function readableFile(db: Queryable, actor: Actor, id: number, lock = false) {
  const [file] = await q.files(db, sql`e.id = ${id}`);
  if (!file) throw notFound('inspection_file');
  const a = await access(db, actor, file.inspectionId, lock).catch(() => { throw notFound('inspection_file'); });
  const owner = await one<{ orgId: number; orgPath: string; published: boolean | null }>(db, file.revisionId
    ? sql`SELECT f.org_id AS "orgId", o.path::text AS "orgPath", (v.published_at IS NOT NULL) AS published FROM finding_revisions v
        JOIN inspection_findings f ON f.id = v.finding_id JOIN orgs o ON o.id = f.org_id WHERE v.id = ${file.revisionId}`
    : sql`SELECT r.org_id AS "orgId", o.path::text AS "orgPath", NULL::boolean AS published FROM recommendations r
        JOIN orgs o ON o.id = r.org_id WHERE r.id = ${file.recommendationId}`);
  if (!owner || !a.visibleSubjects.some((s) => s.id === owner.orgId)) throw notFound('inspection_file');
  // A draft's files are the team's working papers.
  if (file.revisionId && !owner.published && !a.role) throw notFound('inspection_file');
  return { file, a, owner };
}

export async function openFile(db: Db, filesDir: string, actor: Actor, id: number) {
  const { file } = await readableFile(db, actor, id);
  const opened = await openStored(filesDir, file);
  if (!opened) throw notFound('inspection_file');
  return opened;
}

/** A draft's file by the team; a remedy file not yet sent with a report by the responsible unit. */
export async function removeFile(db: Db, filesDir: string, actor: Actor, id: number) {
  const key = await db.transaction(async (tx) => {
    const { file, a, owner } = await readableFile(tx, actor, id, true);
    if (file.revisionId) {
      assertTeam(a);
      if (owner.published) throw conflict('finding_published');
    } else {
      if (!actsFor(actor, 'inspection.remedy', owner.orgPath)) throw new AppError(403, 'recommendation_unit_only');
      assertOpen(a);
      if (file.eventId) throw conflict('remedy_file_reported');
    }
    await tx.execute(sql`DELETE FROM inspection_files WHERE id = ${id}`);
    const { storageKey, ...before } = file;
    await audit(tx, actor, { action: 'delete', entity: 'inspection_file', entityId: id, orgPath: owner.orgPath, before });
    // A new revision shares its files with the last one: the stored file goes only with its last row.
    const shared = await one(tx, sql`SELECT 1 FROM inspection_files WHERE storage_key = ${storageKey}`);
    return shared ? null : storageKey;
  });
  if (key) await removeStored(filesDir, key);
}
