import { one, sql, type Db } from '../../server/core/db/index.js';
import { nameSortKey } from '../../server/core/vn.js';
import { insertOrg } from '../../server/modules/orgs/queries.js';
import { setup } from '../helpers.js';

export type Ctx = Awaited<ReturnType<typeof setup>>;
export const ALL_TIERS = ['key_cadre', 'presenters_staff', 'mass_org', 'all_members'];

/** Campaign rows are written directly: the campaigns module is built separately. */
export async function campaign(db: Db, orgId: number, tiers = ALL_TIERS, title = 'Học tập Nghị quyết Đại hội XIV') {
  return (await one<{ id: number }>(db, sql`INSERT INTO campaigns (org_id, title, tiers, deadline)
    VALUES (${orgId}, ${title}, ${`{${tiers.join(',')}}`}::text[], '2026-12-31') RETURNING id`))!.id;
}

export async function document(db: Db, ownerOrgId: number, symbol: string, issuer: string, title: string) {
  return (await one<{ id: number }>(db, sql`INSERT INTO documents (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title)
    VALUES (${ownerOrgId}, 'NQ', ${Number(symbol.split('-')[0])}, ${symbol}, ${issuer}, 'province', '2025-03-01', 2025, ${title}) RETURNING id`))!.id;
}

/**
 * On top of the shared fixture: categories, a youth union in commune A with one member, a district presenter,
 * and Lê Thị Bình (cell A1) holding a membership in the women's union.
 */
export async function seedAudience(ctx: Ctx) {
  const { db } = ctx.database;
  const { orgs, people } = ctx.fx;
  const cats = async (id: number, c: string[]) => db.execute(sql`UPDATE people SET categories = ${`{${c.join(',')}}`}::text[] WHERE id = ${id}`);
  await cats(people.anA1, ['key_cadre']);
  await cats(people.cuongA2, ['presenter']);
  await cats(people.hoaWomenA, ['collaborator', 'mass_org_member']);
  await cats(people.dungB1, ['key_cadre', 'presenter']);
  const youthA = await insertOrg(db, { parentId: orgs.communeA.id, parentPath: orgs.communeA.path, name: 'Đoàn TNCS xã Dân Lực', kind: 'mass_org', subkind: 'youth_union', effectiveOn: '2024-01-01' });
  const person = async (orgId: number, fullName: string, categories: string[]) =>
    (await one<{ id: number }>(db, sql`INSERT INTO people (org_id, full_name, sort_key, categories)
      VALUES (${orgId}, ${fullName}, ${nameSortKey(fullName)}, ${`{${categories.join(',')}}`}::text[]) RETURNING id`))!.id;
  const tuYouthA = await person(youthA.id, 'Đỗ Văn Tú', []);
  const lanDistrict = await person(orgs.district.id, 'Vũ Thị Lan', ['presenter']);
  await db.execute(sql`INSERT INTO mass_org_memberships (person_id, org_id) VALUES (${people.binhA1}, ${orgs.womenA.id})`);
  return { youthA, tuYouthA, lanDistrict };
}

export const count = async (db: Db, table: string) =>
  (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))!.n;

export function api(ctx: Ctx) {
  return async (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, lang?: string) => {
    const headers: Record<string, string> = { cookie };
    if (lang) headers['accept-language'] = lang;
    return ctx.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  };
}

export const START = '2026-03-10T01:00:00Z';
export const END = '2026-03-10T04:00:00Z';
