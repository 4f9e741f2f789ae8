// Multi-row inserts for bulk loads (demo data, benchmark datasets).
import { sql, type Queryable } from './index.js';

const CHUNK = 1000;

/**
 * Inserts rows in chunks, each chunk as one JSON parameter expanded by json_to_recordset:
 * one round trip and one parameter per chunk, fast on PGlite and PostgreSQL alike.
 */
export async function bulkInsert(q: Queryable, table: string, columns: Record<string, string>, items: Record<string, unknown>[], chunk = CHUNK) {
  const names = Object.keys(columns);
  const list = sql.raw(names.join(', '));
  const typed = sql.raw(names.map((n) => `${n} ${columns[n]}`).join(', '));
  for (let i = 0; i < items.length; i += chunk) {
    const part = JSON.stringify(items.slice(i, i + chunk));
    await q.execute(sql`INSERT INTO ${sql.raw(table)} (${list}) SELECT ${list} FROM json_to_recordset(${part}::json) AS x(${typed})`);
  }
}
