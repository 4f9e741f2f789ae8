import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, notFound } from '../../core/errors.js';
import { t } from '../../core/i18n.js';
import { can, inScope, type Actor } from '../../core/policy.js';
import { unitLabel } from '../../core/units.js';
import { assertRunning, assertScanTime, findBridgePoint, findConference, iso, lateMinutes, scanningPoint, visibleConference, type ConferenceRow } from './access.js';
import { parseHallCode, verifyHallCode, verifyPersonCode } from './codes.js';
import { personKey } from './keys.js';
import { publish } from './live.js';

/** How a presence was recorded (migration 010): the member's phone with the hall QR, a personal code (phone or printed
 * card) scanned by staff, the name chosen by staff, the secretary's roll call, a radio conference's listening record. */
export const METHODS = ['hall_qr', 'card', 'manual', 'roll_call', 'listening'] as const;
export type Method = (typeof METHODS)[number];
export interface PersonInfo { id: number; fullName: string; orgName: string; orgPath: string }
export interface Outcome {
  result: 'recorded' | 'duplicate';
  person: { id: number; fullName: string; orgName: string };
  lateMinutes: number;
  extra: boolean;
  checkedAt: string;
  bridgePointId: number | null;
}

export function findPerson(q: Queryable, id: number) {
  return one<PersonInfo>(q, sql`SELECT p.id, p.full_name AS "fullName", ${unitLabel('o')} AS "orgName", o.path::text AS "orgPath"
    FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${id}`);
}

/** A stored attendance record as the scanner is told about it. */
export type AttendanceRow = { bridgePointId: number | null; checkedAt: Date | string; lateMinutes: number; extra: boolean };

export const outcomeOf = (recorded: boolean, person: Pick<PersonInfo, 'id' | 'fullName' | 'orgName'>, row: AttendanceRow): Outcome => ({
  result: recorded ? 'recorded' : 'duplicate',
  person: { id: person.id, fullName: person.fullName, orgName: person.orgName },
  lateMinutes: row.lateMinutes, extra: row.extra, checkedAt: iso(row.checkedAt), bridgePointId: row.bridgePointId,
});

const codeInvalid = () => new AppError(400, 'code_invalid', {}, { code: 'code_invalid' });

/** Who is checking in: a genuine personal code, or a person chosen by staff (invited, or of the staff's subtree). */
async function resolvePerson(q: Queryable, key: Buffer, actor: Actor, c: ConferenceRow, target: { code?: string; personId?: number }) {
  if (target.code) {
    const id = verifyPersonCode(key, target.code);
    const person = id ? await findPerson(q, id) : undefined;
    if (!person) throw codeInvalid();
    return { person, method: 'card' as Method };
  }
  if (target.personId) {
    const person = await findPerson(q, target.personId);
    if (!person) throw notFound('person');
    // Someone from another unit is chosen only where the actor sees them: invited at a point of the actor's
    // subtree (or anywhere, for the organizers). Otherwise their name must not come back.
    if (!can(actor, 'attendance.record', person.orgPath)) {
      const inv = await one(q, sql`SELECT 1 AS x FROM invitations i LEFT JOIN bridge_points b ON b.id = i.bridge_point_id
        LEFT JOIN orgs bo ON bo.id = b.org_id
        WHERE i.conference_id = ${c.id} AND i.person_id = ${person.id}
          AND ${can(actor, 'attendance.record', c.orgPath) ? sql`true` : inScope(actor, 'attendance.record', sql`bo.path`)}`);
      if (!inv) throw notFound('person');
    }
    return { person, method: 'manual' as Method };
  }
  throw badRequest({ code: 'code_or_person' }, 'code_or_person');
}

/**
 * The one write of a check-in. The unique (conference, person) key settles races: the first insert wins,
 * any later or concurrent one reads the first record back as a duplicate.
 */
export async function insertAttendance(q: Queryable, c: ConferenceRow, a: {
  person: PersonInfo; bridgePointId: number | null; checkedAt: Date; method: Method; recordedBy: number | null; lateMinutes?: number;
}): Promise<Outcome> {
  const late = a.lateMinutes ?? lateMinutes(c, a.checkedAt);
  const inserted = await one<AttendanceRow>(q, sql`INSERT INTO attendance (conference_id, person_id, bridge_point_id, checked_at, late_minutes, method, extra, recorded_by)
    VALUES (${c.id}, ${a.person.id},
      COALESCE(${a.bridgePointId}::int, (SELECT bridge_point_id FROM invitations WHERE conference_id = ${c.id} AND person_id = ${a.person.id})),
      ${a.checkedAt.toISOString()}::timestamptz, ${late}, ${a.method},
      NOT EXISTS (SELECT 1 FROM invitations WHERE conference_id = ${c.id} AND person_id = ${a.person.id}), ${a.recordedBy})
    ON CONFLICT (conference_id, person_id) DO NOTHING
    RETURNING bridge_point_id AS "bridgePointId", checked_at AS "checkedAt", late_minutes AS "lateMinutes", extra`);
  const row = inserted ?? (await one<AttendanceRow>(q, sql`SELECT bridge_point_id AS "bridgePointId", checked_at AS "checkedAt",
      late_minutes AS "lateMinutes", extra FROM attendance WHERE conference_id = ${c.id} AND person_id = ${a.person.id}`))!;
  return outcomeOf(!!inserted, a.person, row);
}

