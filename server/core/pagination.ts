import { z } from 'zod';
import { sql, type SQL } from './db/index.js';
import { queryInt } from './schemas.js';

/** Query-string fields every list endpoint accepts. */
export const pageQuery = {
  page: queryInt(1, 100000).default(1),
  pageSize: queryInt(1, 200).default(20),
};

export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** LIMIT/OFFSET for a page; the list query selects `count(*) OVER () AS total` so one round trip gives both. */
export function limitOffset(p: { page: number; pageSize: number }): SQL {
  return sql`LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`;
}

export function toPage<T extends { total?: unknown }>(rows: T[], p: { page: number; pageSize: number }): Page<Omit<T, 'total'>> {
  const total = rows.length ? Number(rows[0].total) : 0;
  return { items: rows.map(({ total: _t, ...rest }) => rest), total, page: p.page, pageSize: p.pageSize };
}
