import { z } from 'zod';
import { pageQuery } from '../../core/pagination.js';
import { id, int, isoDate, optText, queryId, queryInt, text } from '../../core/schemas.js';

export const BODIES = ['standing_committee', 'inspection_commission'] as const;
export const KINDS = ['kiem_tra', 'giam_sat'] as const;
export const STATUSES = ['planned', 'in_progress', 'concluded', 'closed'] as const;
export type InspectionStatus = (typeof STATUSES)[number];
/** The seeds' checklist (Triệu Sơn), in its order: what every inspection checks at each subject unit. */
export const CHECKLIST = ['documents_implementation', 'leadership_documents', 'action_programs', 'models_solutions', 'target_results', 'completion_time'] as const;
export type ChecklistItem = (typeof CHECKLIST)[number];
/** Tốt / Khá / Còn hạn chế / Yếu kém. */
export const ASSESSMENTS = ['good', 'fair', 'limited', 'poor'] as const;
export const REC_STATUSES = ['open', 'plan_submitted', 'plan_returned', 'plan_accepted', 'done_reported', 'done_returned', 'closed'] as const;
export type RecStatus = (typeof REC_STATUSES)[number];
export const EVENT_KINDS = ['plan', 'plan_accepted', 'plan_returned', 'done', 'done_accepted', 'done_returned'] as const;

const body = z.enum(BODIES, { message: 'inspection_body' });
const kind = z.enum(KINDS, { message: 'inspection_kind' });
const status = z.enum(STATUSES, { message: 'inspection_status' });
const item = z.enum(CHECKLIST, { message: 'checklist_item' });
const assessment = z.enum(ASSESSMENTS, { message: 'finding_assessment' });
const recStatus = z.enum(REC_STATUSES, { message: 'recommendation_status' });
const decision = z.enum(['accept', 'return'], { message: 'review_decision' });

const ref = z.object({ id: z.number(), name: z.string() });
const docRef = z.object({ id: z.number(), symbol: z.string(), title: z.string() });
const accountRef = z.object({ id: z.number(), displayName: z.string(), username: z.string() });

// ---- plans

export const createPlanIn = z.object({
  orgId: id,
  year: int(2000, 2100),
  body,
  title: text(500),
  documentId: id.nullish(),
});
export type CreatePlanInput = z.infer<typeof createPlanIn>;
export const updatePlanIn = createPlanIn.pick({ title: true, documentId: true }).partial();
export type UpdatePlanInput = z.infer<typeof updatePlanIn>;

export const listPlansQuery = z.object({ orgId: queryId.optional(), year: queryInt(2000, 2100).optional(), ...pageQuery });
export type ListPlansQuery = z.infer<typeof listPlansQuery>;

export const planItemOut = z.object({
  id: z.number(),
  org: ref,
  orgPath: z.string().describe('The issuing unit\'s place in the tree: the UI checks /auth/me abilities against it'),
  year: z.number(),
  body,
  title: z.string(),
  document: docRef.nullable(),
  inspectionCount: z.number(),
  /** Counts of its inspections by status. */
  byStatus: z.object(Object.fromEntries(STATUSES.map((s) => [s, z.number()])) as Record<InspectionStatus, z.ZodNumber>),
  /** The caller edits the plan and adds inspections to it (leadership or inspection commission of that very unit). */
  can: z.object({ edit: z.boolean() }),
});
export type PlanItem = z.infer<typeof planItemOut>;

export const candidatesQuery = z.object({ q: optText(100).optional() });
export const candidateOut = accountRef.extend({ roles: z.array(z.object({ role: z.string(), orgName: z.string() })) });

// ---- inspections

export const createInspectionIn = z.object({
  planId: id,
  kind,
  title: text(500),
  decisionDocumentId: id.nullish(),
  leaderAccountId: id,
  memberAccountIds: z.array(id).max(30).default([]),
  subjectOrgIds: z.array(id).min(1).max(100),
  periodFrom: isoDate,
  periodTo: isoDate,
  startsOn: isoDate.nullish(),
  endsOn: isoDate.nullish(),
});
export type CreateInspectionInput = z.infer<typeof createInspectionIn>;
export const updateInspectionIn = createInspectionIn.omit({ planId: true }).partial().extend({ memberAccountIds: z.array(id).max(30).optional() });
export type UpdateInspectionInput = z.infer<typeof updateInspectionIn>;

