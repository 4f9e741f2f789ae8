import { audit } from '../../core/audit.js';
import { one, rows, sql, utc, type Db } from '../../core/db/index.js';
import { badRequest } from '../../core/errors.js';
import type { Actor } from '../../core/policy.js';
import { access, assertParticipant, assertRatingOpen, presentersOf, ratingWindow } from './access.js';
import type { RateInput } from './schemas.js';

/** One rating per attendee, conference and presenter: rating again replaces the earlier one. */
export async function rate(db: Db, actor: Actor, conferenceId: number, input: RateInput) {
  return db.transaction(async (tx) => {
    const a = await access(tx, actor, conferenceId);
    const personId = assertParticipant(actor, a);
    assertRatingOpen(a.c);
    if (!(await presentersOf(tx, conferenceId)).some((p) => p.id === input.presenterPersonId)) {
      throw badRequest({ presenterPersonId: 'presenter_not_on_agenda' });
    }
    if (input.presenterPersonId === personId) throw badRequest({ presenterPersonId: 'rate_self' });
    const comment = input.comment || null;
    const before = await one<{ score: number; comment: string | null }>(tx, sql`SELECT score, comment FROM presenter_ratings
      WHERE conference_id = ${conferenceId} AND presenter_person_id = ${input.presenterPersonId} AND person_id = ${personId} FOR UPDATE`);
    const row = (await one<{ id: number; createdAt: string }>(tx, sql`INSERT INTO presenter_ratings (conference_id, presenter_person_id, person_id, score, comment)
      VALUES (${conferenceId}, ${input.presenterPersonId}, ${personId}, ${input.score}, ${comment})
      ON CONFLICT (conference_id, presenter_person_id, person_id)
        DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment, updated_at = now()
      RETURNING id, ${utc(sql`created_at`)} AS "createdAt"`))!;
    await audit(tx, actor, {
      action: before ? 'update' : 'create', entity: 'presenter_rating', entityId: row.id, orgPath: a.c.orgPath,
      before: before ?? undefined, after: { conferenceId, presenterPersonId: input.presenterPersonId, personId, score: input.score, comment },
    });
    return { conferenceId, presenterPersonId: input.presenterPersonId, score: input.score, comment, createdAt: row.createdAt };
  });
}

interface Agg { presenterId: number; score: number; n: number }

/** Per presenter on the agenda: average, count, distribution 1..5 and comments, never who rated. */
export async function summary(db: Db, actor: Actor, conferenceId: number) {
  const a = await access(db, actor, conferenceId);
  const [presenters, dist, comments, mine] = await Promise.all([
    presentersOf(db, conferenceId),
    rows<Agg>(db, sql`SELECT presenter_person_id AS "presenterId", score, count(*)::int AS n FROM presenter_ratings
      WHERE conference_id = ${conferenceId} GROUP BY presenter_person_id, score`),
    rows<{ presenterId: number; score: number; comment: string; createdAt: string }>(db, sql`SELECT presenter_person_id AS "presenterId",
        score, comment, ${utc(sql`updated_at`)} AS "createdAt"
      FROM presenter_ratings WHERE conference_id = ${conferenceId} AND comment IS NOT NULL ORDER BY updated_at DESC LIMIT 500`),
    actor.personId
      ? rows<{ presenterId: number; score: number; comment: string | null }>(db, sql`SELECT presenter_person_id AS "presenterId", score, comment
          FROM presenter_ratings WHERE conference_id = ${conferenceId} AND person_id = ${actor.personId}`)
      : Promise.resolve([]),
  ]);
  const w = ratingWindow(a.c);
  return {
    window: { opensAt: w.opensAt.toISOString(), closesAt: w.closesAt.toISOString(), open: w.open },
    presenters: presenters.map((p) => {
      const distribution = [1, 2, 3, 4, 5].map((s) => dist.find((d) => d.presenterId === p.id && d.score === s)?.n ?? 0);
      const count = distribution.reduce((x, y) => x + y, 0);
      const total = distribution.reduce((x, n, i) => x + n * (i + 1), 0);
      const m = mine.find((r) => r.presenterId === p.id);
      return {
        presenterPersonId: p.id,
        presenterName: p.fullName,
        average: count ? Math.round((total / count) * 100) / 100 : null,
        count,
        distribution,
        comments: comments.filter((c) => c.presenterId === p.id).map(({ presenterId: _p, ...c }) => c),
        mine: m ? { score: m.score, comment: m.comment } : null,
      };
    }),
  };
}
