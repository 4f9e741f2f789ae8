import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';
import { api, campaign, count, END, seedAudience, START, type Ctx } from './conferences-fixture.js';

let ctx: Ctx;
let call: ReturnType<typeof api>;
let extra: Awaited<ReturnType<typeof seedAudience>>;
let campaignId: number;

beforeAll(async () => {
  ctx = await setup();
  call = api(ctx);
  extra = await seedAudience(ctx);
  campaignId = await campaign(ctx.database.db, ctx.fx.orgs.district.id);
});
afterAll(async () => { await ctx?.close(); });

type Inv = { personId: number; bridgePointId: number | null };
async function invitees(id: number) {
  const res = await call(ctx.cookies.admin, 'GET', `/api/conferences/${id}/invitations?pageSize=200`);
  expect(res.statusCode).toBe(200);
  return Object.fromEntries((res.json().items as Inv[]).map((i) => [i.personId, i.bridgePointId]));
}
const inviteAudits = (id: number) => rows<{ after: { presenters?: number[]; invited: number } }>(ctx.database.db,
  sql`SELECT after FROM audit_log WHERE action = 'invite' AND entity = 'conference' AND entity_id = ${String(id)} ORDER BY id`);

describe('agenda presenters are invited', () => {
  it('on create: each presenter once, at the main bridge point the conference is created with', async () => {
    const { orgs, people } = ctx.fx;
    const res = await call(ctx.cookies.clerkA, 'POST', '/api/conferences', {
      campaignId, orgId: orgs.communeA.id, tier: 'all_members', title: 'Hội nghị quán triệt tại xã', format: 'in_person', startsAt: START, endsAt: END,
      agenda: [
        { topic: 'Khai mạc', presenterPersonId: people.anA1, minutes: 10 },
        // A district presenter the commune clerk cannot read otherwise: invited all the same.
        { topic: 'Những điểm mới của Nghị quyết', presenterPersonId: extra.lanDistrict, minutes: 90 },
        { topic: 'Thảo luận' },
        { topic: 'Bế mạc', presenterPersonId: people.anA1 },
      ],
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.invitedCount).toBe(2);
    const hall = (await call(ctx.cookies.admin, 'GET', `/api/conferences/${c.id}`)).json().bridgePoints[0].id as number;
    expect(await invitees(c.id)).toEqual({ [people.anA1]: hall, [extra.lanDistrict]: hall });
    expect((await inviteAudits(c.id)).map((a) => a.after)).toEqual([{ presenters: [people.anA1, extra.lanDistrict].sort((a, b) => a - b), invited: 2 }]);
    // The invited presenter sees it among their own invitations.
    const mine = (await call(ctx.cookies.memberA, 'GET', '/api/me/invitations')).json() as { conferenceId: number }[];
    expect(mine.map((m) => m.conferenceId)).toContain(c.id);
  });

  it('on agenda save: new presenters go to the main bridge point; hand-made invitations and former presenters stay', async () => {
    const { orgs, people } = ctx.fx;
    const { db } = ctx.database;
    const created = await call(ctx.cookies.admin, 'POST', '/api/conferences', {
      campaignId, orgId: orgs.district.id, tier: 'key_cadre', title: 'Hội nghị cán bộ chủ chốt huyện', format: 'hybrid', startsAt: START, endsAt: END,
      agenda: [{ topic: 'Khai mạc', presenterPersonId: people.dungB1 }],
    });
    const id = created.json().id as number;
    const first = (await call(ctx.cookies.admin, 'GET', `/api/conferences/${id}`)).json().bridgePoints[0].id as number; // created with it
    const bp = async (orgId: number, name: string, isMain = false) =>
      (await call(ctx.cookies.admin, 'POST', `/api/conferences/${id}/bridge-points`, { orgId, name, isMain })).json().id as number;
    const cellA1 = await bp(orgs.cellA1.id, 'Điểm cầu thôn 1');
    const main = await bp(orgs.district.id, 'Hội trường Huyện ủy', true);
    // By hand: Bình at cell A1's point, and An (about to be named presenter) there too.
    expect((await call(ctx.cookies.admin, 'POST', `/api/conferences/${id}/invitations`, { personIds: [people.binhA1, people.anA1], bridgePointId: cellA1 })).json()).toEqual({ invited: 2 });

    const put = await call(ctx.cookies.admin, 'PUT', `/api/conferences/${id}/agenda`, [
      { topic: 'Chuyên đề 1', presenterPersonId: people.cuongA2, minutes: 45 },
      { topic: 'Chuyên đề 2', presenterPersonId: people.anA1, minutes: 45 },
    ]);
    expect(put.statusCode).toBe(200);
    expect(await invitees(id)).toEqual({
      [people.dungB1]: first,         // presenter of the first agenda (at the then main point), kept though no longer on it
      [people.binhA1]: cellA1,        // hand-made, untouched
      [people.anA1]: cellA1,          // already invited by hand: kept where it was, not duplicated
      [people.cuongA2]: main,         // new presenter: the main hall, not the nearest point of their unit
    });
    const detail = (await call(ctx.cookies.admin, 'GET', `/api/conferences/${id}`)).json();
    expect(detail.invitedCount).toBe(4);

    // Saving the same agenda again invites nobody and writes no invitation audit.
    const audits = (await inviteAudits(id)).length;
    await call(ctx.cookies.admin, 'PUT', `/api/conferences/${id}/agenda`, [{ topic: 'Chuyên đề 1', presenterPersonId: people.cuongA2 }]);
    expect(Object.keys(await invitees(id))).toHaveLength(4);
    expect(await inviteAudits(id)).toHaveLength(audits);

    // A refused agenda writes nothing, invitations included.
    const [inv, logs] = [await count(db, 'invitations'), await count(db, 'audit_log')];
    const bad = await call(ctx.cookies.admin, 'PUT', `/api/conferences/${id}/agenda`, [
      { topic: 'X', presenterPersonId: people.hoaWomenA }, { topic: 'Y', presenterPersonId: 999_999 },
    ]);
    expect(bad.statusCode).toBe(400);
    expect([await count(db, 'invitations'), await count(db, 'audit_log')]).toEqual([inv, logs]);
  });

  it('on update: presenters of an agenda saved earlier are invited', async () => {
    const { orgs, people } = ctx.fx;
    const { db } = ctx.database;
    const id = (await call(ctx.cookies.clerkA, 'POST', '/api/conferences', {
      campaignId, orgId: orgs.communeA.id, tier: 'all_members', title: 'Hội nghị cũ', format: 'online', startsAt: START, endsAt: END,
    })).json().id as number;
    // An agenda row from before presenters were invited automatically.
    await db.execute(sql`INSERT INTO agenda_items (conference_id, position, topic, presenter_person_id) VALUES (${id}, 1, 'Chuyên đề', ${people.cuongA2})`);
    expect(await invitees(id)).toEqual({});
    const res = await call(ctx.cookies.clerkA, 'PATCH', `/api/conferences/${id}`, { title: 'Hội nghị cũ (sửa)' });
    expect(res.statusCode).toBe(200);
    expect(res.json().invitedCount).toBe(1);
    const hall = (await call(ctx.cookies.admin, 'GET', `/api/conferences/${id}`)).json().bridgePoints[0].id as number;
    expect(await invitees(id)).toEqual({ [people.cuongA2]: hall });
  });
});
