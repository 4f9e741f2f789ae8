import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, post } from './client';
import { exhaustive } from './contract';

import type { Role } from '../../../server/core/policy';
import type { Action, Grant, LoginInput, Me, PasswordInput } from '../../../server/modules/auth/schemas';

export type { Action, Grant, Me, Role };

/** Roles in the order the UI lists them (the server's ROLES; checked complete below). */
export const ROLES = ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter', 'member'] as const satisfies readonly Role[];
exhaustive<Role, (typeof ROLES)[number]>(true);

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
    mutationFn: (body: LoginInput) => post<Me>('/auth/login', body),
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
    mutationFn: (body: PasswordInput) => post<void>('/auth/password', body),
  });
}
