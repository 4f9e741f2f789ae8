// Targets (chỉ tiêu): validation per kind, computed progress, roll-up, reported values.
import { audit } from '../../core/audit.js';
import { sql, type Db, type Queryable, type SQL } from '../../core/db/index.js';
import { AppError, badRequest, conflict, notFound, type FieldMessage } from '../../core/errors.js';
import { assertAnywhere, inScope, type Actor } from '../../core/policy.js';
import { toPage } from '../../core/pagination.js';
import { todayVn } from '../../core/schemas.js';
import { fold } from '../../core/vn.js';
import { targetCan } from './abilities.js';
import { actsFor } from './policy.js';
import * as q from './queries.js';
import type { ContributionsQuery, Scalar, TargetInput, TargetKind, TargetOut, UpdateTargetInput, ValueInput } from './schemas.js';
import { readableProgram, writableProgram } from './service.js';
import { trendOf } from './trend.js';

const VALUE_RULE: Record<TargetKind, { key: string; ok: (v: Scalar) => boolean }> = {
  number: { key: 'target_value_number', ok: (v) => typeof v === 'number' },
  percentage: { key: 'target_value_percentage', ok: (v) => typeof v === 'number' && v >= 0 && v <= 100 },
  boolean: { key: 'target_value_boolean', ok: (v) => typeof v === 'boolean' },
  units_meeting: { key: 'target_value_count', ok: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 },
};

/** The stored number for a value of the kind (yes/no as 1/0), or the field's message. */
export function checkValue(kind: TargetKind, v: Scalar, field: string, fields: Record<string, FieldMessage>): number {
  const rule = VALUE_RULE[kind];
  if (!rule.ok(v)) fields[field] ??= rule.key;
  return typeof v === 'boolean' ? Number(v) : v;
}

const AGGREGATIONS_OF: Record<TargetKind, readonly (string | null)[]> = {
  number: [null, 'sum', 'avg'], percentage: [null, 'avg'], boolean: [null], units_meeting: [null, 'count_meeting'],
};

/** Progress 0–100 from baseline, target and current, in the target's direction (a rate may be meant to fall). */
export function progressOf(kind: TargetKind, baseline: number | null, target: number, current: number | null) {
  if (current == null) return { progress: null, achieved: false };
  if (kind === 'boolean') return current === 1 ? { progress: 100, achieved: true } : { progress: 0, achieved: false };
  const base = baseline ?? 0;
  const achieved = target >= base ? current >= target : current <= target;
  if (target === base) return { progress: achieved ? 100 : 0, achieved };
  const p = Math.min(100, Math.max(0, ((current - base) / (target - base)) * 100));
  return { progress: Math.round(p * 10) / 10, achieved };
}

const shown = (kind: TargetKind, v: number | null) => (v == null ? null : kind === 'boolean' ? v === 1 : v);

export function toOut(r: q.TargetRow): TargetOut {
  const roll = r.aggregation != null;
  const noLeaves = roll && !r.units;
  const current = !roll ? r.ownValue : noLeaves ? null : r.aggregation === 'sum' ? r.sum : r.aggregation === 'avg' ? r.avg : r.met;
  const rounded = current == null ? null : Math.round(current * 1000) / 1000;
  const progress = progressOf(r.kind, r.baselineValue, r.targetValue, rounded);
  const points = roll ? (rounded == null || !r.rollAsOf ? [] : [{ on: r.rollAsOf, value: rounded }]) : (r.points ?? []).map(([on, value]) => ({ on, value }));
  const trend = trendOf({ kind: r.kind, baseline: r.baselineValue, baselineOn: r.baselineOn, target: r.targetValue, deadline: r.deadline,
    points, achieved: progress.achieved, today: todayVn() });
  return {
    id: r.id, programId: r.programId, parentTargetId: r.parentTargetId, position: r.position, indicator: r.indicator, unit: r.unit,
    kind: r.kind, aggregation: r.aggregation, criterion: r.criterion,
    baselineValue: shown(r.kind, r.baselineValue), baselineOn: r.baselineOn, targetValue: shown(r.kind, r.targetValue)!, deadline: r.deadline,
    milestones: r.milestones,
    current: shown(r.kind, rounded), currentAsOf: roll ? r.rollAsOf : r.ownAsOf,
    ...progress, ...trend,
    rollup: roll ? { units: r.units ?? 0, reported: r.reported ?? 0, met: r.met ?? 0 } : null,
  };
}

