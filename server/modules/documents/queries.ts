import { likeContains, one, rows, sql, utc, type Queryable, type SQL } from '../../core/db/index.js';
import { limitOffset } from '../../core/pagination.js';
import { issuerName } from '../../core/units.js';
import type { DocType } from './symbol.js';

export interface DocumentRow {
  id: number;
  type: DocType;
  number: number;
  symbol: string;
  issuer: string;
  level: 'central' | 'province' | 'district' | 'grassroots';
  issuedOn: string;
  year: number;
  title: string;
  ownerOrgId: number;
  ownerOrgName: string;
  issuerName: string;
  attachmentCount: number;
}

export interface DocumentFull extends DocumentRow {
  ownerPath: string;
  summary: string | null;
  keyPoints: string | null;
  fullText: string | null;
  createdAt: string;
}


// o = the owner org; the attachment count is a correlated subquery on attachments_document (no N+1).
const itemColumns = sql`d.id, d.type, d.number, d.symbol, d.issuer, d.level, d.issued_on AS "issuedOn", d.year, d.title,
  d.owner_org_id AS "ownerOrgId", o.name AS "ownerOrgName", ${issuerName(sql`d.issuer`, sql`o.path`)} AS "issuerName",
  (SELECT count(*)::int FROM attachments a WHERE a.document_id = d.id) AS "attachmentCount"`;

export function findDocument(q: Queryable, id: number, lock = false) {
  return one<DocumentFull>(q, sql`SELECT ${itemColumns}, o.path::text AS "ownerPath", d.summary, d.key_points AS "keyPoints",
      d.full_text AS "fullText", ${utc(sql`d.created_at`)} AS "createdAt"
    FROM documents d JOIN orgs o ON o.id = d.owner_org_id WHERE d.id = ${id} ${lock ? sql`FOR UPDATE OF d` : sql``}`);
}

export interface ListFilter {
  visible: SQL;
  words: string[];
  folded: string;
  type?: string;
  issuer?: string;
  level?: string;
  year?: number;
  orgId?: number;
  page: number;
  pageSize: number;
}


export function listDocuments(q: Queryable, f: ListFilter) {
  const match = f.words.map((w) => sql`AND d.search_folded LIKE ${likeContains(w)}`);
  const order = f.words.length
    // Best matching extent first; among equals, the title closest to the whole query
    // ("Nghị quyết Đại hội … XVIII" before "Kế hoạch học tập Nghị quyết Đại hội … XVIII").
    ? sql`word_similarity(${f.folded}, d.search_folded) DESC, similarity(${f.folded}, vn_fold(d.title)) DESC, d.issued_on DESC, d.id DESC`
    : sql`d.issued_on DESC, d.id DESC`;
  return rows<DocumentRow & { total: number }>(q, sql`
    SELECT ${itemColumns}, count(*) OVER () AS total
    FROM documents d JOIN orgs o ON o.id = d.owner_org_id
    WHERE ${f.visible} ${sql.join(match, sql` `)}
      ${f.type ? sql`AND d.type = ${f.type}` : sql``}
      ${f.issuer ? sql`AND d.issuer = ${f.issuer.normalize('NFC').toUpperCase()}` : sql``}
      ${f.level ? sql`AND d.level = ${f.level}` : sql``}
      ${f.year ? sql`AND d.year = ${f.year}` : sql``}
      ${f.orgId ? sql`AND o.path <@ (SELECT path FROM orgs WHERE id = ${f.orgId})` : sql``}
    ORDER BY ${order} ${limitOffset(f)}`);
}

export function stats(q: Queryable, visible: SQL, fromYear?: number, toYear?: number) {
  return rows<{ issuer: string; year: number; count: number }>(q, sql`
    SELECT d.issuer, d.year, count(*)::int AS count
    FROM documents d JOIN orgs o ON o.id = d.owner_org_id
    WHERE ${visible} ${fromYear ? sql`AND d.year >= ${fromYear}` : sql``} ${toYear ? sql`AND d.year <= ${toYear}` : sql``}
    GROUP BY d.issuer, d.year ORDER BY d.year DESC, d.issuer`);
}

export function attachmentsOf(q: Queryable, documentId: number) {
  return rows<{ id: number; filename: string; mime: string; size: number; createdAt: string }>(q, sql`
    SELECT id, filename, mime, size, ${utc(sql`created_at`)} AS "createdAt" FROM attachments
    WHERE document_id = ${documentId} ORDER BY created_at, id`);
}

/** Relations in both directions, keeping only the other documents the caller can see. */
export function relationsOf(q: Queryable, documentId: number, visible: SQL) {
  return rows<{ kind: 'implements' | 'replaces'; direction: 'out' | 'in'; id: number; symbol: string; title: string }>(q, sql`
    SELECT r.kind, r.direction, d.id, d.symbol, d.title FROM (
      SELECT kind, 'out' AS direction, to_id AS other FROM document_relations WHERE from_id = ${documentId}
      UNION ALL
      SELECT kind, 'in' AS direction, from_id AS other FROM document_relations WHERE to_id = ${documentId}
    ) r JOIN documents d ON d.id = r.other JOIN orgs o ON o.id = d.owner_org_id
    WHERE ${visible} ORDER BY r.direction DESC, d.issued_on DESC, d.id`);
}

/** Another document with the same symbol in the same year from the same issuer ("05-CT" and "5-CT" are one). */
export function findDuplicate(q: Queryable, d: { ownerOrgId: number; issuer: string; symbol: string; type: string; number: number; year: number }, exceptId?: number) {
  return one<{ id: number }>(q, sql`SELECT id FROM documents
    WHERE owner_org_id = ${d.ownerOrgId} AND issuer = ${d.issuer} AND year = ${d.year}
      AND (lower(symbol) = lower(${d.symbol}) OR (type = ${d.type} AND number = ${d.number}))
      ${exceptId ? sql`AND id <> ${exceptId}` : sql``} LIMIT 1`);
}

export function findOwnerOrg(q: Queryable, id: number) {
  return one<{ id: number; path: string; name: string; status: string }>(q,
    sql`SELECT id, path::text AS path, name, status FROM orgs WHERE id = ${id}`);
}

export interface AttachmentRow {
  id: number;
  documentId: number;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  storageKey: string;
  createdAt: string;
  ownerPath: string;
}

export function findAttachment(q: Queryable, id: number) {
  return one<AttachmentRow>(q, sql`SELECT a.id, a.document_id AS "documentId", a.filename, a.mime, a.size, a.sha256,
      a.storage_key AS "storageKey", ${utc(sql`a.created_at`)} AS "createdAt", o.path::text AS "ownerPath"
    FROM attachments a JOIN documents d ON d.id = a.document_id JOIN orgs o ON o.id = d.owner_org_id WHERE a.id = ${id}`);
}
