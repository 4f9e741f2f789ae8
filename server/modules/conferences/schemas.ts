import { z } from 'zod';
import { pageQuery } from '../../core/pagination.js';
import { id, int, isoDate, queryId, str, text, timestamp } from '../../core/schemas.js';

export const TIERS = ['key_cadre', 'presenters_staff', 'mass_org', 'all_members'] as const;
export const FORMATS = ['in_person', 'online', 'hybrid', 'radio'] as const;
export const AUDIENCE_KINDS = ['key_cadres', 'all_members', 'mass_org', 'presenters_staff'] as const;
export const MASS_ORG_TYPES = ['fatherland_front', 'youth_union', 'women_union', 'farmers_union', 'veterans', 'trade_union'] as const;


// ---- inputs
export const agendaItemIn = z.object({
  topic: text(500),
  presenterPersonId: id.nullish(),
  minutes: int(1, 1440).nullish(),
});
export const agendaIn = z.array(agendaItemIn).max(100);

export const audienceRule = z.object({
  kind: z.enum(AUDIENCE_KINDS),
  orgId: id,
  massOrgType: z.enum(MASS_ORG_TYPES).optional(),
});
export type AudienceRule = z.infer<typeof audienceRule>;

export const createConferenceIn = z.object({
  campaignId: id,
  orgId: id,
  tier: z.enum(TIERS),
  title: text(500),
  format: z.enum(FORMATS),
  startsAt: timestamp,
  endsAt: timestamp,
  hall: str().trim().max(300).nullish(),
  agenda: agendaIn.optional(),
  materialIds: z.array(id).max(100).optional().describe('Omitted: the campaign\'s documents'),
  makeupOf: id.nullish(),
  audience: z.array(audienceRule).max(20).optional().describe('Audience rules to invite from at once'),
});
export type CreateConferenceInput = z.infer<typeof createConferenceIn>;

// The campaign and the organizer are fixed once created; the rest may change.
export const updateConferenceIn = createConferenceIn.omit({ campaignId: true, orgId: true, agenda: true, audience: true }).partial();
export type UpdateConferenceInput = z.infer<typeof updateConferenceIn>;
export type AgendaInput = z.infer<typeof agendaIn>;

export const listConferencesQuery = z.object({
  campaignId: queryId.optional(),
  orgId: queryId.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pageQuery,
});

export const bridgePointIn = z.object({
  orgId: id,
  name: text(300),
  hostPersonId: id.nullish(),
  capacity: int(1, 1_000_000).nullish(),
  isMain: z.boolean().optional(),
});
export const bridgePointPatchIn = bridgePointIn.omit({ orgId: true }).partial();
export type BridgePointInput = z.infer<typeof bridgePointIn>;
export type BridgePointPatch = z.infer<typeof bridgePointPatchIn>;
export const readinessIn = z.object({ connectionOk: z.boolean() });

export const generateIn = z.object({ rule: audienceRule });
export const addInvitationsIn = z.object({ personIds: z.array(id).min(1).max(5000), bridgePointId: id.optional() });
export const reassignIn = z.object({ bridgePointId: id });
export const invitationsQuery = z.object({
  bridgePointId: queryId.optional(),
  q: str().trim().max(200).optional(),
  ...pageQuery,
});
export const personParam = z.object({ id: queryId, personId: queryId });

// ---- outputs
export const conferenceItemOut = z.object({
  id: z.number(),
  campaignId: z.number(),
  campaignTitle: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  tier: z.enum(TIERS),
  title: z.string(),
  format: z.enum(FORMATS),
  startsAt: z.string(),
  endsAt: z.string(),
  hall: z.string().nullable(),
  makeupOf: z.number().nullable(),
  invitedCount: z.number(),
  attendedCount: z.number(),
});

export const agendaItemOut = z.object({
  id: z.number(),
  position: z.number(),
  topic: z.string(),
  presenterPersonId: z.number().nullable(),
  presenterName: z.string().nullable(),
  minutes: z.number().nullable(),
});

export const bridgePointOut = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  name: z.string(),
  hostPersonId: z.number().nullable(),
  hostName: z.string().nullable(),
  capacity: z.number().nullable(),
  isMain: z.boolean(),
  connectionOk: z.boolean().nullable(),
  checkedAt: z.string().nullable(),
  invited: z.number(),
  attended: z.number(),
});

/** What the caller may do to the conference and to each bridge point (computed by the server's policy, abilities.ts). */
export const conferenceAbilitiesOut = z.object({
  update: z.boolean(), recordAttendance: z.boolean(), readEvaluations: z.boolean(), evaluate: z.boolean(), moderate: z.boolean(),
});
export const bridgePointAbilitiesOut = z.object({ checkConnection: z.boolean(), recordAttendance: z.boolean() });

export const conferenceDetailOut = conferenceItemOut.extend({
  agenda: z.array(agendaItemOut),
  materials: z.array(z.object({ id: z.number(), symbol: z.string(), title: z.string(), issuerName: z.string() })),
  bridgePoints: z.array(bridgePointOut.extend({ abilities: bridgePointAbilitiesOut })),
  abilities: conferenceAbilitiesOut,
  audience: z.object({ rules: z.array(audienceRule) }).describe('Các quy tắc đã dùng để lập danh sách mời'),
});

export const invitationOut = z.object({
  personId: z.number(),
  fullName: z.string(),
  orgName: z.string(),
  bridgePointId: z.number().nullable(),
  bridgePointName: z.string().nullable(),
  attended: z.boolean(),
  checkedAt: z.string().nullable(),
  lateMinutes: z.number().nullable(),
  absence: z.object({ excused: z.boolean(), reason: z.string().nullable() }).nullable(),
});

export const invitedOut = z.object({ invited: z.number() });

export const myInvitationOut = z.object({
  conferenceId: z.number(),
  title: z.string(),
  format: z.enum(FORMATS),
  startsAt: z.string(),
  endsAt: z.string(),
  hall: z.string().nullable(),
  bridgePointName: z.string().nullable(),
  attended: z.boolean(),
});

// ---- planning: copy, placement, presenters, setup checklist
export const copyConferenceIn = z.object({
  startsAt: timestamp,
  endsAt: timestamp,
  title: text(500).optional(),
});
export const placeIn = z.object({ bridgePointId: id.optional().describe('Omitted: each by the nearest-unit rule') });
export const placedOut = z.object({ placed: z.number().int(), unplaced: z.number().int() });
export const unplacedOut = z.object({ personId: z.number(), fullName: z.string(), orgName: z.string() });
export const presentersQuery = z.object({
  orgId: queryId.describe('The organizing unit'),
  q: str().trim().max(200).optional(),
  ...pageQuery,
});
export const presenterOut = z.object({ id: z.number(), fullName: z.string(), orgName: z.string() });

export const CHECK_KEYS = ['materials', 'agenda', 'bridgePoints', 'invitations', 'hallQr'] as const;
export const CHECK_STATES = ['done', 'todo', 'warning'] as const;
export const checklistOut = z.object({
  ready: z.boolean().describe('Every item done'),
  items: z.array(z.object({
    key: z.enum(CHECK_KEYS),
    state: z.enum(CHECK_STATES),
    counts: z.record(z.string(), z.number().int()).describe('Figures behind the state, by item'),
  })),
});
export type Checklist = z.infer<typeof checklistOut>;
