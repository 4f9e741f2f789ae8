// The background worker of a server process: sends the outbox (retrying with backoff) and runs the daily jobs
// (deadlines approaching, the digest of the day before). Safe with several instances on one PostgreSQL database.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import { rows, sql, type Database, type Db } from '../../core/db/index.js';
import { todayVn } from '../../core/schemas.js';
import { enqueueDeadlines } from './deadlines.js';
import { enqueueDigests } from './digest.js';
import { mailState } from './state.js';

interface Claimed { id: number; toAddress: string; subject: string; body: string; attempts: number }

/** Takes up to `limit` due mails for this instance: a row another instance holds is skipped, never sent twice. */
export function claim(db: Db, limit = 20) {
  return rows<Claimed>(db, sql`UPDATE mail_outbox m SET status = 'sending', attempts = m.attempts + 1,
      locked_until = now() + interval '5 minutes'
    FROM (SELECT id FROM mail_outbox
      WHERE next_attempt_at <= now() AND (status = 'pending' OR (status = 'sending' AND locked_until < now()))
      ORDER BY next_attempt_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED) c
    WHERE m.id = c.id
    RETURNING m.id, m.to_address AS "toAddress", m.subject, m.body, m.attempts`);
}

export interface Worker {
  /** Sends what is due now (and what becomes due while it runs); resolves when the queue is idle. */
  kick(): Promise<void>;
  /** The daily jobs for a day (idempotent): deadlines approaching from `today`, the digest of the day before. */
  daily(today?: string): Promise<void>;
  stop(): Promise<void>;
}

const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function startWorker(database: Database, config: Config, opts: { dailyMinutes?: number } = {}): Worker {
  const { db, bus } = database;
  let transport: Transporter | null = null;
  if (config.smtpUrl) {
    transport = nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never);
    mailState.on = true;
    mailState.baseUrl = config.publicUrl;
  }
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function sendOne(m: Claimed) {
    try {
      await transport!.sendMail({ from: config.mailFrom, to: m.toAddress, subject: m.subject, text: m.body });
      await db.execute(sql`UPDATE mail_outbox SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = ${m.id}`);
    } catch (e) {
      const error = String((e as Error).message ?? e).slice(0, 1000);
      const failed = m.attempts >= config.mailRetries;
      const pause = config.mailRetrySeconds * 2 ** (m.attempts - 1);
      await db.execute(sql`UPDATE mail_outbox SET status = ${failed ? 'failed' : 'pending'}, last_error = ${error}, locked_until = NULL,
        next_attempt_at = now() + make_interval(secs => ${pause}) WHERE id = ${m.id}`);
    }
  }

  async function drain() {
    do {
      again = false;
      for (let batch = await claim(db); batch.length && !stopped; batch = await claim(db)) {
        for (const m of batch) await sendOne(m);
      }
    } while (again && !stopped);
  }

  const kick = () => {
    if (!transport || stopped) return Promise.resolve();
    if (running) { again = true; return running; }
    running = drain().catch((e) => { if (!stopped) console.error('mail worker:', e); }).finally(() => { running = null; });
    return running;
  };

  async function daily(today = todayVn()) {
    await enqueueDeadlines(db, today);
    if (transport) await enqueueDigests(db, dayBefore(today));
    await kick();
  }

  const off = transport ? bus.subscribe('mail_outbox', () => void kick()) : () => undefined;
  if (transport) mailState.wakeLocal = () => void kick();
  // The polling fallback: NOTIFY is not a queue, and retries fall due without anyone waking the worker.
  const poll = transport ? setInterval(() => void kick(), config.mailPollSeconds * 1000) : null;
  poll?.unref();
  const dailyTimer = opts.dailyMinutes === 0 ? null
    : setInterval(() => void daily().catch((e) => console.error('daily notifications:', e)), (opts.dailyMinutes ?? 30) * 60_000);
  dailyTimer?.unref();
  void kick();

  return {
    kick,
    daily,
    async stop() {
      stopped = true;
      off();
      if (poll) clearInterval(poll);
      if (dailyTimer) clearInterval(dailyTimer);
      mailState.wakeLocal = null;
      await running;
      transport?.close();
      mailState.on = false;
    },
  };
}
