import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './core/db/index.js';
import { registerServiceWorkerHeaders } from './core/service-worker.js';
import { frameworkErrors, MAX_PARAM_LENGTH, registerErrorHandler, sendRouteNotFound } from './core/errors.js';
import { registerInputGuard } from './core/input-guard.js';
import { registerAuth } from './core/auth/plugin.js';
import { registerSecurityHeaders } from './core/security-headers.js';
import { registerCompression, registerWebStatic } from './core/web-static.js';
import { modules } from './modules/index.js';
import { moduleTags } from './modules/tags.js';

export interface AppDeps {
  database: Database;
  config: Config;
  logger?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    config: Config;
  }
}

export type App = FastifyInstance;

/** Request logs go to LOG_FILE (default DATA_DIR/server.log), so the start-up banner stays readable. */
function loggerOptions(config: Config) {
  if (!config.logFile) return { level: config.logLevel };
  mkdirSync(path.dirname(config.logFile), { recursive: true });
  return { level: config.logLevel, file: config.logFile };
}

/** A hop count as Fastify applies it at run time (its types only name the other forms). */
function trustProxyOption(v: Config['trustProxy']) {
  return typeof v === 'number' ? (_addr: string, hop: number) => hop < v : v;
}

export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    logger: deps.logger ? loggerOptions(deps.config) : false,
    // Only behind a configured reverse proxy is X-Forwarded-For the client's address (README "TRUST_PROXY").
    trustProxy: trustProxyOption(deps.config.trustProxy),
    bodyLimit: 2 * 1024 * 1024,
    // Over-long path parameters and undecodable URLs are answered in the standard error shape.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('deps', deps);
  app.decorate('config', deps.config);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerInputGuard(app);

  registerSecurityHeaders(app);
  await registerCompression(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 10 }, throwFileSizeLimit: true });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Quán Triệt API', version: '0.1.0', description: 'Học tập, quán triệt và triển khai nghị quyết của Đảng' },
      tags: [...moduleTags],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'qt_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  registerAuth(app, deps.database.db, deps.config.sessionSecret);

  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({
    status: 'ok',
    database: deps.database.dialect,
  }));
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  for (const mod of modules) await app.register(mod, { prefix: '/api' });

  const webDist = path.resolve(process.env.WEB_DIST ?? 'dist/web');
  registerServiceWorkerHeaders(app);
  const hasWeb = await registerWebStatic(app, webDist);
  // Client-side routes fall back to the SPA shell; unknown /api paths stay JSON 404s.
  app.setNotFoundHandler((req, reply) => {
    if (!hasWeb || req.url.startsWith('/api/') || req.method !== 'GET') return sendRouteNotFound(req, reply);
    return reply.sendFile('index.html');
  });
  await app.ready();
  return app;
}
