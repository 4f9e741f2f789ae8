import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';

/**
 * Standard security headers on every answer (pages, JSON, errors, files, the API docs), by @fastify/helmet.
 * The Content-Security-Policy allows what the built web app and Swagger UI need and nothing else:
 * scripts and styles from this site only, plus inline styles (Ant Design's CSS-in-JS writes <style>
 * tags); data: and blob: images (QR codes, the camera's canvas snapshots); connections to this site
 * only (the API and its live streams). No framing by other sites.
 */
export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
        // No upgrade-insecure-requests: a unit's server may be reached over plain HTTP on its own network.
      },
    },
    // HSTS only makes sense behind HTTPS; browsers ignore it on plain HTTP, so helmet's default stays.
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'sameorigin' },
  });
}
