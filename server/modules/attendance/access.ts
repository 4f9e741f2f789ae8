import { one, sql, type Queryable, type SQL } from '../../core/db/index.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { can, inScope, inScopeAny, type Actor } from '../../core/policy.js';
import './policy.js';
import './messages.js';

export interface ConferenceRow {
  id: number;
  campaignId: number;
  orgId: number;
  orgPath: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  makeupOf: number | null;
  hallSecret: string;
}

export interface BridgePointRow { id: number; conferenceId: number; orgId: number; orgPath: string; name: string }

/** Check-in opens this long before the start. */
export const OPEN_BEFORE_MS = 2 * 3600_000;
/** Clock skew tolerated for offline scan times. */
export const SKEW_MS = 2 * 60_000;

export const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
export const iso = (v: Date | string) => toDate(v).toISOString();

export async function findConference(q: Queryable, id: number): Promise<ConferenceRow | undefined> {
  const c = await one<ConferenceRow>(q, sql`SELECT c.id, c.campaign_id AS "campaignId", c.org_id AS "orgId", o.path::text AS "orgPath",
      c.title, c.starts_at AS "startsAt", c.ends_at AS "endsAt", c.makeup_of AS "makeupOf", c.hall_secret AS "hallSecret"
    FROM conferences c JOIN orgs o ON o.id = c.org_id WHERE c.id = ${id}`);
  return c && { ...c, startsAt: toDate(c.startsAt), endsAt: toDate(c.endsAt) };
}

export function findBridgePoint(q: Queryable, id: number) {
  return one<BridgePointRow>(q, sql`SELECT b.id, b.conference_id AS "conferenceId", b.org_id AS "orgId", o.path::text AS "orgPath", b.name
    FROM bridge_points b JOIN orgs o ON o.id = b.org_id WHERE b.id = ${id}`);
}

export interface Visible extends ConferenceRow {
  /** The actor sees the whole conference (organizer in scope, or above it); otherwise only its own part. */
  full: boolean;
  /** SQL condition on a bridge point org path column limiting rows for partial viewers. */
  bpFilter: (pathColumn: SQL) => SQL;
  /**
   * SQL condition on a person's row: for partial viewers, people at a bridge point of their subtree or living in
   * it (a cell secretary sees the cell's invitees wherever they attend). Names never cross to another unit.
   */
  rowFilter: (bpPath: SQL, homePath: SQL) => SQL;
}

/** Does anyone invited live in the actor's subtrees? Driven from the actor's people, so cheap on a huge conference. */
async function invitesFromScope(q: Queryable, actor: Actor, id: number) {
  const r = await one<{ x: number }>(q, sql`SELECT 1 AS x FROM orgs u JOIN people p ON p.org_id = u.id
    JOIN invitations i ON i.conference_id = ${id} AND i.person_id = p.id
    WHERE ${inScope(actor, 'attendance.read', sql`u.path`)} LIMIT 1`);
  return !!r;
}

/** Is a bridge point of the conference in the actor's subtrees? From the actor's units too: a national conference has 31,000 points. */
async function pointInScope(q: Queryable, actor: Actor, id: number) {
  const r = await one<{ x: number }>(q, sql`SELECT 1 AS x FROM orgs o JOIN bridge_points b ON b.org_id = o.id AND b.conference_id = ${id}
    WHERE ${inScope(actor, 'attendance.read', sql`o.path`)} LIMIT 1`);
  return !!r;
}

/**
 * A conference the actor's subtree organizes, hosts a bridge point of, or has invitees in; otherwise 404.
 * Organizers and those above them see everyone; the others see the people of their own subtree only.
 */
export async function visibleConference(q: Queryable, actor: Actor, id: number): Promise<Visible> {
  const c = await findConference(q, id);
  if (!c) throw notFound('conference');
  if (can(actor, 'attendance.read', c.orgPath)) return { ...c, full: true, bpFilter: () => sql`true`, rowFilter: () => sql`true` };
  if (!(await pointInScope(q, actor, id)) && !(await invitesFromScope(q, actor, id))) throw notFound('conference');
  return {
    ...c, full: false,
    bpFilter: (col) => inScope(actor, 'attendance.read', col),
    rowFilter: (bpPath, homePath) => inScopeAny(actor, 'attendance.read', [bpPath, homePath]),
  };
}

/** The scanning bridge point: must belong to the conference, and the actor must record attendance at its unit. */
export async function scanningPoint(q: Queryable, actor: Actor, c: ConferenceRow, bridgePointId: number) {
  const bp = await findBridgePoint(q, bridgePointId);
  if (!bp) throw notFound('bridge_point');
  if (bp.conferenceId !== c.id) throw new AppError(400, 'checkin_bridge_point_mismatch', {}, { bridgePointId: 'checkin_bridge_point_mismatch' });
  if (!can(actor, 'attendance.record', bp.orgPath)) throw forbidden();
  return bp;
}

type Window = Pick<ConferenceRow, 'startsAt' | 'endsAt'>;

/** Whole minutes after the start (0 when on time). */
export const lateMinutes = (c: Window, at: Date) => Math.max(0, Math.floor((at.getTime() - c.startsAt.getTime()) / 60_000));

/** Live scans: from 2 hours before the start until the end. */
export function assertRunning(c: Window, now: number) {
  if (now > c.endsAt.getTime()) throw new AppError(409, 'conference_ended');
  if (now < c.startsAt.getTime() - OPEN_BEFORE_MS) throw new AppError(409, 'conference_not_started');
}

/** Offline scans keep their own time, which must fall in the check-in window and not in the future. */
export function assertScanTime(c: Window, at: Date, now: number) {
  const t = at.getTime();
  if (Number.isNaN(t) || t < c.startsAt.getTime() - OPEN_BEFORE_MS || t > c.endsAt.getTime() || t > now + SKEW_MS) {
    throw new AppError(400, 'scanned_at_range', {}, { scannedAt: 'scanned_at_range' });
  }
}
