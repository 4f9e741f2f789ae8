import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql, type Database } from '../../server/core/db/index.js';
import { freshDatabase } from '../helpers.js';

// A roll-up target's figures are kept on target_rollups (migration 015) by triggers: differences for reported values,
// a recomputation when what it counts changes. After every kind of write they must equal the definition, written here
// on its own from the lineage: a roll-up R counts every own-valued target L copied from it at any depth with only
// roll-ups between them, in an active unit at or below R's.

let database: Database;
const run = (q: ReturnType<typeof sql>) => database.db.execute(q);

// District 1; communes 2 and 3; cells 4 and 5 of commune 2. One program per unit (id = the unit's).
// Targets: 10 (sum) and 20 (avg) of the district; copied: 11 by commune 2 (sum, its cells report), 12 by commune 3
// (own), 13 and 14 by the cells; 21 by commune 2 (own), 22 by commune 3 (own), 23 by cell 4 (own: under an own-valued
// commune figure, it does not count for the district).
beforeAll(async () => {
  database = await freshDatabase();
  await run(sql`INSERT INTO orgs (id, parent_id, path, name, kind) VALUES (1, NULL, '1', 'Huyện', 'district'),
    (2, 1, '1.2', 'Xã A', 'grassroots'), (3, 1, '1.3', 'Xã B', 'grassroots'), (4, 2, '1.2.4', 'Chi bộ 1', 'cell'), (5, 2, '1.2.5', 'Chi bộ 2', 'cell')`);
  await run(sql`INSERT INTO programs (id, org_id, title, adopted_on, period_from, period_to)
    SELECT g, g, 'CTr ' || g, '2025-01-01', '2025-01-01', '2030-12-31' FROM generate_series(1, 5) g`);
  await run(sql`INSERT INTO program_targets (id, program_id, parent_target_id, lineage, indicator, kind, aggregation, baseline_value, target_value, deadline)
    VALUES (10, 1, NULL, '10', 'Thu ngân sách', 'number', 'sum', 0, 100, '2030-12-31'),
           (20, 1, NULL, '20', 'Tỷ lệ BHYT', 'percentage', 'avg', 80, 95, '2030-12-31')`);
  await run(sql`INSERT INTO program_targets (id, program_id, parent_target_id, lineage, indicator, kind, aggregation, baseline_value, target_value, deadline)
    VALUES (11, 2, 10, '10.11', 'Thu ngân sách', 'number', 'sum', 0, 60, '2030-12-31'),
           (12, 3, 10, '10.12', 'Thu ngân sách', 'number', NULL, 0, 40, '2030-12-31'),
           (21, 2, 20, '20.21', 'Tỷ lệ BHYT', 'percentage', NULL, 80, 95, '2030-12-31'),
           (22, 3, 20, '20.22', 'Tỷ lệ BHYT', 'percentage', NULL, 80, 95, '2030-12-31')`);
  await run(sql`INSERT INTO program_targets (id, program_id, parent_target_id, lineage, indicator, kind, aggregation, baseline_value, target_value, deadline)
    VALUES (13, 4, 11, '10.11.13', 'Thu ngân sách', 'number', NULL, 0, 30, '2030-12-31'),
           (14, 5, 11, '10.11.14', 'Thu ngân sách', 'number', NULL, 0, 30, '2030-12-31'),
           (23, 4, 21, '20.21.23', 'Tỷ lệ BHYT', 'percentage', NULL, 80, 95, '2030-12-31')`);
});
afterAll(async () => { await database?.close(); });

type Figures = { id: number; units: number; reported: number; met: number; total: number; asOf: string | null };
const kept = () => rows<Figures>(database.db, sql`SELECT target_id AS id, units, reported, met, total::float8 AS total, as_of::text AS "asOf"
  FROM target_rollups ORDER BY target_id`);
