import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadPage } from './routes';
import { queryClient } from './api/queryClient';
import { loadLang } from './i18n';
import { currentLang, storeLang } from './i18n/lang';
import { keepOfflineData } from './lib/offlineData';
import { startPwa } from './lib/pwa';
import { watchTablists } from './lib/tablist';
import { applyRootFont } from './lib/textSize';
import './lite/lite.css';
import './styles.css';

preloadPage(window.location.pathname);
keepOfflineData(queryClient);
startPwa(() => queryClient.isFetching() + queryClient.isMutating() > 0);
applyRootFont();
watchTablists();
// An English user's texts are fetched before the first render; without them the app starts in Vietnamese.
const lang = currentLang();
void loadLang(lang).then((ok) => {
  storeLang(ok ? lang : 'vi');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
