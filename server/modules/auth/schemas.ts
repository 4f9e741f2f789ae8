import { z } from 'zod';
import { ROLES } from '../../core/policy.js';
import type { rules as accounts } from '../accounts/policy.js';
import type { rules as attendance } from '../attendance/policy.js';
import type { rules as audit } from '../audit/policy.js';
import type { rules as campaigns } from '../campaigns/policy.js';
import type { rules as conferences } from '../conferences/policy.js';
import type { rules as dialogue } from '../dialogue/policy.js';
import type { rules as documents } from '../documents/policy.js';
import type { rules as evaluations } from '../evaluations/policy.js';
import type { rules as home } from '../home/policy.js';
import type { rules as inspections } from '../inspections/policy.js';
import type { rules as orgs } from '../orgs/policy.js';
import type { rules as paperwork } from '../paperwork/policy.js';
import type { rules as people } from '../people/policy.js';
import type { rules as programs } from '../programs/policy.js';
import type { rules as reviews } from '../reviews/policy.js';
import type { rules as notifications } from '../notifications/policy.js';
import { str } from '../../core/schemas.js';

/** Every action of the policy table, as declared by the modules' policy.ts. */
export type Action = keyof (typeof accounts & typeof attendance & typeof audit & typeof campaigns & typeof conferences
  & typeof dialogue & typeof documents & typeof evaluations & typeof orgs & typeof people
  & typeof inspections & typeof programs & typeof reviews & typeof paperwork & typeof notifications & typeof home);

export const grantOut = z.object({ id: z.number(), role: z.enum(ROLES), orgId: z.number(), orgName: z.string(), path: z.string() });
export const meOut = z.object({
  accountId: z.number(),
  username: z.string(),
  displayName: z.string(),
  personId: z.number().nullable(),
  grants: z.array(grantOut),
  abilities: z.record(z.string(), z.array(z.string()))
    .describe('For each action of the policy table, the org paths (subtree roots) where this account may do it'),
});
export const loginIn = z.object({ username: str().trim().min(1).max(100), password: str().min(1).max(200) });
export const passwordIn = z.object({ currentPassword: str().min(1).max(200), newPassword: str().min(1).max(200) });

export type Me = Omit<z.output<typeof meOut>, 'abilities'> & { abilities: Partial<Record<Action, string[]>> };
export type Grant = z.output<typeof grantOut>;
export type LoginInput = z.input<typeof loginIn>;
export type PasswordInput = z.input<typeof passwordIn>;
