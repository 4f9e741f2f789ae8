import type { VitePWAOptions } from 'vite-plugin-pwa';
import { theme } from '../src/theme';

const RED = theme.token!.colorPrimary!;

/**
 * The installable app (vite-plugin-pwa, Workbox generateSW): the manifest, and a service worker that keeps the app
 * shell and every page's code on the phone so the app opens without a network. API answers are NOT cached by the
 * service worker: the member's own data is kept by the app itself (web/src/lib/offlineData.ts), which knows whose
 * data it is and wipes it on logout.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  // A new build's worker takes over at once and the open pages reload: nobody has to clear anything.
  registerType: 'autoUpdate',
  // Registered from web/src/lib/pwa.ts; no inline script (the CSP allows scripts from this site only).
  injectRegister: false,
  includeAssets: ['icons/apple-touch-icon.png'],
  manifest: {
    name: 'Quán Triệt',
    short_name: 'Quán Triệt',
    description: 'Học tập, quán triệt và triển khai nghị quyết của Đảng',
    lang: 'vi',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    id: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: RED,
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,png,svg,ico,webmanifest}'],
    // The .br/.gz twins written next to each asset are the server's business, not a second copy to precache.
    globIgnores: ['**/*.br', '**/*.gz'],
    // The largest page chunk (charts) is above Workbox's 2 MiB default only unminified; keep some room.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: '/index.html',
    // The API and its docs are never answered with the app shell.
    navigateFallbackDenylist: [/^\/api\//, /^\/api$/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
};
