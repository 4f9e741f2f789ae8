import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, post } from './client';

export const ROLES = ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter', 'member'] as const;
export type Role = (typeof ROLES)[number];

export interface Grant {
  id: number;
  role: Role;
  orgId: number;
  orgName: string;
  path: string;
}

export interface Me {
  accountId: number;
  username: string;
  displayName: string;
  personId: number | null;
  grants: Grant[];
}

export const meKey = ['auth', 'me'] as const;

/** The logged-in account, or null when there is no session (401). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async ({ signal }) => {
      try {
        return await get<Me>('/auth/me', undefined, signal);
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => post<Me>('/auth/login', body),
    onSuccess: (me) => {
      qc.clear();
      qc.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<void>('/auth/logout'),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => post<void>('/auth/password', body),
  });
}
