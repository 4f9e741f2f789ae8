import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { currentLang, storeLang } from './i18n/lang';
import { watchTablists } from './lib/tablist';
import { applyRootFont } from './lib/textSize';
import './styles.css';

storeLang(currentLang());
applyRootFont();
watchTablists();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
