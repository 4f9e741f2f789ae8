import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Alert, Empty, Skeleton } from '../lite';

// The shell's two states live in their own modules.
export { PageSpin } from './PageSpin';
export { ErrorState } from './ErrorState';

// Light components: the same states on the phone pages and on the staff pages.
export function Loading({ rows = 4 }: { rows?: number }) {
  const t = useT();
  return <Skeleton rows={rows} label={t('common.loading')} data-testid="loading" />;
}

export function InlineError({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  return <Alert type="error" live title={error instanceof Error ? error.message : t('common.error')} />;
}

export function EmptyState({ description }: { description: ReactNode }) {
  return <Empty>{description}</Empty>;
}
