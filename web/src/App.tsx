import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { Suspense, useCallback, useEffect } from 'react';
import { BrowserRouter, useRoutes } from 'react-router-dom';
import { queryClient } from './api/queryClient';
import { PageSpin } from './components/PageSpin';
import { antdEnglishLocale, I18nProvider, useI18n } from './i18n';
import { routes } from './routes';
import { useLargeText } from './lib/textSize';
import { themeFor } from './theme';

function Routes() {
  return useRoutes(routes);
}

function Themed() {
  const { lang, t } = useI18n();
  const largeText = useLargeText();
  useEffect(() => {
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
    document.title = t('app.title');
  }, [lang, t]);
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : antdEnglishLocale()} theme={themeFor(largeText)}>
      <AntApp>
        <Suspense fallback={<PageSpin />}>
          <BrowserRouter><Routes /></BrowserRouter>
        </Suspense>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  // Server messages come in the language asked for: refetch what is shown after a switch.
  const onLangChange = useCallback(() => void queryClient.invalidateQueries(), []);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider onChange={onLangChange}>
        <Themed />
      </I18nProvider>
    </QueryClientProvider>
  );
}
