import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { one, openDatabase, sql, type Database } from '../../server/core/db/index.js';
import { freshPgDatabase, PASSWORD, seedFixture, testApp, type Fixture } from '../helpers.js';
import { sseReader } from '../sse.js';
import { bridgePoint, campaign, conference, invite, MIN, type Conf } from './attendance-fixture.js';

// Two server instances, each with its own connection pool, on one PostgreSQL database, over real HTTP:
// what one of them does must reach the other through the database (LISTEN/NOTIFY), not process memory.
const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('several server instances on one PostgreSQL', () => {
  let dbA: Database; let dbB: Database;
  let appA: App; let appB: App;
  let urlA: string; let urlB: string;
  let fx: Fixture;
  let live: Conf; let bpA: number;
  let dbUrl: string;

  beforeAll(async () => {
    const fresh = await freshPgDatabase(serverUrl!);
    dbA = fresh.database;
    dbUrl = fresh.url;
    dbB = await openDatabase({ url: fresh.url });
    fx = await seedFixture(dbA.db);
    const camp = await campaign(dbA.db, fx.orgs.district.id);
    live = await conference(dbA.db, { campaignId: camp, orgId: fx.orgs.district.id, fromNow: -30 * MIN });
    bpA = await bridgePoint(dbA.db, live.id, fx.orgs.communeA.id, 'Điểm cầu xã Dân Lực', true);
    await invite(dbA.db, live.id, [fx.people.anA1, fx.people.binhA1, fx.people.cuongA2], bpA);
    appA = await testApp(dbA);
    appB = await testApp(dbB);
    urlA = await appA.listen({ port: 0, host: '127.0.0.1' });
    urlB = await appB.listen({ port: 0, host: '127.0.0.1' });
    await Promise.all([dbA.bus.ready(), dbB.bus.ready()]);
    expect(dbA.bus.connected && dbB.bus.connected).toBe(true);
  });
  afterAll(async () => {
    await appA?.close();
    await appB?.close();
    await dbB?.close();
    await dbA?.close();
  });

  const loginOn = async (base: string, username: string) => {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    return res.headers.getSetCookie().find((c) => c.startsWith('qt_session='))!.split(';')[0];
  };
  const call = (base: string, cookie: string, method: string, path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /** A live stream (SSE) and a reader of its next event of a kind (5 s at most). */
  const openLive = async (base: string, cookie: string) => {
    const ac = new AbortController();
    const res = await fetch(`${base}/api/conferences/${live.id}/live`, { headers: { cookie }, signal: ac.signal });
    expect(res.status).toBe(200);
    const read = sseReader(res.body!, ac, 5_000);
    const next = async (event: string) => (await read(event)).data;
    return { next, close: () => ac.abort() };
  };

  it('a check-in recorded through instance A arrives on a live stream opened on instance B', async () => {
    const cookie = await loginOn(urlA, 'clerk.a'); // sessions live in the database: valid on both
    const { next, close } = await openLive(urlB, cookie);
    expect(await next('snapshot')).toMatchObject({ invited: 3, total: 0 });

    const r = await call(urlA, cookie, 'POST', `/api/conferences/${live.id}/checkins`, { bridgePointId: bpA, personId: fx.people.anA1 });
    expect(r.status).toBe(200);
    expect((await r.json()).result).toBe('recorded');
    expect(await next('checkin')).toEqual({ bridgePointId: bpA, attended: 1, invited: 3, total: 1 });

    const r2 = await call(urlA, cookie, 'POST', `/api/conferences/${live.id}/checkins`, { bridgePointId: bpA, personId: fx.people.binhA1 });
    expect((await r2.json()).result).toBe('recorded');
    expect(await next('checkin')).toEqual({ bridgePointId: bpA, attended: 2, invited: 3, total: 2 });
    close();
  });

  it('a role revoked through instance A is refused by instance B within a second', async () => {
    const admin = await loginOn(urlA, 'admin');
    const granted = await call(urlA, admin, 'POST', `/api/accounts/${fx.accounts.clerkB}/grants`, { role: 'clerk', orgId: fx.orgs.communeA.id });
    expect(granted.status).toBe(201);
    const grant = ((await granted.json()) as { grants: { id: number; orgId: number }[] }).grants.find((g) => g.orgId === fx.orgs.communeA.id)!;

    const clerk = await loginOn(urlB, 'clerk.b');
    const roster = `/api/conferences/${live.id}/bridge-points/${bpA}/roster`;
    // Two answers on B: the second comes from B's session cache (which would otherwise hold for 5 s).
    expect((await call(urlB, clerk, 'GET', roster)).status).toBe(200);
    expect((await call(urlB, clerk, 'GET', roster)).status).toBe(200);

    const revoked = await call(urlA, admin, 'DELETE', `/api/accounts/${fx.accounts.clerkB}/grants/${grant.id}`);
    expect(revoked.status).toBeLessThan(300);
    const at = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - at < 1_000) {
      status = (await call(urlB, clerk, 'GET', roster)).status;
    }
    expect([403, 404]).toContain(status);
    expect(Date.now() - at).toBeLessThan(1_000);
  });

  it('an instance whose LISTEN connection was cut reconnects and hears the others again', async () => {
    const cookie = await loginOn(urlA, 'clerk.a');
    const { next, close } = await openLive(urlB, cookie);
    await next('snapshot');
    // Both instances tell their subscribers when they are back (messages of the gap may be lost).
    const back = (db: Database) => new Promise<void>((resolve) => { const off = db.bus.onGap(() => { off(); resolve(); }); });
    const reconnected = Promise.all([back(dbA), back(dbB)]);
    const cut = await dbA.db.execute(sql`SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
      WHERE datname = current_database() AND query LIKE 'LISTEN%'`) as unknown as { rows: unknown[] };
    expect(cut.rows.length).toBeGreaterThanOrEqual(2); // one per instance
    await reconnected;
    expect(dbA.bus.connected && dbB.bus.connected).toBe(true);
    const r = await call(urlA, cookie, 'POST', `/api/conferences/${live.id}/checkins`, { bridgePointId: bpA, personId: fx.people.cuongA2 });
    expect((await r.json()).result).toBe('recorded');
    expect(await next('checkin')).toEqual({ bridgePointId: bpA, attended: 3, invited: 3, total: 3 });
    close();
  });

  it('a burst of check-ins costs one NOTIFY per flush of the scan queue, not one per scan', async () => {
    const listener = new pg.Client({ connectionString: dbUrl });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (m) => { if (m.channel === 'qt_live') heard.push(m.payload!); });
    await listener.query('LISTEN qt_live');
    try {
      const ids: number[] = [];
      for (let i = 0; i < 60; i++) {
        ids.push((await one<{ id: number }>(dbA.db, sql`INSERT INTO people (org_id, full_name, sort_key)
          VALUES (${fx.orgs.cellA1.id}, ${`Người dự ${i}`}, ${`nguoi du ${i}`}) RETURNING id`))!.id);
      }
      await invite(dbA.db, live.id, ids, bpA);
      const cookie = await loginOn(urlA, 'clerk.a');
      const results = await Promise.all(ids.map((personId) =>
        call(urlA, cookie, 'POST', `/api/conferences/${live.id}/checkins`, { bridgePointId: bpA, personId }).then((r) => r.json())));
      expect(results.every((r: { result: string }) => r.result === 'recorded')).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      // Every message names the point that changed, and the burst went out in far fewer messages than scans.
      expect(heard.length).toBeGreaterThan(0);
      expect(heard.length).toBeLessThan(ids.length / 2);
      for (const h of heard) expect(h).toMatch(new RegExp(`^\\w+ \\[\\[${live.id},${bpA}\\]\\]$`));
    } finally {
      await listener.end();
    }
  });
});
