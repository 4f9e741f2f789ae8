import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect } from 'react';
import { BrowserRouter, useRoutes } from 'react-router-dom';
import { queryClient } from './api/queryClient';
import { PageSpin } from './components/PageSpin';
import { I18nProvider, useI18n } from './i18n';
import { routes } from './routes';

function Routes() {
  return useRoutes(routes);
}

function Titled() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  return (
    <Suspense fallback={<PageSpin />}>
      <BrowserRouter><Routes /></BrowserRouter>
    </Suspense>
  );
}

export function App() {
  // Server messages come in the language asked for: refetch what is shown after a switch.
  const onLangChange = useCallback(() => void queryClient.invalidateQueries(), []);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider onChange={onLangChange}>
        <Titled />
      </I18nProvider>
    </QueryClientProvider>
  );
}
