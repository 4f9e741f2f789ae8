import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/core/auth/password.js';
import { one, sql } from '../../server/core/db/index.js';
import { loginAs, PASSWORD, setup } from '../helpers.js';
import { campaign, document } from './conferences-fixture.js';

/**
 * /api/auth/me tells the UI, for every action of the policy table, the org subtrees where the user may do it.
 * For demo-like roles, the abilities must be what the routes actually allow: a call succeeds where the
 * ability says yes and is refused (403/404) where it says no.
 */
let ctx: Awaited<ReturnType<typeof setup>>;
type Abilities = Record<string, string[]>;
const users: Record<string, { cookie: string; abilities: Abilities }> = {};
const within = (path: string, root: string) => path === root || path.startsWith(root + '.');
const allows = (a: Abilities, action: string, path?: string) => (a[action] ?? []).some((r) => path === undefined || within(path, r));

const ROLES = ['admin', 'clerk', 'member', 'presenter', 'leader'] as const;
let paths: Record<string, string>;
let confDistrict: number;
let confCommuneA: number;
let bpCommuneA: number;
let docId: number;

beforeAll(async () => {
  ctx = await setup();
  const { db } = ctx.database;
  const { orgs } = ctx.fx;
  paths = { province: orgs.province.path, district: orgs.district.path, communeA: orgs.communeA.path, communeB: orgs.communeB.path };
  // A district presenter (báo cáo viên huyện), as in the demo.
  const hash = await hashPassword(PASSWORD);
  const p = (await one<{ id: number }>(db, sql`INSERT INTO accounts (username, password_hash, display_name) VALUES ('baocaovien', ${hash}, 'Báo cáo viên') RETURNING id`))!;
  await db.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${p.id}, 'presenter', ${orgs.district.id})`);
  const cookies = { admin: ctx.cookies.admin, clerk: ctx.cookies.clerkA, member: ctx.cookies.memberA, leader: ctx.cookies.leaderDistrict, presenter: await loginAs(ctx.app, 'baocaovien') };
  for (const role of ROLES) {
    const me = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: cookies[role] } });
    expect(me.statusCode).toBe(200);
    users[role] = { cookie: cookies[role], abilities: me.json().abilities };
  }
  docId = await document(db, orgs.province.id, '57-NQ/TW', 'TW', 'Nghị quyết về đột phá phát triển khoa học, công nghệ');
  const k = await campaign(db, orgs.district.id);
  const conf = async (orgId: number) => (await one<{ id: number }>(db, sql`INSERT INTO conferences (campaign_id, org_id, tier, title, format, starts_at, ends_at, hall_secret)
    VALUES (${k}, ${orgId}, 'all_members', 'Hội nghị học tập', 'online', now() - interval '1 hour', now() + interval '2 hours', 'secret') RETURNING id`))!.id;
  confDistrict = await conf(orgs.district.id);
  confCommuneA = await conf(orgs.communeA.id);
  bpCommuneA = (await one<{ id: number }>(db, sql`INSERT INTO bridge_points (conference_id, org_id, name, is_main)
    VALUES (${confDistrict}, ${orgs.communeA.id}, 'Hội trường xã Dân Lực', false) RETURNING id`))!.id;
});
afterAll(async () => { await ctx?.close(); });

const call = (role: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie: users[role].cookie }, ...(payload ? { payload } : {}) });

/** The route's answer agrees with the ability: success where it says yes, 403/404 where it says no. */
function agrees(status: number, allowed: boolean) {
  if (allowed) expect(status, 'allowed by abilities, refused by the route').toBeLessThan(300);
  else expect([403, 404], 'refused by abilities, allowed by the route').toContain(status);
}

describe('abilities in /api/auth/me', () => {
  it('list every action of the policy table, with the subtree roots computed by the server', () => {
    const actions = Object.keys(users.admin.abilities);
    expect(actions).toEqual(expect.arrayContaining(['org.write', 'person.read', 'document.write', 'campaign.remind', 'conference.write', 'attendance.record', 'dialogue.moderate', 'evaluation.write', 'account.manage', 'audit.read']));
    for (const role of ROLES) expect(Object.keys(users[role].abilities).sort()).toEqual([...actions].sort());
    // An admin granted at the province holds every action there.
    for (const a of actions) expect(users.admin.abilities[a]).toEqual([paths.province]);
    const clerk = users.clerk.abilities;
    expect(clerk['conference.write']).toEqual([paths.communeA]);
    expect(clerk['account.manage']).toEqual([]);
    expect(clerk['campaign.remind']).toEqual([]);
    const leader = users.leader.abilities;
    expect(leader['campaign.remind']).toEqual([paths.district]);
    expect(leader['conference.write']).toEqual([]);
    expect(leader['audit.read']).toEqual([paths.district]);
    expect(users.member.abilities['document.read']).toEqual([ctx.fx.orgs.cellA1.path]);
    expect(users.member.abilities['person.read']).toEqual([]);
    expect(users.presenter.abilities['conference.read']).toEqual([paths.district]);
    expect(users.presenter.abilities['person.write']).toEqual([]);
  });

  it('come with the login answer too', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'clerk.a', password: PASSWORD } });
    expect(res.json().abilities).toEqual(users.clerk.abilities);
  });

  it('account.manage and audit.read: the lists open exactly for those who hold them', async () => {
    for (const role of ROLES) {
      agrees((await call(role, 'GET', '/api/accounts')).statusCode, allows(users[role].abilities, 'account.manage'));
      agrees((await call(role, 'GET', '/api/audit')).statusCode, allows(users[role].abilities, 'audit.read'));
    }
  });

  it('org.write: creating a unit succeeds only under a subtree root of the ability', async () => {
    let n = 0;
    for (const role of ROLES) {
      for (const parent of [ctx.fx.orgs.communeA, ctx.fx.orgs.communeB]) {
        const res = await call(role, 'POST', '/api/orgs', { parentId: parent.id, name: `Chi bộ thôn mới ${++n}`, kind: 'cell' });
        agrees(res.statusCode, allows(users[role].abilities, 'org.write', parent.path));
      }
    }
  });

  it('person.read: a unit\'s people list opens where the ability reaches', async () => {
    for (const role of ROLES) {
      for (const org of [ctx.fx.orgs.communeA, ctx.fx.orgs.communeB]) {
        const res = await call(role, 'GET', `/api/people?orgId=${org.id}`);
        agrees(res.statusCode, allows(users[role].abilities, 'person.read', org.path));
      }
    }
  });

  it('campaign.write: opening a campaign at a unit succeeds only where the ability reaches', async () => {
    for (const role of ROLES) {
      for (const org of [ctx.fx.orgs.district, ctx.fx.orgs.communeA]) {
        const res = await call(role, 'POST', '/api/campaigns', {
          orgId: org.id, title: `Học tập nghị quyết (${role})`, documentIds: [docId], tiers: ['all_members'], deadline: '2026-12-31',
        });
        agrees(res.statusCode, allows(users[role].abilities, 'campaign.write', org.path));
      }
    }
  });

  it('conference.write: editing a conference follows the ability at its organizer, as its detail says', async () => {
    for (const role of ROLES) {
      for (const [id, path] of [[confDistrict, paths.district], [confCommuneA, paths.communeA]] as const) {
        const allowed = allows(users[role].abilities, 'conference.write', path);
        const detail = await call(role, 'GET', `/api/conferences/${id}`);
        if (detail.statusCode === 200) expect(detail.json().abilities.update).toBe(allowed);
        agrees((await call(role, 'PATCH', `/api/conferences/${id}`, { title: `Hội nghị học tập (${role})` })).statusCode, allowed);
      }
    }
  });

  it('a commune clerk on a district conference: may not edit it, may record attendance at the commune\'s bridge point only', async () => {
    const detail = (await call('clerk', 'GET', `/api/conferences/${confDistrict}`)).json();
    expect(detail.abilities).toMatchObject({ update: false, recordAttendance: true, moderate: false, evaluate: false });
    const points = detail.bridgePoints as { id: number; abilities: { recordAttendance: boolean; checkConnection: boolean } }[];
    expect(points.find((b) => b.id === bpCommuneA)!.abilities).toEqual({ recordAttendance: true, checkConnection: true });
    // The hall code of the commune's point is theirs to show; the organizer's own hall code is not.
    expect((await call('clerk', 'GET', `/api/conferences/${confDistrict}/hall-qr?bridgePointId=${bpCommuneA}`)).statusCode).toBe(200);
    expect([403, 404]).toContain((await call('clerk', 'GET', `/api/conferences/${confDistrict}/hall-qr`)).statusCode);
    expect((await call('clerk', 'POST', `/api/bridge-points/${bpCommuneA}/readiness`, { connectionOk: true })).statusCode).toBe(200);
    // The leader reads it and evaluates, but does not organize or record.
    const leader = (await call('leader', 'GET', `/api/conferences/${confDistrict}`)).json();
    expect(leader.abilities).toMatchObject({ update: false, recordAttendance: false, evaluate: true, readEvaluations: true });
  });
});
