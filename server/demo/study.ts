// Study campaigns of the demo: the seed article's campaign with its figures (36 bridge points, 1,350 and 350
// present, 99.8% participation) built from attendance records, and a campaign under way for the board.
import { one, sql, type Queryable } from '../core/db/index.js';
import { cascade } from '../modules/campaigns/queries.js';
import { bulkInsert } from '../core/db/bulk.js';
import { DEMO_SEED, Rng } from './rng.js';
import { currentCampaign } from './study-current.js';
import { nowConferences } from './study-now.js';
import { pastCampaign } from './study-past.js';
import { pastReview } from './study-review.js';
import { Book, type StudyCtx } from './study-book.js';

export { KEY_PRESENT, MAKEUP_COMMUNE, PARTICIPATION, PAST_CAMPAIGN_ID, STAFF_PRESENT } from './study-past.js';
export { CURRENT_CAMPAIGN_ID } from './study-current.js';

/**
 * Builds the campaigns in memory. A generator of its own (seeded from the demo seed) keeps everything generated
 * before unchanged when the study data changes.
 */
export function buildStudy(ctx: StudyCtx, now: number): Book {
  const book = new Book(ctx, new Rng(DEMO_SEED ^ 0x5717));
  const past = pastCampaign(book);
  const current = currentCampaign(book);
  // Generated after the campaigns above, so that they stay exactly as they were.
  pastReview(book, past, current);
  nowConferences(book, now);
  return book;
}

const j = JSON.stringify;

