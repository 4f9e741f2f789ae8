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

export function startPwa() {
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
  // Registered after the page's load event (the default), so installing never slows the first visit's page.
  registerSW({
    onNeedReload: newVersion,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      window.setInterval(() => { if (navigator.onLine) void registration.update().catch(() => undefined); }, CHECK_EVERY_MS);
    },
  });
}
