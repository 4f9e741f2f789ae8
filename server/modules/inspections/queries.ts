import { idList, one, rows, sql, utc, VN_TODAY, type Queryable, type SQL } from '../../core/db/index.js';
import { limitOffset } from '../../core/pagination.js';
import { inScopeOrAbove, type Actor } from '../../core/policy.js';
import { unitLabel } from '../../core/units.js';
import type { InspectionItem, InspectionStatus, PlanItem, RecommendationItem, RecStatus } from './schemas.js';

const docJson = (alias: string) => {
  const d = sql.raw(alias);
  return sql`CASE WHEN ${d}.id IS NULL THEN NULL ELSE json_build_object('id', ${d}.id, 'symbol', ${d}.symbol, 'title', ${d}.title) END`;
};

export async function findOrg(db: Queryable, id: number) {
  return one<{ id: number; path: string; status: string }>(db, sql`SELECT id, path::text AS path, status FROM orgs WHERE id = ${id}`);
}

/** Registry documents the caller can see (its units', below or above): the ids among `ids` it cannot. */
export async function invisibleDocuments(db: Queryable, actor: Actor, ids: number[]) {
  const found = new Set((await rows<{ id: number }>(db, sql`SELECT d.id FROM documents d JOIN orgs o ON o.id = d.owner_org_id
    WHERE d.id IN (${idList(ids)}) AND ${inScopeOrAbove(actor, 'document.read', sql`o.path`)}`)).map((r) => r.id));
  return ids.filter((i) => !found.has(i));
}

// ---- plans

export interface PlanRow { id: number; orgId: number; orgPath: string; year: number; body: string; title: string; documentId: number | null }

export async function findPlan(db: Queryable, id: number, lock = false) {
  return one<PlanRow>(db, sql`SELECT p.id, p.org_id AS "orgId", o.path::text AS "orgPath", p.year, p.body, p.title, p.document_id AS "documentId"
    FROM inspection_plans p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${id} ${lock ? sql`FOR UPDATE OF p` : sql``}`);
}

export async function plans(db: Queryable, where: SQL, page?: { page: number; pageSize: number }) {
  return rows<Omit<PlanItem, 'can'> & { total?: unknown }>(db, sql`
    SELECT p.id, json_build_object('id', o.id, 'name', ${unitLabel('o')}) AS org, o.path::text AS "orgPath", p.year, p.body, p.title,
      ${docJson('d')} AS document,
      (SELECT count(*) FROM inspections i WHERE i.plan_id = p.id)::int AS "inspectionCount",
      (SELECT json_build_object('planned', count(*) FILTER (WHERE i.status = 'planned'), 'in_progress', count(*) FILTER (WHERE i.status = 'in_progress'),
        'concluded', count(*) FILTER (WHERE i.status = 'concluded'), 'closed', count(*) FILTER (WHERE i.status = 'closed'))
        FROM inspections i WHERE i.plan_id = p.id) AS "byStatus",
      count(*) OVER () AS total
    FROM inspection_plans p JOIN orgs o ON o.id = p.org_id LEFT JOIN documents d ON d.id = p.document_id
    WHERE ${where} ORDER BY p.year DESC, o.path, p.body, p.id ${page ? limitOffset(page) : sql``}`);
}

// ---- inspections

export interface InspectionRow {
  id: number; planId: number; orgId: number; orgPath: string; kind: string; title: string; decisionDocumentId: number | null;
  periodFrom: string; periodTo: string; startsOn: string | null; endsOn: string | null; status: InspectionStatus;
  conclusion: string | null; concludedOn: string | null; conclusionDocumentId: number | null;
}

export async function findInspection(db: Queryable, id: number, lock = false) {
  return one<InspectionRow>(db, sql`SELECT i.id, i.plan_id AS "planId", i.org_id AS "orgId", o.path::text AS "orgPath", i.kind, i.title,
      i.decision_document_id AS "decisionDocumentId", i.period_from AS "periodFrom", i.period_to AS "periodTo",
      i.starts_on AS "startsOn", i.ends_on AS "endsOn", i.status, i.conclusion, i.concluded_on AS "concludedOn",
      i.conclusion_document_id AS "conclusionDocumentId"
    FROM inspections i JOIN orgs o ON o.id = i.org_id WHERE i.id = ${id} ${lock ? sql`FOR UPDATE OF i` : sql``}`);
}

export async function memberRole(db: Queryable, inspectionId: number, accountId: number) {
  return (await one<{ role: 'leader' | 'member' }>(db, sql`SELECT role FROM inspection_members
    WHERE inspection_id = ${inspectionId} AND account_id = ${accountId}`))?.role ?? null;
}

export async function subjectsOf(db: Queryable, inspectionId: number) {
  return rows<{ id: number; name: string; path: string }>(db, sql`SELECT o.id, ${unitLabel('o')} AS name, o.path::text AS path
    FROM inspection_subjects s JOIN orgs o ON o.id = s.org_id WHERE s.inspection_id = ${inspectionId} ORDER BY o.path`);
}

