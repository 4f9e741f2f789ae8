import { one, rows, sql, utc, VN_TODAY, type Queryable, type SQL } from '../../core/db/index.js';
import { limitOffset } from '../../core/pagination.js';
import { unitLabel, unitLabelOf } from '../../core/units.js';
import type { ProgramItem, TaskItem } from './schemas.js';


/** SQL: the task row `t` is open and past its deadline. */
export const overdueSql = (t: string) => sql`(${sql.raw(t)}.status <> 'done' AND ${sql.raw(t)}.deadline < ${VN_TODAY})`;

export interface ProgramRow {
  id: number; orgId: number; orgPath: string; orgName: string; parentProgramId: number | null; title: string; adoptedOn: string;
  adoptingDocumentId: number | null; periodFrom: string; periodTo: string; status: 'active' | 'closed';
}

export async function findProgram(db: Queryable, id: number, lock = false) {
  return one<ProgramRow>(db, sql`SELECT p.id, p.org_id AS "orgId", o.path::text AS "orgPath", ${unitLabel('o')} AS "orgName", p.parent_program_id AS "parentProgramId",
      p.title, p.adopted_on AS "adoptedOn", p.adopting_document_id AS "adoptingDocumentId", p.period_from AS "periodFrom",
      p.period_to AS "periodTo", p.status
    FROM programs p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${id} ${lock ? sql`FOR UPDATE OF p` : sql``}`);
}

export async function findOrg(db: Queryable, id: number) {
  return one<{ id: number; path: string; status: string }>(db, sql`SELECT id, path::text AS path, status FROM orgs WHERE id = ${id}`);
}

/** Program items with their counts; `taskScope` limits the counted tasks to those the caller may see. */
export async function listPrograms(db: Queryable, where: SQL, taskScope: SQL, page?: { page: number; pageSize: number }) {
  return rows<ProgramItem & { total?: unknown }>(db, sql`SELECT p.id, p.org_id AS "orgId", ${unitLabel('o')} AS "orgName",
      p.parent_program_id AS "parentProgramId", p.title, p.adopted_on AS "adoptedOn",
      CASE WHEN ad.id IS NULL THEN NULL ELSE json_build_object('id', ad.id, 'symbol', ad.symbol, 'title', ad.title) END AS "adoptingDocument",
      p.period_from AS "periodFrom", p.period_to AS "periodTo", p.status,
      (SELECT count(*) FROM program_targets x WHERE x.program_id = p.id)::int AS "targetCount",
      coalesce(tk.n, 0)::int AS "taskCount", coalesce(tk.overdue, 0)::int AS "overdueTaskCount",
      count(*) OVER () AS total
    FROM programs p JOIN orgs o ON o.id = p.org_id
    LEFT JOIN documents ad ON ad.id = p.adopting_document_id
    LEFT JOIN LATERAL (SELECT count(*) AS n, count(*) FILTER (WHERE ${overdueSql('t')}) AS overdue
      FROM program_tasks t WHERE t.program_id = p.id AND ${taskScope}) tk ON true
    WHERE ${where}
    ORDER BY p.period_from DESC, p.id DESC ${page ? limitOffset(page) : sql``}`);
}

export async function documentsOf(db: Queryable, programId: number) {
  return rows<{ id: number; symbol: string; title: string }>(db, sql`SELECT d.id, d.symbol, d.title FROM program_documents pd
    JOIN documents d ON d.id = pd.document_id WHERE pd.program_id = ${programId} ORDER BY d.issued_on, d.id`);
}

export async function parentProgram(db: Queryable, id: number | null) {
  if (!id) return null;
  return (await one<{ id: number; title: string; orgName: string }>(db, sql`SELECT p.id, p.title, ${unitLabel('o')} AS "orgName"
    FROM programs p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${id}`)) ?? null;
}

// ---- targets

/** SQL: target `t` with current value `value` meets its target (reached it, in the target's direction): migration 015. */
export const metSql = (t: string, value: SQL) => {
  const a = sql.raw(t);
  return sql`program_target_met(${a}.kind, ${a}.target_value, ${a}.baseline_value, ${value})`;
};

/**
 * SQL (a WITH clause and a condition): target `t`, copied (at any depth) from roll-up target `top` (its unit's path
 * `topPath`), is one of the values the roll-up aggregates: it reports its own value, and no target between them does
 * (a commune reporting its own figure stands for its cells, which may keep copies of their own), in an active unit below.
 * Walked down from `top` through the roll-ups copied from it (`reached`, on program_targets_rollup_children): a leaf's
 * parent is `top` or a reached roll-up. One hash lookup per leaf, whose value is on its row (current_value, 014):
 * probing each leaf's ancestors on the lineage index, then its latest value, took seconds over 10,000 units. The unit check stays a hashed subplan (`IS TRUE` keeps the planner from
 * turning it into a join it would plan from the org tree, whose ltree estimates are blind).
 */
