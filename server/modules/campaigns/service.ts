import { audit } from '../../core/audit.js';
import { idList, one, rows, sql, type Db, type Queryable } from '../../core/db/index.js';
import { badRequest, conflict, notFound } from '../../core/errors.js';
import { t } from '../../core/i18n.js';
import { toPage } from '../../core/pagination.js';
import { assertAnywhere, assertCan, can, inScope, inScopeOrAbove, type Actor } from '../../core/policy.js';
import { fold } from '../../core/vn.js';
import * as q from './queries.js';
import type { BoardQuery, CreateCampaignInput, ListCampaignsQuery, RemindInput, UpdateCampaignInput } from './schemas.js';
import { notify, vnDate as noticeDate } from '../notifications/notify.js';
import './messages.js';
import './policy.js';

/** Obligations (ob, unit o) the actor may see for the action: those of units in its subtrees. */
const obligationScope = (actor: Actor, action = 'campaign.read') => inScope(actor, action, sql`o.path`);

/** Campaigns (k, organizer ko) opened in the actor's subtrees, or opened above and giving its units obligations. */
const visibleSql = (actor: Actor) => sql`(${inScope(actor, 'campaign.read', sql`ko.path`)} OR EXISTS (
  SELECT 1 FROM obligations vob JOIN orgs vo ON vo.id = vob.org_id
  WHERE vob.campaign_id = k.id AND ${inScope(actor, 'campaign.read', sql`vo.path`)}))`;

/** dd/mm/yyyy, the Vietnamese way, for messages. */
const vnDate = (d: string) => d.split('-').reverse().join('/');

/** A campaign the actor may see, else 404. */
export async function readableCampaign(db: Queryable, actor: Actor, id: number, lock = false) {
  const k = await q.findCampaign(db, id, lock);
  if (!k) throw notFound('campaign');
  if (can(actor, 'campaign.read', k.orgPath)) return k;
  const concerned = await one(db, sql`SELECT 1 FROM obligations ob JOIN orgs o ON o.id = ob.org_id
    WHERE ob.campaign_id = ${id} AND ${obligationScope(actor)} LIMIT 1`);
  if (!concerned) throw notFound('campaign');
  return k;
}

export async function list(db: Db, actor: Actor, f: ListCampaignsQuery) {
  assertAnywhere(actor, 'campaign.read');
  const found = await q.listCampaigns(db, visibleSql(actor), obligationScope(actor), { ...f, folded: f.q ? fold(f.q) : undefined });
  return toPage(found, f);
}

export async function detail(db: Queryable, actor: Actor, id: number) {
  const k = await readableCampaign(db, actor, id);
  const scope = sql`ob.campaign_id = ${id} AND ${obligationScope(actor)}`;
  const [item, documents, summary] = await Promise.all([
    q.campaignItem(db, id, obligationScope(actor)), q.documentsOf(db, id), q.summary(db, scope),
  ]);
  return { ...item, orgPath: k.orgPath, description: k.description, levelOffsets: k.levelOffsets, documents, summary };
}

/** Documents the caller can see in the registry: owned by its units, below or above them. 400 names the others. */
async function checkDocuments(db: Queryable, actor: Actor, ids: number[]) {
  const unique = [...new Set(ids)];
  const found = await rows<{ id: number }>(db, sql`SELECT d.id FROM documents d JOIN orgs o ON o.id = d.owner_org_id
    WHERE d.id IN (${idList(unique)}) AND ${inScopeOrAbove(actor, 'document.read', sql`o.path`)}`);
  const seen = new Set(found.map((r) => r.id));
  const missing = unique.filter((i) => !seen.has(i));
  if (missing.length) throw badRequest({ documentIds: { key: 'documents_not_visible', params: { ids: missing.join(', ') } } });
  return unique;
}

