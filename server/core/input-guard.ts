import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldMessage } from './errors.js';
import { isStorableText } from './schemas.js';

/**
 * Refuses, before validation, any string in the path, query or JSON body that PostgreSQL cannot store
 * (NUL, a lone surrogate), naming its field the way validation errors do (`items.0.code`). Schemas refuse
 * them too (core `str()`/`text()`); this guard covers every string a schema forgot, passwords and all.
 */
export function findBadString(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = findBadString(value[i], [...path, String(i)], depth + 1);
      if (p) return p;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    if (!isStorableText(k)) return [...path, k];
    const p = findBadString(v, [...path, k], depth + 1);
    if (p) return p;
  }
  return null;
}

export function assertStorable(part: string, value: unknown) {
  const p = findBadString(value);
  if (p) {
    const fields: Record<string, FieldMessage> = { [p.join('.') || part]: 'text_invalid_chars' };
    throw new AppError(400, 'validation', {}, fields);
  }
}

export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    assertStorable('params', req.params);
    assertStorable('querystring', req.query);
    if (!req.isMultipart()) assertStorable('body', req.body);
  });
}
