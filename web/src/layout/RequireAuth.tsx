import { Navigate, useLocation } from 'react-router-dom';
import { useMe } from '../api/auth';
import { ErrorState } from '../components/ErrorState';
import { PageSpin } from '../components/PageSpin';
import { AppShell } from './AppShell';

/** Everything behind the login: the session decides, the shell wraps the page. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageSpin />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
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
