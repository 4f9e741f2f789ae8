import { one, rows, sql, type Queryable, type SQL } from '../../core/db/index.js';
import { grassrootsPathOf, unitLabel } from '../../core/units.js';
import { compareVn } from '../../core/vn.js';
import type { Category, Gender, PartyStatus, PersonItem, PositionTitle } from './schemas.js';

export interface PersonRow extends PersonItem {
  email: string | null;
  orgPath: string;
}

/** What is written to the people table (besides the home unit). */
export interface PersonValues {
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  phone: string | null;
  email: string | null;
  partyStatus: PartyStatus | null;
  joinedOn: string | null;
  officialOn: string | null;
  cardNumber: string | null;
  categories: Category[];
}

export interface Unit {
  id: number;
  name: string;
  path: string;
  kind: string;
  status: string;
  /** How it is shown (unitLabel): the import also recognises a unit by it, as the export writes it. */
  label?: string;
}

// Home unit label (a cell with its commune) comes from the join, never from a query per row.
const itemColumns = sql`p.id, p.full_name AS "fullName", p.org_id AS "orgId", ${unitLabel('o')} AS "orgName", p.gender,
  p.birth_date AS "birthDate", p.party_status AS "partyStatus", p.joined_on AS "joinedOn", p.official_on AS "officialOn",
  p.card_number AS "cardNumber", p.categories, p.phone`;

/** A page (or, for export, every row up to the limit) of people matching `where`, in Vietnamese name order. */
export function listPeople(q: Queryable, where: SQL, limit: SQL, withEmail = false) {
  return rows<PersonItem & { total: number; email?: string | null }>(
    q,
    sql`SELECT ${itemColumns}, ${withEmail ? sql`p.email,` : sql``} count(*) OVER () AS total
        FROM people p JOIN orgs o ON o.id = p.org_id
        WHERE ${where} ORDER BY p.sort_key, p.id ${limit}`,
  );
}

export function findPerson(q: Queryable, id: number, forUpdate = false) {
  return one<PersonRow>(q, sql`SELECT ${itemColumns}, p.email, o.path::text AS "orgPath"
      FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${id} ${forUpdate ? sql`FOR UPDATE OF p` : sql``}`);
}

/** Someone of the same grassroots organization as the unit at `path` with this full name (any case) and birth date. */
export function sameNameAndBirth(q: Queryable, path: string, fullName: string, birthDate: string) {
  return one<{ id: number; fullName: string; orgName: string; orgPath: string }>(q, sql`SELECT p.id, p.full_name AS "fullName",
      ${unitLabel('o')} AS "orgName", o.path::text AS "orgPath"
      FROM people p JOIN orgs o ON o.id = p.org_id
      WHERE p.birth_date = ${birthDate}::date AND lower(p.full_name) = lower(${fullName}) AND o.path <@ ${grassrootsPathOf(path)}
      ORDER BY p.id LIMIT 1`);
}

export function findUnit(q: Queryable, id: number) {
  return one<Unit>(q, sql`SELECT o.id, o.name, o.path::text AS path, o.kind, o.status, ${unitLabel('o')} AS label FROM orgs o WHERE o.id = ${id}`);
}

/** Active units the caller may place people in (import resolves the "Đơn vị" column against these). */
export function unitsWhere(q: Queryable, scope: SQL) {
  return rows<Unit>(q, sql`SELECT o.id, o.name, o.path::text AS path, o.kind, o.status, ${unitLabel('o')} AS label FROM orgs o
      WHERE ${scope} AND o.status = 'active'`);
}

export function positionsOf(q: Queryable, personId: number) {
  return rows<{ id: number; orgId: number; orgName: string; title: PositionTitle; startedOn: string | null; endedOn: string | null }>(
    q,
    sql`SELECT ps.id, ps.org_id AS "orgId", ${unitLabel('o')} AS "orgName", ps.title, ps.started_on AS "startedOn", ps.ended_on AS "endedOn"
        FROM positions ps JOIN orgs o ON o.id = ps.org_id WHERE ps.person_id = ${personId}
        ORDER BY ps.ended_on IS NOT NULL, ps.started_on DESC NULLS LAST, ps.id DESC`,
  );
}

