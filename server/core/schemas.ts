import { z } from 'zod';

/**
 * The shared zod pieces every route schema is built from, so that nothing the database cannot hold
 * (an id past int4, an impossible date, a NUL byte) gets past validation. Messages that are i18n keys
 * are translated in the caller's language by the central error handler.
 */

/** The largest value of a PostgreSQL `integer` (int4) column: every serial id fits under it. */
export const INT_MAX = 2147483647;

/** A string PostgreSQL can store as text: no NUL and no lone UTF-16 surrogate (which would be mangled). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export function isStorableText(s: string): boolean {
  return !UNSTORABLE.test(s);
}

// ---- numbers

/** An integer in [min, max] sent as a JSON number. */
export const int = (min: number, max: number) => z.number().int().min(min).max(max);
/** A finite number in [min, max] sent as a JSON number. */
export const num = (min: number, max: number) => z.number().min(min).max(max);
/** An integer in [min, max] sent as a string (path or query string). */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A record id in a JSON body: a positive int4. */
export const id = int(1, INT_MAX);
/** A record id in a path or query string. */
export const queryId = queryInt(1, INT_MAX);
/** `/:id` routes. */
export const idParam = z.object({ id: queryId });
/** `/:id/…/:other` routes: `idParams('grantId')` → { id, grantId }. */
export const idParams = <K extends string>(...names: K[]) =>
  idParam.extend(Object.fromEntries(names.map((n) => [n, queryId])) as Record<K, typeof queryId>);

// ---- dates

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether y-m-d is a real calendar day (Date.parse accepts 2024-02-30, so the parts are checked). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

function validDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  return !!m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** THE date of the API: a calendar day as YYYY-MM-DD, in bodies and in filters. */
export const isoDate = z.string().regex(DATE_RE, 'date_format').refine(validDate, 'date_invalid').meta({ format: 'date', example: '2024-02-29' });
export const date = isoDate;

/** THE timestamp of the API: ISO 8601 with an offset (2024-02-29T08:00:00+07:00), on a real calendar day. */
export const timestamp = z.iso
  .datetime({ offset: true, message: 'timestamp_format' })
  .refine((s) => validDate(s.slice(0, 10)), 'date_invalid')
  .meta({ example: '2024-02-29T08:00:00+07:00' });

// ---- text

/** Any string, refusing what PostgreSQL cannot store. */
export const str = () => z.string().refine(isStorableText, 'text_invalid_chars');
/** Trimmed text of 1..max characters (min 0 allows an empty one). */
export const text = (max: number, min = 1) => str().trim().min(min).max(max);
/** Optional free text: trimmed, at most max characters, may be empty. */
export const optText = (max: number) => str().trim().max(max);

/** Today's date in Vietnam (UTC+7), as YYYY-MM-DD: effective dates default to it. */
export function todayVn(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The answer of a DELETE: 204 with no body. */
export const noContent = { 204: z.null().describe('Đã xóa') };
