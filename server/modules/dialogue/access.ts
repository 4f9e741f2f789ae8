import { one, rows, sql, type Queryable } from '../../core/db/index.js';
import { AppError, notFound } from '../../core/errors.js';
import { can, inScope, type Actor } from '../../core/policy.js';
import './policy.js';
import './messages.js';

/** Questions and votes are open from the conference's creation until its end. */
export const ASK_AFTER_END_MS = 0;
/** Presenters may be rated from the start of the conference until 7 days after its end. */
export const RATING_DAYS_AFTER_END = 7;
const DAY = 86_400_000;

export interface ConferenceRow { id: number; orgPath: string; title: string; startsAt: Date; endsAt: Date }

/** What the actor is to one conference; at least one of the first three, or the conference is hidden (404). */
export interface Access {
  c: ConferenceRow;
  /** Staff of the organizer or of a bridge point unit: reads every question. */
  staff: boolean;
  /** Invited or checked in: asks, votes, rates. */
  participant: boolean;
  /** A presenter on the agenda: answers. */
  presenter: boolean;
  /** Organizer staff: answers any question, hides questions. */
  moderator: boolean;
}

const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

export async function findConference(q: Queryable, id: number): Promise<ConferenceRow | undefined> {
  const c = await one<ConferenceRow>(q, sql`SELECT c.id, o.path::text AS "orgPath", c.title, c.starts_at AS "startsAt", c.ends_at AS "endsAt"
    FROM conferences c JOIN orgs o ON o.id = c.org_id WHERE c.id = ${id}`);
  return c && { ...c, startsAt: toDate(c.startsAt), endsAt: toDate(c.endsAt) };
}

/** Facts about the actor's person at a conference, in one round trip. */
async function personFacts(q: Queryable, conferenceId: number, personId: number | null) {
  if (!personId) return { participant: false, presenter: false };
  const r = await one<{ participant: boolean; presenter: boolean }>(q, sql`SELECT
      EXISTS (SELECT 1 FROM invitations WHERE conference_id = ${conferenceId} AND person_id = ${personId})
        OR EXISTS (SELECT 1 FROM attendance WHERE conference_id = ${conferenceId} AND person_id = ${personId}) AS participant,
      EXISTS (SELECT 1 FROM agenda_items WHERE conference_id = ${conferenceId} AND presenter_person_id = ${personId}) AS presenter`);
  return r!;
}

/** The actor's standing at a conference it may see; strangers and other units' staff get 404. */
export async function access(q: Queryable, actor: Actor, conferenceId: number): Promise<Access> {
  const c = await findConference(q, conferenceId);
  if (!c) throw notFound('conference');
  let staff = can(actor, 'dialogue.read', c.orgPath);
  if (!staff) {
    const paths = await rows<{ path: string }>(q, sql`SELECT o.path::text AS path FROM bridge_points b JOIN orgs o ON o.id = b.org_id
      WHERE b.conference_id = ${conferenceId}`);
    staff = paths.some((p) => can(actor, 'dialogue.read', p.path));
  }
  // A cell secretary: the conference invites people of the cell, so its staff follow the dialogue too.
  if (!staff) {
    staff = !!(await one(q, sql`SELECT 1 AS x FROM orgs u JOIN people p ON p.org_id = u.id
      JOIN invitations i ON i.conference_id = ${conferenceId} AND i.person_id = p.id
      WHERE ${inScope(actor, 'dialogue.read', sql`u.path`)} LIMIT 1`));
  }
  const facts = await personFacts(q, conferenceId, actor.personId);
  if (!staff && !facts.participant && !facts.presenter) throw notFound('conference');
  return { c, staff, ...facts, moderator: can(actor, 'dialogue.moderate', c.orgPath) };
}

/** Asking, voting and rating are done by attendees as their own person. */
export function assertParticipant(actor: Actor, a: Access): number {
  // An account without a person is never a participant (personFacts), so this is its answer too.
  if (!a.participant || !actor.personId) throw new AppError(403, 'dialogue_not_participant');
  return actor.personId;
}

export function assertAskOpen(a: Access, now = Date.now()) {
  if (now > a.c.endsAt.getTime() + ASK_AFTER_END_MS) throw new AppError(409, 'question_closed');
}

export function ratingWindow(c: ConferenceRow, now = Date.now()) {
  const opensAt = c.startsAt;
  const closesAt = new Date(c.endsAt.getTime() + RATING_DAYS_AFTER_END * DAY);
  return { opensAt, closesAt, open: now >= opensAt.getTime() && now <= closesAt.getTime() };
}

export function assertRatingOpen(c: ConferenceRow, now = Date.now()) {
  const w = ratingWindow(c, now);
  if (now < w.opensAt.getTime()) throw new AppError(409, 'rating_not_open');
  if (now > w.closesAt.getTime()) throw new AppError(409, 'rating_closed', { days: RATING_DAYS_AFTER_END });
}

/** Person ids presenting on the conference's agenda. */
export async function presentersOf(q: Queryable, conferenceId: number) {
  return rows<{ id: number; fullName: string }>(q, sql`SELECT p.id, p.full_name AS "fullName" FROM people p
    WHERE p.id IN (SELECT a.presenter_person_id FROM agenda_items a WHERE a.conference_id = ${conferenceId})
    ORDER BY p.sort_key, p.id`);
}
