// Spreadsheet import and export of people. An import is all or nothing: every row is checked first,
// and one bad row rejects the file with the row, the column and the reason for each problem.
import { audit } from '../../core/audit.js';
import { sql, type Db } from '../../core/db/index.js';
import { AppError, type FieldMessage } from '../../core/errors.js';
import { hasMessage } from '../../core/i18n.js';
import { assertAnywhere, inScope, rootsFor, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { auditExport, checkCap, EXPORT_MAX_ROWS } from '../../core/xlsx-export.js';
import { fold, nameSortKey } from '../../core/vn.js';
import * as q from './queries.js';
import { personRuleErrors, personValuesIn, type PeopleFilter } from './schemas.js';
import { filterSql, writableUnit } from './service.js';
import {
  GENDER_LABELS, PARTY_LABELS, cellText, exportWorkbook, headerOf, parseCategories, parseChoice, parseDateCell,
  phoneText, readPeopleSheet, templateWorkbook, type SheetRow,
} from './xlsx.js';

export const IMPORT_MAX_ROWS = 20_000;
const MAX_DETAILS = 500;

export type ImportProblem = { row: number; column: string; message: FieldMessage };

/** Finds the unit a row names: its id, or its exact name (diacritics and case aside) among the allowed units. */
export function unitResolver(units: q.Unit[], fallback: q.Unit | null) {
  const norm = (s: string) => fold(s).replace(/\s+/g, ' ').trim();
  const byId = new Map(units.map((u) => [u.id, u]));
  const byName = new Map<string, q.Unit[]>();
  for (const u of units) {
    for (const name of new Set([norm(u.name), ...(u.label ? [norm(u.label)] : [])])) byName.set(name, [...(byName.get(name) ?? []), u]);
  }
  return (text: string): { value: q.Unit } | { error: FieldMessage } => {
    if (!text) return fallback ? { value: fallback } : { error: 'import_unit_required' };
    const unit = /^\d+$/.test(text) ? byId.get(Number(text)) : undefined;
    if (unit) return { value: unit };
    const named = byName.get(norm(text)) ?? [];
    if (named.length === 1) return { value: named[0] };
    return { error: { key: named.length ? 'import_unit_ambiguous' : 'import_unit_unknown', params: { value: text } } };
  };
}

/** Turns one sheet row into the values of a new person, or the problems found in it (pure). */
export function interpretRow(r: SheetRow, resolveUnit: ReturnType<typeof unitResolver>, today: string) {
  const problems: ImportProblem[] = [];
  const raw: Record<string, unknown> = {};
  const take = (key: string, res: { value: unknown } | { error: FieldMessage }) => {
    if ('error' in res) problems.push({ row: r.row, column: headerOf(key), message: res.error });
    else raw[key] = res.value;
  };
  const c = r.cells;
  raw.fullName = cellText(c.fullName);
  take('gender', parseChoice(cellText(c.gender), GENDER_LABELS));
  take('partyStatus', parseChoice(cellText(c.partyStatus), PARTY_LABELS));
  for (const key of ['birthDate', 'joinedOn', 'officialOn'] as const) take(key, parseDateCell(c[key]));
  take('categories', parseCategories(cellText(c.categories)));
  let unit: q.Unit | null = null;
  const u = resolveUnit(cellText(c.orgId));
  if ('error' in u) problems.push({ row: r.row, column: headerOf('orgId'), message: u.error });
  else unit = u.value;
  raw.cardNumber = cellText(c.cardNumber) || null;
  raw.phone = phoneText(c.phone) || null;
  raw.email = cellText(c.email) || null;

  const parsed = personValuesIn.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'fullName');
      if (problems.some((p) => p.column === headerOf(key))) continue;
      const message = key === 'fullName' && !raw.fullName ? 'required' : hasMessage(issue.message) ? issue.message : 'validation';
      problems.push({ row: r.row, column: headerOf(key), message });
    }
  }
  if (problems.length || !parsed.success || !unit) return { problems };
  const v = parsed.data;
  const values: q.PersonValues = {
    fullName: v.fullName, gender: v.gender ?? null, birthDate: v.birthDate ?? null, phone: v.phone ?? null, email: v.email ?? null,
    partyStatus: v.partyStatus ?? null, joinedOn: v.joinedOn ?? null, officialOn: v.officialOn ?? null,
    cardNumber: v.cardNumber ?? null, categories: v.categories ?? [],
  };
  for (const [key, message] of Object.entries(personRuleErrors(values, today))) {
    problems.push({ row: r.row, column: headerOf(key), message });
  }
  return problems.length ? { problems } : { person: { unit, values } };
}

