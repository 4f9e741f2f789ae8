// Attachments of a document: the file goes to disk first, then its row; a failed insert removes the file.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import { audit } from '../../core/audit.js';
import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { badRequest, notFound } from '../../core/errors.js';
import { assertCan, type Actor } from '../../core/policy.js';
import { isStorableText } from '../../core/schemas.js';
import { contentDisposition, kindOfName, removeStored, saveStream, storedPath } from './files.js';
import * as q from './queries.js';
import { isVisible, readableDocument } from './service.js';

const NAME_MAX = 255;

export async function upload(db: Db, filesDir: string, actor: Actor, documentId: number, req: FastifyRequest) {
  const doc = await readableDocument(db, actor, documentId);
  assertCan(actor, 'document.write', doc.ownerPath);
  if (!req.isMultipart()) throw badRequest({ file: 'file_missing' }, 'file_missing');
  const part = await req.file();
  if (!part || part.fieldname !== 'file' || !part.filename) {
    part?.file.resume();
    throw badRequest({ file: 'file_missing' }, 'file_missing');
  }
  if (!isStorableText(part.filename)) {
    part.file.resume();
    throw badRequest({ file: 'text_invalid_chars' });
  }
  const kind = kindOfName(part.filename);
  if (!kind) {
    part.file.resume(); // drain, so the request ends cleanly
    throw badRequest({ file: 'file_type' }, 'file_type');
  }
  const saved = await saveStream(filesDir, kind, part.file);
  // Over MAX_UPLOAD_MB busboy truncates the stream: what was written goes, and the central handler answers 413.
  if (part.file.truncated) {
    await removeStored(filesDir, saved.key);
    throw new req.server.multipartErrors.RequestFileTooLargeError();
  }
  if (!kind.magic(saved.head)) {
    await removeStored(filesDir, saved.key);
    throw badRequest({ file: 'file_type' }, 'file_type');
  }
  const filename = part.filename.normalize('NFC').replace(/[\\/]/g, '_').slice(-NAME_MAX);
  try {
    return await db.transaction(async (tx) => {
      // Locked and re-read: the document may have been deleted or moved while the file was streaming.
      const current = await readableDocument(tx, actor, documentId, true);
      assertCan(actor, 'document.write', current.ownerPath);
      const row = (await one<{ id: number }>(tx, sql`INSERT INTO attachments (document_id, filename, mime, size, sha256, storage_key, uploaded_by)
        VALUES (${documentId}, ${filename}, ${kind.mime}, ${saved.size}, ${saved.sha256}, ${saved.key}, ${actor.accountId}) RETURNING id`))!;
      const att = (await q.findAttachment(tx, row.id))!;
      const { ownerPath: _p, storageKey: _k, ...out } = att;
      await audit(tx, actor, { action: 'create', entity: 'attachment', entityId: att.id, orgPath: current.ownerPath, after: out });
      return out;
    });
  } catch (err) {
    await removeStored(filesDir, saved.key);
    throw err;
  }
}

async function readableAttachment(db: Queryable, actor: Actor, id: number) {
  const att = await q.findAttachment(db, id);
  if (!att || !isVisible(actor, att.ownerPath)) throw notFound('attachment');
  return att;
}

/** The file as a stream, with the headers to send it under its original name. */
export async function open(db: Db, filesDir: string, actor: Actor, id: number) {
  const att = await readableAttachment(db, actor, id);
  const file = storedPath(filesDir, att.storageKey);
  // A row whose file vanished from disk is answered as missing, not as a broken stream.
  if (!(await stat(file).then((st) => st.isFile(), () => false))) throw notFound('attachment');
  const inline = att.mime === 'application/pdf' || att.mime.startsWith('image/');
  return {
    headers: {
      'content-type': att.mime,
      'content-length': String(att.size),
      'content-disposition': contentDisposition(att.filename, inline),
      'x-content-type-options': 'nosniff',
    },
    stream: createReadStream(file),
  };
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