const reachedFrom = (top: SQL) => sql`WITH RECURSIVE reached(id) AS (SELECT ${top} UNION ALL
  SELECT c.id FROM program_targets c JOIN reached ON c.parent_target_id = reached.id WHERE c.aggregation IS NOT NULL)`;
const leafOf = (topPath: SQL) => sql`t.aggregation IS NULL AND t.parent_target_id IN (SELECT id FROM reached)
  AND (t.program_id IN (SELECT p.id FROM programs p JOIN orgs o ON o.id = p.org_id WHERE o.path <@ ${topPath} AND o.status = 'active')) IS TRUE`;

export interface TargetRow {
  id: number; programId: number; parentTargetId: number | null; position: number; indicator: string; unit: string | null;
  kind: 'number' | 'percentage' | 'boolean' | 'units_meeting'; aggregation: 'sum' | 'avg' | 'count_meeting' | null;
  criterion: string | null; baselineValue: number | null; baselineOn: string | null; targetValue: number; deadline: string;
  milestones: { year: number; value: number }[]; ownValue: number | null; ownAsOf: string | null;
  units: number | null; reported: number | null; met: number | null; sum: number | null; avg: number | null; rollAsOf: string | null;
  lineage: string; orgPath: string;
  /** The target's own reported values [as_of, value], oldest first (null for a roll-up): its trend. */
  points: [string, number][] | null;
}

/**
 * Targets with their current values in one query. A roll-up target's figures (how many units it counts, have reported,
 * meet their target; the sum of their values, the latest date) are kept on target_rollups by the database (migration
 * 015), exact after every write: computing them here walked 10,000 units' copies per province target.
 */
export async function targets(db: Queryable, where: SQL) {
  return rows<TargetRow>(db, sql`SELECT tt.id, tt.program_id AS "programId", tt.parent_target_id AS "parentTargetId", tt.position,
      tt.indicator, tt.unit, tt.kind, tt.aggregation, tt.criterion, tt.baseline_value::float8 AS "baselineValue",
      tt.baseline_on AS "baselineOn", tt.target_value::float8 AS "targetValue", tt.deadline, tt.lineage::text AS lineage,
      tpo.path::text AS "orgPath",
      coalesce((SELECT json_agg(json_build_object('year', m.year, 'value', m.value::float8) ORDER BY m.year)
        FROM target_milestones m WHERE m.target_id = tt.id), '[]'::json) AS milestones,
      CASE WHEN tt.aggregation IS NULL THEN tt.current_value::float8 END AS "ownValue",
      CASE WHEN tt.aggregation IS NULL THEN tt.current_as_of END AS "ownAsOf",
      CASE WHEN tt.aggregation IS NULL THEN (SELECT json_agg(json_build_array(pv.as_of, pv.value::float8) ORDER BY pv.as_of, pv.id)
        FROM target_values pv WHERE pv.target_id = tt.id) END AS points,
      r.units, r.reported, r.met, CASE WHEN r.reported > 0 THEN r.total::float8 END AS sum,
      CASE WHEN r.reported > 0 THEN (r.total / r.reported)::float8 END AS avg, r.as_of AS "rollAsOf"
    FROM program_targets tt
    JOIN programs tp ON tp.id = tt.program_id JOIN orgs tpo ON tpo.id = tp.org_id
    LEFT JOIN target_rollups r ON r.target_id = tt.id AND tt.aggregation IS NOT NULL
    WHERE ${where}
    ORDER BY tt.position, tt.id`);
}

/** The leaves a roll-up target aggregates, within the caller's scope (`scope` on org `o`). */
export async function contributions(db: Queryable, target: { id: number; lineage: string; orgPath: string }, scope: SQL) {
  return rows<{ targetId: number; programId: number; orgId: number; orgName: string; kind: string; value: number | null; asOf: string | null; met: boolean }>(db, sql`
    ${reachedFrom(sql`${target.id}::int`)}
    SELECT t.id AS "targetId", t.program_id AS "programId", o.id AS "orgId", ${unitLabel('o')} AS "orgName", t.kind,
      t.current_value::float8 AS value, t.current_as_of AS "asOf", ${metSql('t', sql`t.current_value`)} AS met
    FROM program_targets t JOIN programs p ON p.id = t.program_id JOIN orgs o ON o.id = p.org_id
    WHERE ${leafOf(sql`${target.orgPath}::ltree`)} AND ${scope}
    ORDER BY o.path, t.id`);
}

export async function valuesOf(db: Queryable, targetId: number) {
  return rows<{ id: number; value: number; asOf: string; note: string | null; periodId: number | null; reportedBy: string | null; reportedAt: string }>(db, sql`
    SELECT v.id, v.value::float8 AS value, v.as_of AS "asOf", v.note, v.period_id AS "periodId", a.display_name AS "reportedBy",
      ${utc(sql`v.reported_at`)} AS "reportedAt"
    FROM target_values v LEFT JOIN accounts a ON a.id = v.reported_by
    WHERE v.target_id = ${targetId} ORDER BY v.as_of, v.id`);
}

