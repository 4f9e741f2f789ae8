import { z } from 'zod';
import { pageQuery } from '../../core/pagination.js';
import { isoDate, queryId, str } from '../../core/schemas.js';

export const entryOut = z.object({
  id: z.number(),
  at: z.string(),
  accountId: z.number().nullable(),
  username: z.string().nullable(),
  /** Who did it, as people know them (the account's display name). */
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  /**
   * Names of the records the entry refers to, "kind:id" → name (kind: org, person, document, campaign, conference,
   * bridge_point, account, obligation): the record itself (entity, entityId) and the ids inside before/after.
   */
  names: z.record(z.string(), z.string()),
});

export const auditQuery = z.object({
  entity: str().max(40).optional(),
  action: str().max(40).optional(),
  accountId: queryId.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pageQuery,
});
