import { randomBytes } from 'node:crypto';
import { one, sql, type Db } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';

// Campaigns, conferences, bridge points and invitations are written directly: those modules are built separately.
export type Ctx = Awaited<ReturnType<typeof setup>>;
export const MIN = 60_000;
export const HOUR = 3600_000;

export async function campaign(db: Db, orgId: number, tiers = ['key_cadre', 'all_members']) {
  return (await one<{ id: number }>(db, sql`INSERT INTO campaigns (org_id, title, tiers, deadline)
    VALUES (${orgId}, 'Học tập Nghị quyết Đại hội XIV', ${`{${tiers.join(',')}}`}::text[], '2026-12-31') RETURNING id`))!.id;
}

export interface Conf { id: number; hallSecret: string; startsAt: number; endsAt: number }

/** A conference starting `fromNow` ms from now (negative: already started), lasting `hours`. */
export async function conference(db: Db, o: { campaignId: number; orgId: number; fromNow: number; hours?: number; tier?: string; makeupOf?: number; title?: string }): Promise<Conf> {
  const start = Math.floor((Date.now() + o.fromNow) / 1000) * 1000;
  const end = start + (o.hours ?? 3) * HOUR;
  const hallSecret = randomBytes(32).toString('hex');
  const row = (await one<{ id: number }>(db, sql`INSERT INTO conferences (campaign_id, org_id, tier, title, format, starts_at, ends_at, makeup_of, hall_secret)
    VALUES (${o.campaignId}, ${o.orgId}, ${o.tier ?? 'all_members'}, ${o.title ?? 'Hội nghị quán triệt'}, 'in_person',
      ${new Date(start).toISOString()}::timestamptz, ${new Date(end).toISOString()}::timestamptz, ${o.makeupOf ?? null}, ${hallSecret}) RETURNING id`))!;
  return { id: row.id, hallSecret, startsAt: start, endsAt: end };
}

export async function bridgePoint(db: Db, conferenceId: number, orgId: number, name: string, isMain = false) {
  return (await one<{ id: number }>(db, sql`INSERT INTO bridge_points (conference_id, org_id, name, is_main)
    VALUES (${conferenceId}, ${orgId}, ${name}, ${isMain}) RETURNING id`))!.id;
}

export async function invite(db: Db, conferenceId: number, personIds: number[], bridgePointId: number | null) {
  for (const p of personIds) {
    await db.execute(sql`INSERT INTO invitations (conference_id, person_id, bridge_point_id) VALUES (${conferenceId}, ${p}, ${bridgePointId})`);
  }
}

export const countWhere = async (db: Db, query: ReturnType<typeof sql>) => (await one<{ n: number }>(db, query))!.n;
export const attendanceCount = (db: Db, conferenceId: number) =>
  countWhere(db, sql`SELECT count(*)::int AS n FROM attendance WHERE conference_id = ${conferenceId}`);

export function api(ctx: Ctx) {
  return (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, lang?: string) => {
    const headers: Record<string, string> = { cookie };
    if (lang) headers['accept-language'] = lang;
    return ctx.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  };
}
