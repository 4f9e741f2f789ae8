import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows, sql, type Database, type Db } from '../../server/core/db/index.js';
import { nameSortKey } from '../../server/core/vn.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../server/demo/seed.js';
import { DEMO_ACCOUNT_SPECS } from '../../server/demo/accounts.js';
import { freshDatabase, seedFixture, testApp } from '../helpers.js';

let database: Database;
let db: Db;
// The clock places the demo's running and upcoming conferences; everything else is the same whatever the time.
const NOW = Date.now();
beforeAll(async () => {
  database = await freshDatabase();
  db = database.db;
  expect(await seedDemo(db, NOW)).toBe(true);
});
afterAll(async () => { await database?.close(); });

const count = async (query: ReturnType<typeof sql>) => (await one<{ n: number }>(db, query))!.n;

/** A digest of everything the generator decides, to compare two seeded databases. */
async function digest(d: Db) {
  return (await one<{ h: string }>(d, sql`SELECT md5(
      (SELECT string_agg(concat_ws('|', id, path::text, name, kind, subkind, code), ';' ORDER BY id) FROM orgs) ||
      (SELECT string_agg(concat_ws('|', id, org_id, full_name, gender, birth_date, party_status, joined_on, official_on, card_number, phone, array_to_string(categories, ',')), ';' ORDER BY id) FROM people) ||
      (SELECT string_agg(concat_ws('|', person_id, org_id, title, started_on), ';' ORDER BY id) FROM positions) ||
      (SELECT string_agg(concat_ws('|', person_id, org_id, joined_on), ';' ORDER BY person_id, org_id) FROM mass_org_memberships) ||
      (SELECT string_agg(concat_ws('|', id, owner_org_id, symbol, issued_on, title, summary, full_text), ';' ORDER BY id) FROM documents) ||
      (SELECT string_agg(concat_ws('|', from_id, to_id, kind), ';' ORDER BY from_id, to_id, kind) FROM document_relations) ||
      (SELECT string_agg(concat_ws('|', a.username, a.display_name, a.person_id, g.role, g.org_id), ';' ORDER BY a.username) FROM accounts a JOIN role_grants g ON g.account_id = a.id) ||
      (SELECT string_agg(concat_ws('|', id, org_id, title, tiers::text, deadline, level_offsets::text, status, created_at), ';' ORDER BY id) FROM campaigns) ||
      (SELECT string_agg(concat_ws('|', campaign_id, org_id, tier, deadline, last_reminded_at), ';' ORDER BY campaign_id, org_id, tier) FROM obligations) ||
      (SELECT string_agg(concat_ws('|', o.campaign_id, o.org_id, o.tier, r.message, r.sent_at), ';' ORDER BY o.campaign_id, o.org_id, o.tier) FROM reminders r JOIN obligations o ON o.id = r.obligation_id) ||
      (SELECT string_agg(concat_ws('|', id, campaign_id, org_id, tier, title, format, starts_at, ends_at, hall, audience::text, makeup_of, hall_secret), ';' ORDER BY id) FROM conferences) ||
      (SELECT string_agg(concat_ws('|', conference_id, position, topic, presenter_person_id, minutes), ';' ORDER BY conference_id, position) FROM agenda_items) ||
      (SELECT string_agg(concat_ws('|', id, conference_id, org_id, name, host_person_id, capacity, is_main, connection_ok, checked_at), ';' ORDER BY id) FROM bridge_points) ||
      (SELECT string_agg(concat_ws('|', conference_id, person_id, bridge_point_id), ';' ORDER BY conference_id, person_id) FROM invitations) ||
      (SELECT string_agg(concat_ws('|', conference_id, person_id, bridge_point_id, checked_at, late_minutes, method), ';' ORDER BY conference_id, person_id) FROM attendance) ||
      (SELECT string_agg(concat_ws('|', conference_id, person_id, excused, reason), ';' ORDER BY conference_id, person_id) FROM absences) ||
      (SELECT string_agg(concat_ws('|', id, conference_id, person_id, presenter_person_id, anonymous, text, answer, answered_by, answered_at, created_at), ';' ORDER BY id) FROM questions) ||
      (SELECT string_agg(concat_ws('|', question_id, person_id), ';' ORDER BY question_id, person_id) FROM question_votes) ||
      (SELECT string_agg(concat_ws('|', conference_id, presenter_person_id, person_id, score, comment, created_at), ';' ORDER BY conference_id, presenter_person_id, person_id) FROM presenter_ratings) ||
      (SELECT string_agg(concat_ws('|', conference_id, org_id, person_id, year, array_to_string(flags, ','), comment), ';' ORDER BY conference_id, org_id, person_id) FROM evaluations) ||
      (SELECT string_agg(concat_ws('|', conference_id, anchor, offset_minutes), ';' ORDER BY conference_id) FROM demo_schedule)
    ) AS h`))!.h;
}

