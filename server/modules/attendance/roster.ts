import { z } from 'zod';
import { rows, sql, utc, type Db } from '../../core/db/index.js';
import type { Actor } from '../../core/policy.js';
import { idParams } from '../../core/schemas.js';
import { unitLabel } from '../../core/units.js';
import { iso, scanningPoint, visibleConference } from './access.js';

// The invitee list of one bridge point, kept on the check-in phone for the conference, so scans and name
// searches made without a network still show who the person is. Only staff who record attendance at the
// point's unit get it (scanningPoint): the list names people of that point only, never other units' points.

export const rosterParams = idParams('bridgePointId');

export const rosterOut = z.object({
  conferenceId: z.number(),
  bridgePointId: z.number(),
  bridgePointName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  generatedAt: z.string(),
  people: z.array(z.object({
    personId: z.number(),
    fullName: z.string(),
    /** The home unit, a cell or mass organization with the organization it belongs to ("Chi bộ thôn 1 · Đảng ủy xã Dân Lực"). */
    unitName: z.string(),
    checkedAt: z.string().nullable(),
    lateMinutes: z.number().nullable(),
  })),
});

type Person = z.infer<typeof rosterOut>['people'][number];

export async function roster(db: Db, actor: Actor, conferenceId: number, bridgePointId: number): Promise<z.infer<typeof rosterOut>> {
  const c = await visibleConference(db, actor, conferenceId);
  const bp = await scanningPoint(db, actor, c, bridgePointId);
  const people = await rows<Person>(db, sql`SELECT p.id AS "personId", p.full_name AS "fullName",
      ${unitLabel('o')} AS "unitName",
      ${utc(sql`a.checked_at`)} AS "checkedAt", a.late_minutes AS "lateMinutes"
    FROM invitations i JOIN people p ON p.id = i.person_id JOIN orgs o ON o.id = p.org_id
    LEFT JOIN attendance a ON a.conference_id = i.conference_id AND a.person_id = i.person_id
    WHERE i.conference_id = ${c.id} AND i.bridge_point_id = ${bp.id}
    ORDER BY p.sort_key, p.id`);
  return {
    conferenceId: c.id, bridgePointId: bp.id, bridgePointName: bp.name, startsAt: iso(c.startsAt), endsAt: iso(c.endsAt),
    generatedAt: new Date().toISOString(), people,
  };
}
