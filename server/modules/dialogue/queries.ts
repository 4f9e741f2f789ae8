import { rows, sql, utc, type Queryable, type SQL } from '../../core/db/index.js';
import type { QuestionOut } from './schemas.js';


interface Row extends Omit<QuestionOut, 'askerName'> {
  askerName: string;
  conferenceTitle: string;
  conferenceStartsAt: string;
  conferenceEndsAt: string;
}

/**
 * Questions picked by `where` (over q = questions, c = conferences), with vote counts from one grouped
 * subquery over the same questions (no query per question). The asker's name leaves this function only
 * for a non-anonymous question or for the asker's own.
 */
export async function questions(db: Queryable, viewer: number | null, where: SQL, order: SQL, limit = 500) {
  const list = await rows<Row>(db, sql`
    WITH picked AS (SELECT q.id FROM questions q JOIN conferences c ON c.id = q.conference_id WHERE ${where}),
    counts AS (SELECT v.question_id, count(*)::int AS n FROM question_votes v JOIN picked ON picked.id = v.question_id GROUP BY v.question_id)
    SELECT q.id, q.conference_id AS "conferenceId", q.text, p.full_name AS "askerName", (q.person_id = ${viewer}) IS TRUE AS mine,
      q.anonymous, q.presenter_person_id AS "presenterPersonId", pp.full_name AS "presenterName",
      COALESCE(counts.n, 0) AS votes,
      EXISTS (SELECT 1 FROM question_votes mv WHERE mv.question_id = q.id AND mv.person_id = ${viewer}) AS "votedByMe",
      q.answer, ${utc(sql`q.answered_at`)} AS "answeredAt", q.hidden, ${utc(sql`q.created_at`)} AS "createdAt",
      c.title AS "conferenceTitle", ${utc(sql`c.starts_at`)} AS "conferenceStartsAt", ${utc(sql`c.ends_at`)} AS "conferenceEndsAt"
    FROM picked JOIN questions q ON q.id = picked.id JOIN conferences c ON c.id = q.conference_id
    JOIN people p ON p.id = q.person_id LEFT JOIN people pp ON pp.id = q.presenter_person_id
    LEFT JOIN counts ON counts.question_id = q.id
    ORDER BY ${order}
    LIMIT ${limit}`);
  return list.map((r) => ({ ...r, askerName: r.anonymous && !r.mine ? null : r.askerName }));
}

export const byVotes = sql`COALESCE(counts.n, 0) DESC, q.created_at DESC, q.id DESC`;
export const byRecent = sql`q.created_at DESC, q.id DESC`;

export interface QuestionRow {
  id: number;
  conferenceId: number;
  personId: number;
  presenterPersonId: number | null;
  anonymous: boolean;
  text: string;
  answer: string | null;
  answeredBy: number | null;
  answeredAt: string | null;
  hidden: boolean;
}

export async function findQuestion(db: Queryable, id: number, lock = false) {
  const r = await rows<QuestionRow>(db, sql`SELECT id, conference_id AS "conferenceId", person_id AS "personId",
      presenter_person_id AS "presenterPersonId", anonymous, text, answer, answered_by AS "answeredBy",
      ${utc(sql`answered_at`)} AS "answeredAt", hidden
    FROM questions WHERE id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`);
  return r[0];
}

export async function voteCount(db: Queryable, questionId: number, personId: number) {
  const r = await rows<{ votes: number; mine: boolean }>(db, sql`SELECT count(*)::int AS votes,
      COALESCE(bool_or(person_id = ${personId}), false) AS mine FROM question_votes WHERE question_id = ${questionId}`);
  return { questionId, votes: r[0].votes, votedByMe: r[0].mine };
}
