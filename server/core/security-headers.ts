import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Standard security headers on every answer (pages, JSON, errors, files, the API docs), decided by helmet.
 * The Content-Security-Policy allows what the built web app and Swagger UI need and nothing else:
 * scripts and styles from this site only, plus inline styles (Ant Design's CSS-in-JS writes <style>
 * tags); data: and blob: images (QR codes, the camera's canvas snapshots); connections to this site
 * only (the API and its live streams). No framing by other sites.
 */
const OPTIONS: HelmetOptions = {
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
};

/**
 * The header values helmet decides for OPTIONS, computed once. @fastify/helmet rebuilds helmet's middleware (and
 * re-parses the policy) on every request, which cost about 3 % of the CPU of a check-in burst; the headers never
 * vary per request here (no nonces), so they are worked out once by helmet itself and set by one hook.
 */
function helmetHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => { headers[name.toLowerCase()] = String(value); },
    removeHeader: (name: string) => { delete headers[name.toLowerCase()]; },
  };
  helmet(OPTIONS)({} as never, res as never, (error?: unknown) => { if (error) throw error; });
  return headers;
}

export function registerSecurityHeaders(app: FastifyInstance) {
  const headers = helmetHeaders();
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
}
