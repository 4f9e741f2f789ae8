import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { rows, sql, utc } from '../../core/db/index.js';
import { limitOffset, pageOf, toPage } from '../../core/pagination.js';
import { assertAnywhere, inScope } from '../../core/policy.js';
import { namesFor, refsOf } from './names.js';
import { auditQuery, entryOut } from './schemas.js';
import './policy.js';

/** The page's names that this entry uses (its record and the ids in its before/after). */
function pick(all: Record<string, string>, e: { entity: string; entityId: string | null; before: unknown; after: unknown }) {
  return Object.fromEntries(refsOf(e).filter((k) => k in all).map((k) => [k, all[k]]));
}

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Nhật ký thao tác trong phạm vi',
      querystring: auditQuery,
      response: { 200: pageOf(entryOut) },
      description: 'Entries newest first. Each carries the names of the records it refers to (`names`), so the log reads as sentences.',
    },
  }, async (req) => {
    const actor = actorOf(req);
    assertAnywhere(actor, 'audit.read');
    const f = req.query;
    // Entries are scoped by where the changed record lives in the tree (index on org_path, on at).
    const found = await rows<Omit<z.infer<typeof entryOut>, 'names'> & { total: number }>(db, sql`
      SELECT l.id::int AS id, ${utc(sql`l.at`)} AS at, l.account_id AS "accountId",
        a.username, a.display_name AS "actorName", l.action, l.entity, l.entity_id AS "entityId", l.before, l.after, l.ip, count(*) OVER () AS total
      FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id
      WHERE ${inScope(actor, 'audit.read', sql`l.org_path`)}
        ${f.entity ? sql`AND l.entity = ${f.entity}` : sql``}
        ${f.action ? sql`AND l.action = ${f.action}` : sql``}
        ${f.accountId ? sql`AND l.account_id = ${f.accountId}` : sql``}
        ${f.from ? sql`AND l.at >= (${f.from}::date - interval '7 hours')` : sql``}
        ${f.to ? sql`AND l.at < (${f.to}::date + interval '17 hours')` : sql``}
      ORDER BY l.at DESC, l.id DESC ${limitOffset(f)}`);
    const names = await namesFor(db, found);
    const withNames = found.map((e) => ({ ...e, names: pick(names, e) }));
    return toPage(withNames, f);
  });
};

export default auditRoutes;
