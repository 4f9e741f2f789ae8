// Document number and symbol ("số và ký hiệu"): NUMBER-TYPE/ISSUER, e.g. 57-NQ/TW, 08-QĐi/TW, 03-NQ/ĐU.
// Pure: no I/O, so the form, the API and the importer all give the same answer.

export const DOC_TYPES = ['NQ', 'CT', 'KL', 'QĐ', 'QĐi', 'KH', 'HD', 'CTr', 'ĐA', 'BC', 'TB', 'CV'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export interface ParsedSymbol {
  /** Canonical form: the number as written (leading zeros kept), canonical type code, upper-case issuer. */
  symbol: string;
  number: number;
  typeCode: DocType;
  issuer: string;
}

/** Why a symbol was refused: an i18n key with its parameters (see messages.ts). */
export interface SymbolReason {
  key: string;
  params?: Record<string, unknown>;
}

export type SymbolResult = { ok: true; value: ParsedSymbol } | { ok: false; reason: SymbolReason };

// Users type without the Đ diacritic and in any case: "qd", "DA", "ctr". Folding keeps every code distinct.
const foldCode = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const TYPE_BY_FOLDED = new Map<string, DocType>(DOC_TYPES.map((t) => [foldCode(t), t]));

const ISSUER_LETTER = 'A-ZĂÂĐÊÔƠƯ';
const ISSUER_RE = new RegExp(`^[${ISSUER_LETTER}][${ISSUER_LETTER}0-9]{0,14}$`);
const MAX_NUMBER = 99999;

const fail = (key: string, params?: Record<string, unknown>): SymbolResult => ({ ok: false, reason: { key, params } });

/** Resolves a type code typed by a user ("qd", "QĐ", "DA") to its canonical form, or null. */
export function normalizeTypeCode(code: string): DocType | null {
  return TYPE_BY_FOLDED.get(foldCode(code.trim())) ?? null;
}

export function parseSymbol(input: string): SymbolResult {
  const s = input.normalize('NFC').replace(/\s+/g, '');
  const dash = s.indexOf('-');
  if (dash === -1) {
    // "57NQ/TW" has a number but no dash; "NQ/TW" has no number at all.
    return /^\d/.test(s) ? fail('symbol_missing_dash') : fail('symbol_missing_number');
  }
  const numberPart = s.slice(0, dash);
  if (numberPart === '') return fail('symbol_missing_number');
  const number = /^\d{1,9}$/.test(numberPart) ? Number(numberPart) : NaN;
  if (!(number >= 1 && number <= MAX_NUMBER)) return fail('symbol_bad_number', { value: numberPart, max: MAX_NUMBER });

  const rest = s.slice(dash + 1);
  const slash = rest.indexOf('/');
  const codePart = slash === -1 ? rest : rest.slice(0, slash);
  const typeCode = normalizeTypeCode(codePart);
  if (!typeCode) return fail('symbol_unknown_type', { code: codePart, allowed: DOC_TYPES.join(', ') });

  const issuerPart = slash === -1 ? '' : rest.slice(slash + 1);
  if (issuerPart === '') return fail('symbol_missing_issuer');
  const issuer = issuerPart.toUpperCase();
  if (!ISSUER_RE.test(issuer)) return fail('symbol_bad_issuer', { issuer: issuerPart });

  return { ok: true, value: { symbol: `${numberPart}-${typeCode}/${issuer}`, number, typeCode, issuer } };
}
