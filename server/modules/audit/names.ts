// Names for what audit entries point at, so the log reads "Nguyễn Văn A đã đổi tên Chi bộ thôn 1 · Đảng ủy xã Dân Lực"
// rather than "org #27". One query per kind of record for a whole page, never one per entry.
import { idList, rows, sql, type Queryable, type SQL } from '../../core/db/index.js';
import { unitLabel } from '../../core/units.js';
import { kindOfField, kindOfList, type RefKind } from './refs.js';

// The record an entry is about, by its entity; compound ids ("conference:person") name the person.
const ENTITY_KINDS: Record<string, RefKind> = {
  org: 'org', person: 'person', document: 'document', campaign: 'campaign', conference: 'conference',
  bridge_point: 'bridge_point', account: 'account', obligation: 'obligation', invitation: 'person', attendance: 'person',
};

const NAME_SQL: Record<RefKind, (ids: SQL) => SQL> = {
  org: (ids) => sql`SELECT o.id, ${unitLabel('o')} AS name FROM orgs o WHERE o.id IN (${ids})`,
  person: (ids) => sql`SELECT p.id, p.full_name AS name FROM people p WHERE p.id IN (${ids})`,
  // A document by its symbol and issuing body's name, as it is cited.
  document: (ids) => sql`SELECT d.id, d.symbol || ' · ' || ${unitLabel('o')} AS name FROM documents d JOIN orgs o ON o.id = d.owner_org_id WHERE d.id IN (${ids})`,
  campaign: (ids) => sql`SELECT k.id, k.title AS name FROM campaigns k WHERE k.id IN (${ids})`,
  conference: (ids) => sql`SELECT c.id, c.title AS name FROM conferences c WHERE c.id IN (${ids})`,
  bridge_point: (ids) => sql`SELECT b.id, b.name || ' · ' || ${unitLabel('o')} AS name FROM bridge_points b JOIN orgs o ON o.id = b.org_id WHERE b.id IN (${ids})`,
  account: (ids) => sql`SELECT a.id, a.display_name AS name FROM accounts a WHERE a.id IN (${ids})`,
  obligation: (ids) => sql`SELECT ob.id, ${unitLabel('o')} AS name FROM obligations ob JOIN orgs o ON o.id = ob.org_id WHERE ob.id IN (${ids})`,
};

const MAX_INT = 2147483647;
const asId = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,10}$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 && n <= MAX_INT ? n : null;
};

/** The record an entry is about: its kind and id (for "conference:person" ids, the person). */
export function subjectOf(entity: string, entityId: string | null): { kind: RefKind; id: number } | null {
  const kind = ENTITY_KINDS[entity];
  if (!kind || !entityId) return null;
  const id = asId(entityId.includes(':') ? entityId.split(':').pop() : entityId);
  return id ? { kind, id } : null;
}

function collect(value: unknown, add: (kind: RefKind, id: unknown) => void, depth = 0) {
  if (!value || typeof value !== 'object' || depth > 3) return;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const one = kindOfField(k);
    const many = kindOfList(k);
    if (one && (typeof v === 'number' || typeof v === 'string')) add(one, v);
    else if (many && Array.isArray(v)) for (const x of v) add(many, x);
    else if (typeof v === 'object') collect(v, add, depth + 1);
  }
}

interface Entry { entity: string; entityId: string | null; before: unknown; after: unknown }

/** The records an entry refers to, as "kind:id" keys: the record itself and the ids inside before/after. */
export function refsOf(e: Entry): string[] {
  const keys = new Set<string>();
  const add = (kind: RefKind, v: unknown) => {
    const id = asId(v);
    if (id) keys.add(`${kind}:${id}`);
  };
  const s = subjectOf(e.entity, e.entityId);
  if (s) add(s.kind, s.id);
  collect(e.before, add);
  collect(e.after, add);
  return [...keys];
}

/**
 * Names of every record the entries refer to, as "kind:id" → name: the record itself and the ids in before/after.
 * A record deleted since has no name here; the page falls back to the name kept in the entry.
 */
export async function namesFor(q: Queryable, entries: Entry[]): Promise<Record<string, string>> {
  const wanted = new Map<RefKind, Set<number>>();
  for (const key of new Set(entries.flatMap(refsOf))) {
    const [kind, id] = key.split(':') as [RefKind, string];
    (wanted.get(kind) ?? wanted.set(kind, new Set()).get(kind)!).add(Number(id));
  }
  const out: Record<string, string> = {};
  for (const [kind, ids] of wanted) {
    const list = [...ids].slice(0, 2000);
    const found = await rows<{ id: number; name: string }>(q, NAME_SQL[kind](idList(list)));
    for (const r of found) out[`${kind}:${r.id}`] = r.name;
  }
  return out;
}
