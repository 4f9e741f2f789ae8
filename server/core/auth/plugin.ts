import type { FastifyInstance, FastifyRequest } from 'fastify';
import { rows, sql, type Db } from '../db/index.js';
import { unauthenticated } from '../errors.js';
import { langOf } from '../i18n.js';
import type { Actor, Grant } from '../policy.js';
import { actorCache } from './actor-cache.js';
import { SESSION_COOKIE, sessionAccountId, tokenFromCookie } from './session.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Route reachable without a session (login, health, docs). */
    public?: boolean;
  }
}

export async function loadActor(db: Db, accountId: number, req: Pick<FastifyRequest, 'ip' | 'headers'>): Promise<Actor | null> {
  const list = await rows<{
    username: string; display_name: string; person_id: number | null;
    grant_id: number | null; role: Grant['role'] | null; org_id: number | null; path: string | null; org_name: string | null;
  }>(db, sql`SELECT a.username, a.display_name, a.person_id, g.id AS grant_id, g.role, g.org_id, o.path::text AS path, o.name AS org_name
      FROM accounts a
      LEFT JOIN role_grants g ON g.account_id = a.id
      LEFT JOIN orgs o ON o.id = g.org_id
      WHERE a.id = ${accountId} AND a.active`);
  if (!list.length) return null;
  const first = list[0];
  return {
    accountId,
    username: first.username,
    displayName: first.display_name,
    personId: first.person_id,
    grants: list
      .filter((r) => r.grant_id !== null)
      .map((r) => ({ id: r.grant_id!, role: r.role!, orgId: r.org_id!, path: r.path!, orgName: r.org_name! })),
    ip: req.ip,
    lang: langOf(req),
  };
}

/** Resolves the session cookie to an actor on every request; routes not marked public require one. */
export function registerAuth(app: FastifyInstance, db: Db, secret: string) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  const cache = actorCache(db);
  // onRequest, before the body is parsed and validated: a caller without a session gets 401, not a
  // validation answer about a body it may not send.
  app.addHook('onRequest', async (req) => {
    // The API docs (Swagger UI's own routes) are public; everything else under /api needs a session.
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    const token = tokenFromCookie(secret, req.cookies[SESSION_COOKIE]);
    if (token) {
      const cached = cache.get(token);
      if (cached) {
        req.actor = { ...cached, ip: req.ip, lang: langOf(req) };
      } else {
        const epoch = cache.epoch;
        const accountId = await sessionAccountId(db, token);
        if (accountId) req.actor = await loadActor(db, accountId, req);
        if (req.actor) cache.remember(token, req.actor, epoch);
      }
      req.sessionToken = req.actor ? token : null;
    }
    if (!req.actor && !req.routeOptions.config?.public) throw unauthenticated();
  });
}

/** The authenticated actor of a protected route (the onRequest hook guarantees it). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}
