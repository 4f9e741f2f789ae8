import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { rows, sql } from '../../core/db/index.js';
import { limitOffset, pageOf, pageQuery, toPage } from '../../core/pagination.js';
import { assertAnywhere, inScope } from '../../core/policy.js';
import { isoDate, queryId, str } from '../../core/schemas.js';
import './policy.js';

const entryOut = z.object({
  id: z.number(),
  at: z.string(),
  accountId: z.number().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Nhật ký thao tác trong phạm vi',
      querystring: z.object({
        entity: str().max(40).optional(),
        action: str().max(40).optional(),
        accountId: queryId.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        ...pageQuery,
      }),
      response: { 200: pageOf(entryOut) },
    },
  }, async (req) => {
    const actor = actorOf(req);
    assertAnywhere(actor, 'audit.read');
    const f = req.query;
    // Entries are scoped by where the changed record lives in the tree (index on org_path, on at).
    const found = await rows<z.infer<typeof entryOut> & { total: number }>(db, sql`
      SELECT l.id::int AS id, to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, l.account_id AS "accountId",
        a.username, l.action, l.entity, l.entity_id AS "entityId", l.before, l.after, l.ip, count(*) OVER () AS total
      FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id
      WHERE ${inScope(actor, 'audit.read', sql`l.org_path`)}
        ${f.entity ? sql`AND l.entity = ${f.entity}` : sql``}
        ${f.action ? sql`AND l.action = ${f.action}` : sql``}
        ${f.accountId ? sql`AND l.account_id = ${f.accountId}` : sql``}
        ${f.from ? sql`AND l.at >= (${f.from}::date - interval '7 hours')` : sql``}
        ${f.to ? sql`AND l.at < (${f.to}::date + interval '17 hours')` : sql``}
      ORDER BY l.at DESC, l.id DESC ${limitOffset(f)}`);
    return toPage(found, f);
  });
};

export default auditRoutes;
