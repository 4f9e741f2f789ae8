// The scanner's gate: a card held in front of the camera (read every 200 ms) is let through once.
import { describe, expect, it } from 'vitest';
import { createScanGate } from '../../web/src/lib/scanGate.js';
import { lateMinutesAt, personIdOfCode, searchRoster, type Roster } from '../../web/src/pages/checkin/roster.js';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('scan gate', () => {
  it('lets a code through once while it stays in view, however long', () => {
    const c = clock();
    const gate = createScanGate(3000, c.now);
    const passed: boolean[] = [];
    for (let i = 0; i < 100; i++) { passed.push(gate('QT1.5.aaaaaaaaaaaaaaaaaaaaaa')); c.advance(200); } // 20 s in front of the camera
    expect(passed.filter(Boolean)).toHaveLength(1);
    expect(passed[0]).toBe(true);
  });

  it('counts the card again only after it has been out of view for the quiet time', () => {
    const c = clock();
    const gate = createScanGate(3000, c.now);
    expect(gate('A')).toBe(true);
    c.advance(2900);
    expect(gate('A')).toBe(false); // back in view before the pause ended: still the same showing
    c.advance(3100);
    expect(gate('A')).toBe(true);
  });

  it('keeps each code apart: A, B, A in quick succession gives A and B once each', () => {
    const c = clock();
    const gate = createScanGate(3000, c.now);
    const out = ['A', 'B', 'A', 'B', 'A'].map((code) => { c.advance(300); return gate(code); });
    expect(out).toEqual([true, true, false, false, false]);
  });
});

describe('kept roster helpers', () => {
  const roster: Roster = {
    conferenceId: 1, bridgePointId: 2, bridgePointName: 'Điểm cầu xã Dân Lực', startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T04:00:00.000Z',
    generatedAt: '2026-12-01T00:00:00.000Z',
    people: [
      { personId: 7, fullName: 'Nguyễn Văn An', unitName: 'Chi bộ thôn 1 · Đảng ủy xã Dân Lực', checkedAt: null, lateMinutes: null },
      { personId: 8, fullName: 'Đặng Thị Bình', unitName: 'Chi bộ thôn 2 · Đảng ủy xã Dân Lực', checkedAt: null, lateMinutes: null },
      { personId: 9, fullName: 'Nguyễn Thị Yến', unitName: 'Chi bộ thôn 3 · Đảng ủy xã Dân Lực', checkedAt: null, lateMinutes: null },
    ],
  };
  it('finds people by name without accents, every word counting', () => {
    expect(searchRoster(roster, 'nguyen an').map((p) => p.personId)).toEqual([7]);
    expect(searchRoster(roster, 'dang binh').map((p) => p.personId)).toEqual([8]);
    expect(searchRoster(roster, 'Bình')).toHaveLength(1);
    expect(searchRoster(roster, '  ')).toEqual([]);
  });
  it('matches the start of a name word, so "yen" does not find every "Nguyễn"', () => {
    expect(searchRoster(roster, 'nguyen thi yen').map((p) => p.personId)).toEqual([9]);
    expect(searchRoster(roster, 'yen').map((p) => p.personId)).toEqual([9]);
    expect(searchRoster(roster, 'ng').map((p) => p.personId)).toEqual([7, 9]);
  });
  it('reads the person id of a personal card, nothing from other codes', () => {
    expect(personIdOfCode('QT1.123.abcdefghijklmnopqrstuv')).toBe(123);
    expect(personIdOfCode('QTH.1.2.3.abcdefghijklmnopqrstuv')).toBeNull();
    expect(personIdOfCode('QT1.123.short')).toBeNull();
  });
  it('counts late minutes as the server does', () => {
    expect(lateMinutesAt(roster.startsAt, '2026-12-01T00:59:00.000Z')).toBe(0);
    expect(lateMinutesAt(roster.startsAt, '2026-12-01T01:12:59.000Z')).toBe(12);
  });
});
