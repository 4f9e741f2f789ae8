import { Navigate, useLocation } from 'react-router-dom';
import { useMe } from '../api/auth';
import { ApiError } from '../api/client';
import { OfflineNoAccount } from '../components/OfflineNotice';
import { ErrorState } from '../components/ErrorState';
import { PageSpin } from '../components/PageSpin';
import { AppShell } from './AppShell';

/** Everything behind the login: the session decides, the shell wraps the page. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  // Offline with no account kept on this phone: say so (it is not the same as being logged out).
  const noAnswer = me.isError && me.error instanceof ApiError && me.error.status === 0;
  if (me.data === undefined && ((me.isPending && me.fetchStatus === 'paused') || noAnswer)) return <OfflineNoAccount />;
  if (me.isPending) return <PageSpin />;
  // A failed check with the account already known (a network that drops) keeps the user in the app.
  if (me.isError && me.data === undefined) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <AppShell me={me.data} />;
}

/** For pages that need the account (always present below RequireAuth). */
export function useCurrentUser() {
  const me = useMe();
  return me.data!;
}
