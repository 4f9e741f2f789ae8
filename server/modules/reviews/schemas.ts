import { z } from 'zod';
import { int, optText, queryInt } from '../../core/schemas.js';
import { recordOut } from '../inspections/schemas.js';
import { RATINGS } from './suggest.js';

export const yearQuery = z.object({ year: queryInt(2000, 2200).optional() });

const rating = z.enum(RATINGS, { message: 'review_rating' });
export const decideIn = z.object({
  year: int(2000, 2200),
  rating,
  /** Required when the rating differs from the suggested one. */
  reason: optText(2000).nullish(),
});
export type DecideInput = z.infer<typeof decideIn>;

const basis = z.object({ key: z.string(), text: z.string() });
const suggestion = z.object({ rating: rating.nullable(), basis: z.array(basis) });
const decision = z.object({
  rating, suggested: rating.nullable(), reason: z.string().nullable(), decidedBy: z.string().nullable(), decidedAt: z.string(),
  overridden: z.boolean(),
}).nullable();
const can = z.object({ decide: z.boolean() });
const flagCounts = z.object({ late: z.number(), incomplete_composition: z.number(), unserious: z.number() });
const taskCounts = z.object({ total: z.number(), done: z.number(), doneLate: z.number(), overdue: z.number() });

export const personReviewOut = z.object({
  year: z.number(),
  person: z.object({ id: z.number(), fullName: z.string(), orgId: z.number(), orgName: z.string() }),
  attendance: z.object({
    invited: z.number(), attended: z.number(), late: z.number(), madeUp: z.number(), excused: z.number(), missed: z.number(),
    conferences: z.array(z.object({ id: z.number(), title: z.string(), startsAt: z.string(),
      outcome: z.enum(['attended', 'late', 'made_up', 'excused', 'absent']), lateMinutes: z.number() })),
  }),
  evaluations: z.object({ flags: flagCounts, items: z.array(z.object({ conferenceId: z.number(), title: z.string(), startsAt: z.string(),
    flags: z.array(z.string()), comment: z.string().nullable() })) }),
  questions: z.object({ asked: z.number(), answered: z.number() }),
  tasks: taskCounts.extend({ items: z.array(z.object({ id: z.number(), title: z.string(), deadline: z.string(), status: z.string(),
    doneOn: z.string().nullable(), overdue: z.boolean() })) }),
  suggestion, decision, can,
});
export type PersonReviewOut = z.infer<typeof personReviewOut>;

export const unitReviewOut = z.object({
  year: z.number(),
  org: z.object({ id: z.number(), name: z.string() }),
  record: recordOut.shape.sections,
  findings: z.array(z.object({ id: z.number(), inspectionId: z.number(), inspectionTitle: z.string(), item: z.string(),
    assessment: z.string(), body: z.string(), concludedOn: z.string().nullable() })),
  recommendations: z.array(z.object({ id: z.number(), inspectionId: z.number(), body: z.string(), deadline: z.string(), status: z.string(),
    closedOn: z.string().nullable(), overdue: z.boolean() })),
  suggestion, decision, can,
});
export type UnitReviewOut = z.infer<typeof unitReviewOut>;
