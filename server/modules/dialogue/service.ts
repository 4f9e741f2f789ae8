import { audit } from '../../core/audit.js';
import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, conflict, notFound } from '../../core/errors.js';
import { inScope, type Actor } from '../../core/policy.js';
import { access, assertAskOpen, assertParticipant, presentersOf, type Access } from './access.js';
import * as q from './queries.js';
import type { AskInput } from './schemas.js';
import { notify } from '../notifications/notify.js';

export async function list(db: Db, actor: Actor, conferenceId: number, sort: 'votes' | 'recent') {
  const a = await access(db, actor, conferenceId);
  // Hidden questions stay visible to the organizers (to unhide them), to their asker, and to the staff of the
  // asker's own unit; a hidden question (and who asked it) does not reach another commune's staff.
  const visible = a.moderator ? sql`true` : sql`(NOT q.hidden OR q.person_id IS NOT DISTINCT FROM ${actor.personId}::int OR (${a.staff} AND EXISTS (
    SELECT 1 FROM people hp JOIN orgs ho ON ho.id = hp.org_id WHERE hp.id = q.person_id AND ${inScope(actor, 'dialogue.read', sql`ho.path`)})))`;
  return q.questions(db, actor.personId, sql`q.conference_id = ${conferenceId} AND ${visible}`, sort === 'recent' ? q.byRecent : q.byVotes);
}

async function one_(db: Db, actor: Actor, id: number) {
  return (await q.questions(db, actor.personId, sql`q.id = ${id}`, q.byRecent))[0];
}

export async function ask(db: Db, actor: Actor, conferenceId: number, input: AskInput) {
  const id = await db.transaction(async (tx) => {
    const a = await access(tx, actor, conferenceId);
    const personId = assertParticipant(actor, a);
    assertAskOpen(a);
    const presenterId = input.presenterPersonId ?? null;
    if (presenterId !== null && !(await presentersOf(tx, conferenceId)).some((p) => p.id === presenterId)) {
      throw badRequest({ presenterPersonId: 'presenter_not_on_agenda' });
    }
    const row = (await one<{ id: number }>(tx, sql`INSERT INTO questions (conference_id, person_id, presenter_person_id, anonymous, text)
      VALUES (${conferenceId}, ${personId}, ${presenterId}, ${input.anonymous}, ${input.text}) RETURNING id`))!;
    // The audit row names the asker even for an anonymous question: anonymity is towards attendees only.
    await audit(tx, actor, {
      action: 'create', entity: 'question', entityId: row.id, orgPath: a.c.orgPath,
      after: { conferenceId, askerPersonId: personId, presenterPersonId: presenterId, anonymous: input.anonymous, text: input.text },
    });
    return row.id;
  });
  return one_(db, actor, id);
}

/** The question and the actor's standing at its conference; a hidden question is unknown to non-staff. */
async function questionAccess(db: Queryable, actor: Actor, id: number, lock = false): Promise<{ question: q.QuestionRow; a: Access }> {
  const question = await q.findQuestion(db, id, lock);
  if (!question) throw notFound('question');
  const a = await access(db, actor, question.conferenceId);
  if (question.hidden && !a.staff && question.personId !== actor.personId) throw notFound('question');
  return { question, a };
}

export async function vote(db: Db, actor: Actor, id: number, on: boolean) {
  return db.transaction(async (tx) => {
    const { question, a } = await questionAccess(tx, actor, id);
    const personId = assertParticipant(actor, a);
    if (question.personId === personId) throw conflict('vote_own_question');
    assertAskOpen(a);
    const changed = on
      ? await one(tx, sql`INSERT INTO question_votes (question_id, person_id) VALUES (${id}, ${personId})
          ON CONFLICT DO NOTHING RETURNING question_id`)
      : await one(tx, sql`DELETE FROM question_votes WHERE question_id = ${id} AND person_id = ${personId} RETURNING question_id`);
    // Voting twice is harmless (one vote per person); only a real change is logged.
    if (changed) {
      await audit(tx, actor, { action: on ? 'vote' : 'unvote', entity: 'question', entityId: id, orgPath: a.c.orgPath, after: { personId } });
    }
    return q.voteCount(tx, id, personId);
  });
}

/** The presenter asked (or, for an unaddressed question, any presenter on the agenda) or the organizers. */
function mayAnswer(actor: Actor, question: q.QuestionRow, a: Access) {
  if (a.moderator) return true;
  if (!actor.personId) return false;
  if (question.presenterPersonId !== null) return question.presenterPersonId === actor.personId;
  return a.presenter;
}

export async function answer(db: Db, actor: Actor, id: number, text: string) {
  await db.transaction(async (tx) => {
    const { question, a } = await questionAccess(tx, actor, id, true);
    if (!mayAnswer(actor, question, a)) throw new AppError(403, 'answer_not_allowed');
    await tx.execute(sql`UPDATE questions SET answer = ${text}, answered_by = ${actor.personId}, answered_at = now() WHERE id = ${id}`);
    await audit(tx, actor, {
      action: 'answer', entity: 'question', entityId: id, orgPath: a.c.orgPath,
      before: { answer: question.answer, answeredBy: question.answeredBy }, after: { answer: text, answeredBy: actor.personId },
    });
    // The asker hears of the first answer (a corrected answer is not news), on their own conference page.
    if (question.answer === null) {
      const org = (await one<{ id: number }>(tx, sql`SELECT org_id AS id FROM conferences WHERE id = ${question.conferenceId}`))!;
      const excerpt = question.text.length > 120 ? `${question.text.slice(0, 119)}…` : question.text;
      await notify(tx, [{ kind: 'question_answered', link: `/me/conferences/${question.conferenceId}`, org: { id: org.id, path: a.c.orgPath },
        params: { question: excerpt, conference: a.c.title }, toPeople: [question.personId], fromAccountId: actor.accountId }]);
    }
  });
  return one_(db, actor, id);
}

/** Moderation: the organizers hide an improper question from attendees (and may show it again). */
export async function hide(db: Db, actor: Actor, id: number, hidden: boolean) {
  await db.transaction(async (tx) => {
    const { question, a } = await questionAccess(tx, actor, id, true);
    if (!a.moderator) throw new AppError(403, 'forbidden');
    await tx.execute(sql`UPDATE questions SET hidden = ${hidden} WHERE id = ${id}`);
    await audit(tx, actor, { action: hidden ? 'hide' : 'unhide', entity: 'question', entityId: id, orgPath: a.c.orgPath,
      before: { hidden: question.hidden }, after: { hidden } });
  });
  return one_(db, actor, id);
}

export async function mine(db: Db, actor: Actor) {
  if (!actor.personId) return [];
  return q.questions(db, actor.personId, sql`q.person_id = ${actor.personId}`, q.byRecent);
}

/** Questions to the actor as presenter: addressed to them, or unaddressed on a conference where they present. */
export async function toPresenter(db: Db, actor: Actor, status: 'unanswered' | 'all') {
  if (!actor.personId) return [];
  const me = actor.personId;
  const where = sql`NOT q.hidden AND (q.presenter_person_id = ${me} OR (q.presenter_person_id IS NULL AND EXISTS (
      SELECT 1 FROM agenda_items ai WHERE ai.conference_id = q.conference_id AND ai.presenter_person_id = ${me})))
    ${status === 'unanswered' ? sql`AND q.answer IS NULL` : sql``}`;
  return q.questions(db, me, where, sql`c.starts_at DESC, COALESCE(counts.n, 0) DESC, q.id DESC`);
}