export const listInspectionsQuery = z.object({
  planId: queryId.optional(),
  /** A subject unit: the inspections it was subject of. */
  orgId: queryId.optional(),
  year: queryInt(2000, 2100).optional(),
  kind: kind.optional(),
  status: status.optional(),
  /** Only those the caller is a team member of. */
  mine: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});
export type ListInspectionsQuery = z.infer<typeof listInspectionsQuery>;

export const inspectionItemOut = z.object({
  id: z.number(),
  planId: z.number(),
  planYear: z.number(),
  body,
  org: ref,
  orgPath: z.string(),
  kind,
  title: z.string(),
  decision: docRef.nullable(),
  periodFrom: z.string(),
  periodTo: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status,
  leader: accountRef.nullable(),
  /** The caller's place in the team, if any. */
  myRole: z.enum(['leader', 'member']).nullable(),
  subjects: z.array(ref),
  openRecommendations: z.number(),
  overdueRecommendations: z.number(),
});
export type InspectionItem = z.infer<typeof inspectionItemOut>;

export const planDetailOut = planItemOut.extend({ inspections: z.array(inspectionItemOut) });

const revisionFile = z.object({ id: z.number(), filename: z.string(), mime: z.string(), size: z.number(), sha256: z.string(), createdAt: z.string() });
export const fileOut = revisionFile;

