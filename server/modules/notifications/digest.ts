// The daily digest: one mail per person per day, gathering that day's notices they chose to get that way.
import { rows, sql, vnDay, type Db } from '../../core/db/index.js';
import type { Lang } from '../../core/i18n.js';
import { t } from '../../core/i18n.js';
import { render, type Params } from './kinds.js';
import { mailBody, vnDate, wakeAfterCommit } from './notify.js';
import { mailState } from './state.js';

interface Row { accountId: number; locale: string; email: string | null; kind: string; params: Params; link: string | null }

/** Queues the digests of `day` (a Vietnam calendar day); a second run, here or on another instance, adds nothing. */
export async function enqueueDigests(db: Db, day: string) {
  return db.transaction(async (tx) => {
    const list = await rows<Row>(tx, sql`SELECT n.account_id AS "accountId", a.locale, NULLIF(coalesce(np.email, p.email), '') AS email,
        n.kind, n.params, n.link
      FROM notifications n JOIN accounts a ON a.id = n.account_id
      LEFT JOIN people p ON p.id = a.person_id LEFT JOIN notification_prefs np ON np.account_id = a.id
      WHERE n.mail = 'digest' AND ${vnDay(sql`n.created_at`)} = ${day}::date AND a.active
        AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.account_id = n.account_id AND m.digest_on = ${day}::date)
      ORDER BY n.account_id, n.created_at, n.id`);
    const by = new Map<number, Row[]>();
    for (const r of list) by.set(r.accountId, [...(by.get(r.accountId) ?? []), r]);
    let queued = 0;
    for (const [accountId, items] of by) {
      const { email, locale } = items[0];
      if (!email) continue;
      const lang: Lang = locale === 'en' ? 'en' : 'vi';
      const lines = items.flatMap((n, i) => {
        const { title, text } = render(lang, n.kind, n.params);
        return [`${i + 1}. ${title}`, `   ${text.replace(/\n/g, '\n   ')}`, ...(n.link ? [`   ${t(lang, 'mail.open_link', { url: mailState.baseUrl + n.link })}`] : []), ''];
      });
      const subject = t(lang, 'mail.digest_subject', { day: vnDate(day), count: items.length });
      const body = mailBody(lang, [t(lang, 'mail.digest_intro', { day: vnDate(day) }), '', ...lines].join('\n'), '/notifications');
      const added = await rows(tx, sql`INSERT INTO mail_outbox (account_id, to_address, subject, body, link, digest_on)
        VALUES (${accountId}, ${email}, ${subject}, ${body}, '/notifications', ${day}::date)
        ON CONFLICT (account_id, digest_on) WHERE digest_on IS NOT NULL DO NOTHING RETURNING id`);
      queued += added.length;
    }
    if (queued) await wakeAfterCommit(tx);
    return queued;
  });
}
