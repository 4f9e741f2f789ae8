// Leadership's home: its subtree at a glance. Each figure comes from the module that owns it, through that module's
// own scope for the caller, narrowed to the unit being looked at (the caller's top unit, or one below to drill down).
import { idList, one, sql, type Db } from '../../core/db/index.js';
import { notFound } from '../../core/errors.js';
import { assertAnywhere, can, inScope, rootsFor, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { campaignParticipation } from '../attendance/participation.js';
import * as campaigns from '../campaigns/service.js';
import * as conferences from '../conferences/service.js';
import { recOverdue, recommendations } from '../inspections/queries.js';
import { listPrograms, overdueSql, tasks } from '../programs/queries.js';
import { taskScope } from '../programs/service.js';
import { answerTask } from '../programs/tasks.js';
import { targetsOf } from '../programs/targets.js';
import * as q from './queries.js';
import type { Overview } from './schemas.js';
import './policy.js';

const TOP = 6;
const DAY = 86_400_000;
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** Monday and Sunday of the week of `d`. */
function weekOf(d: string) {
  const dow = (new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return { from: addDays(d, -dow), to: addDays(d, 6 - dow) };
}
const vnDayOf = (iso: string) => todayVn(new Date(iso));

/** The unit looked at: the one asked for (within the caller's subtrees) or the caller's top unit; 404 otherwise. */
async function unitOf(db: Db, actor: Actor, orgId?: number) {
  const roots = rootsFor(actor, 'home.overview');
  const org = orgId !== undefined
    ? await one<{ id: number; name: string; kind: string; parentId: number | null; path: string }>(db,
      sql`SELECT id, name, kind, parent_id AS "parentId", path::text AS path FROM orgs WHERE id = ${orgId}`)
    : await one<{ id: number; name: string; kind: string; parentId: number | null; path: string }>(db,
      sql`SELECT id, name, kind, parent_id AS "parentId", path::text AS path FROM orgs WHERE path = ${roots[0]}::ltree`);
  if (!org || !can(actor, 'home.overview', org.path)) throw notFound('org');
  const top = roots.find((r) => org.path === r || org.path.startsWith(r + '.'))!;
  return { org, top };
}

async function campaignFigures(db: Db, actor: Actor, orgId: number) {
  const list = await campaigns.list(db, actor, { status: 'active', orgId, page: 1, pageSize: 10 });
  return Promise.all(list.items.map(async (k) => {
    const [board, part] = await Promise.all([
      campaigns.board(db, actor, k.id, { orgId, page: 1, pageSize: 1 }),
      campaignParticipation(db, actor, k.id, orgId),
    ]);
    const below = part.units.filter((u) => u.orgId !== orgId);
    const shapes = new Map((await q.unitShapes(db, below.map((u) => u.orgId))).map((s) => [s.id, s]));
    return {
      id: k.id, title: k.title, deadline: k.deadline, orgName: k.orgName, summary: board.summary, participation: part.total,
      units: below.map((u) => ({ ...u, kind: shapes.get(u.orgId)?.kind ?? 'cell', hasChildren: shapes.get(u.orgId)?.hasChildren ?? false })),
    };
  }));
}

async function conferenceFigures(db: Db, actor: Actor, orgId: number, today: string) {
  const week = weekOf(today);
  const list = await conferences.list(db, actor, { orgId, from: week.from, to: week.to, page: 1, pageSize: 200 });
  const now = Date.now();
  const items = list.items
    .map((c) => ({ ...c, ongoing: Date.parse(c.startsAt) <= now && now < Date.parse(c.endsAt) }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id);
  return { today: items.filter((c) => vnDayOf(c.startsAt) === today), week: items.filter((c) => vnDayOf(c.startsAt) !== today) };
}

async function targetFigures(db: Db, actor: Actor, path: string) {
  const all = await targetsOf(db, sql`tpo.path <@ ${path}::ltree AND ${inScope(actor, 'program.read', sql`tpo.path`)} AND tp.status = 'active'`);
  const off = all.filter((t) => t.offTrack).sort((a, b) => a.deadline.localeCompare(b.deadline) || a.programId - b.programId || a.position - b.position);
  const shown = off.slice(0, TOP);
  const ids = [...new Set(shown.map((t) => t.programId))];
  const programs = ids.length ? await listPrograms(db, sql`p.id IN (${idList(ids)})`, taskScope(actor)) : [];
  const byId = new Map(programs.map((p) => [p.id, p]));
  return {
    total: off.length,
    items: shown.map((t) => ({
      id: t.id, programId: t.programId, indicator: t.indicator, unit: t.unit, kind: t.kind, targetValue: t.targetValue, current: t.current,
      deadline: t.deadline, projected: t.projected, progress: t.progress,
      programTitle: byId.get(t.programId)?.title ?? '', orgId: byId.get(t.programId)?.orgId ?? 0, orgName: byId.get(t.programId)?.orgName ?? '',
    })),
  };
}

async function taskFigures(db: Db, actor: Actor, path: string) {
  const found = await tasks(db, sql`${taskScope(actor)} AND ${overdueSql('t')} AND ro.path <@ ${path}::ltree`, { page: 1, pageSize: TOP });
  return { total: Number(found[0]?.total ?? 0), items: found.map(answerTask(actor)) };
}

async function recommendationFigures(db: Db, actor: Actor, path: string) {
  const seen = sql`(${inScope(actor, 'inspection.read', sql`io.path`)} OR ${inScope(actor, 'inspection.read', sql`ro.path`)})`;
  const found = await recommendations(db, sql`${recOverdue('r')} AND ro.path <@ ${path}::ltree AND ${seen}`, sql`r.deadline, r.id`, { page: 1, pageSize: TOP });
  return { total: Number(found[0]?.total ?? 0), items: found.map(({ total: _t, ...r }) => r) };
}

export async function overview(db: Db, actor: Actor, orgId?: number): Promise<Overview> {
  assertAnywhere(actor, 'home.overview');
  const { org, top } = await unitOf(db, actor, orgId);
  const today = todayVn();
  const under = (col: string) => sql`${sql.raw(col)} <@ ${org.path}::ltree`;
  const [trail, campaignsOut, conferencesOut, offTrackTargets, overdueTasks, overdueRecommendations, participation, reports] = await Promise.all([
    q.trailOf(db, top, org.path),
    campaignFigures(db, actor, org.id),
    conferenceFigures(db, actor, org.id, today),
    targetFigures(db, actor, org.path),
    taskFigures(db, actor, org.path),
    recommendationFigures(db, actor, org.path),
    q.participationByMonth(db, sql`${under('u.path')} AND ${inScope(actor, 'attendance.read', sql`u.path`)}`, today),
    q.reportsByQuarter(db, sql`${under('o.path')} AND ${inScope(actor, 'program.read', sql`o.path`)}`),
  ]);
  const { path: _p, ...unit } = org;
  return {
    org: unit, trail, today, campaigns: campaignsOut, conferences: conferencesOut, offTrackTargets, overdueTasks, overdueRecommendations,
    trends: { participation, reports },
  };
}