export async function findTarget(db: Queryable, id: number, lock = false) {
  return one<{ id: number; programId: number; lineage: string; kind: TargetRow['kind']; aggregation: TargetRow['aggregation'] }>(db, sql`
    SELECT id, program_id AS "programId", lineage::text AS lineage, kind, aggregation FROM program_targets WHERE id = ${id}
    ${lock ? sql`FOR UPDATE` : sql``}`);
}

// ---- tasks

/** Task items; `where` and `scope` on task `t`, program `p` (unit `po`) and responsible unit `ro`. */
export async function tasks(db: Queryable, where: SQL, page?: { page: number; pageSize: number }) {
  return rows<TaskItem & { total?: unknown }>(db, sql`SELECT t.id, t.program_id AS "programId", p.title AS "programTitle",
      json_build_object('id', po.id, 'name', ${unitLabel('po')}) AS "programOrg",
      t.title, t.description, json_build_object('id', ro.id, 'name', ${unitLabel('ro')}) AS "responsibleOrg",
      CASE WHEN rp.id IS NULL THEN NULL ELSE json_build_object('id', rp.id, 'fullName', rp.full_name) END AS "responsiblePerson",
      coalesce((SELECT json_agg(json_build_object('id', tu.org_id, 'name', ${unitLabelOf(sql`tu.org_id`)}) ORDER BY tu.org_id)
        FROM task_units tu WHERE tu.task_id = t.id), '[]'::json) AS "cooperatingUnits",
      t.deadline, t.status, ${overdueSql('t')} AS overdue, (t.responsible_org_id <> p.org_id) AS "assignedFromAbove",
      t.done_on AS "doneOn",
      (SELECT count(*) FROM task_notes n WHERE n.task_id = t.id)::int AS "noteCount",
      (SELECT count(*) FROM task_evidence e WHERE e.task_id = t.id)::int AS "evidenceCount",
      count(*) OVER () AS total
    FROM program_tasks t JOIN programs p ON p.id = t.program_id JOIN orgs po ON po.id = p.org_id
    JOIN orgs ro ON ro.id = t.responsible_org_id LEFT JOIN people rp ON rp.id = t.responsible_person_id
    WHERE ${where}
    ORDER BY ${overdueSql('t')} DESC, t.status = 'done', t.deadline, t.id ${page ? limitOffset(page) : sql``}`);
}

export interface TaskRow {
  id: number; programId: number; programOrgId: number; programOrgPath: string; programStatus: string; responsibleOrgId: number; responsiblePath: string;
  responsiblePersonId: number | null; title: string; description: string | null; deadline: string; status: string; doneOn: string | null;
}

export async function findTask(db: Queryable, id: number, lock = false) {
  return one<TaskRow>(db, sql`SELECT t.id, t.program_id AS "programId", p.org_id AS "programOrgId", po.path::text AS "programOrgPath",
      p.status AS "programStatus",
      t.responsible_org_id AS "responsibleOrgId", ro.path::text AS "responsiblePath", t.responsible_person_id AS "responsiblePersonId",
      t.title, t.description, t.deadline, t.status, t.done_on AS "doneOn"
    FROM program_tasks t JOIN programs p ON p.id = t.program_id JOIN orgs po ON po.id = p.org_id JOIN orgs ro ON ro.id = t.responsible_org_id
    WHERE t.id = ${id} ${lock ? sql`FOR UPDATE OF t` : sql``}`);
}

export async function cooperatingPaths(db: Queryable, taskId: number) {
  return (await rows<{ path: string }>(db, sql`SELECT o.path::text AS path FROM task_units tu JOIN orgs o ON o.id = tu.org_id WHERE tu.task_id = ${taskId}`)).map((r) => r.path);
}

export async function notesOf(db: Queryable, taskId: number) {
  return rows<{ id: number; orgName: string; body: string; status: string | null; author: string | null; createdAt: string }>(db, sql`
    SELECT n.id, ${unitLabel('o')} AS "orgName", n.body, n.status, a.display_name AS author, ${utc(sql`n.created_at`)} AS "createdAt"
    FROM task_notes n JOIN orgs o ON o.id = n.org_id LEFT JOIN accounts a ON a.id = n.created_by
    WHERE n.task_id = ${taskId} ORDER BY n.created_at DESC, n.id DESC`);
}

export async function evidenceOf(db: Queryable, where: SQL) {
  return rows<{ id: number; taskId: number; filename: string; mime: string; size: number; sha256: string; storageKey: string; createdAt: string }>(db, sql`
    SELECT e.id, e.task_id AS "taskId", e.filename, e.mime, e.size, e.sha256, e.storage_key AS "storageKey", ${utc(sql`e.created_at`)} AS "createdAt"
    FROM task_evidence e WHERE ${where} ORDER BY e.created_at, e.id`);
}