export async function targetsOf(db: Queryable, where: SQL) {
  return (await q.targets(db, where)).map(toOut);
}

/** Checks a whole target (the stored one merged with the changes) and returns its stored numbers. */
function validate(t: TargetInput) {
  const fields: Record<string, FieldMessage> = {};
  const targetValue = checkValue(t.kind, t.targetValue, 'targetValue', fields);
  const baselineValue = t.baselineValue == null ? null : checkValue(t.kind, t.baselineValue, 'baselineValue', fields);
  if (!AGGREGATIONS_OF[t.kind].includes(t.aggregation ?? null)) fields.aggregation = 'target_aggregation_kind';
  const years = new Set<number>();
  if (t.kind === 'boolean' && t.milestones?.length) fields.milestones = 'milestones_boolean';
  const milestones = (t.milestones ?? []).map((m, i) => {
    if (years.has(m.year)) fields[`milestones.${i}.year`] ??= { key: 'milestones_duplicate', params: { year: m.year } };
    years.add(m.year);
    return { year: m.year, value: checkValue(t.kind, m.value, `milestones.${i}.value`, fields) };
  });
  if (Object.keys(fields).length) throw badRequest(fields);
  return { targetValue, baselineValue, milestones };
}

async function writeMilestones(tx: Queryable, id: number, milestones: { year: number; value: number }[]) {
  await tx.execute(sql`DELETE FROM target_milestones WHERE target_id = ${id}`);
  if (milestones.length) {
    await tx.execute(sql`INSERT INTO target_milestones (target_id, year, value)
      VALUES ${sql.join(milestones.map((m) => sql`(${id}, ${m.year}, ${m.value})`), sql`, `)}`);
  }
}

async function one(db: Queryable, id: number) {
  const [t] = await targetsOf(db, sql`tt.id = ${id}`);
  return t;
}

export async function create(db: Db, actor: Actor, programId: number, input: TargetInput) {
  assertAnywhere(actor, 'program.write');
  const v = validate(input);
  return db.transaction(async (tx) => {
    const p = await writableProgram(tx, actor, programId);
    const [{ id }] = (await tx.execute(sql`INSERT INTO program_targets (program_id, lineage, position, indicator, unit, kind, aggregation,
        criterion, baseline_value, baseline_on, target_value, deadline)
      VALUES (${programId}, ''::ltree, ${input.position ?? 0}, ${input.indicator}, ${input.unit ?? null}, ${input.kind}, ${input.aggregation ?? null},
        ${input.criterion ?? null}, ${v.baselineValue}, ${input.baselineOn ?? null}, ${v.targetValue}, ${input.deadline})
      RETURNING id`) as unknown as { rows: { id: number }[] }).rows;
    // A target made here starts its own lineage; cascaded copies extend it.
    await tx.execute(sql`UPDATE program_targets SET lineage = text2ltree(id::text) WHERE id = ${id}`);
    await writeMilestones(tx, id, v.milestones);
    const after = await one(tx, id);
    await audit(tx, actor, { action: 'create', entity: 'target', entityId: id, orgPath: p.orgPath, after });
    return { ...after, can: targetCan(actor, p, after) };
  });
}

/** A target and its program, the program kept by the actor. */
async function writableTarget(tx: Queryable, actor: Actor, id: number) {
  const t = await q.findTarget(tx, id, true);
  if (!t) throw notFound('target');
  const p = await writableProgram(tx, actor, t.programId).catch((err) => {
    throw err instanceof AppError && err.code === 'not_found' ? notFound('target') : err;
  });
  return { t, p };
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateTargetInput) {
  assertAnywhere(actor, 'program.write');
  return db.transaction(async (tx) => {
    const { t, p } = await writableTarget(tx, actor, id);
    const before = await one(tx, id);
    // Stored values were checked against the old kind: a kind change with values already reported is refused.
    if (input.kind && input.kind !== t.kind && (await q.valuesOf(tx, id)).length) throw conflict('target_kind_locked', {}, { kind: 'target_kind_locked' });
    const merged = {
      ...before, baselineValue: before.baselineValue, milestones: before.milestones, ...input,
    } as TargetInput;
    const v = validate(merged);
    await tx.execute(sql`UPDATE program_targets SET position = ${merged.position ?? 0}, indicator = ${merged.indicator}, unit = ${merged.unit ?? null},
        kind = ${merged.kind}, aggregation = ${merged.aggregation ?? null}, criterion = ${merged.criterion ?? null},
        baseline_value = ${v.baselineValue}, baseline_on = ${merged.baselineOn ?? null}, target_value = ${v.targetValue},
        deadline = ${merged.deadline}, updated_at = now() WHERE id = ${id}`);
    if (input.milestones) await writeMilestones(tx, id, v.milestones);
    const after = await one(tx, id);
    await audit(tx, actor, { action: 'update', entity: 'target', entityId: id, orgPath: p.orgPath, before, after });
    return { ...after, can: targetCan(actor, p, after) };
  });
}

