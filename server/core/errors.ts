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
    const expected = String(issue.params.expected);
    return t(lang, 'invalid_type', { expected: hasMessage(`type.${expected}`) ? t(lang, `type.${expected}`) : expected });
  }
  // Numbers out of range say the bound the column holds, in words a clerk reads.
  if ((issue.keyword === 'too_big' || issue.keyword === 'too_small') && (issue.params.origin === 'number' || issue.params.origin === 'int') && !hasMessage(String(issue.message))) {
    const big = issue.keyword === 'too_big';
    return t(lang, big ? 'number_max' : 'number_min', { value: formatNumber(lang, Number(big ? issue.params.maximum : issue.params.minimum)) });
  }
  if ((issue.keyword === 'too_big' || issue.keyword === 'too_small') && (issue.params.origin === 'string' || issue.params.origin === 'array') && !hasMessage(String(issue.message))) {
    const big = issue.keyword === 'too_big';
    const value = Number(big ? issue.params.maximum : issue.params.minimum);
    if (!big && value === 1) return t(lang, 'required');
    return t(lang, `${issue.params.origin}_${big ? 'max' : 'min'}`, { value: formatNumber(lang, value) });
  }
  // Schemas may name an i18n key as their message (refine(..., 'date_format')).
  if (typeof issue.message === 'string' && hasMessage(issue.message)) return t(lang, issue.message, issue.params);
  const locale = lang === 'en' ? z.locales.en() : z.locales.vi();
  const raw = { code: issue.keyword, ...issue.params, message: issue.message } as never;
  return (locale.localeError as (i: unknown) => string | { message: string } | undefined)(raw)?.toString() ?? String(issue.message);
}

const formatNumber = (lang: Lang, n: number) => n.toLocaleString(lang === 'en' ? 'en-US' : 'vi-VN');

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
    if (err instanceof AppError) return sendError(req, reply, err);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      // zod reports 1e20 as past the safe-integer range before our int4 bound: the bound the column holds speaks first.
      const issues = [...(err.validation as unknown as Issue[])].sort((a, b) => Number(a.params.origin === 'int') - Number(b.params.origin === 'int'));
      for (const issue of issues) {
        const name = fieldName(err.validationContext as never, issue.instancePath);
        fields[name] ??= translateIssue(lang, issue);
      }
      return reply.status(400).send({ error: { code: 'validation', message: t(lang, 'validation'), fields } });
    }
    const known = frameworkError(err as FastifyError, req) ?? databaseError(err);
    if (known) return sendError(req, reply, known);
    const status = (err as FastifyError).statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Any other 4xx of Fastify or a plugin: our shape, a translated message, the framework's words as detail.
      req.log.info({ err }, 'client error');
      return sendError(req, reply, new AppError(status, 'bad_request'));
    }
    req.log.error(err);
    return reply.status(500).send({ error: { code: 'internal', message: t(lang, 'internal') } });
  });
}

/** Writes an AppError in the standard shape, translated in the caller's language. */
export function sendError(req: FastifyRequest, reply: FastifyReply, err: AppError) {
  const lang = langOf(req);
  const tr = (m: FieldMessage) => (typeof m === 'string' ? t(lang, m) : t(lang, m.key, m.params));
  const fields = err.fields ? Object.fromEntries(Object.entries(err.fields).map(([k, m]) => [k, tr(m)])) : undefined;
  const details = err.details?.map((d) => ({ ...d, message: tr(d.message) }));
  // A limit says when to come back, for clients that do not read the message.
  if (err.status === 429 && typeof err.params.seconds === 'number') reply.header('retry-after', String(err.params.seconds));
  return reply.status(err.status).send({ error: { code: err.code, message: t(lang, err.code, err.params), fields, details } });
}

const MB = 1048576;

