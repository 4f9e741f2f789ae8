import { z } from 'zod';
import { id, str } from '../../core/schemas.js';

// Timestamps the server writes (outputs); inputs use the core `timestamp`.
const at = z.string().describe('ISO timestamp (UTC)');

// ---- inputs
export const askIn = z.object({
  text: str().trim().min(3, 'question_text').max(2000, 'question_text'),
  presenterPersonId: id.nullish(),
  anonymous: z.boolean().default(false),
});
export type AskInput = z.infer<typeof askIn>;

export const answerIn = z.object({ answer: str().trim().min(1, 'answer_text').max(5000, 'answer_text') });
export const hideIn = z.object({ hidden: z.boolean() });

export const questionsQuery = z.object({ sort: z.enum(['votes', 'recent']).default('votes') });
export const presenterQuery = z.object({ status: z.enum(['unanswered', 'all']).default('unanswered') });

export const rateIn = z.object({
  presenterPersonId: id,
  score: z.number().int('rating_score').min(1, 'rating_score').max(5, 'rating_score'),
  comment: str().trim().max(2000, 'rating_comment').nullish(),
});
export type RateInput = z.infer<typeof rateIn>;

// ---- outputs
export const questionOut = z.object({
  id,
  conferenceId: id,
  text: z.string(),
  askerName: z.string().nullable().describe('null when anonymous, except for the asker'),
  mine: z.boolean(),
  anonymous: z.boolean(),
  presenterPersonId: z.number().int().nullable(),
  presenterName: z.string().nullable(),
  votes: z.number().int(),
  votedByMe: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: at.nullable(),
  hidden: z.boolean(),
  createdAt: at,
});
export type QuestionOut = z.infer<typeof questionOut>;

/** A question seen across conferences (my questions, questions to me as presenter). */
export const myQuestionOut = questionOut.extend({
  conferenceTitle: z.string(),
  conferenceStartsAt: at,
  conferenceEndsAt: at,
});

export const voteOut = z.object({ questionId: id, votes: z.number().int(), votedByMe: z.boolean() });

export const ratingOut = z.object({
  conferenceId: id,
  presenterPersonId: id,
  score: z.number().int(),
  comment: z.string().nullable(),
  createdAt: at,
});

export const ratingSummaryOut = z.object({
  window: z.object({ opensAt: at, closesAt: at, open: z.boolean() }).describe('Rating is open from the start until 7 days after the end'),
  presenters: z.array(z.object({
    presenterPersonId: id,
    presenterName: z.string(),
    average: z.number().nullable(),
    count: z.number().int(),
    distribution: z.array(z.number().int()).length(5).describe('number of ratings with score 1..5'),
    comments: z.array(z.object({ score: z.number().int(), comment: z.string(), createdAt: at })).describe('without the rater'),
    mine: z.object({ score: z.number().int(), comment: z.string().nullable() }).nullable(),
  })),
});
