import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, post } from './client';
import { exhaustive } from './contract';
import { forgetOfflineData, keptAccount } from '../lib/offlineData';

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
        // No answer at all (a dead network the phone still reports as up, the server down): not logged out.
        const kept = e instanceof ApiError && e.status === 0 ? keptAccount() : undefined;
        if (kept) return kept;
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
    // Offline too: the request fails at once instead of waiting for a network, and the phone forgets the account.
    networkMode: 'always',
    onSettled: () => {
      forgetOfflineData();
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
