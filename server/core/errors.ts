import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasMessage, langOf, t, type Lang } from './i18n.js';

/** A field-level message: an i18n key with its parameters, translated when the reply is written. */
export type FieldMessage = string | { key: string; params?: Record<string, unknown> };

/** The one error type of the application. */
export class AppError extends Error {
  constructor(
    public status: number,
    public code: string,
    public params: Record<string, unknown> = {},
    public fields?: Record<string, FieldMessage>,
    /** Per-item problems (import rows): each message translated like fields. */
    public details?: Array<Record<string, unknown> & { message: FieldMessage }>,
  ) {
    super(code);
  }
}

export const notFound = (entity: string) => new AppError(404, 'not_found', { entity });
export const forbidden = () => new AppError(403, 'forbidden');
export const unauthenticated = () => new AppError(401, 'unauthenticated');
export const badRequest = (fields: Record<string, FieldMessage>, code = 'validation') => new AppError(400, code, {}, fields);
export const conflict = (code: string, params: Record<string, unknown> = {}, fields?: Record<string, FieldMessage>) =>
  new AppError(409, code, params, fields);

type Issue = { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> };

function translateIssue(lang: Lang, issue: Issue): string {
  if (issue.keyword === 'invalid_type') {
    if (String(issue.message).includes('received undefined')) return t(lang, 'required');
    return t(lang, 'invalid_type', { expected: issue.params.expected });
  }
  // Schemas may name an i18n key as their message (refine(..., 'date_format')).
  if (typeof issue.message === 'string' && hasMessage(issue.message)) return t(lang, issue.message, issue.params);
  const locale = lang === 'en' ? z.locales.en() : z.locales.vi();
  const raw = { code: issue.keyword, ...issue.params, message: issue.message } as never;
  return (locale.localeError as (i: unknown) => string | { message: string } | undefined)(raw)?.toString() ?? String(issue.message);
}

function fieldName(part: 'body' | 'querystring' | 'params' | 'headers' | undefined, path: string): string {
  const p = path.replace(/^\//, '').replace(/\//g, '.');
  return p || (part ?? 'body');
}

export function sendRouteNotFound(req: FastifyRequest, reply: FastifyReply) {
  return reply.status(404).send({ error: { code: 'route_not_found', message: t(langOf(req), 'route_not_found') } });
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const lang = langOf(req);
    if (err instanceof AppError) {
      const fields = err.fields
        ? Object.fromEntries(
            Object.entries(err.fields).map(([k, m]) => [k, typeof m === 'string' ? t(lang, m) : t(lang, m.key, m.params)]),
          )
        : undefined;
      const details = err.details?.map((d) => ({ ...d, message: typeof d.message === 'string' ? t(lang, d.message) : t(lang, d.message.key, d.message.params) }));
      return reply.status(err.status).send({ error: { code: err.code, message: t(lang, err.code, err.params), fields, details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const issue of err.validation as unknown as Issue[]) {
        const name = fieldName(err.validationContext as never, issue.instancePath);
        fields[name] ??= translateIssue(lang, issue);
      }
      return reply.status(400).send({ error: { code: 'validation', message: t(lang, 'validation'), fields } });
    }
    const status = (err as FastifyError).statusCode ?? 500;
    if (status === 413 || (err as FastifyError).code === 'FST_REQ_FILE_TOO_LARGE') {
      const max = Math.round(((req.server as unknown as { config?: { maxUploadBytes: number } }).config?.maxUploadBytes ?? 0) / 1048576);
      return reply.status(413).send({ error: { code: 'too_large', message: t(lang, 'too_large', { max }) } });
    }
    if (status >= 400 && status < 500) {
      // Malformed JSON, wrong content type, etc.: Fastify's own 4xx, passed on with our shape.
      return reply.status(status).send({ error: { code: 'validation', message: t(lang, 'validation'), fields: { body: err.message } } });
    }
    req.log.error(err);
    return reply.status(500).send({ error: { code: 'internal', message: t(lang, 'internal') } });
  });
}
