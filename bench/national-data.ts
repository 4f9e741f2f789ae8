// The national dataset (issue 9, item 5), written by set-based INSERT … SELECT generate_series on PostgreSQL: building
// 5.6 million people in Node and shipping them as JSON would take longer than the database needs to make them.
// Central ▸ 34 provinces ▸ 3,300 communes and wards ▸ 46,700 grassroots organizations under them (50,000 in all with
// the communes) ▸ 140,100 cells ▸ 5,600,000 members (40 per cell); one national campaign with its obligations, the
// communes' and cells' own conferences for it (60 % scheduled or held), and the national key-cadre conference under
// way now: 31,000 bridge points and 1,932,000 invitations, nobody checked in yet. Deterministic: ids and choices
// follow from arithmetic on the row numbers, names from a seeded pool.
import { hashPassword } from '../server/core/auth/password.js';
import { one, sql, type Database, type Queryable } from '../server/core/db/index.js';
import { bulkInsert } from '../server/core/db/bulk.js';
import { nameSortKey } from '../server/core/vn.js';
import { personName } from '../server/demo/names.js';
import { Rng } from '../server/demo/rng.js';
import { BENCH_SEED } from './dataset.js';

// BENCH_NATIONAL_SCALE shrinks everything but the 34 provinces, for a quick run of the harness itself (default 1).
const scale = Number(process.env.BENCH_NATIONAL_SCALE ?? 1);
const scaled = (n: number) => Math.max(1, Math.round(n * scale));
export const NATIONAL = {
  provinces: 34, communes: scaled(3300), grassroots: scaled(46_700), cellsPerGrassroots: 3, people: scaled(5_600_000), bridgePoints: scaled(31_000),
  invitedPerMille: 345, scale,
};
export const NATIONAL_ADMIN = { username: 'tw.admin', password: 'BenchAdmin2025' };
/** The commune clerks who watch the live count; clerk k works for commune k (0-based). */
export const clerkName = (k: number) => `xa.${String(k + 1).padStart(4, '0')}`;
export const CLERK_PASSWORD = 'BenchClerk2025';
/** The leader of the first commune (its home overview); same password as the clerks. */
export const COMMUNE_LEADER = 'lanhdao.0001';

// Id ranges, level by level (the path of a unit is its ancestors' ids).
const N = NATIONAL;
const cells = N.grassroots * N.cellsPerGrassroots;
export const ids = {
  root: 1, province0: 2, commune0: 2 + N.provinces, grassroots0: 2 + N.provinces + N.communes,
  cell0: 2 + N.provinces + N.communes + N.grassroots, cells,
};
/** Lower grassroots j (0-based) has a bridge point when its scrambled rank falls below this (a permutation of 0..46,699). */
const GRASSROOTS_POINTS = N.bridgePoints - 1 - N.provinces - N.communes;
const SCRAMBLE = 7919; // prime, coprime with 46,700 (the full size): a permutation of the grassroots

export interface NationalFixture {
  campaignId: number; conferenceId: number; rootId: number; communeId: number; adminId: number;
  counts: Record<string, number>; seconds: number; steps: { step: string; seconds: number }[];
}

const NAME_POOL = 20_000;

async function namePool(q: Queryable) {
  const rng = new Rng(BENCH_SEED ^ 0x5a17);
  const names = Array.from({ length: NAME_POOL }, (_, n) => {
    const gender = n % 8 < 5 ? 'male' : 'female';
    const fullName = personName(rng, gender, 1950 + (n % 54));
    return { n, full_name: fullName, sort_key: nameSortKey(fullName), gender };
  });
  await q.execute(sql`CREATE TEMP TABLE bench_names (n int PRIMARY KEY, full_name text, sort_key text COLLATE "C", gender text)`);
  await bulkInsert(q, 'bench_names', { n: 'int', full_name: 'text', sort_key: 'text', gender: 'text' }, names, 5000);
}