/** Inserts the campaigns; obligations come from the campaigns module's own cascade. Runs in the seed's transaction. */
export async function insertStudy(tx: Queryable, b: Book) {
  const staff = await one<{ id: number }>(tx, sql`SELECT id FROM accounts WHERE username = 'tuyengiao.huyen'`);
  const by = staff?.id ?? null;
  await bulkInsert(tx, 'campaigns', { id: 'int', org_id: 'int', title: 'text', description: 'text', tiers: 'text[]', deadline: 'date',
    level_offsets: 'jsonb', status: 'text', created_by: 'int', created_at: 'timestamptz' }, b.campaigns.map((k) => ({ ...k, created_by: by })));
  await bulkInsert(tx, 'campaign_documents', { campaign_id: 'int', document_id: 'int' }, b.campaignDocs);
  const district = await one<{ path: string }>(tx, sql`SELECT path::text AS path FROM orgs WHERE id = ${b.ctx.tree.district.id}`);
  for (const k of b.campaigns) {
    await cascade(tx, { id: k.id as number, orgId: k.org_id as number, orgPath: district!.path, tiers: k.tiers as string[],
      deadline: k.deadline as string, levelOffsets: k.level_offsets as object });
  }
  if (b.deadlines.length) {
    await tx.execute(sql`UPDATE obligations ob SET deadline = x.deadline FROM json_to_recordset(${j(b.deadlines)}::json)
      AS x("campaignId" int, "orgId" int, tier text, deadline date)
      WHERE ob.campaign_id = x."campaignId" AND ob.org_id = x."orgId" AND ob.tier = x.tier`);
  }
  if (b.reminders.length) {
    await tx.execute(sql`WITH r AS (SELECT ob.id, x.message, x."sentAt" FROM json_to_recordset(${j(b.reminders)}::json)
        AS x("campaignId" int, "orgId" int, tier text, message text, "sentAt" timestamptz)
        JOIN obligations ob ON ob.campaign_id = x."campaignId" AND ob.org_id = x."orgId" AND ob.tier = x.tier),
      ins AS (INSERT INTO reminders (obligation_id, message, sent_by, sent_at) SELECT id, message, ${by}, "sentAt" FROM r ORDER BY id)
      UPDATE obligations ob SET last_reminded_at = r."sentAt" FROM r WHERE ob.id = r.id`);
  }
  await bulkInsert(tx, 'conferences', { id: 'int', campaign_id: 'int', org_id: 'int', tier: 'text', title: 'text', format: 'text',
    starts_at: 'timestamptz', ends_at: 'timestamptz', hall: 'text', audience: 'jsonb', makeup_of: 'int', hall_secret: 'text',
    created_by: 'int', created_at: 'timestamptz' }, b.conferences.map((c) => ({ ...c, created_by: by })));
  await bulkInsert(tx, 'agenda_items', { conference_id: 'int', position: 'int', topic: 'text', presenter_person_id: 'int', minutes: 'int' }, b.agenda);
  await bulkInsert(tx, 'conference_materials', { conference_id: 'int', document_id: 'int' }, b.materials);
  await bulkInsert(tx, 'bridge_points', { id: 'int', conference_id: 'int', org_id: 'int', name: 'text', host_person_id: 'int', capacity: 'int',
    is_main: 'boolean', connection_ok: 'boolean', checked_at: 'timestamptz' }, b.bridgePoints);
  // Foreign-key triggers fire once per row: on PGlite ~15 s for the ~100k rows below. Where the session may, skip
  // them for these rows and check the same references (and more) with set-based queries right after.
  const trusted = (await one<{ su: string }>(tx, sql`SELECT current_setting('is_superuser') AS su`))?.su === 'on';
  if (trusted) await tx.execute(sql`SET LOCAL session_replication_role = replica`);
  await bulkInsert(tx, 'invitations', { conference_id: 'int', person_id: 'int', bridge_point_id: 'int' }, b.invitations, 5000);
  await bulkInsert(tx, 'attendance', { conference_id: 'int', person_id: 'int', bridge_point_id: 'int', checked_at: 'timestamptz',
    late_minutes: 'int', method: 'text', note: 'text', received_at: 'timestamptz' }, b.attendance, 5000);
  await bulkInsert(tx, 'absences', { conference_id: 'int', person_id: 'int', excused: 'boolean', reason: 'text', recorded_at: 'timestamptz' }, b.absences);
  if (trusted) {
    await tx.execute(sql`SET LOCAL session_replication_role = origin`);
    await checkReferences(tx);
    // The participation counts' triggers were skipped too.
    await tx.execute(sql`SELECT participation_rebuild()`);
  }
  await bulkInsert(tx, 'questions', { id: 'int', conference_id: 'int', person_id: 'int', presenter_person_id: 'int', anonymous: 'boolean', text: 'text',
    answer: 'text', answered_by: 'int', answered_at: 'timestamptz', hidden: 'boolean', created_at: 'timestamptz' }, b.questions);
  await bulkInsert(tx, 'question_votes', { question_id: 'int', person_id: 'int' }, b.votes.map((v) => ({ question_id: v.question, person_id: v.person_id })));
  await bulkInsert(tx, 'presenter_ratings', { conference_id: 'int', presenter_person_id: 'int', person_id: 'int', score: 'int', comment: 'text',
    created_at: 'timestamptz', updated_at: 'timestamptz' }, b.ratings);
  await bulkInsert(tx, 'evaluations', { conference_id: 'int', org_id: 'int', person_id: 'int', year: 'int', flags: 'text[]', comment: 'text',
    created_by: 'int', created_at: 'timestamptz', updated_at: 'timestamptz' }, b.evaluations.map((e) => ({ ...e, created_by: by, updated_at: e.created_at })));
  await bulkInsert(tx, 'demo_schedule', { conference_id: 'int', anchor: 'text', offset_minutes: 'int' }, b.schedule);
  for (const table of ['campaigns', 'conferences', 'bridge_points', 'questions']) {
    await tx.execute(sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT max(id) FROM ${sql.raw(table)}))`);
  }
}

/** What the skipped foreign keys guarantee, plus: an invitee's or attendee's bridge point belongs to the same conference. */
async function checkReferences(tx: Queryable) {
  const bad = await one<{ n: number }>(tx, sql`SELECT (
      (SELECT count(*) FROM invitations i LEFT JOIN conferences c ON c.id = i.conference_id LEFT JOIN people p ON p.id = i.person_id
        LEFT JOIN bridge_points b ON b.id = i.bridge_point_id
        WHERE c.id IS NULL OR p.id IS NULL OR (i.bridge_point_id IS NOT NULL AND b.conference_id IS DISTINCT FROM i.conference_id))
      + (SELECT count(*) FROM attendance a LEFT JOIN conferences c ON c.id = a.conference_id LEFT JOIN people p ON p.id = a.person_id
        LEFT JOIN bridge_points b ON b.id = a.bridge_point_id
        WHERE c.id IS NULL OR p.id IS NULL OR (a.bridge_point_id IS NOT NULL AND b.conference_id IS DISTINCT FROM a.conference_id))
      + (SELECT count(*) FROM absences x LEFT JOIN conferences c ON c.id = x.conference_id LEFT JOIN people p ON p.id = x.person_id
        WHERE c.id IS NULL OR p.id IS NULL))::int AS n`);
  if (bad!.n) throw new Error(`demo: ${bad!.n} study rows point nowhere`);
}
