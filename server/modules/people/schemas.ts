import { z } from 'zod';
import type { FieldMessage } from '../../core/errors.js';
import { pageQuery } from '../../core/pagination.js';
import { id, isoDate, queryId, str } from '../../core/schemas.js';

export const GENDERS = ['male', 'female'] as const;
export const PARTY_STATUSES = ['official', 'probationary'] as const;
export const CATEGORIES = ['key_cadre', 'presenter', 'collaborator', 'lecturer', 'propaganda_staff', 'mass_org_member'] as const;
export const POSITION_TITLES = ['secretary', 'deputy_secretary', 'standing_member', 'committee_member', 'chair', 'vice_chair', 'member'] as const;
export type Gender = (typeof GENDERS)[number];
export type PartyStatus = (typeof PARTY_STATUSES)[number];
export type Category = (typeof CATEGORIES)[number];
export type PositionTitle = (typeof POSITION_TITLES)[number];

export const PHONE_RE = /^\+?[0-9][0-9 .-]{6,18}[0-9]$/;
export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Forms send '' for an emptied text box: it means "no value".
const blank = (v: string) => (v === '' ? null : v);
const fullName = str().trim().min(2, 'name_length').max(200, 'name_length').transform((s) => s.replace(/\s+/g, ' '));
const phone = str().trim().max(30, 'phone_invalid').refine((v) => v === '' || PHONE_RE.test(v), 'phone_invalid').transform(blank);
const email = str().trim().max(200, 'email_invalid').refine((v) => v === '' || EMAIL_RE.test(v), 'email_invalid').transform(blank);
const cardNumber = str().trim().max(30).transform(blank);

/** The fields a person record holds, besides its home unit. */
export const personFields = {
  fullName,
  gender: z.enum(GENDERS).nullish(),
  birthDate: isoDate.nullish(),
  phone: phone.nullish(),
  email: email.nullish(),
  partyStatus: z.enum(PARTY_STATUSES).nullish(),
  joinedOn: isoDate.nullish(),
  officialOn: isoDate.nullish(),
  cardNumber: cardNumber.nullish(),
  categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length * 2).transform((a) => [...new Set(a)]).optional(),
};

export const personValuesIn = z.object(personFields);
export const createPersonIn = z.object({
  orgId: id, ...personFields,
  /** Create even though someone of the same grassroots organization has this name and birth date (after a 409 possible_duplicate). */
  confirmDuplicate: z.boolean().optional(),
});
export const updatePersonIn = z.object({ ...personFields, fullName: fullName.optional() });
export type CreatePersonInput = z.output<typeof createPersonIn>;
export type UpdatePersonInput = z.output<typeof updatePersonIn>;

export const listPeopleQuery = z.object({
  orgId: queryId.optional(),
  q: str().trim().max(100).optional(),
  partyStatus: z.enum(['official', 'probationary', 'member', 'none']).optional(),
  category: z.enum(CATEGORIES).optional(),
});
export const listPeopleQueryPaged = z.object({ ...listPeopleQuery.shape, ...pageQuery });
export type PeopleFilter = z.output<typeof listPeopleQuery>;

export const transferIn = z.object({
  toOrgId: id,
  effectiveOn: isoDate.optional(),
  reason: str().trim().max(500).optional(),
});
export const positionIn = z.object({ orgId: id, title: z.enum(POSITION_TITLES), startedOn: isoDate.optional() });
export const endPositionIn = z.object({ endedOn: isoDate.optional() });
export const massOrgIn = z.object({ orgId: id, joinedOn: isoDate.optional() });

export const personItemOut = z.object({
  id: z.number(),
  fullName: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthDate: z.string().nullable(),
  partyStatus: z.enum(PARTY_STATUSES).nullable(),
  joinedOn: z.string().nullable(),
  officialOn: z.string().nullable(),
  cardNumber: z.string().nullable(),
  categories: z.array(z.enum(CATEGORIES)),
  phone: z.string().nullable(),
});
export type PersonItem = z.output<typeof personItemOut>;

export const positionOut = z.object({
  id: z.number(), orgId: z.number(), orgName: z.string(), title: z.enum(POSITION_TITLES),
  startedOn: z.string().nullable(), endedOn: z.string().nullable(),
});
export const transferOut = z.object({
  id: z.number(), fromOrgId: z.number(), fromOrgName: z.string(), toOrgId: z.number(), toOrgName: z.string(),
  effectiveOn: z.string(), reason: z.string().nullable(),
});
export const massOrgOut = z.object({ orgId: z.number(), orgName: z.string(), joinedOn: z.string().nullable() });

export const personOut = personItemOut.extend({
  email: z.string().nullable(),
  orgPath: z.string(),
  positions: z.array(positionOut),
  transfers: z.array(transferOut),
  massOrgs: z.array(massOrgOut),
});

/** A person's fields after defaults, as checked against the party-membership rules. */
export interface PersonDraft {
  birthDate?: string | null;
  partyStatus?: PartyStatus | null;
  joinedOn?: string | null;
  officialOn?: string | null;
  cardNumber?: string | null;
}

/**
 * Cross-field rules the schema cannot express: party members have a joining date (and an official date
 * once official, not before joining); non-members have no party dates or card; no date lies in the future.
 */
export function personRuleErrors(p: PersonDraft, today: string): Record<string, FieldMessage> {
  const f: Record<string, FieldMessage> = {};
  for (const k of ['birthDate', 'joinedOn', 'officialOn'] as const) {
    if (p[k] && p[k]! > today) f[k] = 'date_in_future';
  }
  if (p.partyStatus) {
    if (!p.joinedOn) f.joinedOn ??= 'required';
    if (p.partyStatus === 'official' && !p.officialOn) f.officialOn ??= 'required';
    if (p.partyStatus === 'probationary' && p.officialOn) f.officialOn ??= 'probationary_no_official';
    if (p.joinedOn && p.officialOn && p.officialOn < p.joinedOn) f.officialOn ??= 'official_before_joined';
    if (p.birthDate && p.joinedOn && p.joinedOn <= p.birthDate) f.joinedOn ??= 'joined_before_birth';
  } else {
    for (const k of ['joinedOn', 'officialOn', 'cardNumber'] as const) {
      if (p[k]) f[k] ??= 'party_fields_for_non_member';
    }
  }
  return f;
}
