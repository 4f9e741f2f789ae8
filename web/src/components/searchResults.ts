/**
 * The results a picker may show for the term typed now. Each term is its own query key, so a late answer
 * for an earlier prefix lands in that prefix's cache, never here; and while the new term loads, the
 * previous term's list (TanStack's placeholder data) is not shown as if it answered the new one.
 */
export function resultsFor<T>(query: { data?: T; isPlaceholderData: boolean }): T | undefined {
  return query.isPlaceholderData ? undefined : query.data;
}
