// Who issues a paper and under which number: the header lines of a unit (its superior body, its own name, its place),
// who signs for it, and the next number of a document type within the committee's term (migration 017).
import { one, rows, sql, type Queryable } from '../../core/db/index.js';
import { conflict, notFound } from '../../core/errors.js';
import type { Header, Signature } from './layout.js';

export interface IssuerUnit {
  id: number;
  path: string;
  name: string;
  kind: string;
  subkind: string | null;
  /** The issuer part of a symbol: ĐU, HU, TU; a cell signs CB. */
  code: string;
}

interface OrgRow { id: number; path: string; name: string; kind: string; subkind: string | null; code: string | null }

const COMMITTEE_KINDS = ['grassroots', 'district', 'province'];

export async function findUnit(db: Queryable, orgId: number): Promise<OrgRow | undefined> {
  return one<OrgRow>(db, sql`SELECT id, path::text AS path, name, kind, subkind, code FROM orgs WHERE id = ${orgId}`);
}

/** The unit as an issuing body; a mass organization issues no Party paper (409). */
export function asIssuer(o: OrgRow): IssuerUnit {
  const code = o.code ?? (o.kind === 'cell' ? 'CB' : null);
  if (!code || o.kind === 'mass_org') throw conflict('paper_no_issuer', { name: o.name });
  return { ...o, code };
}

/** "Huyện ủy Triệu Sơn" → "Đảng bộ huyện Triệu Sơn"; "Đảng ủy xã Dân Lực" → "Đảng bộ xã Dân Lực" (the superior line). */
export function partyBodyOf(committee: string): string {
  const m = /^(Huyện|Tỉnh|Thành|Thị|Quận) ủy\s+(.+)$/u.exec(committee);
  if (m) {
    const word = { Huyện: 'huyện', Tỉnh: 'tỉnh', Thành: 'thành phố', Thị: 'thị xã', Quận: 'quận' }[m[1] as 'Huyện'];
    return `Đảng bộ ${word} ${m[2]}`;
  }
  return committee.replace(/^Đảng ủy\s+/u, 'Đảng bộ ');
}

/** "Đảng ủy xã Dân Lực" → "Dân Lực"; "Huyện ủy Triệu Sơn" → "Triệu Sơn". */
export function placeOf(name: string): string {
  return name.replace(/^(Đảng ủy|Đảng bộ|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Chi bộ)\s+/u, '')
    .replace(/^(xã|thị trấn|phường|huyện|tỉnh|thành phố|thị xã|quận|đặc khu)\s+/iu, '');
}

async function ancestors(db: Queryable, path: string) {
  return rows<OrgRow>(db, sql`SELECT id, path::text AS path, name, kind, subkind, code FROM orgs
    WHERE path @> ${path}::ltree AND path <> ${path}::ltree ORDER BY nlevel(path) DESC`);
}

/** The header lines of a paper issued by the unit (the symbol and date are the caller's). */
export async function headerOf(db: Queryable, u: IssuerUnit): Promise<Omit<Header, 'symbol' | 'date'> & { committee: string | null }> {
  const up = await ancestors(db, u.path);
  const committee = up.find((o) => COMMITTEE_KINDS.includes(o.kind));
  // The place a paper is dated at: the commune, the district or the province the unit belongs to.
  const local = [u, ...up].find((o) => o.kind === 'district' || o.kind === 'province' || (o.kind === 'grassroots' && ['commune', 'town', 'ward'].includes(o.subkind ?? '')));
  // `committee`: the superior committee by its own name ("Huyện ủy Triệu Sơn"), for the recipients and proposals.
  return { superior: committee ? partyBodyOf(committee.name) : null, committee: committee?.name ?? null, issuer: u.name, place: placeOf((local ?? u).name) };
}

/** Who signs for the unit: its secretary, else a deputy (who signs T/M, never K/T), on behalf of its standing body. */
export async function signatureOf(db: Queryable, u: IssuerUnit): Promise<Signature> {
  const cellLike = u.kind === 'cell' || u.code === 'CB';
  const signer = await one<{ title: string; name: string }>(db, sql`SELECT ps.title, p.full_name AS name FROM positions ps JOIN people p ON p.id = ps.person_id
    WHERE ps.org_id = ${u.id} AND ps.ended_on IS NULL AND ps.title IN ('secretary', 'deputy_secretary')
    ORDER BY ps.title = 'secretary' DESC, ps.started_on DESC NULLS LAST, ps.id LIMIT 1`);
  return {
    onBehalf: cellLike ? 'T/M CHI BỘ' : 'T/M BAN THƯỜNG VỤ',
    title: signer?.title === 'deputy_secretary' ? 'PHÓ BÍ THƯ' : 'BÍ THƯ',
    name: signer?.name ?? null,
  };
}

/**
 * The committee's term a day falls in: congresses are held every five years, in the first half of the years
 * divisible by 5 for the grassroots (2020, 2025…), so 2025-07-01 opens the 2025-2030 term. A per-unit table of
 * congress dates can replace this rule without changing the stored labels.
 */
export function termOf(isoDate: string): { label: string; from: string; to: string } {
  const [y, m] = isoDate.split('-').map(Number);
  const start = y % 5 === 0 && m < 7 ? y - 5 : y - (y % 5);
  return { label: `${start}-${start + 5}`, from: `${start}-07-01`, to: `${start + 5}-06-30` };
}

export const symbolOf = (number: number, type: string, code: string) => `${String(number).padStart(2, '0')}-${type}/${code}`;

/**
 * Takes the next number of the type for the unit in the term of `issuedOn`: after the last one generated and after
 * any registered in the document registry by hand in that term, so no number is ever given twice. Locks the counter
 * row until the transaction ends.
 */
export async function takeNumber(tx: Queryable, u: IssuerUnit, type: string, issuedOn: string) {
  const term = termOf(issuedOn);
  const registered = sql`(SELECT coalesce(max(d.number), 0) FROM documents d WHERE d.owner_org_id = ${u.id} AND d.type = ${type}
    AND d.issuer = ${u.code} AND d.issued_on BETWEEN ${term.from}::date AND ${term.to}::date)`;
  const got = await one<{ n: number }>(tx, sql`INSERT INTO paper_counters (org_id, term, type, last_number)
    VALUES (${u.id}, ${term.label}, ${type}, ${registered} + 1)
    ON CONFLICT (org_id, term, type) DO UPDATE SET last_number = greatest(paper_counters.last_number, ${registered}) + 1
    RETURNING last_number AS n`);
  if (!got) throw notFound('paper_counter');
  return { term: term.label, number: got.n, symbol: symbolOf(got.n, type, u.code) };
}
