import { z } from 'zod';
import { ROLES } from '../../core/policy.js';
import { id, str } from '../../core/schemas.js';

export const grantIn = z.object({ role: z.enum(ROLES), orgId: id });
export const grantOut = z.object({ id: z.number(), role: z.enum(ROLES), orgId: z.number(), orgName: z.string() });

export const accountOut = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  personId: z.number().nullable(),
  createdAt: z.string(),
  grants: z.array(grantOut),
});

const username = str().trim().min(3).max(60).regex(/^[a-zA-Z0-9._-]+$/, 'username_chars');
export const createAccountIn = z.object({
  username,
  displayName: str().trim().min(2).max(120),
  password: str().min(1).max(200),
  personId: id.nullish(),
  grants: z.array(grantIn).min(1).max(20),
});
export const updateAccountIn = z.object({
  displayName: str().trim().min(2).max(120).optional(),
  active: z.boolean().optional(),
});
export const resetPasswordIn = z.object({ newPassword: str().min(1).max(200) });
export const listAccountsQuery = z.object({ q: str().trim().max(100).optional() });