/** Fastify's and @fastify/multipart's own errors (bad JSON, wrong content type, sizes, broken multipart). */
function frameworkError(err: FastifyError, req: FastifyRequest): AppError | null {
  const server = req.server as unknown as { config?: { maxUploadBytes: number }; initialConfig: { bodyLimit?: number } };
  switch (err.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError(413, 'too_large', { max: Math.round((server.config?.maxUploadBytes ?? 0) / MB) });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'body_too_large', { max: Math.round((server.initialConfig.bodyLimit ?? MB) / MB) });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(415, 'unsupported_media_type', { type: String(req.headers['content-type'] ?? '').split(';')[0] || '—' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(400, 'empty_body', {}, { body: 'empty_body' });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError(400, 'invalid_json', {}, { body: 'invalid_json' });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(400, 'bad_request', {}, { body: 'bad_request' });
    case 'FST_ERR_BAD_URL':
      return new AppError(400, 'bad_url');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError(400, 'param_too_long', { max: MAX_PARAM_LENGTH });
    case 'FST_FILES_LIMIT': case 'FST_FIELDS_LIMIT': case 'FST_PARTS_LIMIT':
      return new AppError(413, 'upload_limit');
    case 'FST_PROTO_VIOLATION': case 'FST_INVALID_MULTIPART_CONTENT_TYPE': case 'FST_NO_FORM_DATA':
      return new AppError(400, 'multipart_invalid', {}, { file: 'multipart_invalid' });
  }
  if (err instanceof SyntaxError && err.statusCode === 400) return new AppError(400, 'invalid_json', {}, { body: 'invalid_json' });
  // busboy throws plain errors for a missing or wrong boundary and a truncated body.
  if (!err.statusCode && /^Multipart: |Unexpected end of (multipart data|form|file)|terminated early due to unexpected end of multipart data|Malformed part header|Unsupported content type/.test(String(err.message))) {
    return new AppError(400, 'multipart_invalid', {}, { file: 'multipart_invalid' });
  }
  return null;
}

/** Path parameters longer than this are refused before routing (ids need 10 digits). */
export const MAX_PARAM_LENGTH = 200;

/** Fastify's `frameworkErrors` option: errors raised before a route is found, in our shape. */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  return sendError(req, reply, frameworkError(err, req) ?? new AppError(400, 'bad_request'));
}

/**
 * PostgreSQL errors that are the caller's fault, as a last line of defence (schemas refuse these inputs
 * first): bad values → 400, a delete blocked by a reference → 409, a duplicate → 409.
 */
export function databaseError(err: unknown): AppError | null {
  let e = err as { code?: unknown; message?: unknown; column?: unknown; cause?: unknown } | undefined;
  for (let i = 0; i < 3 && e && !(typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)); i++) e = e.cause as typeof e;
  if (!e || typeof e.code !== 'string' || !/^[0-9A-Z]{5}$/.test(e.code)) return null;
  const code = e.code;
  const field = typeof e.column === 'string' && e.column ? e.column : 'body';
  if (code === '23503') {
    if (!/^update or delete/.test(String(e.message))) return new AppError(400, 'reference_missing', {}, { [field]: 'reference_missing' });
    // 'Key (id)=(7) is still referenced from table "campaign_documents".': name what uses it when we know its words.
    const table = /referenced from table "(\w+)"/.exec(String((e as { detail?: unknown }).detail ?? ''))?.[1];
    return table && hasMessage(`table.${table}`) ? new AppError(409, 'record_in_use_by', { what: { key: `table.${table}` } }) : new AppError(409, 'record_in_use');
  }
  if (code === '23505') return new AppError(409, 'duplicate');
  if (code === '54000' || code === '22001') return new AppError(400, 'value_too_long', {}, { [field]: 'value_too_long' });
  if (code === '22003') return new AppError(400, 'validation', {}, { [field]: 'number_range' });
  if (code === '22007' || code === '22008') return new AppError(400, 'validation', {}, { [field]: 'date_invalid' });
  if (code === '22021' || code === '22P05') return new AppError(400, 'validation', {}, { [field]: 'text_invalid_chars' });
  if (code.startsWith('22') || code === '23502' || code === '23514') return new AppError(400, 'validation', {}, { [field]: 'value_invalid' });
  return null;
}
