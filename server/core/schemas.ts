import { z } from 'zod';

/** Shared zod pieces for route schemas. Messages that are i18n keys are translated in the caller's language. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date_format')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'date_format');

export const idParam = z.object({ id: z.coerce.number().int().positive() });

/** Today's date in Vietnam (UTC+7), as YYYY-MM-DD: effective dates default to it. */
export function todayVn(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
