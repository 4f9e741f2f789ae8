// The off-track rule and the period calendar of action programs, as pure functions.
import { describe, expect, it } from 'vitest';
import { periodLabel, periodsOver } from '../../server/modules/programs/periods.js';
import { projectAt, trendOf } from '../../server/modules/programs/trend.js';

const base = { kind: 'percentage' as const, baseline: 60, baselineOn: '2020-12-31', target: 100, deadline: '2025-12-31', achieved: false, today: '2024-01-01' };

describe('trend of a target', () => {
  it('projects by least squares through the dated values', () => {
    expect(projectAt([{ on: '2020-01-01', value: 0 }, { on: '2021-01-01', value: 10 }], '2022-01-01')).toBeCloseTo(10 * (731 / 366), 5);
    // Three points not on a line: the fitted line, not the line through first and last.
    const p = projectAt([{ on: '2020-01-01', value: 0 }, { on: '2020-01-11', value: 10 }, { on: '2020-01-21', value: 8 }], '2020-01-31');
    expect(p).toBeCloseTo(6 + 0.4 * 20, 6); // mean 6 at day 10, slope 0.4 a day
    expect(projectAt([{ on: '2020-01-01', value: 3 }], '2021-01-01')).toBeNull();
    expect(projectAt([{ on: '2020-01-01', value: 3 }, { on: '2020-01-01', value: 5 }], '2021-01-01')).toBeNull();
  });

  it('is off track when the trend stays below the target at the deadline, on track when it reaches it', () => {
    const slow = trendOf({ ...base, points: [{ on: '2021-12-31', value: 64 }, { on: '2022-12-31', value: 68 }] });
    expect(slow.offTrack).toBe(true);
    expect(slow.projected).toBeGreaterThan(75);
    expect(slow.projected).toBeLessThan(85);
    const fast = trendOf({ ...base, points: [{ on: '2021-12-31', value: 70 }, { on: '2022-12-31', value: 80 }] });
    expect(fast).toMatchObject({ offTrack: false });
    expect(fast.projected).toBeGreaterThanOrEqual(100);
  });

  it('a falling target is off track when it does not fall fast enough', () => {
    const t = { ...base, baseline: 10, target: 2, points: [{ on: '2021-12-31', value: 9.5 }, { on: '2022-12-31', value: 9 }] };
    expect(trendOf(t).offTrack).toBe(true);
    expect(trendOf({ ...t, points: [{ on: '2021-12-31', value: 8 }, { on: '2022-12-31', value: 6 }] }).offTrack).toBe(false);
  });

  it('achieved is never off track; past the deadline unmet is; yes/no and a single figure have no trend', () => {
    expect(trendOf({ ...base, achieved: true, points: [{ on: '2022-12-31', value: 100 }] }).offTrack).toBe(false);
    expect(trendOf({ ...base, today: '2026-01-01', points: [{ on: '2025-06-30', value: 99 }] }).offTrack).toBe(true);
    expect(trendOf({ ...base, kind: 'boolean', baseline: 0, target: 1, points: [{ on: '2022-12-31', value: 0 }] })).toEqual({ offTrack: false, projected: null });
    expect(trendOf({ ...base, baseline: null, baselineOn: null, points: [{ on: '2022-12-31', value: 70 }] })).toEqual({ offTrack: false, projected: null });
  });
});

describe('reporting periods', () => {
  it('covers the span with whole calendar periods, each due some days after its end', () => {
    const q = periodsOver('quarterly', '2020-10-15', '2021-05-02', 10);
    expect(q.map((p) => [p.label, p.startsOn, p.endsOn, p.dueOn])).toEqual([
      ['Quý IV/2020', '2020-10-01', '2020-12-31', '2021-01-10'],
      ['Quý I/2021', '2021-01-01', '2021-03-31', '2021-04-10'],
      ['Quý II/2021', '2021-04-01', '2021-06-30', '2021-07-10'],
    ]);
    expect(periodsOver('monthly', '2024-01-01', '2024-12-31', 5).map((p) => p.endsOn).slice(0, 3)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(periodsOver('half_year', '2025-03-01', '2025-12-31', 0).map((p) => p.label)).toEqual(['6 tháng đầu năm 2025', '6 tháng cuối năm 2025']);
    expect(periodsOver('yearly', '2021-01-01', '2022-06-30', 15).map((p) => [p.label, p.dueOn])).toEqual([['Năm 2021', '2022-01-15'], ['Năm 2022', '2023-01-15']]);
    expect(periodLabel('monthly', '2026-03-01')).toBe('Tháng 3/2026');
  });
});
