import { audit } from '../../core/audit.js';
import { likeContains, one, rows, sql, type Db, type Queryable, type SQL } from '../../core/db/index.js';
import { limitOffset, toPage } from '../../core/pagination.js';
import { unitLabel } from '../../core/units.js';
import { fold } from '../../core/vn.js';
import { AppError, badRequest, forbidden } from '../../core/errors.js';
import { assertAnywhere, can, inScopeAny, type Actor } from '../../core/policy.js';
import { OPEN_BEFORE_MS, iso, visibleConference, type ConferenceRow, type Visible } from './access.js';
import { findPerson, insertAttendance } from './checkin.js';
import { publish } from './live.js';

/** Invitees and extras of one conference, with attendance and absence (i = invitation, a = attendance, b/bo = bridge point). */
export const roster = (conferenceId: number) => sql`(SELECT person_id, bridge_point_id FROM invitations WHERE conference_id = ${conferenceId}) i
  FULL JOIN (SELECT * FROM attendance WHERE conference_id = ${conferenceId}) a ON a.person_id = i.person_id
  JOIN people p ON p.id = COALESCE(i.person_id, a.person_id)
  JOIN orgs u ON u.id = p.org_id
  LEFT JOIN bridge_points b ON b.id = COALESCE(i.bridge_point_id, a.bridge_point_id)
  LEFT JOIN orgs bo ON bo.id = b.org_id
  LEFT JOIN absences ab ON ab.conference_id = ${conferenceId} AND ab.person_id = p.id`;

interface RollRow {
  personId: number; fullName: string; orgName: string; bridgePointId: number | null; bridgePointName: string | null;
  invited: boolean; attended: boolean; checkedAt: Date | null; lateMinutes: number | null; method: string | null; extra: boolean;
  excused: boolean | null; reason: string | null; total: number;
}

const withAbsence = <T extends { excused: boolean | null; reason: string | null; checkedAt?: Date | null }>({ excused, reason, ...r }: T) => ({
  ...r,
  ...('checkedAt' in r ? { checkedAt: r.checkedAt ? iso(r.checkedAt) : null } : {}),
  absence: excused === null ? null : { excused, reason },
});

export const ROLL_STATUSES = ['present', 'absent_excused', 'absent_unexcused', 'not_marked'] as const;
export type RollStatus = (typeof ROLL_STATUSES)[number];

/** Present, absent with or without a reason, or not marked yet: nobody is excused unless someone said so. */
const statusSql = sql`CASE WHEN a.id IS NOT NULL THEN 'present' WHEN ab.excused THEN 'absent_excused'
  WHEN ab.excused IS NOT NULL THEN 'absent_unexcused' ELSE 'not_marked' END`;

export interface RollFilter { bridgePointId?: number; orgId?: number; status?: RollStatus; q?: string; page: number; pageSize: number }

/** Rows the actor sees (c.rowFilter) that match the page's filters (bridge point, unit/cell subtree). */
function rollConds(c: Visible, f: Pick<RollFilter, 'bridgePointId' | 'orgId'>): SQL[] {
  const conds: SQL[] = [c.rowFilter(sql`bo.path`, sql`u.path`)];
  if (f.bridgePointId) conds.push(sql`b.id = ${f.bridgePointId}`);
  if (f.orgId) conds.push(sql`u.path <@ (SELECT path FROM orgs WHERE id = ${f.orgId})`);
  return conds;
}