export async function generateNational(database: Database, log: (m: string) => void): Promise<NationalFixture> {
  const { db } = database;
  const started = performance.now();
  const steps: NationalFixture['steps'] = [];
  let last = started;
  const step = (name: string) => {
    const now = performance.now();
    steps.push({ step: name, seconds: (now - last) / 1000 });
    log(`  ${name}: ${((now - last) / 1000).toFixed(1)} s (total ${((now - started) / 1000).toFixed(0)} s)`);
    last = now;
  };
  const x = (q: Queryable, s: ReturnType<typeof sql>) => q.execute(s);

  await db.transaction(async (tx) => {
    await x(tx, sql`INSERT INTO orgs (id, parent_id, path, name, kind, code, effective_from)
      VALUES (${ids.root}::int, NULL, '1', 'Ban Chấp hành Trung ương Đảng', 'province', 'TW', '2026-01-23')`);
    await x(tx, sql`INSERT INTO orgs (id, parent_id, path, name, kind, code, effective_from)
      SELECT ${ids.province0}::int + k, 1, text2ltree('1.' || (${ids.province0}::int + k)), 'Đảng bộ tỉnh ' || lpad((k + 1)::text, 2, '0'), 'province', 'TU', '2025-07-01'
      FROM generate_series(0::int, ${N.provinces - 1}::int) k`);
    await x(tx, sql`INSERT INTO orgs (id, parent_id, path, name, kind, subkind, code, effective_from)
      SELECT ${ids.commune0}::int + k, p.id, p.path || (${ids.commune0}::int + k)::text,
        CASE WHEN k % 5 = 4 THEN 'Đảng bộ phường ' ELSE 'Đảng bộ xã ' END || lpad((k + 1)::text, 4, '0'),
        'grassroots', CASE WHEN k % 5 = 4 THEN 'ward' ELSE 'commune' END, 'ĐU', '2025-07-01'
      FROM generate_series(0::int, ${N.communes - 1}::int) k JOIN orgs p ON p.id = ${ids.province0}::int + (k * ${N.provinces}::int) / ${N.communes}::int`);
    await x(tx, sql`INSERT INTO orgs (id, parent_id, path, name, kind, subkind, effective_from)
      SELECT ${ids.grassroots0}::int + j, p.id, p.path || (${ids.grassroots0}::int + j)::text,
        (ARRAY['Chi bộ cơ sở trường ', 'Đảng bộ cơ quan ', 'Chi bộ cơ sở doanh nghiệp ', 'Đảng bộ bộ phận '])[j % 4 + 1] || lpad((j + 1)::text, 5, '0'),
        'grassroots', (ARRAY['school', 'agency', 'enterprise', 'commune'])[j % 4 + 1], '2025-07-01'
      FROM generate_series(0::int, ${N.grassroots - 1}::int) j JOIN orgs p ON p.id = ${ids.commune0}::int + (j::bigint * ${N.communes}::int) / ${N.grassroots}::int`);
    await x(tx, sql`INSERT INTO orgs (id, parent_id, path, name, kind, effective_from)
      SELECT ${ids.cell0}::int + c, p.id, p.path || (${ids.cell0}::int + c)::text, 'Chi bộ ' || lpad((c + 1)::text, 6, '0'), 'cell', '2025-07-01'
      FROM generate_series(0::int, ${cells - 1}::int) c JOIN orgs p ON p.id = ${ids.grassroots0}::int + c / ${N.cellsPerGrassroots}::int`);
  });
  step('units');

  await namePool(db);
  // Members in chunks (one transaction each): a 5.6-million-row statement would hold its whole transition in memory.
  const CHUNK = 700_000;
  for (let from = 1; from <= N.people; from += CHUNK) {
    const to = Math.min(N.people, from + CHUNK - 1);
    await x(db, sql`INSERT INTO people (id, org_id, full_name, sort_key, gender, birth_date, party_status, joined_on, categories)
      SELECT g, ${ids.cell0}::int + ((g - 1)::bigint * ${cells}::int) / ${N.people}::int, nm.full_name, nm.sort_key, nm.gender,
        make_date(1950 + g % 54, 1 + g % 12, 1 + g % 28), CASE WHEN g % 50 = 0 THEN 'probationary' ELSE 'official' END,
        make_date(least(2025, 1975 + g % 54 + 22), 1 + g % 12, 3),
        CASE WHEN g % 1000 < ${N.invitedPerMille}::int THEN '{key_cadre}'::text[] ELSE '{}'::text[] END
      FROM generate_series(${from}::int, ${to}::int) g JOIN bench_names nm ON nm.n = (g * 7) % ${NAME_POOL}::int`);
    log(`    people ${to.toLocaleString('en')}`);
  }
  await x(db, sql`SELECT setval(pg_get_serial_sequence('orgs', 'id'), (SELECT max(id) FROM orgs))`);
  await x(db, sql`SELECT setval(pg_get_serial_sequence('people', 'id'), (SELECT max(id) FROM people))`);
  step('people');

  const [adminHash, clerkHash] = await Promise.all([hashPassword(NATIONAL_ADMIN.password), hashPassword(CLERK_PASSWORD)]);
  const fx = await db.transaction(async (tx) => {
    const admin = (await one<{ id: number }>(tx, sql`INSERT INTO accounts (username, password_hash, display_name)
      VALUES (${NATIONAL_ADMIN.username}, ${adminHash}, 'Quản trị Trung ương (đo hiệu năng)') RETURNING id`))!;
    await x(tx, sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${admin.id}::int, 'admin', ${ids.root}::int)`);
    // One clerk per commune (the office that watches its bridge points and works its to-do list).
    await x(tx, sql`WITH a AS (INSERT INTO accounts (username, password_hash, display_name)
        SELECT 'xa.' || lpad((k + 1)::text, 4, '0'), ${clerkHash}, 'Văn phòng đảng ủy ' || lpad((k + 1)::text, 4, '0')
        FROM generate_series(0::int, ${N.communes - 1}::int) k RETURNING id, username)
      INSERT INTO role_grants (account_id, role, org_id) SELECT a.id, 'clerk', ${ids.commune0}::int + substr(a.username, 4)::int - 1 FROM a`);
    const leader = (await one<{ id: number }>(tx, sql`INSERT INTO accounts (username, password_hash, display_name)
      VALUES (${COMMUNE_LEADER}, ${clerkHash}, 'Bí thư đảng ủy xã 0001 (đo hiệu năng)') RETURNING id`))!;
    await x(tx, sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${leader.id}::int, 'leader', ${ids.commune0}::int)`);
    const doc = (await one<{ id: number }>(tx, sql`INSERT INTO documents (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title)
      VALUES (${ids.root}::int, 'NQ', 1, '01-NQ/ĐH', 'ĐH', 'central', '2026-01-23', 2026, 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng') RETURNING id`))!;
    const k = (await one<{ id: number }>(tx, sql`INSERT INTO campaigns (org_id, title, tiers, deadline, level_offsets, created_by)
      VALUES (${ids.root}::int, 'Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng (đo hiệu năng)', '{key_cadre,all_members}'::text[],
        (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 30, '{"grassroots":10,"cell":0}'::jsonb, ${admin.id}::int) RETURNING id`))!;
    await x(tx, sql`INSERT INTO campaign_documents (campaign_id, document_id) VALUES (${k.id}::int, ${doc.id})`);
    // Key cadres at the provinces; every member at the grassroots and the cells. Deadlines spread from 15 days ago to
    // 15 days ahead, so the board has overdue, scheduled and held units everywhere.
    await x(tx, sql`INSERT INTO obligations (campaign_id, org_id, tier, deadline)
      SELECT ${k.id}::int, o.id, CASE WHEN o.kind = 'province' THEN 'key_cadre' ELSE 'all_members' END,
        (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + ((o.id % 7) - 3) * 5
      FROM orgs o WHERE o.id <> ${ids.root}::int`);
    // The units' own conferences for 60 % of the obligations: held (ended) or scheduled, one main bridge point each.
    await x(tx, sql`INSERT INTO conferences (campaign_id, org_id, tier, title, format, starts_at, ends_at, hall, hall_secret, audience, created_by)
      SELECT ${k.id}::int, ob.org_id, ob.tier, 'Hội nghị học tập Nghị quyết Đại hội XIV', 'in_person',
        ob.deadline + time '08:00' - interval '7 hours' + ((ob.org_id % 3) - 1) * interval '4 days',
        ob.deadline + time '11:00' - interval '7 hours' + ((ob.org_id % 3) - 1) * interval '4 days',
        'Hội trường', 'bench-hall-' || ob.org_id, jsonb_build_object('kind', ob.tier, 'orgId', ob.org_id), ${admin.id}::int
      FROM obligations ob WHERE ob.campaign_id = ${k.id}::int AND ob.org_id % 10 < 6`);
    await x(tx, sql`INSERT INTO bridge_points (conference_id, org_id, name, is_main)
      SELECT c.id, c.org_id, 'Hội trường', true FROM conferences c WHERE c.campaign_id = ${k.id}::int`);
    const c = (await one<{ id: number }>(tx, sql`INSERT INTO conferences (campaign_id, org_id, tier, title, format, starts_at, ends_at, hall, hall_secret, audience, created_by)
      VALUES (${k.id}::int, ${ids.root}::int, 'key_cadre', 'Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIV', 'online',
        now() - interval '20 minutes', now() + interval '4 hours', 'Hội trường Diên Hồng, Nhà Quốc hội', 'bench-national-hall',
        jsonb_build_object('kind', 'key_cadres', 'orgId', ${ids.root}::int), ${admin.id}::int) RETURNING id`))!;
    return { adminId: admin.id, campaignId: k.id, conferenceId: c.id };
  });
  step('accounts, campaign, obligations and the units\' conferences');

  // 31,000 points: the main hall, each province, each commune, and 27,665 of the grassroots organizations below them.
  await db.transaction(async (tx) => {
    await x(tx, sql`INSERT INTO bridge_points (conference_id, org_id, name, is_main, capacity)
      SELECT ${fx.conferenceId}::int, o.id, CASE WHEN o.id = ${ids.root}::int THEN 'Hội trường Diên Hồng, Nhà Quốc hội' ELSE 'Điểm cầu ' || o.name END,
        o.id = ${ids.root}::int, CASE WHEN o.id = ${ids.root}::int THEN 1600 ELSE 200 END
      FROM orgs o WHERE o.id < ${ids.grassroots0}::int
        OR (o.id < ${ids.cell0}::int AND ((o.id - ${ids.grassroots0}::int)::bigint * ${SCRAMBLE}::int) % ${N.grassroots}::int < ${GRASSROOTS_POINTS}::int)
      ORDER BY o.id`);
  });
  step('bridge points');
  // Each key cadre at the point of their grassroots organization, else of their commune; in chunks of people (whose
  // ids run province by province).
  for (let from = 1; from <= N.people; from += CHUNK) {
    await x(db, sql`INSERT INTO invitations (conference_id, person_id, bridge_point_id)
      SELECT ${fx.conferenceId}::int, pe.id, COALESCE(bg.id, bc.id)
      FROM people pe JOIN orgs cell ON cell.id = pe.org_id JOIN orgs g ON g.id = cell.parent_id
      LEFT JOIN bridge_points bg ON bg.conference_id = ${fx.conferenceId}::int AND bg.org_id = g.id
      JOIN bridge_points bc ON bc.conference_id = ${fx.conferenceId}::int AND bc.org_id = g.parent_id
      WHERE pe.id BETWEEN ${from}::int AND ${from + CHUNK - 1}::int AND pe.id % 1000 < ${N.invitedPerMille}::int`);
    log(`    invitations: people up to ${Math.min(N.people, from + CHUNK - 1).toLocaleString('en')}`);
  }
  step('invitations');
  await x(db, sql`VACUUM ANALYZE`);
  step('vacuum analyze');

  const out = { ...fx, rootId: ids.root, communeId: ids.commune0, counts: await countRows(db), seconds: (performance.now() - started) / 1000, steps };
  await x(db, sql`CREATE TABLE bench_national_meta AS SELECT ${JSON.stringify(out)}::jsonb AS fixture`);
  return out;
}

