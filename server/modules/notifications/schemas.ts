import { z } from 'zod';
import { pageOf, pageQuery } from '../../core/pagination.js';
import { str } from '../../core/schemas.js';
import { KINDS, MODES, TOPICS } from './kinds.js';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const inboxQuery = z.object({ ...pageQuery, unread: z.enum(['true', 'false']).optional() });
export type InboxQuery = z.infer<typeof inboxQuery>;

export const notificationOut = z.object({
  id: z.number(),
  kind: z.enum(KINDS),
  /** Title and text in the reader's language (Accept-Language), from the stored kind and parameters. */
  title: z.string(),
  text: z.string(),
  link: z.string().nullable(),
  orgId: z.number().nullable(),
  orgName: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const inboxOut = pageOf(notificationOut).extend({ unread: z.number().int() });
export const unreadOut = z.object({ unread: z.number().int() });
export const readAllOut = z.object({ updated: z.number().int(), unread: z.number().int() });

const modesShape = z.object(Object.fromEntries(TOPICS.map((t) => [t, z.enum(MODES)])) as Record<(typeof TOPICS)[number], z.ZodEnum<{ [K in (typeof MODES)[number]]: K }>>);

export const settingsOut = z.object({
  /** The address set here, if any; else mail goes to the linked person's address (personEmail). */
  email: z.string().nullable(),
  personEmail: z.string().nullable(),
  modes: modesShape,
  /** Whether this server sends mail at all (SMTP_URL set). */
  mailEnabled: z.boolean(),
});
export const settingsIn = z.object({
  email: str().trim().max(200, 'notify_email_invalid').refine((v) => v === '' || EMAIL_RE.test(v), 'notify_email_invalid').nullish(),
  modes: modesShape.partial().optional(),
}).strict();
export type SettingsInput = z.infer<typeof settingsIn>;

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export const outboxQuery = z.object({ ...pageQuery, status: z.enum(OUTBOX_STATUSES).optional() });
export type OutboxQuery = z.infer<typeof outboxQuery>;
export const outboxItemOut = z.object({
  id: z.number(),
  toAddress: z.string(),
  accountName: z.string().nullable(),
  subject: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  nextAttemptAt: z.string(),
  sentAt: z.string().nullable(),
  digestOn: z.string().nullable(),
});
export const outboxOut = pageOf(outboxItemOut).extend({
  counts: z.object(Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof OUTBOX_STATUSES)[number], z.ZodNumber>),
  mailEnabled: z.boolean(),
});