const defined = () => rows<Figures>(database.db, sql`SELECT r.id, count(l.id)::int AS units, count(l.current_value)::int AS reported,
    count(l.id) FILTER (WHERE CASE WHEN l.current_value IS NULL THEN false WHEN l.kind = 'boolean' THEN l.current_value = 1
      WHEN l.target_value >= coalesce(l.baseline_value, 0) THEN l.current_value >= l.target_value ELSE l.current_value <= l.target_value END)::int AS met,
    coalesce(sum(l.current_value), 0)::float8 AS total, max(l.current_as_of)::text AS "asOf"
  FROM program_targets r JOIN programs rp ON rp.id = r.program_id JOIN orgs ro ON ro.id = rp.org_id
  LEFT JOIN (program_targets l JOIN programs lp ON lp.id = l.program_id JOIN orgs lo ON lo.id = lp.org_id)
    ON l.lineage <@ r.lineage AND l.id <> r.id AND l.aggregation IS NULL AND lo.status = 'active' AND lo.path <@ ro.path
    AND NOT EXISTS (SELECT 1 FROM program_targets a WHERE a.lineage <@ r.lineage AND l.lineage <@ a.lineage
      AND a.id NOT IN (r.id, l.id) AND a.aggregation IS NULL)
  WHERE r.aggregation IS NOT NULL GROUP BY r.id ORDER BY r.id`);
const figuresOf = async (id: number) => (await kept()).find((f) => f.id === id);
const value = (target: number, v: number, asOf: string) => sql`INSERT INTO target_values (target_id, value, as_of) VALUES (${target}, ${v}, ${asOf})`;

