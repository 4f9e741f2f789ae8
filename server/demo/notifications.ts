// A few notices in the demo accounts' inboxes, so a newcomer sees the bell and the inbox on day one. They go through
// the module's own notify() (recipients by grant and scope); no mail is queued at seed time. Same content every time.
import { one, sql, type Queryable } from '../core/db/index.js';
import { notify, vnDate, vnTime, type Notice } from '../modules/notifications/notify.js';

const DISTRICT_OFFICE = 'Văn phòng Huyện ủy Triệu Sơn';

async function commune(tx: Queryable, name: string) {
  return (await one<{ id: number; path: string; name: string }>(tx, sql`SELECT id, path::text AS path, name FROM orgs WHERE name = ${name}`))!;
}

async function unitNotices(tx: Queryable, name: string): Promise<Notice[]> {
  const o = await commune(tx, name);
  const org = { id: o.id, path: o.path };
  const out: Notice[] = [];
  const ob = await one<{ id: number; title: string; deadline: string }>(tx, sql`SELECT k.id, k.title, ob.deadline::text AS deadline
    FROM obligations ob JOIN campaigns k ON k.id = ob.campaign_id WHERE ob.org_id = ${o.id} AND k.status = 'active' ORDER BY k.deadline DESC, ob.id LIMIT 1`);
  if (ob) out.push({ kind: 'campaign_reminder', link: `/campaigns/${ob.id}`, org, toUnitStaff: { orgIds: [o.id], action: 'campaign.read' },
    params: { campaign: ob.title, unit: o.name, deadline: vnDate(ob.deadline), from: DISTRICT_OFFICE, message: 'Đề nghị đơn vị khẩn trương xây dựng kế hoạch và tổ chức hội nghị học tập.' } });
  const task = await one<{ title: string; program: string; deadline: string }>(tx, sql`SELECT t.title, p.title AS program, t.deadline::text AS deadline
    FROM program_tasks t JOIN programs p ON p.id = t.program_id WHERE t.responsible_org_id = ${o.id} AND p.org_id <> ${o.id} ORDER BY (t.status <> 'done') DESC, t.deadline DESC, t.id LIMIT 1`);
  if (task) out.push({ kind: 'task_assigned', link: '/tasks', org, toUnitStaff: { orgIds: [o.id], action: 'program.read' },
    params: { task: task.title, program: task.program, unit: o.name, deadline: vnDate(task.deadline), from: DISTRICT_OFFICE } });
  const period = await one<{ id: number; label: string; due: string; program: string }>(tx, sql`SELECT rp.id, rp.label, rp.due_on::text AS due, p.title AS program
    FROM report_periods rp JOIN programs p ON p.id = rp.program_id WHERE p.org_id = ${o.id} AND rp.ends_on >= CURRENT_DATE ORDER BY rp.ends_on, rp.id LIMIT 1`);
  if (period) out.push({ kind: 'report_reminder', link: `/report-periods/${period.id}`, org, toUnitStaff: { orgIds: [o.id], action: 'program.read' },
    params: { program: period.program, period: period.label, unit: o.name, deadline: vnDate(period.due), from: DISTRICT_OFFICE, message: null } });
  return out;
}

/** The member's invitation to their next conference (its time follows the demo clock: clock.ts), and an answered question. */
async function memberNotices(tx: Queryable, username: string): Promise<Notice[]> {
  const out: Notice[] = [];
  const inv = await one<{ id: number; title: string; startsAt: string; place: string; orgId: number; path: string; personId: number }>(tx, sql`
    SELECT c.id, c.title, c.starts_at AS "startsAt", coalesce(bp.name, c.hall, o.name) AS place, o.id AS "orgId", o.path::text AS path, a.person_id AS "personId"
    FROM accounts a JOIN invitations i ON i.person_id = a.person_id JOIN conferences c ON c.id = i.conference_id JOIN orgs o ON o.id = c.org_id
    LEFT JOIN bridge_points bp ON bp.id = i.bridge_point_id
    WHERE a.username = ${username} AND c.starts_at > now() ORDER BY c.starts_at, c.id LIMIT 1`);
  if (inv) out.push({ kind: 'invitation', link: `/me/conferences/${inv.id}`, org: { id: inv.orgId, path: inv.path }, toPeople: [inv.personId],
    params: { conference: inv.title, when: vnTime(inv.startsAt), place: inv.place } });
  return [...out, ...await answered(tx, username)];
}

async function answered(tx: Queryable, username: string): Promise<Notice[]> {
  const q = await one<{ conferenceId: number; title: string; text: string; orgId: number; path: string; personId: number }>(tx, sql`
    SELECT c.id AS "conferenceId", c.title, q.text, o.id AS "orgId", o.path::text AS path, a.person_id AS "personId"
    FROM accounts a JOIN questions q ON q.person_id = a.person_id JOIN conferences c ON c.id = q.conference_id JOIN orgs o ON o.id = c.org_id
    WHERE a.username = ${username} AND q.answer IS NOT NULL ORDER BY q.id LIMIT 1`);
  if (!q) return [];
  return [{ kind: 'question_answered', link: `/me/conferences/${q.conferenceId}`, org: { id: q.orgId, path: q.path }, toPeople: [q.personId],
    params: { question: q.text.length > 120 ? `${q.text.slice(0, 119)}…` : q.text, conference: q.title } }];
}

export async function insertNotifications(tx: Queryable) {
  const notices = [
    ...await unitNotices(tx, 'Đảng ủy xã Dân Lực'), ...await unitNotices(tx, 'Đảng ủy xã Hợp Thành'),
    ...await memberNotices(tx, 'dangvien.danluc'), ...await memberNotices(tx, 'dangvien.hopthanh'),
  ];
  // Spread over the last days, oldest first; the oldest one is already read.
  for (const [i, n] of notices.entries()) {
    await notify(tx, [n]);
    await tx.execute(sql`UPDATE notifications SET created_at = now() - make_interval(hours => ${(notices.length - i) * 7})
      WHERE kind = ${n.kind} AND link = ${n.link} AND org_id = ${n.org.id}`);
  }
  await tx.execute(sql`UPDATE notifications SET read_at = created_at + interval '1 hour' WHERE kind = 'task_assigned'`);
}
