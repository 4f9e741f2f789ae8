import type { ReactNode } from 'react';
import { useMe } from '../api/auth';
import { useT } from '../i18n';
import { Result } from '../lite';
import { canAny, type UiAction } from '../lib/roles';

/** Hides a page the user's roles do not reach (the server would answer 403 anyway). */
export function Guard({ action, children }: { action: UiAction; children: ReactNode }) {
  const t = useT();
  const me = useMe().data;
  if (!canAny(me, action)) return <Result status="403" title={t('common.forbidden')} data-testid="forbidden" />;
  return <>{children}</>;
}
