import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Everything configurable comes from the environment; see README "Configuration". */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  filesDir: string;
  databaseUrl?: string;
  sessionSecret: string;
  sessionHours: number;
  maxUploadBytes: number;
  demo: boolean;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    filesDir: path.resolve(env.FILES_DIR ?? path.join(dataDir, 'files')),
    databaseUrl: env.DATABASE_URL || undefined,
    // Without a configured secret, a random one: sessions then do not survive a restart.
    sessionSecret: env.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    maxUploadBytes: Number(env.MAX_UPLOAD_MB ?? 20) * 1024 * 1024,
    demo: env.DEMO_DATA !== '0',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
