import { describe, expect, it } from 'vitest';
import { interpretRow, unitResolver } from '../../server/modules/people/import.js';
import { personRuleErrors } from '../../server/modules/people/schemas.js';
import { cellText, parseCategories, parseChoice, parseDateCell, phoneText, PARTY_LABELS } from '../../server/modules/people/xlsx.js';

const today = '2025-06-30';

describe('personRuleErrors', () => {
  it('accepts a complete official member and a plain non-member', () => {
    expect(personRuleErrors({ partyStatus: 'official', joinedOn: '2010-01-01', officialOn: '2011-01-01', cardNumber: '1' }, today)).toEqual({});
    expect(personRuleErrors({ partyStatus: null, birthDate: '1990-01-01' }, today)).toEqual({});
  });
  it('requires the joining date, and the official date for official members', () => {
    expect(personRuleErrors({ partyStatus: 'official' }, today)).toEqual({ joinedOn: 'required', officialOn: 'required' });
    expect(personRuleErrors({ partyStatus: 'probationary' }, today)).toEqual({ joinedOn: 'required' });
  });
  it('refuses an official date before joining, and on a probationary member', () => {
    expect(personRuleErrors({ partyStatus: 'official', joinedOn: '2010-01-01', officialOn: '2009-12-31' }, today).officialOn).toBe('official_before_joined');
    expect(personRuleErrors({ partyStatus: 'official', joinedOn: '2010-01-01', officialOn: '2010-01-01' }, today)).toEqual({});
    expect(personRuleErrors({ partyStatus: 'probationary', joinedOn: '2024-01-01', officialOn: '2025-01-01' }, today).officialOn).toBe('probationary_no_official');
  });
  it('refuses party fields on non-members, each by name', () => {
    expect(personRuleErrors({ partyStatus: null, joinedOn: '2010-01-01', officialOn: '2011-01-01', cardNumber: 'x' }, today)).toEqual({
      joinedOn: 'party_fields_for_non_member', officialOn: 'party_fields_for_non_member', cardNumber: 'party_fields_for_non_member',
    });
  });
  it('refuses future dates and joining before birth', () => {
    expect(personRuleErrors({ birthDate: '2025-07-01' }, today)).toEqual({ birthDate: 'date_in_future' });
    expect(personRuleErrors({ birthDate: '2025-06-30' }, today)).toEqual({});
    expect(personRuleErrors({ partyStatus: 'probationary', birthDate: '2000-01-01', joinedOn: '1999-01-01' }, today).joinedOn).toBe('joined_before_birth');
  });
});

describe('spreadsheet cells', () => {
  it('reads dates from Excel dates, serials and dd/mm/yyyy text, and rejects impossible ones', () => {
    expect(parseDateCell(new Date(Date.UTC(1985, 2, 12)))).toEqual({ value: '1985-03-12' });
    expect(parseDateCell(new Date(Date.UTC(1985, 2, 11, 23, 59, 59, 999)))).toEqual({ value: '1985-03-12' });
    expect(parseDateCell(31118)).toEqual({ value: '1985-03-12' });
    expect(parseDateCell('12/03/1985')).toEqual({ value: '1985-03-12' });
    expect(parseDateCell('2/3/1985')).toEqual({ value: '1985-03-02' });
    expect(parseDateCell('1985-03-12')).toEqual({ value: '1985-03-12' });
    expect(parseDateCell('')).toEqual({ value: null });
    expect(parseDateCell(null)).toEqual({ value: null });
    expect(parseDateCell('31/02/2000')).toEqual({ error: { key: 'import_bad_date', params: { value: '31/02/2000' } } });
    expect(parseDateCell('03/12/85')).toHaveProperty('error');
  });
  it('matches labels with or without diacritics, or codes', () => {
    expect(parseChoice('Chính thức', PARTY_LABELS)).toEqual({ value: 'official' });
    expect(parseChoice('du bi', PARTY_LABELS)).toEqual({ value: 'probationary' });
    expect(parseChoice('official', PARTY_LABELS)).toEqual({ value: 'official' });
    expect(parseChoice('', PARTY_LABELS)).toEqual({ value: null });
    expect(parseChoice('Có', PARTY_LABELS)).toHaveProperty('error.key', 'import_bad_value');
    expect(parseCategories('Báo cáo viên, can bo chu chot; Báo cáo viên')).toEqual({ value: ['presenter', 'key_cadre'] });
    expect(parseCategories('Báo cáo viên, Thủ quỹ')).toHaveProperty('error.params.value', 'Thủ quỹ');
  });
  it('turns rich text, hyperlinks and formulas into text, and restores the leading zero of phones', () => {
    expect(cellText({ richText: [{ text: 'Nguyễn ' }, { text: 'Văn An' }] })).toBe('Nguyễn Văn An');
    expect(cellText({ text: 'a@b.vn', hyperlink: 'mailto:a@b.vn' })).toBe('a@b.vn');
    expect(cellText({ formula: 'A1', result: 'x' } as never)).toBe('x');
    expect(phoneText(912345678)).toBe('0912345678');
    expect(phoneText('0912 345 678')).toBe('0912 345 678');
  });
});

