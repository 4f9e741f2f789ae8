import type { FastifyInstance } from 'fastify';

/** The files a browser checks to learn that a new version of the web app exists (vite-plugin-pwa's output). */
const UPDATE_FILES = new Set(['/sw.js', '/manifest.webmanifest']);

/**
 * The service worker and the manifest are always revalidated, whatever caching the other static files get: a
 * cached sw.js would keep phones on the old version. Set on send so it holds over any static-file cache rule.
 */
export function registerServiceWorkerHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply, payload) => {
    const path = req.url.split('?')[0];
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (UPDATE_FILES.has(path)) reply.header('cache-control', 'no-cache');
      if (path === '/manifest.webmanifest') reply.header('content-type', 'application/manifest+json; charset=utf-8');
    }
    return payload;
  });
}
