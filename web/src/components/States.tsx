import { Alert, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

// The shell's two states live in their own modules, so the first load of any page does not carry these.
export { PageSpin } from './PageSpin';
export { ErrorState } from './ErrorState';

export function Loading({ rows = 4 }: { rows?: number }) {
  return <Skeleton active paragraph={{ rows }} data-testid="loading" />;
}

export function InlineError({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  return <Alert type="error" showIcon title={error instanceof Error ? error.message : t('common.error')} />;
}

export function EmptyState({ description }: { description: ReactNode }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} />;
}
