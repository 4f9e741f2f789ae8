import { audit } from '../../core/audit.js';
import { one, sql, type Db, type Queryable, type SQL } from '../../core/db/index.js';
import { badRequest, forbidden, notFound, type FieldMessage } from '../../core/errors.js';
import { assertAnywhere, assertCan, can, inScope, rootsFor, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import * as q from './queries.js';
import { FLAGS, type EvaluationInput, type Flag } from './schemas.js';
import { personSummaries, personSummary, unitSummaries } from './summary.js';
import './messages.js';
import './policy.js';

/**
 * Composition rule: every invitee of a unit is a required attendee, so a unit is suggested "incomplete"
 * as soon as this many of its invitees are absent without an excuse (excused absences do not count).
 */
export const INCOMPLETE_THRESHOLD = 1;

const readScope = (actor: Actor) => (col: SQL) => inScope(actor, 'evaluation.read', col);

/** A conference the actor's subtree organizes, hosts a bridge point of, or has invitees in (evaluation roles); otherwise 404. */
async function visibleConference(db: Queryable, actor: Actor, id: number, lock = false) {
  const c = await q.findConference(db, id, lock);
  if (!c) throw notFound('conference');
  if (can(actor, 'evaluation.read', c.orgPath)) return c;
  if ((await q.bridgePointPaths(db, id)).some((p) => can(actor, 'evaluation.read', p))) return c;
  // A cell secretary: people of the cell are invited (what they read is limited to their subtree by readScope).
  if (await one(db, sql`SELECT 1 AS x FROM orgs u JOIN people p ON p.org_id = u.id
    JOIN invitations i ON i.conference_id = ${id} AND i.person_id = p.id
    WHERE ${inScope(actor, 'evaluation.read', sql`u.path`)} LIMIT 1`)) return c;
  throw notFound('conference');
}

/** Computed, never typed: late arrivals and unexcused absences per answerable unit and per person. */
export async function suggestions(db: Db, actor: Actor, id: number) {
  const c = await visibleConference(db, actor, id);
  const [units, people] = await Promise.all([q.unitCounts(db, id, readScope(actor)), q.notablePeople(db, id, readScope(actor))]);
  return {
    conferenceId: id,
    ended: c.ended,
    incompleteThreshold: INCOMPLETE_THRESHOLD,
    units: units.map((u) => ({
      ...u,
      suggestedFlags: FLAGS.filter((f) => (f === 'late' && u.late > 0) || (f === 'incomplete_composition' && u.absentUnexcused >= INCOMPLETE_THRESHOLD)),
    })),
    people: people.map((p) => ({ ...p, suggestedFlags: p.lateMinutes > 0 ? (['late'] as Flag[]) : [] })),
  };
}

export async function list(db: Db, actor: Actor, id: number) {
  await visibleConference(db, actor, id);
  return q.listEvaluations(db, id, readScope(actor));
}

const normalize = (flags: readonly string[]) => FLAGS.filter((f) => flags.includes(f));
const sameFlags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((f, i) => f === b[i]);

/** Checks the whole list before writing anything: one problem → 400 with the item's field, nothing saved. */
async function validate(db: Queryable, conferenceId: number, items: EvaluationInput[]) {
  const fields: Record<string, FieldMessage> = {};
  const seen = new Set<string>();
  items.forEach((it, i) => {
    const key = it.orgId !== undefined ? `o${it.orgId}` : `p${it.personId}`;
    if (seen.has(key)) fields[String(i)] = 'evaluation_duplicate';
    seen.add(key);
    if (it.personId !== undefined && it.flags.includes('incomplete_composition')) fields[`${i}.flags`] = 'evaluation_flag_unit_only';
  });
  const orgIds = items.flatMap((it) => (it.orgId !== undefined ? [it.orgId] : []));
  const personIds = items.flatMap((it) => (it.personId !== undefined ? [it.personId] : []));
  const [orgs, people] = await Promise.all([q.relatedOrgs(db, conferenceId, orgIds), q.relatedPeople(db, conferenceId, personIds)]);
  const orgPath = new Map(orgs.map((o) => [o.id, o.path]));
  const personPath = new Map(people.map((p) => [p.id, p.path]));
  items.forEach((it, i) => {
    if (it.orgId !== undefined && !orgPath.has(it.orgId)) fields[`${i}.orgId`] = { key: 'evaluation_org_unrelated', params: { id: it.orgId } };
    if (it.personId !== undefined && !personPath.has(it.personId)) fields[`${i}.personId`] = { key: 'evaluation_person_unrelated', params: { id: it.personId } };
  });
  if (Object.keys(fields).length) throw badRequest(fields);
  return (it: EvaluationInput) => (it.orgId !== undefined ? orgPath.get(it.orgId)! : personPath.get(it.personId!)!);
}

/**
 * Upserts evaluations by target; an item with no flag and no comment removes the target's evaluation.
 * Unchanged items are neither written nor audited, so saving the same list twice changes nothing.
 */
export async function save(db: Db, actor: Actor, id: number, items: EvaluationInput[]) {
  assertAnywhere(actor, 'evaluation.write');
  return db.transaction(async (tx) => {
    const c = await visibleConference(tx, actor, id, true); // lock: saves of one conference queue up
    assertCan(actor, 'evaluation.write', c.orgPath);
    const pathOf = await validate(tx, id, items);
    const n = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
    for (const it of items) {
      const flags = normalize(it.flags);
      const comment = it.comment?.trim() || null;
      const target = { orgId: it.orgId ?? null, personId: it.personId ?? null };
      const before = await q.findEvaluation(tx, id, it);
      const entry = { action: '', entity: 'evaluation', orgPath: pathOf(it) };
      if (!flags.length && !comment) {
        if (!before) { n.unchanged++; continue; }
        await tx.execute(sql`DELETE FROM evaluations WHERE id = ${before.id}`);
        await audit(tx, actor, { ...entry, action: 'delete', entityId: before.id, before: { conferenceId: id, ...target, ...before } });
        n.deleted++;
      } else if (!before) {
        const row = (await one<{ id: number }>(tx, sql`INSERT INTO evaluations (conference_id, org_id, person_id, year, flags, comment, created_by)
          VALUES (${id}, ${target.orgId}, ${target.personId}, ${c.year}, ${`{${flags.join(',')}}`}::text[], ${comment}, ${actor.accountId}) RETURNING id`))!;
        await audit(tx, actor, { ...entry, action: 'create', entityId: row.id, after: { conferenceId: id, ...target, year: c.year, flags, comment } });
        n.created++;
      } else if (sameFlags(before.flags, flags) && before.comment === comment && before.year === c.year) {
        n.unchanged++;
      } else {
        await tx.execute(sql`UPDATE evaluations SET flags = ${`{${flags.join(',')}}`}::text[], comment = ${comment}, year = ${c.year},
          updated_at = now() WHERE id = ${before.id}`);
        await audit(tx, actor, { ...entry, action: 'update', entityId: before.id, before: { conferenceId: id, ...target, ...before }, after: { conferenceId: id, ...target, year: c.year, flags, comment } });
        n.updated++;
      }
    }
    return { ...n, items: await q.listEvaluations(tx, id, readScope(actor)) };
  });
}

const currentYear = () => Number(todayVn().slice(0, 4));

/** One person's year: staff reading the person's home unit, or the person themself; otherwise 404. */
export async function personYear(db: Db, actor: Actor, personId: number, year = currentYear()) {
  const p = await one<{ path: string }>(db, sql`SELECT u.path::text AS path FROM people p JOIN orgs u ON u.id = p.org_id WHERE p.id = ${personId}`);
  if (!p || !(actor.personId === personId || can(actor, 'evaluation.read', p.path))) throw notFound('person');
  return { year, units: [] as never[], people: await personSummary(db, year, personId) };
}

/** The annual review: units and people evaluated in the year within orgId's subtree (default: all the caller reads). */
export async function annual(db: Db, actor: Actor, f: { year?: number; orgId?: number; personId?: number }) {
  const year = f.year ?? currentYear();
  if (f.personId !== undefined) return personYear(db, actor, f.personId, year);
  if (!rootsFor(actor, 'evaluation.read').length) throw forbidden();
  let under: SQL = sql`true`;
  if (f.orgId !== undefined) {
    const org = await one<{ path: string }>(db, sql`SELECT path::text AS path FROM orgs WHERE id = ${f.orgId}`);
    if (!org || !can(actor, 'evaluation.read', org.path)) throw notFound('org');
    under = sql`${org.path}::ltree`;
  }
  const within = (col: SQL) => sql`${inScope(actor, 'evaluation.read', col)} AND ${f.orgId !== undefined ? sql`${col} <@ ${under}` : sql`true`}`;
  const [units, people] = await Promise.all([unitSummaries(db, year, within(sql`o.path`)), personSummaries(db, year, within(sql`u.path`))]);
  return { year, units, people };
}
