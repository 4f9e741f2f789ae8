// Attachments of a document: the file goes to disk first, then its row; a failed insert removes the file.
import type { FastifyRequest } from 'fastify';
import { audit } from '../../core/audit.js';
import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { notFound } from '../../core/errors.js';
import { assertCan, type Actor } from '../../core/policy.js';
import { openStored, storeUpload, removeStored } from './files.js';
import * as q from './queries.js';
import { isVisible, readableDocument } from './service.js';

export async function upload(db: Db, filesDir: string, actor: Actor, documentId: number, req: FastifyRequest) {
  const doc = await readableDocument(db, actor, documentId);
  assertCan(actor, 'document.write', doc.ownerPath);
  return storeUpload(filesDir, req, (saved) => db.transaction(async (tx) => {
    // Locked and re-read: the document may have been deleted or moved while the file was streaming.
    const current = await readableDocument(tx, actor, documentId, true);
    assertCan(actor, 'document.write', current.ownerPath);
    const row = (await one<{ id: number }>(tx, sql`INSERT INTO attachments (document_id, filename, mime, size, sha256, storage_key, uploaded_by)
      VALUES (${documentId}, ${saved.filename}, ${saved.mime}, ${saved.size}, ${saved.sha256}, ${saved.key}, ${actor.accountId}) RETURNING id`))!;
    const att = (await q.findAttachment(tx, row.id))!;
    const { ownerPath: _p, storageKey: _k, ...out } = att;
    await audit(tx, actor, { action: 'create', entity: 'attachment', entityId: att.id, orgPath: current.ownerPath, after: out });
    return out;
  }));
}

async function readableAttachment(db: Queryable, actor: Actor, id: number) {
  const att = await q.findAttachment(db, id);
  if (!att || !isVisible(actor, att.ownerPath)) throw notFound('attachment');
  return att;
}

/** The file as a stream, with the headers to send it under its original name. */
export async function open(db: Db, filesDir: string, actor: Actor, id: number) {
  const att = await readableAttachment(db, actor, id);
  const file = await openStored(filesDir, att);
  if (!file) throw notFound('attachment');
  return file;
}

export async function remove(db: Db, filesDir: string, actor: Actor, id: number) {
  const key = await db.transaction(async (tx) => {
    const att = await readableAttachment(tx, actor, id);
    assertCan(actor, 'document.write', att.ownerPath);
    await tx.execute(sql`DELETE FROM attachments WHERE id = ${id}`);
    const { ownerPath, storageKey, ...before } = att;
    await audit(tx, actor, { action: 'delete', entity: 'attachment', entityId: id, orgPath: ownerPath, before });
    return storageKey;
  });
  await removeStored(filesDir, key);
}
