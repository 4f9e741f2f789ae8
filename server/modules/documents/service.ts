import { audit } from '../../core/audit.js';
import { sql, rows, type Db, type Queryable } from '../../core/db/index.js';
import { badRequest, conflict, notFound } from '../../core/errors.js';
import { assertAnywhere, assertCan, can, inScopeOrAbove, rootsFor, type Actor } from '../../core/policy.js';
import { toPage } from '../../core/pagination.js';
import { fold } from '../../core/vn.js';
import { removeStored } from './files.js';
import * as q from './queries.js';
import type { CreateDocumentInput, UpdateDocumentInput } from './schemas.js';
import { parseSymbol, type DocType, type ParsedSymbol } from './symbol.js';
import './messages.js';
import './policy.js';

/** SQL: the owner org `o` is in the caller's subtrees or above them. */
export const visibleSql = (actor: Actor) => inScopeOrAbove(actor, 'document.read', sql`o.path`);

/** The same rule for one record already loaded. */
export function isVisible(actor: Actor, path: string): boolean {
  return can(actor, 'document.read', path) || rootsFor(actor, 'document.read').some((r) => r.startsWith(path + '.'));
}

export async function readableDocument(db: Queryable, actor: Actor, id: number, lock = false) {
  const doc = await q.findDocument(db, id, lock);
  if (!doc || !isVisible(actor, doc.ownerPath)) throw notFound('document');
  return doc;
}

/** The one place a symbol is checked: a precise reason in fields.symbol when it is not usable. */
export function checkSymbol(symbol: string, type?: DocType): ParsedSymbol {
  const res = parseSymbol(symbol);
  if (!res.ok) throw badRequest({ symbol: res.reason }, 'symbol_invalid');
  if (type && res.value.typeCode !== type) {
    throw badRequest({ symbol: { key: 'symbol_type_mismatch', params: { code: res.value.typeCode, type } } }, 'symbol_invalid');
  }
  return res.value;
}

export async function list(db: Db, actor: Actor, f: { q?: string; type?: string; issuer?: string; level?: string; year?: number; orgId?: number; page: number; pageSize: number }) {
  const folded = fold(f.q ?? '').trim();
  const words = folded.split(/\s+/).filter(Boolean);
  const found = await q.listDocuments(db, { ...f, visible: visibleSql(actor), words, folded });
  return toPage(found, f);
}

export async function stats(db: Db, actor: Actor, f: { fromYear?: number; toYear?: number }) {
  return q.stats(db, visibleSql(actor), f.fromYear, f.toYear);
}

const strip = ({ ownerPath: _p, ...doc }: q.DocumentFull) => doc;

export async function detail(db: Queryable, actor: Actor, id: number) {
  const doc = await readableDocument(db, actor, id);
  const [attachments, relations] = await Promise.all([q.attachmentsOf(db, id), q.relationsOf(db, id, visibleSql(actor))]);
  return { ...strip(doc), attachments, relations };
}

/** The unit that will own the record: visible to the caller, writable by its role, still active. */
async function writableOwner(tx: Queryable, actor: Actor, orgId: number) {
  const org = await q.findOwnerOrg(tx, orgId);
  if (!org || !isVisible(actor, org.path)) throw notFound('org');
  assertCan(actor, 'document.write', org.path);
  if (org.status !== 'active') throw conflict('org_inactive');
  return org;
}

function isUniqueViolation(err: unknown): boolean {
  // Drivers (and drizzle's wrapper) put the SQLSTATE on the error or on its cause.
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (e.code === '23505') return true;
  }
  return false;
}

const duplicate = (symbol: string, year: number) => conflict('document_duplicate', { symbol, year }, { symbol: { key: 'document_duplicate', params: { symbol, year } } });

async function assertUnique(tx: Queryable, ownerOrgId: number, s: ParsedSymbol, year: number, exceptId?: number) {
  const dup = await q.findDuplicate(tx, { ownerOrgId, issuer: s.issuer, symbol: s.symbol, type: s.typeCode, number: s.number, year }, exceptId);
  if (dup) throw duplicate(s.symbol, year);
}

/** Runs a write that may hit documents_symbol_year (a concurrent insert): answered as the same 409. */
async function translatingDuplicates<T>(s: ParsedSymbol, year: number, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate(s.symbol, year);
    throw err;
  }
}

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

