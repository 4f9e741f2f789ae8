/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/** How often an app left open (an installed app on a phone stays open for days) asks whether a new version exists. */
const CHECK_EVERY_MS = 60 * 60_000;

/**
 * Registers the service worker (web/pwa/options.ts). A new version installs in the background and takes over at
 * once (skipWaiting + clientsClaim); the page then reloads at the next change of page, or when the app goes to the
 * background, so nobody loses a question being typed or a check-in in progress and nobody has to clear anything.
 */
let atNextPage: (() => void) | null = null;

/** Called by the shell on each change of page: a new version waiting to be shown loads now (a full load). */
export function reloadIfNewVersion() {
  atNextPage?.();
}

/**
 * Resolves once the page has what it shows: after the load event, when no request of the app has been in flight
 * for two checks a second apart (or after 30 s at most). On a slow phone network the service worker's first
 * install downloads every page's code; started earlier, it competes with the page's own first data.
 */
function whenQuiet(busy: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const start = () => {
      let quiet = 0;
      let waited = 0;
      const timer = window.setInterval(() => {
        waited += 1;
        quiet = busy() ? 0 : quiet + 1;
        if (quiet >= 2 || waited >= 30) {
          window.clearInterval(timer);
          resolve();
        }
      }, 1000);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  });
}

/** busy: whether the app is fetching (the query client's count of fetches and mutations in flight). */
export function startPwa(busy: () => boolean) {
  if (!('serviceWorker' in navigator)) return;
  let reloading = false;
  let waiting = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  const newVersion = () => {
    if (waiting) return;
    waiting = true;
    if (document.visibilityState === 'hidden') return reload();
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') reload(); });
    atNextPage = reload;
  };
  // A worker taking over a page another worker controlled is a new version (the first install is not).
  let controlled = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) newVersion();
    controlled = true;
  });
  void whenQuiet(busy).then(() => registerSW({
    immediate: true,
    onNeedReload: newVersion,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      window.setInterval(() => { if (navigator.onLine) void registration.update().catch(() => undefined); }, CHECK_EVERY_MS);
    },
  }));
}
