import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meKey } from './auth';
import { ApiError } from './client';

/** A 401 anywhere means the session is gone: forget the user, the router then shows the login page. */
function onError(err: unknown) {
  if (err instanceof ApiError && err.status === 401 && queryClient.getQueryData(meKey)) {
    queryClient.setQueryData(meKey, null);
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (404 outside scope, 403) will not change on retry.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
});