export interface ScanInput { bridgePointId: number; code?: string; personId?: number; scannedAt?: string; clientId?: string }

/**
 * Staff scan (live, or a single delayed one carrying its scannedAt), one by one with every check in order. No
 * audit row: this is the hot path. Bursts reach it through scan-queue.ts, which replays here what it cannot pass.
 */
export async function checkin(db: Db, actor: Actor, conferenceId: number, input: ScanInput, now = Date.now()) {
  const key = await personKey(db);
  // The only write is one INSERT statement (atomic by itself): no explicit transaction on the hot path.
  const c = await visibleConference(db, actor, conferenceId);
  await scanningPoint(db, actor, c, input.bridgePointId);
  let at = new Date(now);
  if (input.scannedAt) {
    at = new Date(input.scannedAt);
    assertScanTime(c, at, now);
  } else assertRunning(c, now);
  const { person, method } = await resolvePerson(db, key, actor, c, input);
  const out = await insertAttendance(db, c, { person, bridgePointId: input.bridgePointId, checkedAt: at, method, recordedBy: actor.accountId });
  if (out.result === 'recorded') publish(db, conferenceId, out.bridgePointId);
  return out;
}

export interface BatchInput { bridgePointId: number; items: { code?: string; personId?: number; scannedAt: string; clientId: string }[] }

/** Offline sync: one transaction, per-item results; re-sending a batch answers 'duplicate' for each item. */
export async function checkinBatch(db: Db, actor: Actor, conferenceId: number, input: BatchInput) {
  const key = await personKey(db);
  const now = Date.now();
  const recorded = new Set<number | null>();
  const results = await db.transaction(async (tx) => {
    const c = await visibleConference(tx, actor, conferenceId);
    await scanningPoint(tx, actor, c, input.bridgePointId);
    const out: { clientId: string; result: 'recorded' | 'duplicate' | 'refused'; reason?: string; code?: string; personId?: number }[] = [];
    for (const item of input.items) {
      try {
        const at = new Date(item.scannedAt);
        assertScanTime(c, at, now);
        const { person, method } = await resolvePerson(tx, key, actor, c, item);
        const r = await insertAttendance(tx, c, { person, bridgePointId: input.bridgePointId, checkedAt: at, method, recordedBy: actor.accountId });
        if (r.result === 'recorded') recorded.add(r.bridgePointId);
        out.push({ clientId: item.clientId, result: r.result, personId: person.id });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        out.push({ clientId: item.clientId, result: 'refused', code: e.code, reason: t(actor.lang, e.code, e.params) });
      }
    }
    return out;
  });
  for (const bp of recorded) publish(db, conferenceId, bp);
  return { results };
}

/** A member checks in with the hall's rotating code, as their own person. */
export async function checkinSelf(db: Db, actor: Actor, input: { code: string; conferenceId?: number }) {
  if (!actor.personId) throw new AppError(409, 'no_linked_person');
  const personId = actor.personId;
  const parts = parseHallCode(input.code);
  if (!parts) throw codeInvalid();
  const now = Date.now();
  // Like staff scans: validation reads, then the one INSERT.
  const c = await findConference(db, parts.conferenceId);
  if (!c) throw codeInvalid();
  const verdict = verifyHallCode(c.hallSecret, parts, now);
  if (verdict === 'invalid') throw codeInvalid();
  if (input.conferenceId !== undefined && input.conferenceId !== c.id) {
    throw new AppError(409, 'code_other_conference', {}, { code: 'code_other_conference' });
  }
  if (verdict === 'expired') throw new AppError(400, 'code_expired', {}, { code: 'code_expired' });
  assertRunning(c, now);
  if (parts.bridgePointId !== null) {
    const bp = await findBridgePoint(db, parts.bridgePointId);
    if (!bp || bp.conferenceId !== c.id) throw codeInvalid();
  }
  const person = (await findPerson(db, personId))!;
  const out = await insertAttendance(db, c, { person, bridgePointId: parts.bridgePointId, checkedAt: new Date(now), method: 'hall_qr', recordedBy: actor.accountId });
  if (out.result === 'recorded') publish(db, parts.conferenceId, out.bridgePointId);
  return { ...out, conferenceId: parts.conferenceId };
}