export async function create(db: Db, actor: Actor, input: CreateCampaignInput) {
  assertAnywhere(actor, 'campaign.write');
  return db.transaction(async (tx) => {
    const org = await q.findOrg(tx, input.orgId);
    if (!org || !can(actor, 'campaign.read', org.path)) throw notFound('org');
    assertCan(actor, 'campaign.write', org.path);
    if (org.status !== 'active') throw conflict('org_inactive', {}, { orgId: 'org_inactive' });
    const documentIds = await checkDocuments(tx, actor, input.documentIds);
    const levelOffsets = input.levelOffsets ?? {};
    const { id } = (await one<{ id: number }>(tx, sql`INSERT INTO campaigns (org_id, title, description, tiers, deadline, level_offsets, created_by)
      VALUES (${org.id}, ${input.title}, ${input.description ?? null}, ${`{${input.tiers.join(',')}}`}::text[], ${input.deadline},
        ${JSON.stringify(levelOffsets)}::jsonb, ${actor.accountId}) RETURNING id`))!;
    await tx.execute(sql`INSERT INTO campaign_documents (campaign_id, document_id)
      VALUES ${sql.join(documentIds.map((d) => sql`(${id}, ${d})`), sql`, `)}`);
    const obligations = await q.cascade(tx, { id, orgId: org.id, orgPath: org.path, tiers: input.tiers, deadline: input.deadline, levelOffsets });
    const after = await detail(tx, actor, id);
    await audit(tx, actor, { action: 'create', entity: 'campaign', entityId: id, orgPath: org.path, after: { ...after, documentIds, obligations } });
    return after;
  });
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateCampaignInput) {
  assertAnywhere(actor, 'campaign.write');
  return db.transaction(async (tx) => {
    const k = await readableCampaign(tx, actor, id, true);
    assertCan(actor, 'campaign.write', k.orgPath);
    // A closed campaign is read-only: it may only be reopened (which may carry other changes with it).
    const changes = (['title', 'description', 'deadline'] as const).some((f) => input[f] !== undefined && input[f] !== k[f]);
    if (k.status === 'closed' && input.status !== 'active' && changes) throw conflict('campaign_closed');
    const before = await detail(tx, actor, id);
    const deadline = input.deadline ?? k.deadline;
    // Moving the campaign deadline moves every unit's deadline by as many days, keeping per-unit adjustments.
    if (deadline !== k.deadline) {
      await tx.execute(sql`UPDATE obligations SET deadline = deadline + (${deadline}::date - ${k.deadline}::date) WHERE campaign_id = ${id}`);
    }
    await tx.execute(sql`UPDATE campaigns SET title = ${input.title ?? k.title},
        description = ${input.description === undefined ? k.description : input.description},
        deadline = ${deadline}, status = ${input.status ?? k.status} WHERE id = ${id}`);
    const after = await detail(tx, actor, id);
    await audit(tx, actor, { action: 'update', entity: 'campaign', entityId: id, orgPath: k.orgPath, before, after });
    return after;
  });
}

export async function board(db: Db, actor: Actor, id: number, f: BoardQuery) {
  const k = await readableCampaign(db, actor, id);
  const where = sql`ob.campaign_id = ${k.id} AND ${obligationScope(actor)}
    ${f.orgId ? sql`AND o.path <@ (SELECT path FROM orgs WHERE id = ${f.orgId})` : sql``}
    ${f.tier ? sql`AND ob.tier = ${f.tier}` : sql``}`;
  const [found, summary] = await Promise.all([q.board(db, where, f.status, f), q.summary(db, where)]);
  return { ...toPage(found, f), summary };
}

async function boardRow(db: Queryable, obligationId: number) {
  const [row] = await q.board(db, sql`ob.id = ${obligationId}`, undefined, { page: 1, pageSize: 1 });
  const { total: _t, ...rest } = row;
  return rest;
}

