import { describe, expect, it } from 'vitest';
import { findBadString } from '../../server/core/input-guard.js';
import { id, isCalendarDate, isoDate, isStorableText, queryId, text, timestamp } from '../../server/core/schemas.js';

describe('core input pieces', () => {
  it('calendar days: leap years by the Gregorian rule, months 1–12', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(2024, 2, 30)).toBe(false);
    expect(isCalendarDate(2024, 4, 31)).toBe(false);
    expect(isCalendarDate(2024, 13, 1)).toBe(false);
    expect(isCalendarDate(2024, 12, 31)).toBe(true);
    for (const d of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-01', '0000-01-01', '2024-2-3', '20240203']) expect(isoDate.safeParse(d).success, d).toBe(false);
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(timestamp.safeParse('2024-02-29T08:00:00+07:00').success).toBe(true);
    for (const ts of ['2024-02-30T08:00:00Z', '2024-02-29T08:00:00', '2024-02-29', '0000-01-01T00:00:00Z']) expect(timestamp.safeParse(ts).success, ts).toBe(false);
  });

  it('text: NUL and lone surrogates refused, emoji (paired surrogates) and Vietnamese kept', () => {
    expect(isStorableText('Đảng ủy xã Dân Lực 🇻🇳')).toBe(true);
    for (const s of ['a\u0000b', 'a\ud800b', 'a\udc00', '\ud83d']) expect(isStorableText(s), JSON.stringify(s)).toBe(false);
    expect(text(10).safeParse('  Chi bộ  ').data).toBe('Chi bộ');
    expect(text(10).safeParse('\u0000').success).toBe(false);
    expect(findBadString({ items: [{ code: 'ok' }, { code: 'x\u0000' }] })).toEqual(['items', '1', 'code']);
    expect(findBadString({ a: ['🇻🇳', 'ổn'] })).toBeNull();
  });

  it('ids: positive int4, as JSON numbers and from path strings', () => {
    expect(id.safeParse(2147483647).success).toBe(true);
    for (const v of [0, -1, 1.5, 2147483648, 1e20, '1']) expect(id.safeParse(v).success, String(v)).toBe(false);
    expect(queryId.safeParse('42').data).toBe(42);
    for (const v of ['0', '-1', '1.5', '2147483648', '1e20', 'abc', '']) expect(queryId.safeParse(v).success, v).toBe(false);
  });
});
