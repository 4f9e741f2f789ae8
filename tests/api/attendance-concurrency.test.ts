import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql } from '../../server/core/db/index.js';
import { personCode } from '../../server/modules/attendance/codes.js';
import { personKey } from '../../server/modules/attendance/keys.js';
import { setup } from '../helpers.js';
import { attendanceCount, bridgePoint, campaign, conference, MIN, type Ctx } from './attendance-fixture.js';

let ctx: Ctx;
beforeAll(async () => { ctx = await setup(); });
afterAll(async () => { await ctx?.close(); });

describe('concurrent check-ins', () => {
  it('1,000 simultaneous scans, a third repeating others: one record per person', async () => {
    const { db } = ctx.database;
    const { orgs } = ctx.fx;
    const conf = await conference(db, { campaignId: await campaign(db, orgs.district.id), orgId: orgs.communeA.id, fromNow: -5 * MIN });
    const bp = await bridgePoint(db, conf.id, orgs.communeA.id, 'Hội trường xã', true);
    const people = await rows<{ id: number }>(db, sql`INSERT INTO people (org_id, full_name, sort_key, party_status)
      SELECT ${orgs.cellA1.id}, 'Đảng viên ' || g, 'dang vien ' || g, 'official' FROM generate_series(1, 667) g RETURNING id`);
    await db.execute(sql`INSERT INTO invitations (conference_id, person_id, bridge_point_id)
      SELECT ${conf.id}, p.id, ${bp} FROM people p WHERE p.full_name LIKE 'Đảng viên %'`);
    const key = await personKey(db);
    const codes = people.map((p) => personCode(key, p.id));
    const scans = [...codes, ...codes.filter((_, i) => i % 2 === 0).slice(0, 333)];
    expect(scans.length).toBe(1000);
    // Interleave the repeats among the originals.
    scans.sort((a, b) => (a.length + a.charCodeAt(a.length - 1)) - (b.length + b.charCodeAt(b.length - 1)));

    const replies = await Promise.all(scans.map((code) => ctx.app.inject({
      method: 'POST', url: `/api/conferences/${conf.id}/checkins`, headers: { cookie: ctx.cookies.clerkA }, payload: { bridgePointId: bp, code },
    })));
    expect(replies.filter((r) => r.statusCode !== 200).map((r) => r.body)).toEqual([]);
    const bodies = replies.map((r) => r.json() as { result: string; person: { id: number }; checkedAt: string });
    expect(bodies.filter((b) => b.result === 'recorded').length).toBe(667);
    expect(bodies.filter((b) => b.result === 'duplicate').length).toBe(333);
    expect(new Set(bodies.filter((b) => b.result === 'recorded').map((b) => b.person.id)).size).toBe(667);
    expect(await attendanceCount(db, conf.id)).toBe(667);
    // Every duplicate reports the time of the one stored record.
    const stored = new Map((await rows<{ person_id: number; checked_at: Date }>(db, sql`SELECT person_id, checked_at FROM attendance
      WHERE conference_id = ${conf.id}`)).map((r) => [r.person_id, new Date(r.checked_at).toISOString()]));
    for (const b of bodies) expect(b.checkedAt).toBe(stored.get(b.person.id));
  });
});