/** The organizer sets each unit's deadline; units below see theirs but cannot move it. */
export async function updateObligation(db: Db, actor: Actor, id: number, input: { deadline: string }) {
  assertAnywhere(actor, 'campaign.write');
  return db.transaction(async (tx) => {
    const ob = await q.findObligation(tx, id, true);
    if (!ob) throw notFound('obligation');
    const k = (await q.findCampaign(tx, ob.campaignId))!;
    if (!can(actor, 'campaign.read', ob.orgPath) && !can(actor, 'campaign.read', k.orgPath)) throw notFound('obligation');
    assertCan(actor, 'campaign.write', k.orgPath);
    if (k.status === 'closed') throw conflict('campaign_closed');
    if (input.deadline > k.deadline) {
      throw badRequest({ deadline: { key: 'obligation_after_campaign', params: { deadline: vnDate(k.deadline) } } });
    }
    const before = await boardRow(tx, id);
    await tx.execute(sql`UPDATE obligations SET deadline = ${input.deadline} WHERE id = ${id}`);
    const after = await boardRow(tx, id);
    await audit(tx, actor, { action: 'update', entity: 'obligation', entityId: id, orgPath: ob.orgPath, before, after });
    return after;
  });
}

/**
 * Reminds late units: the chosen obligations, or every overdue one (no conference, or one set after the
 * deadline, once the deadline has passed) among the units where the actor may remind.
 */
export async function remind(db: Db, actor: Actor, id: number, input: RemindInput) {
  assertAnywhere(actor, 'campaign.remind');
  return db.transaction(async (tx) => {
    const k = await readableCampaign(tx, actor, id);
    if (k.status === 'closed') throw conflict('campaign_closed');
    const scope = sql`ob.campaign_id = ${id} AND ${obligationScope(actor, 'campaign.remind')}`;
    let ids: number[];
    if (input.obligationIds) {
      const wanted = [...new Set(input.obligationIds)];
      const found = await rows<{ id: number }>(tx, sql`SELECT ob.id FROM obligations ob JOIN orgs o ON o.id = ob.org_id
        WHERE ${scope} AND ob.id IN (${idList(wanted)})`);
      ids = found.map((r) => r.id);
      const missing = wanted.filter((w) => !ids.includes(w));
      if (missing.length) throw badRequest({ obligationIds: { key: 'obligations_not_found', params: { ids: missing.join(', ') } } });
    } else {
      ids = (await rows<{ id: number }>(tx, sql`SELECT d.id FROM ${q.derived(scope)} WHERE d.status = 'overdue'`)).map((r) => r.id);
    }
    if (!ids.length) return { sent: 0 };
    const message = input.message ?? t(actor.lang, 'reminder_default', { title: k.title });
    await tx.execute(sql`INSERT INTO reminders (obligation_id, message, sent_by)
      SELECT ob.id, ${message}, ${actor.accountId} FROM obligations ob WHERE ob.id IN (${idList(ids)})`);
    await tx.execute(sql`UPDATE obligations SET last_reminded_at = now() WHERE id IN (${idList(ids)})`);
    const units = await rows<{ orgId: number; path: string; name: string; deadline: string }>(tx, sql`SELECT o.id AS "orgId", o.path::text AS path,
      o.name, ob.deadline::text AS deadline FROM obligations ob JOIN orgs o ON o.id = ob.org_id WHERE ob.id IN (${idList(ids)}) ORDER BY ob.id`);
    await notify(tx, units.map((u) => ({
      kind: 'campaign_reminder', link: `/campaigns/${id}`, org: { id: u.orgId, path: u.path }, fromAccountId: actor.accountId,
      params: { campaign: k.title, unit: u.name, deadline: noticeDate(u.deadline), from: actor.displayName, message: input.message ?? null },
      toUnitStaff: { orgIds: [u.orgId], action: 'campaign.read' },
    })));
    await audit(tx, actor, { action: 'remind', entity: 'campaign', entityId: id, orgPath: k.orgPath, after: { obligationIds: ids, message } });
    return { sent: ids.length };
  });
}
