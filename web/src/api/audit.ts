import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, type Page, type Query } from './client';

export interface AuditEntry {
  id: number | string;
  at: string;
  accountId: number | null;
  username: string | null;
  /** The account's display name. */
  actorName?: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  /** Names of the records the entry refers to, "kind:id" → name (resolved by the server). */
  names?: Record<string, string>;
}

export interface AuditFilters { entity?: string; action?: string; accountId?: number; from?: string; to?: string }

export function useAudit(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: ({ signal }) => get<Page<AuditEntry>>('/audit', { ...filters, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
  });
}
