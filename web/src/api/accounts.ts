import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from './auth';
import { del, get, patch, post, type Page } from './client';

export interface Account {
  id: number;
  username: string;
  displayName: string;
  active: boolean;
  personId: number | null;
  grants: { id: number; role: Role; orgId: number; orgName: string }[];
}

export interface CreateAccountInput {
  username: string;
  displayName: string;
  password: string;
  personId?: number;
  grants: { role: Role; orgId: number }[];
}

export const accountKeys = {
  all: ['accounts'] as const,
  list: (q: string, page: number, pageSize: number) => ['accounts', 'list', q, page, pageSize] as const,
};

export function useAccounts(q: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: accountKeys.list(q, page, pageSize),
    queryFn: ({ signal }) => get<Page<Account>>('/accounts', { q, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

function useAccountMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.all }) });
}

export const useCreateAccount = () => useAccountMutation((v: CreateAccountInput) => post<Account>('/accounts', v));
export const useUpdateAccount = () =>
  useAccountMutation((v: { id: number; displayName?: string; active?: boolean }) =>
    patch<Account>(`/accounts/${v.id}`, { displayName: v.displayName, active: v.active }));
export const useResetPassword = () =>
  useAccountMutation((v: { id: number; newPassword: string }) => post<void>(`/accounts/${v.id}/reset-password`, { newPassword: v.newPassword }));
export const useAddGrant = () =>
  useAccountMutation((v: { id: number; role: Role; orgId: number }) => post<unknown>(`/accounts/${v.id}/grants`, { role: v.role, orgId: v.orgId }));
export const useRemoveGrant = () =>
  useAccountMutation((v: { id: number; grantId: number }) => del(`/accounts/${v.id}/grants/${v.grantId}`));