export async function remove(db: Db, actor: Actor, id: number) {
  assertAnywhere(actor, 'program.write');
  await db.transaction(async (tx) => {
    const { p } = await writableTarget(tx, actor, id);
    const before = await one(tx, id);
    await tx.execute(sql`DELETE FROM program_targets WHERE id = ${id}`);
    await audit(tx, actor, { action: 'delete', entity: 'target', entityId: id, orgPath: p.orgPath, before });
  });
}

/** A target the actor sees (404 otherwise, also for a program out of sight) and its program. */
async function readableTarget(db: Queryable, actor: Actor, id: number) {
  const t = await q.findTarget(db, id);
  if (!t) throw notFound('target');
  const p = await readableProgram(db, actor, t.programId).catch(() => { throw notFound('target'); });
  return { t, p };
}

export async function detail(db: Queryable, actor: Actor, id: number) {
  const { p } = await readableTarget(db, actor, id);
  const [[row], values] = await Promise.all([q.targets(db, sql`tt.id = ${id}`), q.valuesOf(db, id)]);
  const out = toOut(row);
  return {
    ...out, can: targetCan(actor, p, out), programTitle: p.title, orgId: p.orgId, orgName: p.orgName,
    values: values.map((v) => ({ ...v, value: shown(row.kind, v.value)! })),
  };
}

/** A page of the units below feeding a roll-up target, within the caller's scope (none for a target of its own). */
export async function contributions(db: Queryable, actor: Actor, id: number, f: ContributionsQuery) {
  const { t, p } = await readableTarget(db, actor, id);
  if (!t.aggregation) return toPage([], f);
  const folded = f.q ? fold(f.q).trim() : '';
  const found = await q.contributions(db, { id, orgPath: p.orgPath }, inScope(actor, 'program.read', sql`o.path`), { ...f, folded });
  return toPage(found.map(({ kind, value, ...c }) => ({ ...c, value: shown(kind as TargetKind, value) })), f);
}

/** A unit reports an actual value of its own target: never for another unit's, never for a roll-up. */
export async function report(db: Db, actor: Actor, id: number, input: ValueInput) {
  assertAnywhere(actor, 'program.report');
  return db.transaction(async (tx) => {
    const t = await q.findTarget(tx, id, true);
    if (!t) throw notFound('target');
    const p = await readableProgram(tx, actor, t.programId).catch(() => { throw notFound('target'); });
    if (!actsFor(actor, 'program.report', p.orgPath)) throw new AppError(403, 'program_own_unit');
    if (p.status === 'closed') throw conflict('program_closed');
    if (t.aggregation) throw conflict('target_rolled_up', {}, { value: 'target_rolled_up' });
    const fields: Record<string, FieldMessage> = {};
    const value = checkValue(t.kind, input.value, 'value', fields);
    if (input.asOf > todayVn()) fields.asOf = 'value_in_future';
    if (Object.keys(fields).length) throw badRequest(fields);
    const res = (await tx.execute(sql`INSERT INTO target_values (target_id, value, as_of, note, reported_by)
      VALUES (${id}, ${value}, ${input.asOf}, ${input.note ?? null}, ${actor.accountId}) RETURNING id`)) as unknown as { rows: { id: number }[] };
    await audit(tx, actor, { action: 'create', entity: 'target_value', entityId: res.rows[0].id, orgPath: p.orgPath,
      after: { targetId: id, value: input.value, asOf: input.asOf, note: input.note ?? null } });
    return detail(tx, actor, id);
  });
}
