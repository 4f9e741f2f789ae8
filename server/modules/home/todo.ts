// The office's and propaganda staff's to-do list: what waits for their own unit, each item naming the record the page
// that does it opens. Read through the owning modules (campaign board, conference checklist, report periods,
// recommendations); the units are those where the caller holds a role that does the work, not every unit below.
import { sql, type Db } from '../../core/db/index.js';
import { assertAnywhere, can, inScope, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import * as campaignQ from '../campaigns/queries.js';
import * as campaigns from '../campaigns/service.js';
import { visibleSql } from '../conferences/access.js';
import { checklist } from '../conferences/checklist.js';
import { rules as conferenceRules } from '../conferences/policy.js';
import * as conferenceQ from '../conferences/queries.js';
import { rules as evaluationRules } from '../evaluations/policy.js';
import { rules as inspectionRules } from '../inspections/policy.js';
import { recommendations } from '../inspections/queries.js';
import { periodsOf } from '../programs/periods.js';
import { rules as programRules } from '../programs/policy.js';
import { listPrograms } from '../programs/queries.js';
import { taskScope } from '../programs/service.js';
import type { TodoItem } from './schemas.js';
import './policy.js';

/** Reports and remedies come up this many days before they are due. */
const SOON_DAYS = 45;
/** Conferences ended within this many days and not yet evaluated. */
const EVALUATE_DAYS = 60;
const LIMIT = 50;

type Unit = { id: number; path: string; name: string };
/** The units where the caller holds one of the roles (its own units, not the subtree below them). */
function ownUnits(actor: Actor, roles: readonly string[]): Unit[] {
  const seen = new Map<string, Unit>();
  for (const g of actor.grants) if (roles.includes(g.role) && !seen.has(g.path)) seen.set(g.path, { id: g.orgId, path: g.path, name: g.orgName });
  return [...seen.values()];
}
const pathsIn = (units: Unit[], col: string) => (units.length
  ? sql`${sql.raw(col)} IN (${sql.join(units.map((u) => sql`${u.path}::ltree`), sql`, `)})` : sql`false`);
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const blank = { campaignId: null, conferenceId: null, periodId: null, recommendationId: null };

/** Obligations of the caller's units not yet given a conference (or past due), and units below that are overdue. */
async function obligations(db: Db, actor: Actor): Promise<TodoItem[]> {
  const own = ownUnits(actor, conferenceRules['conference.write']);
  const active = await campaigns.list(db, actor, { status: 'active', page: 1, pageSize: 50 });
  const out: TodoItem[] = [];
  for (const k of active.items) {
    const mine = await campaignQ.board(db, sql`ob.campaign_id = ${k.id} AND ${pathsIn(own, 'o.path')}`, undefined, { page: 1, pageSize: LIMIT });
    for (const b of mine.filter((r) => r.status === 'not_scheduled' || (r.status === 'overdue' && r.conferenceId == null))) {
      out.push({ ...blank, kind: 'schedule', due: b.deadline, overdue: b.status === 'overdue', title: k.title, orgId: b.orgId, orgName: b.orgName,
        campaignId: k.id, details: { tier: b.tier, status: b.status } });
    }
    for (const u of own) {
      const below = await campaignQ.summary(db, sql`ob.campaign_id = ${k.id} AND o.path <@ ${u.path}::ltree AND o.path <> ${u.path}::ltree
        AND ${inScope(actor, 'campaign.read', sql`o.path`)}`);
      if (below.overdue > 0) {
        out.push({ ...blank, kind: 'chase', due: null, overdue: true, title: k.title, orgId: u.id, orgName: u.name, campaignId: k.id,
          details: { overdue: below.overdue, notScheduled: below.not_scheduled, remind: can(actor, 'campaign.remind', u.path) ? 1 : 0 } });
      }
    }
  }
  return out;
}

/** Conferences of the caller's units still to come whose Step 3 checklist is not complete. */
async function setups(db: Db, actor: Actor): Promise<TodoItem[]> {
  const own = ownUnits(actor, conferenceRules['conference.write']);
  const list = await conferenceQ.listConferences(db, sql`${visibleSql(actor)} AND ${pathsIn(own, 'o.path')} AND c.ends_at > now()`, { page: 1, pageSize: LIMIT });
  const out: TodoItem[] = [];
  for (const c of list) {
    const check = await checklist(db, actor, c.id);
    if (check.ready) continue;
    out.push({ ...blank, kind: 'setup', due: todayVn(new Date(c.startsAt)), overdue: Date.parse(c.startsAt) <= Date.now(), title: c.title,
      orgId: c.orgId, orgName: c.orgName, campaignId: c.campaignId, conferenceId: c.id,
      details: { missing: check.items.filter((i) => i.state !== 'done').map((i) => i.key), startsAt: c.startsAt } });
  }
  return out;
}

/** Conferences of the caller's units that ended lately and have no evaluation yet. */
async function evaluations(db: Db, actor: Actor): Promise<TodoItem[]> {
  const own = ownUnits(actor, evaluationRules['evaluation.write']);
  const list = await conferenceQ.listConferences(db, sql`${visibleSql(actor)} AND ${pathsIn(own, 'o.path')} AND c.ends_at <= now()
    AND c.ends_at > now() - make_interval(days => ${EVALUATE_DAYS}) AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.conference_id = c.id)`,
  { page: 1, pageSize: LIMIT });
  return list.map((c) => ({ ...blank, kind: 'evaluate' as const, due: null, overdue: false, title: c.title, orgId: c.orgId, orgName: c.orgName,
    campaignId: c.campaignId, conferenceId: c.id, details: { endedAt: c.endsAt, attended: c.attendedCount, invited: c.invitedCount } }));
}

/** Periodic reports of the caller's units' programs: late ones, and those due within SOON_DAYS not yet submitted. */
async function reports(db: Db, actor: Actor, today: string): Promise<TodoItem[]> {
  const own = ownUnits(actor, programRules['program.report']);
  if (!own.length) return [];
  const programs = await listPrograms(db, sql`${pathsIn(own, 'o.path')} AND p.status = 'active'`, taskScope(actor));
  const out: TodoItem[] = [];
  for (const p of programs) {
    for (const r of await periodsOf(db, p.id)) {
      const open = r.reportStatus !== 'submitted';
      if (!open || !(r.status === 'late' || (r.status === 'not_due' && r.dueOn <= addDays(today, SOON_DAYS) && r.startsOn <= today))) continue;
      out.push({ ...blank, kind: 'report', due: r.dueOn, overdue: r.status === 'late', title: p.title, orgId: p.orgId, orgName: p.orgName,
        periodId: r.id, details: { period: r.label, draft: r.reportStatus === 'draft' ? 1 : 0 } });
    }
  }
  return out;
}

/** Recommendations to the caller's units waiting for their answer: a remedy plan, or the report of the remedy done. */
async function remedies(db: Db, actor: Actor): Promise<TodoItem[]> {
  const own = ownUnits(actor, inspectionRules['inspection.remedy']);
  if (!own.length) return [];
  const list = await recommendations(db, sql`${pathsIn(own, 'ro.path')} AND i.status = 'concluded'
    AND r.status IN ('open', 'plan_returned', 'plan_accepted', 'done_returned')`, sql`r.deadline, r.id`, { page: 1, pageSize: LIMIT });
  return list.map((r) => ({ ...blank, kind: 'answer' as const, due: r.deadline, overdue: r.overdue, title: r.body, orgId: r.org.id, orgName: r.org.name,
    recommendationId: r.id, details: { status: r.status, inspection: r.inspectionTitle } }));
}

/** Most urgent first: overdue, then by the day due (items without one after those with), then by kind. */
export async function todo(db: Db, actor: Actor) {
  assertAnywhere(actor, 'home.todo');
  const today = todayVn();
  const parts = await Promise.all([obligations(db, actor), setups(db, actor), reports(db, actor, today), evaluations(db, actor), remedies(db, actor)]);
  const items = parts.flat().sort((a, b) => Number(b.overdue) - Number(a.overdue)
    || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
  return { today, items };
}
