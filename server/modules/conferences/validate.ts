import { idList, rows, sql, type Queryable } from '../../core/db/index.js';
import { badRequest, conflict, notFound, type FieldMessage } from '../../core/errors.js';
import { assertCan, can, inScope, inScopeOrAbove, rootsFor, type Actor } from '../../core/policy.js';
import { isWithin } from './access.js';
import { presenterOnLine } from './presenters.js';
import * as q from './queries.js';
import type { AgendaInput } from './schemas.js';

/** Field problems gathered so one reply names them all. */
export class Problems {
  fields: Record<string, FieldMessage> = {};
  add(field: string, m: FieldMessage) { this.fields[field] ??= m; }
  throwIfAny() { if (Object.keys(this.fields).length) throw badRequest(this.fields); }
}

/** A campaign the caller can see: opened by its units, below them or above them. */
export async function visibleCampaign(db: Queryable, actor: Actor, id: number) {
  const k = await q.findCampaign(db, id);
  const seen = k && (can(actor, 'conference.read', k.orgPath) || rootsFor(actor, 'conference.read').some((r) => isWithin(r, k.orgPath)));
  if (!k || !seen) throw notFound('campaign');
  return k;
}

/** The organizer: visible (404), writable (403), active (409), inside the campaign's subtree (400). */
export async function organizer(db: Queryable, actor: Actor, orgId: number, campaignPath: string, problems: Problems) {
  const org = await q.findOrg(db, orgId);
  if (!org || !can(actor, 'conference.read', org.path)) throw notFound('org');
  assertCan(actor, 'conference.write', org.path);
  if (org.status !== 'active') throw conflict('org_inactive', {}, { orgId: 'org_inactive' });
  if (!isWithin(org.path, campaignPath)) problems.add('orgId', 'organizer_outside_campaign');
  return org;
}

export function checkTimes(startsAt: string, endsAt: string, problems: Problems) {
  if (Date.parse(endsAt) <= Date.parse(startsAt)) problems.add('endsAt', 'ends_before_start');
}

export function checkTier(tier: string, tiers: string[], problems: Problems) {
  if (!tiers.includes(tier)) problems.add('tier', { key: 'tier_not_in_campaign', params: { tier, tiers: tiers.join(', ') } });
}

/** Materials must be documents the caller can see in the registry (its units, below or above). */
export async function checkMaterials(db: Queryable, actor: Actor, ids: number[], problems: Problems) {
  const unique = [...new Set(ids)];
  if (!unique.length) return unique;
  const found = await rows<{ id: number }>(db, sql`SELECT d.id FROM documents d JOIN orgs o ON o.id = d.owner_org_id
    WHERE d.id IN (${idList(unique)}) AND ${inScopeOrAbove(actor, 'document.read', sql`o.path`)}`);
  const seen = new Set(found.map((r) => r.id));
  const missing = unique.filter((i) => !seen.has(i));
  if (missing.length) problems.add('materialIds', { key: 'materials_not_visible', params: { ids: missing.join(', ') } });
  return unique;
}

/**
 * Presenters: people the caller may read, or people in the presenter corps whose unit is on the organizer's
 * line (above it or below it) — a district presenter may speak at a commune conference. The picker offers the
 * same people (presenters.ts).
 */
export async function checkPresenters(db: Queryable, actor: Actor, agenda: AgendaInput, orgPath: string, problems: Problems) {
  const ids = [...new Set(agenda.map((a) => a.presenterPersonId).filter((x): x is number => !!x))];
  if (!ids.length) return;
  const ok = await rows<{ id: number }>(db, sql`SELECT p.id FROM people p JOIN orgs po ON po.id = p.org_id
    WHERE p.id IN (${idList(ids)}) AND (${inScope(actor, 'person.read', sql`po.path`)}
      OR ${presenterOnLine(orgPath)})`);
  const seen = new Set(ok.map((r) => r.id));
  agenda.forEach((a, i) => {
    if (a.presenterPersonId && !seen.has(a.presenterPersonId)) {
      problems.add(`agenda.${i}.presenterPersonId`, { key: 'presenter_not_allowed', params: { id: a.presenterPersonId } });
    }
  });
}

/** A make-up session repeats a conference of the same campaign that the caller can see. */
export async function checkMakeup(db: Queryable, actor: Actor, makeupOf: number, campaignId: number, selfId: number | null, problems: Problems) {
  const orig = await q.findConference(db, makeupOf);
  if (!orig || orig.id === selfId || orig.campaignId !== campaignId || !can(actor, 'conference.read', orig.orgPath)) {
    problems.add('makeupOf', 'makeup_other_campaign');
  }
}

/** A person the caller may read (hosts of bridge points). */
export async function readablePeople(db: Queryable, actor: Actor, ids: number[]) {
  if (!ids.length) return new Set<number>();
  const found = await rows<{ id: number }>(db, sql`SELECT p.id FROM people p JOIN orgs po ON po.id = p.org_id
    WHERE p.id IN (${idList(ids)}) AND ${inScope(actor, 'person.read', sql`po.path`)}`);
  return new Set(found.map((r) => r.id));
}