export async function membersOf(db: Queryable, inspectionId: number) {
  return rows<{ id: number; displayName: string; username: string; role: 'leader' | 'member' }>(db, sql`
    SELECT a.id, a.display_name AS "displayName", a.username, m.role FROM inspection_members m JOIN accounts a ON a.id = m.account_id
    WHERE m.inspection_id = ${inspectionId} ORDER BY m.role = 'leader' DESC, a.display_name, a.id`);
}

/** SQL: recommendation `r` is open and past its deadline (Vietnam time). */
export const recOverdue = (r: string) => sql`(${sql.raw(r)}.status <> 'closed' AND ${sql.raw(r)}.deadline < ${VN_TODAY})`;

/**
 * Inspection items (row `i`, plan `p`, issuing unit `o`); `subjectScope` limits the subjects and recommendations shown
 * (on subject unit `so`), `accountId` gives the caller's place in the team.
 */
export async function inspections(db: Queryable, where: SQL, subjectScope: (col: SQL) => SQL, accountId: number, page?: { page: number; pageSize: number }) {
  return rows<InspectionItem & { total?: unknown }>(db, sql`SELECT i.id, i.plan_id AS "planId", p.year AS "planYear", p.body,
      json_build_object('id', o.id, 'name', ${unitLabel('o')}) AS org, o.path::text AS "orgPath", i.kind, i.title,
      ${docJson('dd')} AS decision, i.period_from AS "periodFrom", i.period_to AS "periodTo", i.starts_on AS "startsOn", i.ends_on AS "endsOn",
      i.status,
      (SELECT json_build_object('id', a.id, 'displayName', a.display_name, 'username', a.username) FROM inspection_members m
        JOIN accounts a ON a.id = m.account_id WHERE m.inspection_id = i.id AND m.role = 'leader') AS leader,
      (SELECT m.role FROM inspection_members m WHERE m.inspection_id = i.id AND m.account_id = ${accountId}) AS "myRole",
      coalesce((SELECT json_agg(json_build_object('id', so.id, 'name', ${unitLabel('so')}) ORDER BY so.path)
        FROM inspection_subjects s JOIN orgs so ON so.id = s.org_id WHERE s.inspection_id = i.id AND ${subjectScope(sql`so.path`)}), '[]'::json) AS subjects,
      (SELECT count(*) FROM recommendations r JOIN orgs so ON so.id = r.org_id
        WHERE r.inspection_id = i.id AND r.status <> 'closed' AND ${subjectScope(sql`so.path`)})::int AS "openRecommendations",
      (SELECT count(*) FROM recommendations r JOIN orgs so ON so.id = r.org_id
        WHERE r.inspection_id = i.id AND ${recOverdue('r')} AND ${subjectScope(sql`so.path`)})::int AS "overdueRecommendations",
      count(*) OVER () AS total
    FROM inspections i JOIN inspection_plans p ON p.id = i.plan_id JOIN orgs o ON o.id = i.org_id
    LEFT JOIN documents dd ON dd.id = i.decision_document_id
    WHERE ${where}
    ORDER BY array_position(ARRAY['in_progress', 'planned', 'concluded', 'closed'], i.status), coalesce(i.starts_on, i.period_to) DESC, i.id DESC
    ${page ? limitOffset(page) : sql``}`);
}

export async function docRef(db: Queryable, id: number | null) {
  if (!id) return null;
  return (await one<{ id: number; symbol: string; title: string }>(db, sql`SELECT id, symbol, title FROM documents WHERE id = ${id}`)) ?? null;
}

export async function reopeningsOf(db: Queryable, inspectionId: number) {
  return rows<{ reason: string; by: string | null; at: string }>(db, sql`SELECT r.reason, a.display_name AS by, ${utc(sql`r.reopened_at`)} AS at
    FROM inspection_reopenings r LEFT JOIN accounts a ON a.id = r.reopened_by WHERE r.inspection_id = ${inspectionId} ORDER BY r.id`);
}

// ---- findings

export interface FindingRow { id: number; inspectionId: number; orgId: number; orgPath: string; item: string }

export async function findFinding(db: Queryable, id: number) {
  return one<FindingRow>(db, sql`SELECT f.id, f.inspection_id AS "inspectionId", f.org_id AS "orgId", o.path::text AS "orgPath", f.item
    FROM inspection_findings f JOIN orgs o ON o.id = f.org_id WHERE f.id = ${id}`);
}

export interface RevisionRow {
  id: number; findingId: number; revision: number; assessment: 'good' | 'fair' | 'limited' | 'poor'; body: string; reason: string | null; published: boolean;
  publishedAt: string | null; publishedBy: string | null; author: string | null; createdAt: string; updatedAt: string;
}

