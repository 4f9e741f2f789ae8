import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';

/** Vite's content-hashed output: a changed file gets a new name, so a year-long cache is safe. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (the HTML shell, a service worker, icons without a hash): revalidated on every use (ETag). */
const REVALIDATE = 'no-cache';

/**
 * API answers (JSON, CSV…) compressed with brotli or gzip above 1 KB, as the client accepts. Registered
 * before the routes (it hooks each route as it is declared). Live streams take over the raw reply
 * (reply.hijack), so they never pass through it and each event reaches the browser at once.
 */
export async function registerCompression(app: FastifyInstance) {
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Request bodies are not accepted compressed: nothing sends them, and it keeps bodyLimit meaning bytes read.
    globalDecompression: false,
  });
}

/**
 * The built web app from `webDist`: files precompressed at build time (.br/.gz next to each one, by
 * vite-plugin-compression2) are sent as they are to a browser that accepts them; /assets/* is cached
 * immutable, the shell revalidated. Client-side routes fall back to the shell (see app.ts).
 * Returns whether there is a build to serve.
 */
export async function registerWebStatic(app: FastifyInstance, webDist: string): Promise<boolean> {
  if (!existsSync(path.join(webDist, 'index.html'))) return false;
  const assets = path.join(webDist, 'assets') + path.sep;
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    preCompressed: true,
    cacheControl: false, // set below, per file
    setHeaders: (reply: FastifyReply, file: string) => {
      reply.header('cache-control', file.startsWith(assets) ? IMMUTABLE : REVALIDATE);
    },
  });
  return true;
}
