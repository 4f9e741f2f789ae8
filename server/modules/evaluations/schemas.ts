import { z } from 'zod';
import { id, queryId, queryInt, str } from '../../core/schemas.js';

export const FLAGS = ['late', 'incomplete_composition', 'unserious'] as const;
export type Flag = (typeof FLAGS)[number];

const flag = z.enum(FLAGS, { message: 'evaluation_flag' });

export const evaluationItemIn = z.object({
  orgId: id.optional(),
  personId: id.optional(),
  flags: z.array(flag).max(3).default([]),
  comment: str().trim().max(2000).nullish(),
}).refine((v) => (v.orgId === undefined) !== (v.personId === undefined), { message: 'evaluation_target' });
export const evaluationsIn = z.array(evaluationItemIn).min(1).max(2000);
export type EvaluationInput = z.infer<typeof evaluationItemIn>;

export const evaluationOut = z.object({
  id: z.number(),
  conferenceId: z.number(),
  orgId: z.number().nullable(),
  orgName: z.string().nullable(),
  personId: z.number().nullable(),
  fullName: z.string().nullable(),
  personOrgName: z.string().nullable(),
  year: z.number(),
  flags: z.array(z.enum(FLAGS)),
  comment: z.string().nullable(),
  updatedAt: z.string(),
});
export const evaluationsSaved = z.object({
  created: z.number(), updated: z.number(), deleted: z.number(), unchanged: z.number(),
  items: z.array(evaluationOut),
});

const counts = { invited: z.number(), attended: z.number(), late: z.number(), absentExcused: z.number(), absentUnexcused: z.number() };
export const suggestionsOut = z.object({
  conferenceId: z.number(),
  ended: z.boolean(),
  /** An invited unit is flagged incomplete when at least this many of its invitees are absent without excuse. */
  incompleteThreshold: z.number(),
  units: z.array(z.object({ orgId: z.number(), orgName: z.string(), orgKind: z.string(), ...counts, suggestedFlags: z.array(z.enum(FLAGS)) })),
  people: z.array(z.object({
    personId: z.number(), fullName: z.string(), orgId: z.number(), orgName: z.string(), unitId: z.number(),
    invited: z.boolean(), attended: z.boolean(), lateMinutes: z.number(), absentUnexcused: z.boolean(), suggestedFlags: z.array(z.enum(FLAGS)),
  })),
});

export const summaryQuery = z.object({
  year: queryInt(2000, 2100).optional(),
  orgId: queryId.optional(),
  personId: queryId.optional(),
});

const flagCounts = z.object({ late: z.number(), incomplete_composition: z.number(), unserious: z.number() });
const entry = z.object({ conferenceId: z.number(), title: z.string(), startsAt: z.string(), flags: z.array(z.enum(FLAGS)), comment: z.string().nullable() });
const summary = {
  evaluated: z.number(), flags: flagCounts, conferencesInvited: z.number(), conferencesAttended: z.number(), evaluations: z.array(entry),
};
export const summaryOut = z.object({
  year: z.number(),
  units: z.array(z.object({ orgId: z.number(), orgName: z.string(), orgKind: z.string(), parentName: z.string().nullable(), ...summary })),
  people: z.array(z.object({ personId: z.number(), fullName: z.string(), orgId: z.number(), orgName: z.string(), ...summary })),
});