export function transfersOf(q: Queryable, personId: number) {
  return rows<{ id: number; fromOrgId: number; fromOrgName: string; toOrgId: number; toOrgName: string; effectiveOn: string; reason: string | null }>(
    q,
    sql`SELECT t.id, t.from_org_id AS "fromOrgId", ${unitLabel('f')} AS "fromOrgName", t.to_org_id AS "toOrgId", ${unitLabel('d')} AS "toOrgName",
          t.effective_on AS "effectiveOn", t.reason
        FROM person_transfers t JOIN orgs f ON f.id = t.from_org_id JOIN orgs d ON d.id = t.to_org_id
        WHERE t.person_id = ${personId} ORDER BY t.effective_on DESC, t.id DESC`,
  );
}

export async function massOrgsOf(q: Queryable, personId: number) {
  return (await rows<{ orgId: number; orgName: string; joinedOn: string | null }>(
    q,
    sql`SELECT m.org_id AS "orgId", ${unitLabel('o')} AS "orgName", m.joined_on AS "joinedOn"
        FROM mass_org_memberships m JOIN orgs o ON o.id = m.org_id WHERE m.person_id = ${personId}`,
  )).sort((a, b) => compareVn(a.orgName, b.orgName));
}

/** Card numbers among `cards` already held by someone other than `exceptId`. */
export async function takenCards(q: Queryable, cards: string[], exceptId: number | null = null): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < cards.length; i += 1000) {
    const chunk = cards.slice(i, i + 1000);
    const found = await rows<{ card: string }>(q, sql`SELECT card_number AS card FROM people
        WHERE card_number IN (${sql.join(chunk.map((c) => sql`${c}`), sql`, `)}) ${exceptId ? sql`AND id <> ${exceptId}` : sql``}`);
    for (const r of found) taken.add(r.card);
  }
  return taken;
}

// categories are fixed keys (letters and underscores), so a Postgres array literal is safe to build.
const textArray = (a: readonly string[]) => sql`${`{${a.join(',')}}`}::text[]`;

const valuesOf = (orgId: number, v: PersonValues, sortKey: string) =>
  sql`(${orgId}, ${v.fullName}, ${sortKey}, ${v.gender}, ${v.birthDate}::date, ${v.phone}, ${v.email}, ${v.partyStatus},
       ${v.joinedOn}::date, ${v.officialOn}::date, ${v.cardNumber}, ${textArray(v.categories)})`;

/** Inserts people with multi-row INSERTs (chunks keep each statement well under the parameter limit). */
export async function insertPeople(q: Queryable, list: { orgId: number; values: PersonValues; sortKey: string }[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < list.length; i += 500) {
    const chunk = list.slice(i, i + 500);
    const res = await rows<{ id: number }>(q, sql`INSERT INTO people (org_id, full_name, sort_key, gender, birth_date, phone, email,
        party_status, joined_on, official_on, card_number, categories)
      VALUES ${sql.join(chunk.map((p) => valuesOf(p.orgId, p.values, p.sortKey)), sql`, `)} RETURNING id`);
    ids.push(...res.map((r) => r.id));
  }
  return ids;
}

export async function updatePerson(q: Queryable, id: number, v: PersonValues, sortKey: string) {
  await q.execute(sql`UPDATE people SET full_name = ${v.fullName}, sort_key = ${sortKey}, gender = ${v.gender},
      birth_date = ${v.birthDate}::date, phone = ${v.phone}, email = ${v.email}, party_status = ${v.partyStatus},
      joined_on = ${v.joinedOn}::date, official_on = ${v.officialOn}::date, card_number = ${v.cardNumber},
      categories = ${textArray(v.categories)}, updated_at = now() WHERE id = ${id}`);
}