/** One page of the roll call, with the counts per status over every row of the filter (not only the page). */
export async function rollCall(db: Db, actor: Actor, id: number, f: RollFilter) {
  const c = await visibleConference(db, actor, id);
  const conds = rollConds(c, f);
  const words = fold(f.q ?? '').trim().split(/\s+/).filter(Boolean);
  const match = words.map((w) => sql` AND p.name_folded LIKE ${likeContains(w)}`);
  const where = sql.join(conds, sql` AND `);
  // The cells (home units) the filter can narrow to: every unit with someone the actor sees, whatever orgId says.
  const unitWhere = sql.join(rollConds(c, { bridgePointId: f.bridgePointId }), sql` AND `);
  const [list, counts, units] = await Promise.all([
    rows<RollRow>(db, sql`SELECT p.id AS "personId", p.full_name AS "fullName", ${unitLabel('u')} AS "orgName",
        b.id AS "bridgePointId", b.name AS "bridgePointName", (i.person_id IS NOT NULL) AS invited, (a.id IS NOT NULL) AS attended,
        a.checked_at AS "checkedAt", a.late_minutes AS "lateMinutes", a.method, COALESCE(a.extra, false) AS extra, ab.excused, ab.reason,
        count(*) OVER () AS total
      FROM ${roster(id)} WHERE ${where} ${f.status ? sql`AND ${statusSql} = ${f.status}` : sql``} ${sql.join(match, sql``)}
      ORDER BY p.sort_key, p.id ${limitOffset(f)}`),
    one<Record<RollStatus, number>>(db, sql`SELECT (count(*) FILTER (WHERE s = 'present'))::int AS present,
        (count(*) FILTER (WHERE s = 'absent_excused'))::int AS absent_excused, (count(*) FILTER (WHERE s = 'absent_unexcused'))::int AS absent_unexcused,
        (count(*) FILTER (WHERE s = 'not_marked'))::int AS not_marked
      FROM (SELECT ${statusSql} AS s FROM ${roster(id)} WHERE ${where}) x`),
    rows<{ orgId: number; orgName: string; people: number }>(db, sql`SELECT x.id AS "orgId", ${unitLabel('x')} AS "orgName", x.n AS people
      FROM (SELECT u.id, u.name, u.kind, u.path, count(*)::int AS n FROM ${roster(id)} WHERE ${unitWhere} GROUP BY u.id) x
      ORDER BY x.path LIMIT 2000`),
  ]);
  const page = toPage(list.map(({ total, ...r }) => ({ ...withAbsence(r), status: statusOf(r), total })), f);
  return { ...page, counts: counts!, units };
}

const statusOf = (r: { attended: boolean; excused: boolean | null }): RollStatus =>
  r.attended ? 'present' : r.excused === null ? 'not_marked' : r.excused ? 'absent_excused' : 'absent_unexcused';

/**
 * Roll-call and absences are kept by whoever records attendance at the organizer, at the invitee's bridge point, or
 * over the invitee's home unit (a cell secretary for the cell's members).
 */
async function markable(q: Queryable, actor: Actor, c: ConferenceRow, personId: number, field: string) {
  const row = await one<{ invited: boolean; attended: boolean; bpPath: string | null; homePath: string }>(q, sql`SELECT
      (i.person_id IS NOT NULL) AS invited, (a.id IS NOT NULL) AS attended, bo.path::text AS "bpPath", u.path::text AS "homePath"
    FROM ${roster(c.id)} WHERE p.id = ${personId}`);
  if (!row) throw badRequest({ [field]: 'not_invited' }, 'not_invited');
  const may = can(actor, 'attendance.record', c.orgPath) || can(actor, 'attendance.record', row.homePath)
    || (row.bpPath !== null && can(actor, 'attendance.record', row.bpPath));
  if (!may) throw forbidden();
  return { invited: row.invited, attended: row.attended };
}

async function setAbsence(q: Queryable, actor: Actor, c: ConferenceRow, personId: number, excused: boolean, reason: string | null) {
  await q.execute(sql`INSERT INTO absences (conference_id, person_id, excused, reason, recorded_by)
    VALUES (${c.id}, ${personId}, ${excused}, ${reason}, ${actor.accountId})
    ON CONFLICT (conference_id, person_id) DO UPDATE SET excused = EXCLUDED.excused, reason = EXCLUDED.reason,
      recorded_by = EXCLUDED.recorded_by, recorded_at = now()`);
}

