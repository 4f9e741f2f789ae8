import { Button } from 'antd';
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import type { Result } from 'antd';
import { ApiError } from '../api/client';
import { useT } from '../i18n';

type ResultProps = ComponentProps<typeof Result>;

/** Without the network (the chunk never fetched), the same texts without the illustration. */
function PlainResult({ title, subTitle, extra, ...rest }: ResultProps) {
  return (
    <div className="ant-result" data-testid={(rest as { 'data-testid'?: string })['data-testid']}>
      <div className="ant-result-title">{title}</div>
      {subTitle && <div className="ant-result-subtitle">{subTitle}</div>}
      {extra && <div className="ant-result-extra">{extra}</div>}
    </div>
  );
}

const ResultChunk = lazy<(p: ResultProps) => ReactNode>(() => import('./ResultChunk').catch(() => ({ default: PlainResult })));

/** Ant Design's Result, loaded when one is shown (every page can show one; few ever do). */
export function LazyResult(props: ResultProps) {
  return <Suspense fallback={null}><ResultChunk {...props} /></Suspense>;
}

/** A failed load: the API's own message (already in the UI language), with a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const status = error instanceof ApiError ? error.status : 0;
  const message = error instanceof Error ? error.message : t('common.error');
  if (status === 404 || status === 403) {
    return (
      <LazyResult
        status={status === 404 ? '404' : '403'}
        title={status === 404 ? t('common.notFound') : t('common.forbidden')}
        subTitle={message}
        data-testid="error-state"
      />
    );
  }
  return (
    <LazyResult
      status="error"
      title={t('common.error')}
      subTitle={message}
      data-testid="error-state"
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
