import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { queryClient } from './api/queryClient';
import { currentLang, storeLang } from './i18n/lang';
import { keepOfflineData } from './lib/offlineData';
import { startPwa } from './lib/pwa';
import { router } from './routes';
import './styles.css';

storeLang(currentLang());
keepOfflineData(queryClient);
// A new version waiting to be shown loads at the next change of page (a full load of the page asked for).
startPwa((reload) => {
  const from = router.state.location.pathname;
  const stop = router.subscribe((s) => { if (s.location.pathname !== from) { stop(); reload(); } });
});
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
