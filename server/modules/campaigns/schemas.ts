import { z } from 'zod';
import { pageOf, pageQuery } from '../../core/pagination.js';
import { id, int, isoDate, queryId, str } from '../../core/schemas.js';

export const TIERS = ['key_cadre', 'presenters_staff', 'mass_org', 'all_members'] as const;
export const STATUSES = ['active', 'closed'] as const;
// Order of the board: the units that need chasing first.
export const OBLIGATION_STATUSES = ['overdue', 'not_scheduled', 'scheduled', 'held_late', 'held_on_time'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

const offset = int(0, 365);

// ---- inputs
export const createCampaignIn = z.object({
  orgId: id,
  title: str().trim().min(3).max(500),
  description: str().trim().max(5000).nullish(),
  documentIds: z.array(id).min(1).max(50),
  tiers: z.array(z.enum(TIERS)).min(1).refine((t) => new Set(t).size === t.length, 'tiers_duplicate'),
  deadline: isoDate,
  levelOffsets: z.object({ district: offset.optional(), grassroots: offset.optional(), cell: offset.optional() }).strict().optional(),
});
export type CreateCampaignInput = z.infer<typeof createCampaignIn>;

export const updateCampaignIn = z.object({
  title: createCampaignIn.shape.title.optional(),
  description: createCampaignIn.shape.description,
  deadline: isoDate.optional(),
  status: z.enum(STATUSES).optional(),
});
export type UpdateCampaignInput = z.infer<typeof updateCampaignIn>;

export const listCampaignsQuery = z.object({
  orgId: queryId.optional(),
  status: z.enum(STATUSES).optional(),
  q: str().trim().max(200).optional(),
  ...pageQuery,
});
export type ListCampaignsQuery = z.infer<typeof listCampaignsQuery>;

export const boardQuery = z.object({
  status: z.enum(OBLIGATION_STATUSES).optional(),
  orgId: queryId.optional(),
  tier: z.enum(TIERS).optional(),
  ...pageQuery,
});
export type BoardQuery = z.infer<typeof boardQuery>;

export const updateObligationIn = z.object({ deadline: isoDate });
export const remindIn = z.object({
  obligationIds: z.array(id).min(1).max(5000).optional(),
  message: str().trim().min(1).max(2000).optional(),
});
export type RemindInput = z.infer<typeof remindIn>;

// ---- outputs
export const summaryOut = z.object(Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, z.number().int()])) as Record<ObligationStatus, z.ZodNumber>);
export type Summary = z.infer<typeof summaryOut>;

export const campaignItemOut = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  title: z.string(),
  tiers: z.array(z.enum(TIERS)),
  deadline: z.string(),
  status: z.enum(STATUSES),
  documentCount: z.number().int(),
  obligationCount: z.number().int().describe('Obligations in the caller\'s scope'),
  overdueCount: z.number().int(),
  createdAt: z.string(),
});
export type CampaignItem = z.infer<typeof campaignItemOut>;

export const campaignDetailOut = campaignItemOut.extend({
  orgPath: z.string().describe('The organizer\'s place in the tree: the UI checks the caller\'s abilities (/auth/me) against it'),
  description: z.string().nullable(),
  levelOffsets: z.object({ district: z.number().optional(), grassroots: z.number().optional(), cell: z.number().optional() }),
  documents: z.array(z.object({ id: z.number(), symbol: z.string(), title: z.string(), issuerName: z.string() })),
  summary: summaryOut,
});

export const boardItemOut = z.object({
  obligationId: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  orgKind: z.string(),
  parentName: z.string().nullable(),
  tier: z.enum(TIERS),
  deadline: z.string(),
  status: z.enum(OBLIGATION_STATUSES),
  conferenceId: z.number().nullable(),
  heldOn: z.string().nullable().describe('Day (in Vietnam) the conference was held'),
  lastRemindedAt: z.string().nullable(),
});
export type BoardItem = z.infer<typeof boardItemOut>;

// The summary (counts by status, ignoring the status filter) lets the board show its tabs in one call.
export const boardOut = pageOf(boardItemOut).extend({ summary: summaryOut });
export const remindOut = z.object({ sent: z.number().int() });
