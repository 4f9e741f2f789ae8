import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { auditQuery, entryOut } from '../../../server/modules/audit/schemas';
import { get, type Page, type Query } from './client';
import type { Filters, Out } from './contract';

export type AuditEntry = Out<typeof entryOut>;
export type AuditFilters = Filters<typeof auditQuery>;

export function useAudit(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: ({ signal }) => get<Page<AuditEntry>>('/audit', { ...filters, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
  });
}
