import { ApiError } from '../api/client';
import { useT } from '../i18n';
import { Button, Result } from '../lite';

/** A failed load: the API's own message (already in the UI language), with a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const status = error instanceof ApiError ? error.status : 0;
  const message = error instanceof Error ? error.message : t('common.error');
  if (status === 404 || status === 403) {
    return (
      <Result
        status={status === 404 ? '404' : '403'}
        title={status === 404 ? t('common.notFound') : t('common.forbidden')}
        subTitle={message}
        data-testid="error-state"
      />
    );
  }
  return (
    <Result
      status="error"
      title={t('common.error')}
      subTitle={message}
      data-testid="error-state"
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
