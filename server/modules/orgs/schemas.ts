import { z } from 'zod';
import { id, isoDate, str } from '../../core/schemas.js';
import { ORG_KINDS, ORG_SUBKINDS } from './constants.js';

export { ALLOWED_CHILDREN, ORG_KINDS, ORG_SUBKINDS, type OrgKind } from './constants.js';


export const orgOut = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  path: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORG_KINDS),
  subkind: z.string().nullable(),
  code: z.string().nullable(),
  status: z.enum(['active', 'merged', 'dissolved']),
  effectiveFrom: z.string(),
  endedOn: z.string().nullable(),
  mergedIntoId: z.number().nullable(),
});

export const orgNodeOut = orgOut.extend({ memberCount: z.number(), childCount: z.number() });

export const orgSearchHitOut = orgOut.extend({ parentName: z.string().nullable() });

export const orgDetailOut = orgNodeOut.extend({
  ancestors: z.array(z.object({ id: z.number(), name: z.string() })),
  peopleCount: z.number(),
  cellCount: z.number(),
  leaders: z.array(z.object({ personId: z.number(), fullName: z.string(), title: z.string() })),
  mergedFrom: z.array(z.object({ id: z.number(), name: z.string(), endedOn: z.string().nullable() })),
  mergedInto: z.object({ id: z.number(), name: z.string() }).nullable(),
  history: z.array(z.object({ id: z.number(), kind: z.string(), effectiveOn: z.string(), details: z.record(z.string(), z.unknown()) })),
});

const name = str().trim().min(2).max(200);
export const createOrgIn = z.object({
  parentId: id,
  name,
  shortName: str().trim().max(60).nullish(),
  kind: z.enum(ORG_KINDS),
  subkind: z.enum(ORG_SUBKINDS).nullish(),
  code: str().trim().max(20).nullish(),
  effectiveOn: isoDate.optional(),
});
export const updateOrgIn = z.object({
  name: name.optional(),
  shortName: str().trim().max(60).nullish(),
  code: str().trim().max(20).nullish(),
  effectiveOn: isoDate.optional(),
});
export const moveOrgIn = z.object({ newParentId: id, effectiveOn: isoDate.optional() });
export const mergeOrgsIn = z
  .object({
    sourceIds: z.array(id).min(2).max(20),
    // Either merge into one of the sources (it survives) or into a new unit with this name.
    targetId: id.optional(),
    newName: name.optional(),
    effectiveOn: isoDate.optional(),
  })
  .refine((v) => v.targetId !== undefined || v.newName !== undefined, { message: 'required', path: ['newName'] });
export const dissolveOrgIn = z.object({ effectiveOn: isoDate.optional(), reason: str().trim().max(500).optional() });
