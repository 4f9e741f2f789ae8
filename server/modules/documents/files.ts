// Attachment storage on disk: type detection, streaming save with hash, removal, download headers.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { badRequest } from '../../core/errors.js';
import { isStorableText } from '../../core/schemas.js';

export interface FileKind {
  ext: string;
  mime: string;
  magic: (head: Buffer) => boolean;
}

const startsWith = (bytes: number[]) => (head: Buffer) => head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
const PDF: FileKind = { ext: 'pdf', mime: 'application/pdf', magic: startsWith([0x25, 0x50, 0x44, 0x46]) }; // %PDF
const DOCX: FileKind = { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: startsWith([0x50, 0x4b, 0x03, 0x04]) }; // PK zip
const JPEG: FileKind = { ext: 'jpg', mime: 'image/jpeg', magic: startsWith([0xff, 0xd8, 0xff]) };
const PNG: FileKind = { ext: 'png', mime: 'image/png', magic: startsWith([0x89, 0x50, 0x4e, 0x47]) };
const BY_EXTENSION: Record<string, FileKind> = { pdf: PDF, docx: DOCX, jpg: JPEG, jpeg: JPEG, png: PNG };

/** The accepted kind named by the file's extension, or null. The content is checked after saving (magic bytes). */
export function kindOfName(filename: string): FileKind | null {
  const ext = path.extname(filename).slice(1).toLowerCase();
  return BY_EXTENSION[ext] ?? null;
}

/** Storage keys are generated (never the user's file name), spread by month so no directory grows without bound. */
export function newStorageKey(kind: FileKind, now = new Date()): string {
  return `${now.toISOString().slice(0, 7)}/${randomUUID()}.${kind.ext}`;
}

export function storedPath(filesDir: string, key: string): string {
  const full = path.resolve(filesDir, key);
  if (!full.startsWith(path.resolve(filesDir) + path.sep)) throw new Error(`bad storage key ${key}`);
  return full;
}

export interface Saved {
  key: string;
  size: number;
  sha256: string;
  head: Buffer;
}

/** Streams the upload to disk, hashing it and keeping its first bytes; removes the partial file on any failure. */
export async function saveStream(filesDir: string, kind: FileKind, source: Readable): Promise<Saved> {
  const key = newStorageKey(kind);
  const full = storedPath(filesDir, key);
  await mkdir(path.dirname(full), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  const headChunks: Buffer[] = [];
  let headLength = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < 16) {
        headChunks.push(chunk);
        headLength += chunk.length;
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, tap, createWriteStream(full, { flags: 'wx' }));
  } catch (err) {
    await removeStored(filesDir, key);
    throw err;
  }
  return { key, size, sha256: hash.digest('hex'), head: Buffer.concat(headChunks).subarray(0, 16) };
}

export async function removeStored(filesDir: string, key: string) {
  await rm(storedPath(filesDir, key), { force: true });
}

/** Content-Disposition with an ASCII fallback and the real (Vietnamese) name per RFC 5987 / 6266. */
export function contentDisposition(filename: string, inline: boolean): string {
  const ascii = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const NAME_MAX = 255;

export interface Received extends Saved {
  filename: string;
  mime: string;
}

/**
 * The one way an uploaded file is taken in (document attachments, task evidence): the multipart field "file", an
 * accepted kind by name and by content, under MAX_UPLOAD_MB. Saved to disk; the caller inserts its row and must
 * `removeStored` the key if that fails (`storeUpload` does both). The caller checks the right to upload before calling.
 */
export async function receiveUpload(filesDir: string, req: FastifyRequest): Promise<Received> {
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
  return { ...saved, filename, mime: kind.mime };
}

/**
 * Takes in the request's file, then records it with `record` (its transaction: re-check the right, insert the row,
 * audit); the stored file is removed when recording fails, so a refused upload leaves nothing on disk.
 */
export async function storeUpload<T>(filesDir: string, req: FastifyRequest, record: (saved: Received) => Promise<T>): Promise<T> {
  const saved = await receiveUpload(filesDir, req);
  try {
    return await record(saved);
  } catch (err) {
    await removeStored(filesDir, saved.key);
    throw err;
  }
}

/** A stored file as a stream with the headers to send it under its original name; null when it vanished from disk. */
export async function openStored(filesDir: string, f: { storageKey: string; mime: string; size: number; filename: string }) {
  const file = storedPath(filesDir, f.storageKey);
  // A row whose file vanished from disk is answered as missing, not as a broken stream.
  if (!(await stat(file).then((st) => st.isFile(), () => false))) return null;
  const inline = f.mime === 'application/pdf' || f.mime.startsWith('image/');
  return {
    headers: {
      'content-type': f.mime,
      'content-length': String(f.size),
      'content-disposition': contentDisposition(f.filename, inline),
      'x-content-type-options': 'nosniff',
    },
    stream: createReadStream(file),
  };
}
