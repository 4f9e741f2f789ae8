import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp, type App } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { hashPassword } from '../server/core/auth/password.js';
import { one, openDatabase, sql, type Database, type Db } from '../server/core/db/index.js';
import { migrate } from '../server/core/db/migrate.js';
import { insertOrg, type OrgRow } from '../server/modules/orgs/queries.js';
import { nameSortKey } from '../server/core/vn.js';

/**
 * A fresh, migrated database: in-memory PGlite, or a new database on the PostgreSQL server
 * named by TEST_DATABASE_URL (the same suite runs on both).
 */
export async function freshDatabase(): Promise<Database> {
  if (process.env.TEST_DATABASE_URL) return (await freshPgDatabase(process.env.TEST_DATABASE_URL)).database;
  const database = await openDatabase({ dir: null });
  await migrate(database);
  return database;
}

/** A new, migrated database on a PostgreSQL server, with its URL (to open more pools on it); dropped on close. */
export async function freshPgDatabase(serverUrl: string): Promise<{ database: Database; url: string }> {
  const name = `qt_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const inner = await openDatabase({ url: u.toString() });
  const database: Database = {
    ...inner,
    close: async () => {
      await inner.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
  await migrate(database);
  return { database, url: u.toString() };
}

export async function testApp(database: Database): Promise<App> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qt-test-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'test-secret', MAX_UPLOAD_MB: '1' }) };
  return buildApp({ database, config });
}

/** An app serving the web build in `dist` (the server reads WEB_DIST when it is built; restored afterwards). */
export async function webApp(database: Database, dist: string): Promise<App> {
  const config = loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'qt-test-')), SESSION_SECRET: 'test-secret' });
  const before = process.env.WEB_DIST;
  process.env.WEB_DIST = dist;
  try {
    return await buildApp({ database, config });
  } finally {
    if (before === undefined) delete process.env.WEB_DIST;
    else process.env.WEB_DIST = before;
  }
}

export const PASSWORD = 'matkhau123';

/**
 * A small tree with two communes, so scoping can be tested:
 * province ▸ district ▸ { commune A ▸ cells A1, A2, women's union A; commune B ▸ cell B1 }.
 */
export async function seedFixture(db: Db) {
  const d = '2024-01-01';
  const province = await insertOrg(db, { parentId: null, parentPath: null, name: 'Tỉnh ủy Thử Nghiệm', kind: 'province', code: 'TU', effectiveOn: d });
  const district = await insertOrg(db, { parentId: province.id, parentPath: province.path, name: 'Huyện ủy Triệu Sơn', kind: 'district', code: 'HU', effectiveOn: d });
  const communeA = await insertOrg(db, { parentId: district.id, parentPath: district.path, name: 'Đảng ủy xã Dân Lực', kind: 'grassroots', subkind: 'commune', code: 'ĐU', effectiveOn: d });
  const communeB = await insertOrg(db, { parentId: district.id, parentPath: district.path, name: 'Đảng ủy xã Hợp Thành', kind: 'grassroots', subkind: 'commune', code: 'ĐU', effectiveOn: d });
  const cellA1 = await insertOrg(db, { parentId: communeA.id, parentPath: communeA.path, name: 'Chi bộ thôn 1', kind: 'cell', effectiveOn: d });
  const cellA2 = await insertOrg(db, { parentId: communeA.id, parentPath: communeA.path, name: 'Chi bộ thôn 2', kind: 'cell', effectiveOn: d });
  const womenA = await insertOrg(db, { parentId: communeA.id, parentPath: communeA.path, name: 'Hội LHPN xã Dân Lực', kind: 'mass_org', subkind: 'women_union', effectiveOn: d });
  const cellB1 = await insertOrg(db, { parentId: communeB.id, parentPath: communeB.path, name: 'Chi bộ thôn Đông', kind: 'cell', effectiveOn: d });

  const person = async (org: OrgRow, fullName: string, partyStatus: string | null = 'official') =>
    (await one<{ id: number }>(db, sql`INSERT INTO people (org_id, full_name, sort_key, party_status, joined_on)
      VALUES (${org.id}, ${fullName}, ${nameSortKey(fullName)}, ${partyStatus}, ${partyStatus ? '2010-05-19' : null}) RETURNING id`))!.id;
  const people = {
    anA1: await person(cellA1, 'Nguyễn Văn An'),
    binhA1: await person(cellA1, 'Lê Thị Bình'),
    cuongA2: await person(cellA2, 'Trần Văn Cường', 'probationary'),
    hoaWomenA: await person(womenA, 'Phạm Thị Hoa', null),
    dungB1: await person(cellB1, 'Hoàng Văn Dũng'),
  };

  const hash = await hashPassword(PASSWORD);
  const account = async (username: string, grants: [string, OrgRow][], personId: number | null = null) => {
    const a = (await one<{ id: number }>(db, sql`INSERT INTO accounts (username, password_hash, display_name, person_id)
      VALUES (${username}, ${hash}, ${username}, ${personId}) RETURNING id`))!;
    for (const [role, org] of grants) {
      await db.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${a.id}, ${role}, ${org.id})`);
    }
    return a.id;
  };
  const accounts = {
    admin: await account('admin', [['admin', province]]),
    leaderDistrict: await account('leader.huyen', [['leader', district]]),
    clerkA: await account('clerk.a', [['clerk', communeA]]),
    clerkB: await account('clerk.b', [['clerk', communeB]]),
    propagandaA: await account('tuyengiao.a', [['propaganda', communeA]]),
    inspectorA: await account('inspector.a', [['inspector', communeA]]),
    memberA: await account('member.a', [['member', cellA1]], people.anA1),
  };
  return { orgs: { province, district, communeA, communeB, cellA1, cellA2, womenA, cellB1 }, people, accounts };
}

export type Fixture = Awaited<ReturnType<typeof seedFixture>>;

/** Logs in through the real endpoint and returns the Cookie header for later requests. */
export async function loginAs(app: App, username: string, password = PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'qt_session');
  return `qt_session=${cookie!.value}`;
}

/** Fresh database + fixture + app, and a cookie per fixture account. */
export async function setup() {
  const database = await freshDatabase();
  const fx = await seedFixture(database.db);
  const app = await testApp(database);
  const cookies: Record<keyof Fixture['accounts'], string> = {} as never;
  for (const name of Object.keys(fx.accounts) as (keyof Fixture['accounts'])[]) {
    const username = { admin: 'admin', leaderDistrict: 'leader.huyen', clerkA: 'clerk.a', clerkB: 'clerk.b', propagandaA: 'tuyengiao.a', inspectorA: 'inspector.a', memberA: 'member.a' }[name];
    cookies[name] = await loginAs(app, username);
  }
  return {
    database, app, fx, cookies,
    close: async () => { await app.close(); await database.close(); },
  };
}
