// Invited members hear of their invitation and of a change of time or place, grouped by their bridge point (the
// place they go to). Only people with an account, and only while the conference has not ended.
import { idList, rows, sql, type Queryable } from '../../core/db/index.js';
import { notify, vnTime } from '../notifications/notify.js';

export async function noticeInvited(tx: Queryable, conferenceId: number, kind: 'invitation' | 'conference_changed', personIds?: number[], fromAccountId?: number) {
  if (personIds && !personIds.length) return 0;
  const groups = await rows<{ orgId: number; path: string; title: string; startsAt: string; place: string; people: number[] }>(tx, sql`
    SELECT c.org_id AS "orgId", o.path::text AS path, c.title, c.starts_at AS "startsAt",
      coalesce(bp.name, c.hall, o.name) AS place, array_agg(i.person_id ORDER BY i.person_id) AS people
    FROM conferences c JOIN orgs o ON o.id = c.org_id JOIN invitations i ON i.conference_id = c.id
    JOIN accounts a ON a.person_id = i.person_id AND a.active
    LEFT JOIN bridge_points bp ON bp.id = i.bridge_point_id
    WHERE c.id = ${conferenceId} AND c.ends_at > now() ${personIds ? sql`AND i.person_id IN (${idList(personIds)})` : sql``}
    GROUP BY c.org_id, o.path, c.title, c.starts_at, bp.name, c.hall, o.name`);
  return notify(tx, groups.map((g) => ({
    kind, link: `/me/conferences/${conferenceId}`, org: { id: g.orgId, path: g.path }, toPeople: g.people, fromAccountId,
    params: { conference: g.title, when: vnTime(g.startsAt), place: g.place },
  })));
}
