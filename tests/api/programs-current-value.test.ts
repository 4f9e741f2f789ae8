import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql, type Database } from '../../server/core/db/index.js';
import { freshDatabase } from '../helpers.js';

// A target's current value is kept on its row (program_targets.current_value, migration 014) by triggers on
// target_values, for the roll-ups to read one row per unit. After every kind of write it must equal the definition:
// the latest value by as_of, then id.

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
  const { db } = database;
  await db.execute(sql`INSERT INTO orgs (id, path, name, kind) VALUES (1, '1', 'Huyện', 'district')`);
  await db.execute(sql`INSERT INTO programs (id, org_id, title, adopted_on, period_from, period_to) VALUES (1, 1, 'CTr', '2025-01-01', '2025-01-01', '2030-12-31')`);
  await db.execute(sql`INSERT INTO program_targets (id, program_id, lineage, indicator, kind, target_value, deadline)
    SELECT g, 1, text2ltree(g::text), 'Chỉ tiêu ' || g, 'number', 10, '2030-12-31' FROM generate_series(1, 3) g`);
});
afterAll(async () => { await database?.close(); });

type Current = { id: number; value: number | null; asOf: string | null };
const kept = () => rows<Current>(database.db, sql`SELECT id, current_value::float8 AS value, current_as_of::text AS "asOf" FROM program_targets ORDER BY id`);
const defined = () => rows<Current>(database.db, sql`SELECT t.id, lv.value::float8 AS value, lv.as_of::text AS "asOf" FROM program_targets t
  LEFT JOIN LATERAL (SELECT v.value, v.as_of FROM target_values v WHERE v.target_id = t.id ORDER BY v.as_of DESC, v.id DESC LIMIT 1) lv ON true
  ORDER BY t.id`);

describe('a target\'s current value', () => {
  it('follows inserts (one or many, out of date order), updates and deletes', async () => {
    const { db } = database;
    expect(await kept()).toEqual(await defined());
    // Several targets in one statement, the later date first.
    await db.execute(sql`INSERT INTO target_values (target_id, value, as_of) VALUES (1, 5, '2025-06-30'), (1, 3, '2025-03-31'), (2, 7, '2025-03-31')`);
    expect((await kept())[0]).toEqual({ id: 1, value: 5, asOf: '2025-06-30' });
    expect(await kept()).toEqual(await defined());
    // The same day twice: the later row wins.
    await db.execute(sql`INSERT INTO target_values (target_id, value, as_of) VALUES (2, 8, '2025-03-31')`);
    expect((await kept())[1]).toEqual({ id: 2, value: 8, asOf: '2025-03-31' });
    // A value moved to another date, and to another target.
    await db.execute(sql`UPDATE target_values SET as_of = '2025-01-31' WHERE target_id = 1 AND value = 5`);
    expect((await kept())[0]).toEqual({ id: 1, value: 3, asOf: '2025-03-31' });
    await db.execute(sql`UPDATE target_values SET target_id = 3 WHERE target_id = 2 AND value = 8`);
    expect(await kept()).toEqual(await defined());
    expect((await kept())[2]).toEqual({ id: 3, value: 8, asOf: '2025-03-31' });
    // A period's values replaced (a corrected report): delete, then insert.
    await db.execute(sql`DELETE FROM target_values WHERE target_id = 1 AND value = 3`);
    expect((await kept())[0]).toEqual({ id: 1, value: 5, asOf: '2025-01-31' });
    await db.execute(sql`DELETE FROM target_values WHERE target_id = 1`);
    expect((await kept())[0]).toEqual({ id: 1, value: null, asOf: null });
    expect(await kept()).toEqual(await defined());
  });

  it('a failed write leaves it as it was', async () => {
    const before = await kept();
    await expect(database.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO target_values (target_id, value, as_of) VALUES (3, 99, '2026-01-01')`);
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(await kept()).toEqual(before);
  });

  it('goes with its target when the target is deleted (values cascade)', async () => {
    await database.db.execute(sql`DELETE FROM program_targets WHERE id = 3`);
    expect(await kept()).toEqual(await defined());
  });
});
