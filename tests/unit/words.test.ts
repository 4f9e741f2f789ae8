import { describe, expect, it } from 'vitest';
import { compareVn } from '../../server/core/vn.js';
import { byVi, compareVi, sortVi } from '../../web/src/lib/collate.js';
import { formatNumber, formatPercent, formatSize, typedDateProblem } from '../../web/src/lib/format.js';

describe('one number format (web/src/lib/format.ts)', () => {
  it('groups thousands with a dot and uses a decimal comma in Vietnamese', () => {
    expect(formatNumber(16358)).toBe('16.358');
    expect(formatNumber(1930000)).toBe('1.930.000');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('0');
    expect(formatNumber(4.56, 1)).toBe('4,6');
    expect(formatNumber(16358, 0, 'en')).toBe('16,358');
  });
  it('ignores the record and index a table passes to render', () => {
    expect(formatNumber(16358, { id: 1 }, 3)).toBe('16.358');
  });
  it('shows rates as percentages with one decimal', () => {
    expect(formatPercent(0.998)).toBe('99,8%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.998, 'en')).toBe('99.8%');
  });
  it('shows file sizes with the same format', () => {
    expect(formatSize(1536 * 1024)).toBe('1,5 MB');
    expect(formatSize(20480)).toBe('20 KB');
  });
});

describe('typed dates (the date field)', () => {
  it('accepts real dates and an empty field', () => {
    expect(typedDateProblem('29/02/2024')).toBeNull();
    expect(typedDateProblem('')).toBeNull();
    expect(typedDateProblem('30/04/2026 08:00', 'DD/MM/YYYY HH:mm')).toBeNull();
  });
  it('names a date that does not exist, and one not fully typed', () => {
    expect(typedDateProblem('30/02/2024')).toBe('invalid');
    expect(typedDateProblem('29/02/2023')).toBe('invalid');
    expect(typedDateProblem('01/13/2024')).toBe('invalid');
    expect(typedDateProblem('31/04/2026 08:00', 'DD/MM/YYYY HH:mm')).toBe('invalid');
    expect(typedDateProblem('30/04/2026 25:00', 'DD/MM/YYYY HH:mm')).toBe('invalid');
    expect(typedDateProblem('12/05')).toBe('incomplete');
  });
});

const NAMES = ['Đảng ủy xã Đông Tiến', 'Chi bộ thôn 10', 'Đảng ủy xã Dân Lực', 'Chi bộ thôn 2', 'Ấp Bắc', 'An Nông', 'Ăn Khê', 'Em Đồng'];
const VIETNAMESE_ORDER = ['An Nông', 'Ăn Khê', 'Ấp Bắc', 'Chi bộ thôn 2', 'Chi bộ thôn 10', 'Đảng ủy xã Dân Lực', 'Đảng ủy xã Đông Tiến', 'Em Đồng'];

describe('one Vietnamese collation', () => {
  it('in the browser: a ă â …, d before đ, numbers by value', () => {
    expect([...NAMES].sort(compareVi)).toEqual(VIETNAMESE_ORDER);
    expect(sortVi(NAMES.map((name) => ({ name })), (r) => r.name).map((r) => r.name)).toEqual(VIETNAMESE_ORDER);
    expect(['Đào', 'Dũng', 'Dân'].sort(byVi((s) => s))).toEqual(['Dân', 'Dũng', 'Đào']);
    expect(compareVi(null, 'a')).toBeLessThan(0);
  });
  it('on the server, the same order from the core helper', () => {
    expect([...NAMES].sort(compareVn)).toEqual(VIETNAMESE_ORDER);
    expect(['Đào', 'Dũng', 'Dân'].sort(compareVn)).toEqual(['Dân', 'Dũng', 'Đào']);
  });
});