describe('demo data (Triệu Sơn)', () => {
  it('has the article\'s structure: 58 grassroots organizations (34 communes/towns + 24 agencies/schools) and 443 cells', async () => {
    const district = (await one<{ id: number; path: string; parent: string }>(db, sql`SELECT d.id, d.path::text AS path, p.name AS parent
      FROM orgs d JOIN orgs p ON p.id = d.parent_id WHERE d.kind = 'district'`))!;
    expect(district.parent).toBe('Tỉnh ủy Thanh Hóa');
    const grassroots = await rows<{ subkind: string; n: number }>(db, sql`SELECT subkind, count(*)::int AS n FROM orgs
      WHERE kind = 'grassroots' AND parent_id = ${district.id} GROUP BY subkind`);
    const by = Object.fromEntries(grassroots.map((g) => [g.subkind, g.n]));
    expect((by.commune ?? 0) + (by.town ?? 0)).toBe(34);
    expect(by.town).toBe(2);
    expect((by.agency ?? 0) + (by.school ?? 0)).toBe(24);
    expect(grassroots.reduce((s, g) => s + g.n, 0)).toBe(58);
    expect(await count(sql`SELECT count(*)::int AS n FROM orgs WHERE kind = 'cell' AND path <@ ${district.path}::ltree`)).toBe(443);
    // Each commune has 10–14 cells and its six mass organizations.
    const communes = await rows<{ name: string; cells: number; mass: number }>(db, sql`SELECT g.name,
        (SELECT count(*)::int FROM orgs c WHERE c.parent_id = g.id AND c.kind = 'cell') AS cells,
        (SELECT count(*)::int FROM orgs m WHERE m.parent_id = g.id AND m.kind = 'mass_org') AS mass
      FROM orgs g WHERE g.subkind IN ('commune', 'town')`);
    for (const c of communes) {
      expect(c.cells).toBeGreaterThanOrEqual(10);
      expect(c.cells).toBeLessThanOrEqual(14);
      expect(c.mass).toBe(6);
    }
    expect(communes.map((c) => c.name)).toEqual(expect.arrayContaining(['Đảng ủy xã Dân Lực', 'Đảng ủy xã Hợp Thành', 'Đảng ủy thị trấn Nưa', 'Đảng ủy thị trấn Triệu Sơn']));
    // Paths are ltrees of ids: each node's path is its parent's path plus its own id.
    expect(await count(sql`SELECT count(*)::int AS n FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id
      WHERE o.path <> CASE WHEN p.id IS NULL THEN o.id::text::ltree ELSE p.path || o.id::text END`)).toBe(0);
  });

  it('has about 14,000 consistent party members and the people categories', async () => {
    const members = await count(sql`SELECT count(*)::int AS n FROM people WHERE party_status IS NOT NULL`);
    expect(members).toBeGreaterThanOrEqual(13_000);
    expect(members).toBeLessThanOrEqual(15_000);
    expect(await count(sql`SELECT count(*)::int AS n FROM people WHERE party_status = 'probationary'`)).toBeGreaterThan(50);
    // Dates and cards agree with the status; members are adults when they join.
    expect(await count(sql`SELECT count(*)::int AS n FROM people WHERE party_status IS NOT NULL AND (
        joined_on IS NULL OR joined_on < birth_date + interval '18 years'
        OR (party_status = 'official' AND (official_on IS NULL OR official_on <= joined_on OR card_number IS NULL))
        OR (party_status = 'probationary' AND (official_on IS NOT NULL OR card_number IS NOT NULL)))`)).toBe(0);
    const presenters = await count(sql`SELECT count(*)::int AS n FROM people WHERE 'presenter' = ANY(categories)`);
    expect(presenters).toBeGreaterThanOrEqual(35);
    expect(presenters).toBeLessThanOrEqual(45);
    for (const c of ['key_cadre', 'collaborator', 'lecturer', 'propaganda_staff']) {
      expect(await count(sql`SELECT count(*)::int AS n FROM people WHERE ${c} = ANY(categories)`)).toBeGreaterThan(10);
    }
    // Non-members live in a mass organization and are its members.
    expect(await count(sql`SELECT count(*)::int AS n FROM people p JOIN orgs o ON o.id = p.org_id
      WHERE p.party_status IS NULL AND (o.kind <> 'mass_org' OR NOT EXISTS (SELECT 1 FROM mass_org_memberships m WHERE m.person_id = p.id AND m.org_id = o.id))`)).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM people WHERE party_status IS NULL`)).toBeGreaterThan(500);
    // Every grassroots organization and every cell has a secretary.
    expect(await count(sql`SELECT count(*)::int AS n FROM orgs o WHERE o.kind IN ('grassroots', 'cell')
      AND NOT EXISTS (SELECT 1 FROM positions p WHERE p.org_id = o.id AND p.title = 'secretary')`)).toBe(0);
    const sample = await rows<{ full_name: string; sort_key: string }>(db, sql`SELECT full_name, sort_key FROM people WHERE id % 997 = 0`);
    for (const p of sample) expect(p.sort_key).toBe(nameSortKey(p.full_name));
  });

  it('has documents at every level with well-formed symbols and owners', async () => {
    const levels = await rows<{ level: string; n: number }>(db, sql`SELECT level, count(*)::int AS n FROM documents GROUP BY level`);
    const total = levels.reduce((s, l) => s + l.n, 0);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(levels.map((l) => l.level).sort()).toEqual(['central', 'district', 'grassroots', 'province']);
    expect(await count(sql`SELECT count(*)::int AS n FROM documents WHERE
        symbol <> (CASE WHEN number < 10 THEN '0' ELSE '' END) || number::text || '-' || type || '/' || issuer
        OR year <> extract(year FROM issued_on) OR issued_on < '2021-01-01' OR issued_on > '2025-12-31'
        OR type NOT IN ('NQ','CT','KL','QĐ','QĐi','KH','HD','CTr','ĐA','BC','TB','CV')`)).toBe(0);
    // Owners: central and province documents by the province root, district by the district, grassroots by a grassroots org.
    expect(await count(sql`SELECT count(*)::int AS n FROM documents d JOIN orgs o ON o.id = d.owner_org_id WHERE NOT (
        (d.level IN ('central', 'province') AND o.kind = 'province') OR (d.level = 'district' AND o.kind = 'district')
        OR (d.level = 'grassroots' AND o.kind = 'grassroots'))`)).toBe(0);
    const symbols = (await rows<{ symbol: string }>(db, sql`SELECT symbol FROM documents`)).map((r) => r.symbol);
    expect(symbols).toEqual(expect.arrayContaining(['57-NQ/TW', '18-NQ/TW', '05-CT/TW', '21-KL/TW', '08-QĐi/TW', '26-HD/BTGDVTW',
      '17-KH/TU', '96-CV/VPTU', '12-BC/HU', '01-NQ/HU', '21-CTr/HU', '03-NQ/ĐU']));
    const congress = await one<{ type: string; level: string; key_points: string }>(db, sql`SELECT type, level, key_points FROM documents
      WHERE title = 'Nghị quyết Đại hội Đảng bộ huyện Triệu Sơn lần thứ XVIII, nhiệm kỳ 2020-2025'`);
    expect(congress).toMatchObject({ type: 'NQ', level: 'district' });
    expect(congress!.key_points).toContain('Điểm cốt lõi');
    // Plans implement resolutions, and implementations are issued after what they implement.
    expect(await count(sql`SELECT count(*)::int AS n FROM document_relations WHERE kind = 'implements'`)).toBeGreaterThan(100);
    expect(await count(sql`SELECT count(*)::int AS n FROM document_relations r JOIN documents a ON a.id = r.from_id
      JOIN documents b ON b.id = r.to_id WHERE a.issued_on < b.issued_on`)).toBe(0);
  });

  it('every demo login works through /api/auth/login with its role', async () => {
    const app = await testApp(database);
    try {
      expect(DEMO_ACCOUNTS.map((a) => a.username)).toEqual(['admin', 'lanhdao.huyen', 'tuyengiao.huyen', 'vanphong.huyen', 'kiemtra.huyen',
        'baocaovien', 'vanphong.danluc', 'dangvien.danluc', 'vanphong.hopthanh', 'dangvien.hopthanh']);
      for (const [i, a] of DEMO_ACCOUNTS.entries()) {
        expect(a.password).toBe(DEMO_PASSWORD);
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: a.username, password: a.password } });
        expect(res.statusCode, a.username).toBe(200);
        expect(res.json().grants).toEqual([expect.objectContaining({ role: DEMO_ACCOUNT_SPECS[i].role })]);
      }
      const member = (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'dangvien.danluc', password: DEMO_PASSWORD } })).json();
      const home = await one<{ kind: string; commune: string }>(db, sql`SELECT c.kind, g.name AS commune FROM people p
        JOIN orgs c ON c.id = p.org_id JOIN orgs g ON g.id = c.parent_id WHERE p.id = ${member.personId}`);
      expect(home).toEqual({ kind: 'cell', commune: 'Đảng ủy xã Dân Lực' });
      expect(member.grants[0].orgName).toMatch(/^Chi bộ /);
    } finally {
      await app.close();
    }
  });

  it('produces identical data on every run', async () => {
    const other = await freshDatabase();
    try {
      expect(await seedDemo(other.db, NOW)).toBe(true);
      const expected = await digest(db);
      expect(expected).toMatch(/^[0-9a-f]{32}$/);
      expect(await digest(other.db)).toBe(expected);
    } finally {
      await other.close();
    }
  });

  it('does nothing on a database that already has organizations', async () => {
    expect(await seedDemo(db)).toBe(false);
    const other = await freshDatabase();
    try {
      await seedFixture(other.db);
      expect(await seedDemo(other.db)).toBe(false);
      expect(await one(other.db, sql`SELECT 1 AS x FROM documents`)).toBeUndefined();
      expect((await one<{ n: number }>(other.db, sql`SELECT count(*)::int AS n FROM orgs`))!.n).toBe(8);
    } finally {
      await other.close();
    }
  });
});
