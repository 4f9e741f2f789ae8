import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../bench/dataset.js';
import { buildPrograms, lastQuarters, periodId, TARGETS_PER_PROGRAM } from '../../bench/programs.js';

// The benchmark's action programs (issue 8 item 8): deterministic, shaped as the cascade would make them.
const NOW = new Date('2026-12-01T18:00:00Z');
const data = buildDataset(0.05, NOW);

describe('bench programs', () => {
  it('are the same for the same units and "now"', () => {
    expect(JSON.stringify(buildPrograms(data.orgs, NOW))).toBe(JSON.stringify(buildPrograms(data.orgs, NOW)));
  });

  it('the last four completed quarters, then the current one', () => {
    expect(lastQuarters(NOW).map((q) => `${q.from}..${q.to}`)).toEqual([
      '2025-10-01..2025-12-31', '2026-01-01..2026-03-31', '2026-04-01..2026-06-30', '2026-07-01..2026-09-30', '2026-10-01..2026-12-31',
    ]);
  });

  it('a program per unit, cascaded: each target copied from its parent\'s, the lineage its chain of ids', () => {
    const p = buildPrograms(data.orgs, NOW);
    expect(p.programs).toHaveLength(data.orgs.length);
    expect(p.targets).toHaveLength(data.orgs.length * TARGETS_PER_PROGRAM);
    const byId = new Map(p.targets.map((t) => [t.id, t]));
    for (const t of p.targets) {
      const parent = t.parent_target_id ? byId.get(t.parent_target_id)! : null;
      expect(t.lineage).toBe(parent ? `${parent.lineage}.${t.id}` : String(t.id));
      if (parent) expect(t.position).toBe(parent.position);
      // The cascade turns a "units meeting" target into the yes/no of meeting it, with no roll-up.
      if (parent?.kind === 'units_meeting' && t.kind !== 'units_meeting') expect([t.kind, t.aggregation]).toEqual(['boolean', null]);
    }
    // The province's roll-ups: sum, average, count meeting, and the fund's sum; one own figure.
    expect(p.targets.filter((t) => t.program_id === data.root.id).map((t) => t.aggregation)).toEqual(['sum', 'avg', 'count_meeting', null, 'sum']);
  });

  it('values only for own-valued targets, each for a past quarter of the unit\'s own periods, filed by "now"', () => {
    const p = buildPrograms(data.orgs, NOW);
    const byId = new Map(p.targets.map((t) => [t.id, t]));
    for (const v of p.values) {
      const t = byId.get(v.target_id)!;
      expect(t.aggregation).toBeNull();
      expect(Date.parse(v.reported_at)).toBeLessThanOrEqual(NOW.getTime());
      const q = (v.period_id - 1) % 5;
      expect(v.period_id).toBe(periodId(t.program_id, q));
      expect(v.as_of).toBe(p.quarters[q].to);
    }
    // Some late or missing in every quarter, the most in the last.
    const missing = [0, 1, 2, 3].map((q) => p.filings.filter((f) => f.quarter === q && !f.filedAt).length);
    expect(missing[3]).toBeGreaterThan(missing[0]);
    expect(missing.every((n) => n > 0)).toBe(true);
  });
});