export interface Mark { personId: number; present: boolean; excused?: boolean; reason?: string }

/** Corrections by the secretary: present creates the record (no lateness known), absent removes it. Audited. */
export async function saveRollCall(db: Db, actor: Actor, id: number, marks: Mark[]) {
  const now = Date.now();
  const touched = new Set<number | null>();
  const res = await db.transaction(async (tx) => {
    const c = await visibleConference(tx, actor, id);
    if (now < c.startsAt.getTime() - OPEN_BEFORE_MS && marks.some((m) => m.present)) throw new AppError(409, 'conference_not_started');
    let present = 0;
    let absent = 0;
    for (const [i, m] of marks.entries()) {
      const state = await markable(tx, actor, c, m.personId, `marks.${i}.personId`);
      if (m.present) {
        const person = (await findPerson(tx, m.personId))!;
        const at = new Date(Math.min(Math.max(now, c.startsAt.getTime()), c.endsAt.getTime()));
        const r = await insertAttendance(tx, c, { person, bridgePointId: null, checkedAt: at, method: 'roll_call', recordedBy: actor.accountId, lateMinutes: 0 });
        const gone = await rows(tx, sql`DELETE FROM absences WHERE conference_id = ${id} AND person_id = ${m.personId} RETURNING excused, reason`);
        if (r.result === 'recorded' || gone.length) {
          await audit(tx, actor, { action: 'roll_call', entity: 'attendance', entityId: `${id}:${m.personId}`, orgPath: c.orgPath,
            before: { attended: state.attended, absence: gone[0] ?? null }, after: { attended: true, method: r.result === 'recorded' ? 'roll_call' : undefined } });
        }
        if (r.result === 'recorded') touched.add(r.bridgePointId);
        present++;
      } else {
        const removed = await rows(tx, sql`DELETE FROM attendance WHERE conference_id = ${id} AND person_id = ${m.personId}
          RETURNING checked_at AS "checkedAt", method, bridge_point_id AS "bridgePointId", late_minutes AS "lateMinutes"`);
        await setAbsence(tx, actor, c, m.personId, m.excused ?? false, m.reason ?? null);
        await audit(tx, actor, { action: 'roll_call', entity: 'attendance', entityId: `${id}:${m.personId}`, orgPath: c.orgPath,
          before: { attended: state.attended, record: removed[0] ?? null }, after: { attended: false, excused: m.excused ?? false, reason: m.reason ?? null } });
        if (removed.length) touched.add((removed[0] as { bridgePointId: number | null }).bridgePointId);
        absent++;
      }
    }
    return { present, absent };
  });
  for (const bp of touched) publish(db, id, bp);
  return res;
}

/**
 * "Mark everyone else absent": every invitee of the filter whom the actor may mark, not present and not marked yet,
 * gets an unexcused absence. An explicit action (the UI confirms it first), after the start, audited in one entry.
 */
export async function markRestAbsent(db: Db, actor: Actor, id: number, f: Pick<RollFilter, 'bridgePointId' | 'orgId'>) {
  return db.transaction(async (tx) => {
    const c = await visibleConference(tx, actor, id);
    if (Date.now() < c.startsAt.getTime()) throw new AppError(409, 'roll_call_not_started');
    const mayMark = can(actor, 'attendance.record', c.orgPath) ? sql`true` : inScopeAny(actor, 'attendance.record', [sql`bo.path`, sql`u.path`]);
    assertAnywhere(actor, 'attendance.record');
    const marked = await rows<{ personId: number }>(tx, sql`INSERT INTO absences (conference_id, person_id, excused, reason, recorded_by)
      SELECT ${id}, p.id, false, NULL, ${actor.accountId} FROM ${roster(id)}
      WHERE i.person_id IS NOT NULL AND a.id IS NULL AND ab.person_id IS NULL AND ${mayMark} AND ${sql.join(rollConds(c, f), sql` AND `)}
      ON CONFLICT (conference_id, person_id) DO NOTHING
      RETURNING person_id AS "personId"`);
    const personIds = marked.map((r) => r.personId).sort((x, y) => x - y);
    if (personIds.length) {
      await audit(tx, actor, { action: 'roll_call_absent_rest', entity: 'attendance', entityId: id, orgPath: c.orgPath,
        after: { excused: false, bridgePointId: f.bridgePointId ?? null, orgId: f.orgId ?? null, count: personIds.length, personIds } });
    }
    return { absent: personIds.length };
  });
}