describe('interpretRow', () => {
  const units = [
    { id: 5, name: 'Chi bộ thôn 1', path: '1.5', kind: 'cell', status: 'active' },
    { id: 6, name: 'Chi bộ thôn 2', path: '1.6', kind: 'cell', status: 'active' },
    { id: 7, name: 'Chi bộ thôn 2', path: '2.7', kind: 'cell', status: 'active' },
  ];
  const resolve = unitResolver(units, units[0]);

  it('builds the values of a good row, resolving the unit by id, by name, or the default', () => {
    const res = interpretRow({ row: 2, cells: { fullName: ' Hoàng  Thị Lan ', orgId: 'chi bo thon 1', partyStatus: 'Dự bị', joinedOn: '01/02/2024' } }, resolve, today);
    expect(res.person).toMatchObject({ unit: { id: 5 }, values: { fullName: 'Hoàng Thị Lan', partyStatus: 'probationary', joinedOn: '2024-02-01' } });
    expect(interpretRow({ row: 3, cells: { fullName: 'Mai Văn Tùng', orgId: 6 } }, resolve, today).person?.unit.id).toBe(6);
    expect(interpretRow({ row: 4, cells: { fullName: 'Mai Văn Tùng' } }, resolve, today).person?.unit.id).toBe(5);
  });

  it('reports every problem by row and column header', () => {
    const res = interpretRow({ row: 9, cells: { gender: 'X', orgId: 'Chi bộ thôn 2', birthDate: '2099-01-01', email: 'sai', partyStatus: 'Chính thức' } }, resolve, today);
    const byColumn = Object.fromEntries(res.problems!.map((p) => [p.column, p.message]));
    expect(res.problems!.every((p) => p.row === 9)).toBe(true);
    expect(byColumn['Họ và tên*']).toBe('required');
    expect(byColumn['Giới tính (Nam/Nữ)']).toMatchObject({ key: 'import_bad_value' });
    expect(byColumn['Đơn vị (mã id hoặc tên chi bộ)']).toMatchObject({ key: 'import_unit_ambiguous' });
    expect(byColumn['Email']).toBe('email_invalid');
    expect(interpretRow({ row: 2, cells: { fullName: 'Mai Văn Tùng', orgId: 99 } }, resolve, today).problems![0].message)
      .toMatchObject({ key: 'import_unit_unknown' });
    const rules = interpretRow({ row: 3, cells: { fullName: 'Mai Văn Tùng', partyStatus: 'Chính thức', birthDate: '2099-01-01' } }, resolve, today);
    expect(rules.problems!.map((p) => [p.column, p.message])).toEqual([
      ['Ngày sinh (dd/mm/yyyy)', 'date_in_future'], ['Ngày vào Đảng', 'required'], ['Ngày chính thức', 'required'],
    ]);
  });
});
