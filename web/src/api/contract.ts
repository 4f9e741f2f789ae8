import type { z } from 'zod';

/**
 * The web app takes the API's types from the server's zod schemas (type-only imports of server/modules/*\/schemas.ts,
 * erased from the bundle). Lists of values the UI needs at run time (roles, formats, statuses) stay here, typed
 * `satisfies readonly X[]` so no stray value gets in, and checked complete with `exhaustive` so none is missing.
 */

/** Compiles only when the list's members `L` cover the whole union `T`: call as exhaustive<T, (typeof LIST)[number]>(true). */
export const exhaustive = <T, L extends T>(ok: [T] extends [L] ? true : { missing: Exclude<T, L> }): void => void ok;

/** What the server sends for a response schema (after its own serialization). */
export type Out<S extends z.ZodType> = z.output<S>;
/** What the server accepts for a body schema. */
export type In<S extends z.ZodType> = z.input<S>;
/** A list endpoint's filters as the page keeps them (the query schema's parsed fields, without paging). */
export type Filters<S extends z.ZodType> = Partial<Omit<z.output<S>, 'page' | 'pageSize'>>;

/** The value if it is one of the list (a filter read from the URL or a select), else undefined. */
export const oneOf = <T extends string>(list: readonly T[], v: string | null | undefined): T | undefined =>
  (list as readonly string[]).includes(v ?? '') ? (v as T) : undefined;