export async function recordAbsence(db: Db, actor: Actor, id: number, input: { personId: number; excused: boolean; reason?: string }) {
  return db.transaction(async (tx) => {
    const c = await visibleConference(tx, actor, id);
    const state = await markable(tx, actor, c, input.personId, 'personId');
    if (state.attended) throw new AppError(409, 'already_attended');
    const before = await one(tx, sql`SELECT excused, reason FROM absences WHERE conference_id = ${id} AND person_id = ${input.personId}`);
    await setAbsence(tx, actor, c, input.personId, input.excused, input.reason ?? null);
    const after = { excused: input.excused, reason: input.reason ?? null };
    await audit(tx, actor, { action: 'absence', entity: 'attendance', entityId: `${id}:${input.personId}`, orgPath: c.orgPath, before: before ?? null, after });
    return { personId: input.personId, ...after };
  });
}

/** Invitees who missed the conference and have not attended any of its make-up sessions. */
export async function makeupList(db: Db, actor: Actor, id: number) {
  const c = await visibleConference(db, actor, id);
  const list = await rows<{ personId: number; fullName: string; orgName: string; bridgePointId: number | null; bridgePointName: string | null; excused: boolean | null; reason: string | null }>(db,
    sql`SELECT p.id AS "personId", p.full_name AS "fullName", u.name AS "orgName", b.id AS "bridgePointId", b.name AS "bridgePointName", ab.excused, ab.reason
    FROM invitations i JOIN people p ON p.id = i.person_id JOIN orgs u ON u.id = p.org_id
    LEFT JOIN bridge_points b ON b.id = i.bridge_point_id LEFT JOIN orgs bo ON bo.id = b.org_id
    LEFT JOIN absences ab ON ab.conference_id = i.conference_id AND ab.person_id = i.person_id
    WHERE i.conference_id = ${id} AND ${c.rowFilter(sql`bo.path`, sql`u.path`)}
      AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = i.person_id
        AND (a.conference_id = ${id} OR a.conference_id IN (SELECT m.id FROM conferences m WHERE m.makeup_of = ${id})))
    ORDER BY p.sort_key, p.id`);
  return list.map(withAbsence);
}

/** The actor's own history: conferences they were invited to or attended. */
export async function myAttendance(db: Db, actor: Actor) {
  if (!actor.personId) return [];
  const pid = actor.personId;
  const list = await rows<{ conferenceId: number; title: string; startsAt: Date; checkedAt: Date | null; lateMinutes: number | null; method: string | null; excused: boolean | null; reason: string | null }>(db,
    sql`SELECT c.id AS "conferenceId", c.title, c.starts_at AS "startsAt", a.checked_at AS "checkedAt", a.late_minutes AS "lateMinutes",
      a.method, ab.excused, ab.reason
    FROM conferences c
    LEFT JOIN attendance a ON a.conference_id = c.id AND a.person_id = ${pid}
    LEFT JOIN absences ab ON ab.conference_id = c.id AND ab.person_id = ${pid}
    WHERE c.id IN (SELECT conference_id FROM invitations WHERE person_id = ${pid} UNION SELECT conference_id FROM attendance WHERE person_id = ${pid})
    ORDER BY c.starts_at DESC, c.id DESC`);
  return list.map((r) => ({ ...withAbsence(r), startsAt: iso(r.startsAt) }));
}

