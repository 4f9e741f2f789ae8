/**
 * The one Vietnamese order of the browser: a ă â b c d đ e ê …, tones only to break ties, numbers by value
 * ("Chi bộ thôn 2" before "Chi bộ thôn 10"). Every list sorted in the browser uses it (the server sorts people by
 * the same alphabet, server/core/vn.ts).
 */
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'variant' });

export const compareVi = (a: string | null | undefined, b: string | null | undefined): number => collator.compare(a ?? '', b ?? '');

/** A comparator by a text key, for Array.prototype.sort and table sorters: rows.sort(byVi((r) => r.name)). */
export const byVi = <T>(key: (row: T) => string | null | undefined) => (a: T, b: T) => compareVi(key(a), key(b));

/** A sorted copy (the input is left as it is). */
export const sortVi = <T>(rows: readonly T[], key: (row: T) => string | null | undefined): T[] => [...rows].sort(byVi(key));