const countRows = async (db: Queryable) => Object.fromEntries(await Promise.all(['orgs', 'people', 'obligations', 'conferences', 'bridge_points', 'invitations', 'campaign_people', 'campaign_unit_counts']
    .map(async (t) => [t, (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.raw(t)}`))!.n] as const)));

/**
 * A dataset generated by an earlier run and kept (BENCH_KEEP_NATIONAL), brought back to its generated state: the
 * conference under way again and nobody checked in. Null when the database holds none.
 */
export async function reuseNational(database: Database): Promise<NationalFixture | null> {
  const { db } = database;
  const table = await one<{ t: string | null }>(db, sql`SELECT to_regclass('bench_national_meta')::text AS t`);
  if (!table?.t) return null;
  const kept = await one<{ fixture: NationalFixture }>(db, sql`SELECT fixture FROM bench_national_meta LIMIT 1`);
  if (!kept) return null;
  const fx = kept.fixture;
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM attendance WHERE conference_id = ${fx.conferenceId}::int`);
    await tx.execute(sql`UPDATE conferences SET starts_at = now() - interval '20 minutes', ends_at = now() + interval '4 hours' WHERE id = ${fx.conferenceId}::int`);
  });
  await db.execute(sql`VACUUM ANALYZE attendance`);
  return fx;
}