/** The deepest unit containing all the given ones: where a bulk change is logged. */
function commonPath(paths: string[]): string | null {
  if (!paths.length) return null;
  let common = paths[0].split('.');
  for (const p of paths.slice(1)) {
    const parts = p.split('.');
    let i = 0;
    while (i < common.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.length ? common.join('.') : null;
}

export async function importPeople(db: Db, actor: Actor, file: Buffer, defaultOrgId?: number) {
  assertAnywhere(actor, 'person.write');
  const sheet = await readPeopleSheet(file);
  return db.transaction(async (tx) => {
    const fallback = defaultOrgId === undefined ? null : await writableUnit(tx, actor, defaultOrgId, 'orgId');
    const reject = (problems: ImportProblem[]) =>
      new AppError(422, 'import_failed', { count: problems.length }, undefined, problems.slice(0, MAX_DETAILS));
    if (sheet.missing.length) throw reject(sheet.missing.map((k) => ({ row: 1, column: headerOf(k), message: 'import_missing_column' })));
    if (!sheet.rows.length) throw reject([{ row: 2, column: headerOf('fullName'), message: 'import_empty' }]);
    if (sheet.rows.length > IMPORT_MAX_ROWS) {
      throw reject([{ row: sheet.rows[IMPORT_MAX_ROWS].row, column: headerOf('fullName'), message: { key: 'import_too_many_rows', params: { max: IMPORT_MAX_ROWS } } }]);
    }
    const units = await q.unitsWhere(tx, inScope(actor, 'person.write', sql`o.path`));
    const resolve = unitResolver(units, fallback);
    const today = todayVn();
    const problems: ImportProblem[] = [];
    const people: { orgId: number; path: string; values: q.PersonValues; sortKey: string; row: number }[] = [];
    const cardRow = new Map<string, number>();
    for (const r of sheet.rows) {
      const res = interpretRow(r, resolve, today);
      if (res.problems) { problems.push(...res.problems); continue; }
      const { unit, values } = res.person!;
      if (values.cardNumber) {
        const first = cardRow.get(values.cardNumber);
        if (first) problems.push({ row: r.row, column: headerOf('cardNumber'), message: { key: 'import_card_duplicate', params: { row: first } } });
        else cardRow.set(values.cardNumber, r.row);
      }
      people.push({ orgId: unit.id, path: unit.path, values, sortKey: nameSortKey(values.fullName), row: r.row });
    }
    const taken = await q.takenCards(tx, [...cardRow.keys()]);
    for (const card of taken) problems.push({ row: cardRow.get(card)!, column: headerOf('cardNumber'), message: 'card_taken' });
    if (problems.length) throw reject(problems.sort((a, b) => a.row - b.row));

    const ids = await q.insertPeople(tx, people);
    await audit(tx, actor, {
      action: 'import', entity: 'person', orgPath: fallback?.path ?? commonPath(people.map((p) => p.path)),
      after: { count: ids.length, firstId: ids[0], lastId: ids[ids.length - 1] },
    });
    return { imported: ids.length };
  });
}

/**
 * Every row of the filtered list as an .xlsx file with the import's columns (so it imports back: no title block);
 * past the exports' cap it is refused with the count, like the other tables. Audited: it carries personal data.
 */
export async function exportPeople(db: Db, actor: Actor, f: PeopleFilter) {
  const where = await filterSql(db, actor, f);
  const list = await q.listPeople(db, where, sql`LIMIT ${EXPORT_MAX_ROWS + 1}`, true);
  checkCap(list.length ? Number(list[0].total) : 0);
  const file = await exportWorkbook(list);
  await auditExport(db, actor, { entity: 'person', orgPath: rootsFor(actor, 'person.read')[0] ?? null, table: 'people', filters: f, rows: list.length });
  return file;
}

export async function importTemplate(actor: Actor) {
  assertAnywhere(actor, 'person.write');
  return templateWorkbook('Chi bộ thôn 1');
}
