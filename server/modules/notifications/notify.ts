// The one way modules tell people something: notify(tx, notices), inside the transaction of the write that causes it.
import { idList, rows, sql, type Queryable } from '../../core/db/index.js';
import type { Lang } from '../../core/i18n.js';
import { can, type Actor, type Grant } from '../../core/policy.js';
import { modesOf, render, topicOf, type Kind, type Params } from './kinds.js';
import { mailState } from './state.js';
import { t } from '../../core/i18n.js';
import './kinds.js';

export interface Notice {
  kind: Kind;
  params: Params;
  /** The web page that acts on it (`/report-periods/12`). */
  link: string;
  /** The unit it is about. */
  org: { id: number; path: string };
  /** The clerks and leaders of these units (grants at the unit itself), kept only where `action` lets them see `org`. */
  toUnitStaff?: { orgIds: number[]; action: string };
  /** People by their person id (the invited, the asker): those with an active account. */
  toPeople?: number[];
  /** Once per item and person: a second notice with the same key to the same account is dropped. */
  dedupeKey?: string;
  /** The account that caused it gets no notice of its own act. */
  fromAccountId?: number;
}

const STAFF_ROLES = sql`('clerk', 'leader')`;

/** Grants of the accounts, as the policy layer reads them. */
async function grantsOf(tx: Queryable, accountIds: number[]) {
  const list = await rows<{ accountId: number; role: Grant['role']; path: string }>(tx, sql`
    SELECT g.account_id AS "accountId", g.role, o.path::text AS path FROM role_grants g JOIN orgs o ON o.id = g.org_id
    WHERE g.account_id IN (${idList(accountIds)})`);
  const by = new Map<number, Grant[]>();
  for (const g of list) {
    const arr = by.get(g.accountId) ?? [];
    arr.push({ id: 0, role: g.role, orgId: 0, path: g.path, orgName: '' });
    by.set(g.accountId, arr);
  }
  return by;
}

/** The actor a recipient would be, for the policy layer's question "may they see this unit?". */
const asActor = (accountId: number, grants: Grant[]): Actor =>
  ({ accountId, username: '', displayName: '', personId: null, grants, ip: '', lang: 'vi' });

async function recipients(tx: Queryable, n: Notice): Promise<number[]> {
  const found = new Set<number>();
  if (n.toUnitStaff?.orgIds.length) {
    const staff = await rows<{ id: number }>(tx, sql`SELECT DISTINCT a.id FROM accounts a JOIN role_grants g ON g.account_id = a.id
      WHERE a.active AND g.role IN ${STAFF_ROLES} AND g.org_id IN (${idList(n.toUnitStaff.orgIds)})`);
    if (staff.length) {
      const grants = await grantsOf(tx, staff.map((s) => s.id));
      // No one hears about a unit they cannot see: the policy layer decides, not the shape of the query.
      for (const s of staff) if (can(asActor(s.id, grants.get(s.id) ?? []), n.toUnitStaff.action, n.org.path)) found.add(s.id);
    }
  }
  if (n.toPeople?.length) {
    const people = await rows<{ id: number }>(tx, sql`SELECT id FROM accounts WHERE active AND person_id IN (${idList(n.toPeople)})`);
    for (const p of people) found.add(p.id);
  }
  if (n.fromAccountId) found.delete(n.fromAccountId);
  return [...found].sort((a, b) => a - b);
}

interface Recipient { id: number; locale: string; email: string | null; modes: Record<string, string> | null }

/** The text of an immediate mail, in the recipient's language. */
export function mailBody(lang: Lang, text: string, link: string | null) {
  const base = mailState.baseUrl;
  return [text, '', ...(link ? [t(lang, 'mail.open_link', { url: base + link }), ''] : []), '--', t(lang, 'mail.footer', { url: `${base}/notifications/settings` })].join('\n');
}

/**
 * Writes each notice to its recipients' inboxes and, for those who chose it by e-mail at once, to the outbox (the
 * worker sends after commit, never this request). Returns how many inbox rows were written.
 */
export async function notify(tx: Queryable, notices: Notice[]): Promise<number> {
  let written = 0;
  let queued = 0;
  for (const n of notices) {
    const ids = await recipients(tx, n);
    if (!ids.length) continue;
    const people = await rows<Recipient>(tx, sql`SELECT a.id, a.locale, NULLIF(coalesce(np.email, p.email), '') AS email, np.modes
      FROM accounts a LEFT JOIN people p ON p.id = a.person_id LEFT JOIN notification_prefs np ON np.account_id = a.id
      WHERE a.id IN (${idList(ids)}) ORDER BY a.id`);
    const topic = topicOf[n.kind];
    const values = people.map((r) => {
      const mode = mailState.on && r.email ? modesOf(r.modes)[topic] : 'off';
      return sql`(${r.id}, ${n.kind}, ${JSON.stringify(n.params)}::jsonb, ${n.link}, ${n.org.id}, ${mode}, ${n.dedupeKey ?? null})`;
    });
    const inserted = await rows<{ id: number; accountId: number; mail: string }>(tx, sql`
      INSERT INTO notifications (account_id, kind, params, link, org_id, mail, dedupe_key) VALUES ${sql.join(values, sql`, `)}
      ON CONFLICT (account_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
      RETURNING id, account_id AS "accountId", mail`);
    written += inserted.length;
    const mails = inserted.filter((i) => i.mail === 'immediate').map((i) => {
      const r = people.find((p) => p.id === i.accountId)!;
      const lang: Lang = r.locale === 'en' ? 'en' : 'vi';
      const { title, text } = render(lang, n.kind, n.params);
      return sql`(${r.id}, ${r.email}, ${title}, ${mailBody(lang, text, n.link)}, ${n.link}, ${i.id})`;
    });
    if (mails.length) {
      await tx.execute(sql`INSERT INTO mail_outbox (account_id, to_address, subject, body, link, notification_id) VALUES ${sql.join(mails, sql`, `)}`);
      queued += mails.length;
    }
  }
  if (queued) await wakeAfterCommit(tx);
  return written;
}

/**
 * Wakes the mail workers once this transaction commits: a NOTIFY in a transaction is delivered at commit, to every
 * instance listening on PostgreSQL ("tx" is no instance's tag, so the sender's own bus hears it too). PGlite has one
 * connection whose queries wait for the open transaction, so the local worker is woken now and reads after commit.
 */
export async function wakeAfterCommit(tx: Queryable) {
  await tx.execute(sql`SELECT pg_notify('mail_outbox', 'tx 1')`);
  mailState.wakeLocal?.();
}

/** dd/mm/yyyy for a date column's text. */
export const vnDate = (d: string | null | undefined) => (d ? d.slice(0, 10).split('-').reverse().join('/') : '');

/** "08:00, 20/02/2026" in Vietnam time, for a timestamp. */
export function vnTime(iso: string | Date) {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${d.slice(11, 16)}, ${vnDate(d.slice(0, 10))}`;
}
