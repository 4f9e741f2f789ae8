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
  /** Fastify's trustProxy: false (default), true, a hop count or a list of proxy addresses/CIDRs. */
  trustProxy: boolean | number | string[];
  /** Where request logs go: a file path, or null for stdout (LOG_FILE=-). */
  logFile: string | null;
  /** SMTP server for e-mail (smtp://user:pass@host:587, smtps://… for TLS); unset: mail is off, the inbox still works. */
  smtpUrl?: string;
  /** The sender of the mails. */
  mailFrom: string;
  /** The address people open the app at, for the links in mails. */
  publicUrl: string;
  /** Attempts per mail before it is shown failed to admins, the pause before the first retry (doubling), the polling period. */
  mailRetries: number;
  mailRetrySeconds: number;
  mailPollSeconds: number;
}

/**
 * TRUST_PROXY: unset/false/0 → the socket's address is the client's; true → the left-most
 * X-Forwarded-For entry; a number → that many proxy hops; otherwise a comma-separated list of proxy
 * addresses or CIDRs (or proxy-addr's names loopback, linklocal, uniquelocal).
 */
export function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  const v = (value ?? '').trim();
  if (!v || /^(false|no|off|0)$/i.test(v)) return false;
  if (/^(true|yes|on)$/i.test(v)) return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
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
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logFile: env.LOG_FILE === '-' ? null : path.resolve(env.LOG_FILE || path.join(dataDir, 'server.log')),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Quán Triệt <no-reply@localhost>',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
    mailRetries: Math.max(1, Number(env.MAIL_RETRIES ?? 5)),
    mailRetrySeconds: Number(env.MAIL_RETRY_SECONDS ?? 60),
    mailPollSeconds: Number(env.MAIL_POLL_SECONDS ?? 30),
  };
}