export async function create(db: Db, actor: Actor, input: CreateDocumentInput) {
  assertAnywhere(actor, 'document.write');
  return db.transaction(async (tx) => {
    const owner = await writableOwner(tx, actor, input.ownerOrgId);
    const s = checkSymbol(input.symbol, input.type);
    const year = yearOf(input.issuedOn);
    await assertUnique(tx, owner.id, s, year);
    const { id } = (await translatingDuplicates(s, year, async () => (await rows<{ id: number }>(tx, sql`
      INSERT INTO documents (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title, summary, key_points, full_text, created_by)
      VALUES (${owner.id}, ${s.typeCode}, ${s.number}, ${s.symbol}, ${s.issuer}, ${input.level}, ${input.issuedOn}, ${year},
        ${input.title}, ${input.summary ?? null}, ${input.keyPoints ?? null}, ${input.fullText ?? null}, ${actor.accountId})
      RETURNING id`))[0]))!;
    const after = strip((await q.findDocument(tx, id))!);
    await audit(tx, actor, { action: 'create', entity: 'document', entityId: id, orgPath: owner.path, after });
    return after;
  });
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateDocumentInput) {
  return db.transaction(async (tx) => {
    const before = await readableDocument(tx, actor, id, true);
    assertCan(actor, 'document.write', before.ownerPath);
    const owner = input.ownerOrgId && input.ownerOrgId !== before.ownerOrgId
      ? await writableOwner(tx, actor, input.ownerOrgId)
      : { id: before.ownerOrgId, path: before.ownerPath };
    const s = checkSymbol(input.symbol ?? before.symbol, input.type ?? before.type);
    const issuedOn = input.issuedOn ?? before.issuedOn;
    const year = yearOf(issuedOn);
    await assertUnique(tx, owner.id, s, year, id);
    const keep = <T>(v: T | undefined, old: T) => (v === undefined ? old : v);
    await translatingDuplicates(s, year, () => tx.execute(sql`UPDATE documents SET
        owner_org_id = ${owner.id}, type = ${s.typeCode}, number = ${s.number}, symbol = ${s.symbol}, issuer = ${s.issuer},
        level = ${input.level ?? before.level}, issued_on = ${issuedOn}, year = ${year}, title = ${input.title ?? before.title},
        summary = ${keep(input.summary, before.summary)}, key_points = ${keep(input.keyPoints, before.keyPoints)},
        full_text = ${keep(input.fullText, before.fullText)}, updated_at = now()
      WHERE id = ${id}`));
    const after = strip((await q.findDocument(tx, id))!);
    await audit(tx, actor, { action: 'update', entity: 'document', entityId: id, orgPath: owner.path, before: strip(before), after });
    return after;
  });
}

/** A document studied in a campaign or handed out at a conference stays: 409 naming what uses it. */
async function assertUnused(tx: Queryable, id: number) {
  const [use] = await rows<{ campaigns: number; conferences: number }>(tx, sql`SELECT
      (SELECT count(*)::int FROM campaign_documents WHERE document_id = ${id}) AS campaigns,
      (SELECT count(DISTINCT conference_id)::int FROM conference_materials WHERE document_id = ${id}) AS conferences`);
  if (use.campaigns && use.conferences) throw conflict('document_in_use', use);
  if (use.campaigns) throw conflict('document_in_use_campaigns', use);
  if (use.conferences) throw conflict('document_in_use_conferences', use);
}

export async function remove(db: Db, filesDir: string, actor: Actor, id: number) {
  const keys = await db.transaction(async (tx) => {
    const before = await readableDocument(tx, actor, id, true);
    assertCan(actor, 'document.write', before.ownerPath);
    await assertUnused(tx, id);
    const files = await rows<{ storageKey: string }>(tx, sql`SELECT storage_key AS "storageKey" FROM attachments WHERE document_id = ${id}`);
    await tx.execute(sql`DELETE FROM documents WHERE id = ${id}`); // attachments and relations cascade
    await audit(tx, actor, { action: 'delete', entity: 'document', entityId: id, orgPath: before.ownerPath, before: strip(before) });
    return files.map((f) => f.storageKey);
  });
  // Files go only once the rows are gone for good: a rolled-back delete keeps them.
  await Promise.all(keys.map((k) => removeStored(filesDir, k)));
}

export async function addRelation(db: Db, actor: Actor, id: number, input: { kind: 'implements' | 'replaces'; toId: number }) {
  return db.transaction(async (tx) => {
    const from = await readableDocument(tx, actor, id);
    assertCan(actor, 'document.write', from.ownerPath);
    if (input.toId === id) throw badRequest({ toId: 'relation_self' }, 'relation_self');
    await readableDocument(tx, actor, input.toId);
    const added = await rows(tx, sql`INSERT INTO document_relations (from_id, to_id, kind) VALUES (${id}, ${input.toId}, ${input.kind})
      ON CONFLICT DO NOTHING RETURNING from_id`);
    if (!added.length) throw conflict('relation_exists');
    await audit(tx, actor, { action: 'relate', entity: 'document', entityId: id, orgPath: from.ownerPath, after: input });
    return { fromId: id, toId: input.toId, kind: input.kind };
  });
}

export async function removeRelation(db: Db, actor: Actor, id: number, input: { kind: 'implements' | 'replaces'; toId: number }) {
  await db.transaction(async (tx) => {
    const from = await readableDocument(tx, actor, id);
    assertCan(actor, 'document.write', from.ownerPath);
    const gone = await rows(tx, sql`DELETE FROM document_relations WHERE from_id = ${id} AND to_id = ${input.toId} AND kind = ${input.kind}
      RETURNING from_id`);
    if (!gone.length) throw notFound('document_relation');
    await audit(tx, actor, { action: 'unrelate', entity: 'document', entityId: id, orgPath: from.ownerPath, before: input });
  });
}
