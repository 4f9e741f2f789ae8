import { describe, expect, it } from 'vitest';
import { t } from '../../server/core/i18n.js';
import '../../server/modules/documents/messages.js';
import { DOC_TYPES, normalizeTypeCode, parseSymbol } from '../../server/modules/documents/symbol.js';

const ok = (s: string) => {
  const r = parseSymbol(s);
  if (!r.ok) throw new Error(`${s} refused: ${r.reason.key}`);
  return r.value;
};
const reason = (s: string) => {
  const r = parseSymbol(s);
  if (r.ok) throw new Error(`${s} accepted`);
  return r.reason;
};

describe('document number and symbol', () => {
  it.each([
    ['57-NQ/TW', 57, 'NQ', 'TW'],
    ['17-KH/TU', 17, 'KH', 'TU'],
    ['26-HD/BTGDVTW', 26, 'HD', 'BTGDVTW'],
    ['96-CV/VPTU', 96, 'CV', 'VPTU'],
    ['05-CT/TW', 5, 'CT', 'TW'],
    ['08-QĐi/TW', 8, 'QĐi', 'TW'],
    ['12-BC/HU', 12, 'BC', 'HU'],
    ['03-NQ/ĐU', 3, 'NQ', 'ĐU'],
    ['21-CTr/HU', 21, 'CTr', 'HU'],
    ['15-ĐA/TU', 15, 'ĐA', 'TU'],
    ['99999-TB/ĐU1', 99999, 'TB', 'ĐU1'],
    ['1-KL/T', 1, 'KL', 'T'],
  ])('parses %s', (input, number, typeCode, issuer) => {
    const v = ok(input);
    expect(v).toEqual({ symbol: input, number, typeCode, issuer });
  });

  it('accepts type codes in any case and without Đ, normalising to the canonical form', () => {
    expect(ok('15-DA/TU')).toMatchObject({ symbol: '15-ĐA/TU', typeCode: 'ĐA' });
    expect(ok('3-qd/hu')).toMatchObject({ symbol: '3-QĐ/HU', typeCode: 'QĐ', issuer: 'HU' });
    expect(ok('08-QDI/TW')).toMatchObject({ symbol: '08-QĐi/TW', typeCode: 'QĐi' });
    expect(ok('21-ctr/HU')).toMatchObject({ typeCode: 'CTr' });
    expect(ok(' 57 - NQ / TW ')).toMatchObject({ symbol: '57-NQ/TW' });
    // Decomposed Unicode (as some keyboards send it) is the same symbol.
    expect(ok('03-NQ/ĐU'.normalize('NFD')).issuer).toBe('ĐU');
    expect(normalizeTypeCode('qđi')).toBe('QĐi');
    expect(normalizeTypeCode('XX')).toBeNull();
  });

  it('keeps every type code distinct after folding', () => {
    expect(new Set(DOC_TYPES.map((c) => normalizeTypeCode(c.toLowerCase()))).size).toBe(DOC_TYPES.length);
  });

  it('explains a missing number', () => {
    expect(reason('NQ/TW').key).toBe('symbol_missing_number');
    expect(reason('-NQ/TW').key).toBe('symbol_missing_number');
    expect(reason('').key).toBe('symbol_missing_number');
  });

  it('explains a number that is not a positive integer up to 99999', () => {
    expect(reason('0-NQ/TW')).toEqual({ key: 'symbol_bad_number', params: { value: '0', max: 99999 } });
    expect(reason('100000-NQ/TW').key).toBe('symbol_bad_number');
    expect(reason('5a-NQ/TW').key).toBe('symbol_bad_number');
    expect(reason('1.5-NQ/TW').key).toBe('symbol_bad_number');
  });

  it('explains a missing dash', () => {
    expect(reason('57NQ/TW').key).toBe('symbol_missing_dash');
    expect(reason('57/NQ/TW').key).toBe('symbol_missing_dash');
  });

  it('explains an unknown type code and lists the allowed ones', () => {
    const r = reason('57-XX/TW');
    expect(r.key).toBe('symbol_unknown_type');
    expect(r.params).toMatchObject({ code: 'XX' });
    expect(String(r.params!.allowed).split(', ')).toEqual([...DOC_TYPES]);
    expect(reason('57-/TW').key).toBe('symbol_unknown_type');
    expect(t('vi', r.key, r.params)).toBe('Loại văn bản "XX" không hợp lệ; chỉ nhận: NQ, CT, KL, QĐ, QĐi, KH, HD, CTr, ĐA, BC, TB, CV');
  });

  it('explains a missing slash or issuer', () => {
    expect(reason('57-NQ').key).toBe('symbol_missing_issuer');
    expect(reason('57-NQ/').key).toBe('symbol_missing_issuer');
  });

  it('explains an issuer with invalid characters', () => {
    expect(reason('57-NQ/T-W')).toEqual({ key: 'symbol_bad_issuer', params: { issuer: 'T-W' } });
    expect(reason('57-NQ/1TW').key).toBe('symbol_bad_issuer');
    expect(reason('57-NQ/TW/HU').key).toBe('symbol_bad_issuer');
    expect(reason('57-NQ/ABCDEFGHIJKLMNOP').key).toBe('symbol_bad_issuer'); // 16 letters
    expect(ok('57-NQ/ABCDEFGHIJKLMNO').issuer).toHaveLength(15);
  });

  it('has a Vietnamese and an English message for every reason', () => {
    for (const key of ['symbol_missing_number', 'symbol_bad_number', 'symbol_missing_dash', 'symbol_unknown_type', 'symbol_missing_issuer', 'symbol_bad_issuer']) {
      expect(t('vi', key)).not.toBe(key);
      expect(t('en', key)).not.toBe(t('vi', key));
    }
  });
});