describe('a roll-up target\'s kept figures', () => {
  it('start from the targets there are, before any value', async () => {
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(10)).toEqual({ id: 10, units: 3, reported: 0, met: 0, total: 0, asOf: null });
    expect(await figuresOf(11)).toEqual({ id: 11, units: 2, reported: 0, met: 0, total: 0, asOf: null });
    expect(await figuresOf(20)).toEqual({ id: 20, units: 2, reported: 0, met: 0, total: 0, asOf: null });
  });

  it('follow reported values, one or many per statement, and corrections of a target', async () => {
    await run(sql`INSERT INTO target_values (target_id, value, as_of) VALUES (13, 35, '2025-06-30'), (14, 10, '2025-03-31'),
      (12, 20, '2025-06-30'), (21, 90, '2025-06-30'), (22, 96, '2025-09-30'), (23, 99, '2025-09-30')`);
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(10)).toEqual({ id: 10, units: 3, reported: 3, met: 1, total: 65, asOf: '2025-06-30' });
    expect(await figuresOf(20)).toEqual({ id: 20, units: 2, reported: 2, met: 1, total: 186, asOf: '2025-09-30' });
    // A later value replaces the unit's figure; a changed target or baseline changes whether it is met.
    await run(value(14, 31, '2025-09-30'));
    await run(sql`UPDATE program_targets SET target_value = 90 WHERE id = 21`);
    await run(sql`UPDATE program_targets SET target_value = 20, baseline_value = 50 WHERE id = 12`);
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(10)).toEqual({ id: 10, units: 3, reported: 3, met: 3, total: 86, asOf: '2025-09-30' });
    expect(await figuresOf(20)).toMatchObject({ met: 2 });
  });

  it('go back when the latest value is removed or moved to an earlier date', async () => {
    await run(sql`DELETE FROM target_values WHERE target_id = 14 AND value = 31`);
    expect(await figuresOf(11)).toEqual({ id: 11, units: 2, reported: 2, met: 1, total: 45, asOf: '2025-06-30' });
    await run(sql`UPDATE target_values SET as_of = '2025-01-31' WHERE target_id = 22`);
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(20)).toMatchObject({ asOf: '2025-06-30' });
    await run(sql`DELETE FROM target_values WHERE target_id IN (13, 14)`);
    expect(await figuresOf(11)).toEqual({ id: 11, units: 2, reported: 0, met: 0, total: 0, asOf: null });
    expect(await kept()).toEqual(await defined());
    await run(sql`INSERT INTO target_values (target_id, value, as_of) VALUES (13, 35, '2025-06-30'), (14, 10, '2025-03-31')`);
    expect(await kept()).toEqual(await defined());
  });

  it('follow a middle level that reports its own figure, or rolls up again', async () => {
    // Commune 2 now reports its own budget figure: its cells no longer count for the district; it does.
    await run(sql`UPDATE program_targets SET aggregation = NULL WHERE id = 11`);
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(10)).toMatchObject({ units: 2, reported: 1 });
    expect(await figuresOf(11)).toBeUndefined();
    await run(value(11, 50, '2025-09-30'));
    expect(await figuresOf(10)).toMatchObject({ units: 2, reported: 2, total: 70 });
    // And the average the other way: commune 2 rolls its cells' rate up, cell 4's copy now counts.
    await run(sql`UPDATE program_targets SET aggregation = 'avg' WHERE id = 21`);
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(20)).toMatchObject({ units: 2, reported: 2, total: 195 });
    await run(sql`UPDATE program_targets SET aggregation = 'sum' WHERE id = 11`);
    expect(await kept()).toEqual(await defined());
  });

  it('follow units merged, reopened and moved, programs given to another unit and removed', async () => {
    await run(sql`UPDATE orgs SET status = 'merged' WHERE id = 5`);
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(11)).toMatchObject({ units: 1, reported: 1, total: 35 });
    await run(sql`UPDATE orgs SET status = 'active' WHERE id = 5`);
    expect(await kept()).toEqual(await defined());
    // Commune 3 moves out of the district (under a new top unit 6): the district no longer counts it.
    await run(sql`INSERT INTO orgs (id, parent_id, path, name, kind) VALUES (6, NULL, '6', 'Huyện khác', 'district')`);
    await run(sql`UPDATE orgs SET parent_id = 6, path = '6.3' WHERE id = 3`);
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(10)).toMatchObject({ units: 2 });
    await run(sql`UPDATE orgs SET parent_id = 1, path = '1.3' WHERE id = 3`);
    // A cell's program given to the other district: out of commune 2's and the district's roll-ups.
    await run(sql`UPDATE programs SET org_id = 6 WHERE id = 4`);
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(11)).toMatchObject({ units: 1 });
    await run(sql`UPDATE programs SET org_id = 4 WHERE id = 4`);
    expect(await kept()).toEqual(await defined());
    // A cell's program removed with its targets and values; a new copy added.
    await run(sql`DELETE FROM programs WHERE id = 5`);
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(11)).toMatchObject({ units: 1, reported: 1, total: 35 });
    await run(sql`INSERT INTO programs (id, org_id, title, adopted_on, period_from, period_to) VALUES (5, 5, 'CTr 5', '2025-01-01', '2025-01-01', '2030-12-31')`);
    await run(sql`INSERT INTO program_targets (id, program_id, parent_target_id, lineage, indicator, kind, aggregation, baseline_value, target_value, deadline)
      VALUES (15, 5, 11, '10.11.15', 'Thu ngân sách', 'number', NULL, 0, 30, '2030-12-31')`);
    await run(value(15, 12, '2025-12-31'));
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(10)).toMatchObject({ units: 3, reported: 3, total: 67, asOf: '2025-12-31' });
  });

  it('add up reports filed at the same time under one roll-up (each waits for the roll-up\'s row, none is lost)', async () => {
    const days = ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'];
    await Promise.all([13, 15, 12, 22].flatMap((target, i) => days.map((asOf, j) => database.db.transaction(async (tx) => {
      await tx.execute(value(target, 10 * i + j, asOf));
    }))));
    expect(await kept()).toEqual(await defined());
    expect(await figuresOf(10)).toMatchObject({ reported: 3, total: 3 + 13 + 23, asOf: '2026-04-30' });
  });

  it('a failed write leaves them as they were', async () => {
    const before = await kept();
    await expect(database.db.transaction(async (tx) => {
      await tx.execute(value(13, 1000, '2026-03-31'));
      await tx.execute(sql`UPDATE orgs SET status = 'dissolved' WHERE id = 3`);
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(await kept()).toEqual(before);
  });
});
