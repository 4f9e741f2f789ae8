import { sql, type Queryable } from './db/index.js';
import type { Actor } from './policy.js';

export interface AuditEntry {
  action: string;          // create | update | delete | move | merge | login ...
  entity: string;          // org | person | document | account ...
  entityId?: string | number | null;
  orgPath?: string | null; // where the record lives in the tree, so leaders see their subtree's log
  before?: unknown;
  after?: unknown;
}

/**
 * The one audit hook: called inside the write's transaction, so the log and the change land together.
 * An actor with a null accountId is an anonymous attempt (a failed login) that still records its address.
 */
export async function audit(q: Queryable, actor: { accountId: Actor['accountId'] | null; ip: Actor['ip'] | null } | null, e: AuditEntry) {
  await q.execute(sql`INSERT INTO audit_log (account_id, action, entity, entity_id, org_path, before, after, ip)
    VALUES (${actor?.accountId ?? null}, ${e.action}, ${e.entity}, ${e.entityId == null ? null : String(e.entityId)},
            ${e.orgPath ?? null}::ltree, ${e.before === undefined ? null : JSON.stringify(e.before)}::jsonb,
            ${e.after === undefined ? null : JSON.stringify(e.after)}::jsonb, ${actor?.ip ?? null})`);
}
