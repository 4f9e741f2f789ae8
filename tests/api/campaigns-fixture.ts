import { one, sql, type Db } from '../../server/core/db/index.js';
import { todayVn } from '../../server/core/schemas.js';
import { setup } from '../helpers.js';

export type Ctx = Awaited<ReturnType<typeof setup>>;

/** A day relative to today in Vietnam, as YYYY-MM-DD. */
export function day(offset: number): string {
  const d = new Date(`${todayVn()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

export async function document(db: Db, ownerOrgId: number, symbol: string, title: string) {
  return (await one<{ id: number }>(db, sql`INSERT INTO documents (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title)
    VALUES (${ownerOrgId}, 'NQ', ${Number(symbol.split('-')[0])}, ${symbol}, ${symbol.split('/')[1]}, 'province', '2025-03-01', 2025, ${title}) RETURNING id`))!.id;
}

/**
 * A conference row written directly (the conferences module is tested on its own): held on `dayOffset`
 * from 09:00 to 11:00 Vietnam time, so "now" is whatever the database clock says.
 */
export async function conference(db: Db, c: { campaignId: number; orgId: number; tier: string; dayOffset: number; makeupOf?: number }) {
  const d = day(c.dayOffset);
  return (await one<{ id: number }>(db, sql`INSERT INTO conferences (campaign_id, org_id, tier, title, format, starts_at, ends_at, hall_secret, makeup_of)
    VALUES (${c.campaignId}, ${c.orgId}, ${c.tier}, 'Hội nghị học tập', 'in_person', ${`${d}T02:00:00Z`}::timestamptz,
      ${`${d}T04:00:00Z`}::timestamptz, 'secret', ${c.makeupOf ?? null}) RETURNING id`))!.id;
}

export const count = async (db: Db, table: string) =>
  (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))!.n;

export function api(ctx: Ctx) {
  return async (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, lang?: string) => {
    const headers: Record<string, string> = { cookie };
    if (lang) headers['accept-language'] = lang;
    return ctx.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  };
}