export const revisionOut = z.object({
  id: z.number(),
  revision: z.number(),
  assessment,
  body: z.string(),
  reason: z.string().nullable(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  author: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  files: z.array(revisionFile),
});

export const findingOut = z.object({
  id: z.number(),
  inspectionId: z.number(),
  orgId: z.number(),
  item,
  /** The latest published revision (what the finding says), or null before the first is published. */
  published: revisionOut.nullable(),
  /** The draft being written or corrected (team only; null for others and when there is none). */
  draft: revisionOut.nullable(),
  revisionCount: z.number(),
});
export const findingDetailOut = findingOut.extend({ revisions: z.array(revisionOut).describe('Every revision, newest first') });

export const recommendationItemOut = z.object({
  id: z.number(),
  inspectionId: z.number(),
  inspectionTitle: z.string(),
  inspectionKind: kind,
  issuingOrg: ref,
  org: ref,
  orgPath: z.string(),
  position: z.number(),
  body: z.string(),
  deadline: z.string(),
  status: recStatus,
  /** Derived: not closed and past its deadline (Vietnam time). */
  overdue: z.boolean(),
  daysOverdue: z.number(),
  closedOn: z.string().nullable(),
  updatedAt: z.string(),
});
export type RecommendationItem = z.infer<typeof recommendationItemOut>;

export const inspectionDetailOut = inspectionItemOut.extend({
  members: z.array(accountRef.extend({ role: z.enum(['leader', 'member']) })),
  conclusion: z.string().nullable(),
  concludedOn: z.string().nullable(),
  conclusionDocument: docRef.nullable(),
  closedAt: z.string().nullable(),
  reopenings: z.array(z.object({ reason: z.string(), by: z.string().nullable(), at: z.string() })),
  checklist: z.array(item),
  /** Subjects the caller sees (all for the team and the issuing unit; its own for a subject unit). */
  findings: z.array(findingOut),
  recommendations: z.array(recommendationItemOut),
  /** What the caller may do here, so the UI needs no copy of the rules. */
  can: z.object({ edit: z.boolean(), manage: z.boolean(), reopen: z.boolean() }),
});

export const concludeIn = z.object({
  conclusion: text(20000),
  concludedOn: isoDate,
  conclusionDocumentId: id.nullish(),
  recommendations: z.array(z.object({ orgId: id, body: text(5000), deadline: isoDate })).max(100).default([]),
});
export type ConcludeInput = z.infer<typeof concludeIn>;
export const reopenIn = z.object({ reason: text(2000) });

// ---- findings

export const createFindingIn = z.object({ orgId: id, item, assessment, body: text(20000) });
export type CreateFindingInput = z.infer<typeof createFindingIn>;
export const updateFindingIn = z.object({ assessment: assessment.optional(), body: text(20000).optional() });
export type UpdateFindingInput = z.infer<typeof updateFindingIn>;
/** A correction of a published finding: the next revision, as a draft, with why. */
export const reviseFindingIn = z.object({ assessment, body: text(20000), reason: text(2000) });
export type ReviseFindingInput = z.infer<typeof reviseFindingIn>;

// ---- recommendations

export const recommendationIn = z.object({ orgId: id, body: text(5000), deadline: isoDate });
export type RecommendationInput = z.infer<typeof recommendationIn>;
export const updateRecommendationIn = recommendationIn.omit({ orgId: true }).partial();
export type UpdateRecommendationInput = z.infer<typeof updateRecommendationIn>;

export const listRecommendationsQuery = z.object({
  status: recStatus.optional(),
  /** The responsible unit. */
  orgId: queryId.optional(),
  inspectionId: queryId.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});
export type ListRecommendationsQuery = z.infer<typeof listRecommendationsQuery>;
export const overdueQuery = z.object({ ...pageQuery });

export const planIn = z.object({ plan: text(10000), dueOn: isoDate });
export const reviewIn = z.object({ decision, note: optText(5000).default('') });
export type ReviewInput = z.infer<typeof reviewIn>;
export const doneIn = z.object({ report: text(10000) });

export const eventOut = z.object({
  id: z.number(),
  kind: z.enum(EVENT_KINDS),
  body: z.string(),
  planDueOn: z.string().nullable(),
  org: ref,
  author: z.string().nullable(),
  createdAt: z.string(),
  files: z.array(revisionFile),
});

export const recommendationDetailOut = recommendationItemOut.extend({
  events: z.array(eventOut).describe('Oldest first'),
  /** Evidence uploaded by the unit and not yet attached to a report of remedy done. */
  pendingFiles: z.array(revisionFile),
  can: z.object({ remedy: z.boolean(), review: z.boolean(), edit: z.boolean() }),
});

// ---- the pre-filled record of a subject unit (from the system's own records), by checklist item

export const recordQuery = z.object({ orgId: queryId });

const campaignFact = z.object({
  campaignId: z.number(),
  title: z.string(),
  organizer: z.string(),
  documents: z.array(z.string()).describe('Symbols of the documents studied'),
  tier: z.string(),
  deadline: z.string(),
  status: z.string().describe('Obligation status: overdue, not_scheduled, scheduled, held_late, held_on_time'),
  conferenceId: z.number().nullable(),
  heldOn: z.string().nullable(),
  invited: z.number(),
  attended: z.number(),
  /** Units below it that owed the same study and held it late or not at all. */
  lateUnits: z.number(),
  unitsBelow: z.number(),
  makeups: z.number(),
  evaluations: z.number(),
  evaluationFlags: z.array(z.object({ flag: z.string(), count: z.number() })),
});

const documentFact = z.object({ id: z.number(), symbol: z.string(), type: z.string(), title: z.string(), issuedOn: z.string() });
const programFact = z.object({
  id: z.number(), title: z.string(), adoptedOn: z.string(), adoptingDocument: z.string().nullable(),
  parentProgramId: z.number().nullable(), targetCount: z.number(), taskCount: z.number(),
});
const targetFact = z.object({
  id: z.number(), programId: z.number(), indicator: z.string(), unit: z.string().nullable(), kind: z.string(),
  targetValue: z.union([z.number(), z.boolean()]), current: z.union([z.number(), z.boolean()]).nullable(), currentAsOf: z.string().nullable(),
  progress: z.number().nullable(), achieved: z.boolean(), deadline: z.string(),
});
const taskFact = z.object({
  id: z.number(), title: z.string(), status: z.string(), deadline: z.string(), doneOn: z.string().nullable(), overdue: z.boolean(),
  assignedFromAbove: z.boolean(),
});
const taskCounts = z.object({ total: z.number(), done: z.number(), doneLate: z.number(), overdue: z.number(), open: z.number() });

export const recordOut = z.object({
  inspectionId: z.number(),
  org: ref,
  periodFrom: z.string(),
  periodTo: z.string(),
  sections: z.object({
    documents_implementation: z.object({ campaigns: z.array(campaignFact) }),
    leadership_documents: z.object({ documents: z.array(documentFact), byType: z.array(z.object({ type: z.string(), count: z.number() })) }),
    action_programs: z.object({ programs: z.array(programFact) }),
    models_solutions: z.object({ tasks: z.array(taskFact) }),
    target_results: z.object({ targets: z.array(targetFact), achieved: z.number(), total: z.number() }),
    completion_time: z.object({
      tasks: taskCounts,
      studyLate: z.number().describe('Study obligations held late or not held by their deadline'),
      /** Progress reports of its programs due in the period: due (and past due), filed, filed late, still missing. */
      reports: z.object({ due: z.number(), filed: z.number(), late: z.number(), missing: z.number() }).nullable(),
    }),
  }),
});
export type RecordOut = z.infer<typeof recordOut>;