export async function revisions(db: Queryable, where: SQL) {
  return rows<RevisionRow>(db, sql`SELECT v.id, v.finding_id AS "findingId", v.revision, v.assessment, v.body, v.reason,
      (v.published_at IS NOT NULL) AS published, ${utc(sql`v.published_at`)} AS "publishedAt", pa.display_name AS "publishedBy",
      ca.display_name AS author, ${utc(sql`v.created_at`)} AS "createdAt", ${utc(sql`v.updated_at`)} AS "updatedAt"
    FROM finding_revisions v LEFT JOIN accounts pa ON pa.id = v.published_by LEFT JOIN accounts ca ON ca.id = v.created_by
    WHERE ${where} ORDER BY v.finding_id, v.revision DESC`);
}

export async function findingsOf(db: Queryable, inspectionId: number, orgIds: number[]) {
  if (!orgIds.length) return [];
  return rows<{ id: number; inspectionId: number; orgId: number; item: string }>(db, sql`SELECT f.id, f.inspection_id AS "inspectionId",
      f.org_id AS "orgId", f.item FROM inspection_findings f JOIN orgs o ON o.id = f.org_id
    WHERE f.inspection_id = ${inspectionId} AND f.org_id IN (${idList(orgIds)})
    ORDER BY o.path, array_position(ARRAY['documents_implementation', 'leadership_documents', 'action_programs', 'models_solutions',
      'target_results', 'completion_time'], f.item)`);
}

// ---- files

export interface FileRow {
  id: number; inspectionId: number; revisionId: number | null; recommendationId: number | null; eventId: number | null;
  filename: string; mime: string; size: number; sha256: string; storageKey: string; createdAt: string;
}

export async function files(db: Queryable, where: SQL) {
  return rows<FileRow>(db, sql`SELECT e.id, e.inspection_id AS "inspectionId", e.revision_id AS "revisionId", e.recommendation_id AS "recommendationId",
      e.event_id AS "eventId", e.filename, e.mime, e.size, e.sha256, e.storage_key AS "storageKey", ${utc(sql`e.created_at`)} AS "createdAt"
    FROM inspection_files e WHERE ${where} ORDER BY e.created_at, e.id`);
}

export const publicFile = ({ id, filename, mime, size, sha256, createdAt }: FileRow) => ({ id, filename, mime, size, sha256, createdAt });

// ---- recommendations

export interface RecRow {
  id: number; inspectionId: number; orgId: number; orgPath: string; body: string; deadline: string; status: RecStatus;
}

export async function findRecommendation(db: Queryable, id: number, lock = false) {
  return one<RecRow>(db, sql`SELECT r.id, r.inspection_id AS "inspectionId", r.org_id AS "orgId", o.path::text AS "orgPath", r.body,
      r.deadline, r.status FROM recommendations r JOIN orgs o ON o.id = r.org_id WHERE r.id = ${id} ${lock ? sql`FOR UPDATE OF r` : sql``}`);
}

/** Recommendation items (row `r`, responsible unit `ro`, inspection `i`, issuing unit `io`). */
export async function recommendations(db: Queryable, where: SQL, order: SQL, page?: { page: number; pageSize: number }) {
  return rows<RecommendationItem & { total?: unknown }>(db, sql`SELECT r.id, r.inspection_id AS "inspectionId", i.title AS "inspectionTitle",
      i.kind AS "inspectionKind", json_build_object('id', io.id, 'name', ${unitLabel('io')}) AS "issuingOrg",
      json_build_object('id', ro.id, 'name', ${unitLabel('ro')}) AS org, ro.path::text AS "orgPath", r.position, r.body, r.deadline, r.status,
      ${recOverdue('r')} AS overdue, CASE WHEN ${recOverdue('r')} THEN (${VN_TODAY} - r.deadline) ELSE 0 END AS "daysOverdue",
      r.closed_on AS "closedOn", ${utc(sql`r.updated_at`)} AS "updatedAt", count(*) OVER () AS total
    FROM recommendations r JOIN orgs ro ON ro.id = r.org_id JOIN inspections i ON i.id = r.inspection_id JOIN orgs io ON io.id = i.org_id
    WHERE ${where} ORDER BY ${order} ${page ? limitOffset(page) : sql``}`);
}

export async function eventsOf(db: Queryable, recId: number) {
  return rows<{ id: number; kind: string; body: string; planDueOn: string | null; org: { id: number; name: string }; author: string | null; createdAt: string }>(db, sql`
    SELECT e.id, e.kind, e.body, e.plan_due_on AS "planDueOn", json_build_object('id', o.id, 'name', ${unitLabel('o')}) AS org,
      a.display_name AS author, ${utc(sql`e.created_at`)} AS "createdAt"
    FROM recommendation_events e JOIN orgs o ON o.id = e.org_id LEFT JOIN accounts a ON a.id = e.created_by
    WHERE e.recommendation_id = ${recId} ORDER BY e.id`);
}
