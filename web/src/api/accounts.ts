import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { accountOut, createAccountIn, grantIn, resetPasswordIn, updateAccountIn } from '../../../server/modules/accounts/schemas';
import type { In, Out } from './contract';
import { del, get, patch, post, type Page } from './client';

export type Account = Out<typeof accountOut>;
export type CreateAccountInput = In<typeof createAccountIn>;
export type AccountPatch = In<typeof updateAccountIn>;

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
  useAccountMutation((v: { id: number } & AccountPatch) =>
    patch<Account>(`/accounts/${v.id}`, { displayName: v.displayName, active: v.active }));
export const useResetPassword = () =>
  useAccountMutation((v: { id: number } & In<typeof resetPasswordIn>) => post<void>(`/accounts/${v.id}/reset-password`, { newPassword: v.newPassword }));
export const useAddGrant = () =>
  useAccountMutation((v: { id: number } & In<typeof grantIn>) => post<Account>(`/accounts/${v.id}/grants`, { role: v.role, orgId: v.orgId }));
export const useRemoveGrant = () =>
  useAccountMutation((v: { id: number; grantId: number }) => del(`/accounts/${v.id}/grants/${v.grantId}`));
