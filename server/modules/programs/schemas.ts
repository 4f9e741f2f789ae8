import { z } from 'zod';
import { pageQuery } from '../../core/pagination.js';
import { id, int, isoDate, num, optText, queryId, text } from '../../core/schemas.js';

export const TARGET_KINDS = ['number', 'percentage', 'boolean', 'units_meeting'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const AGGREGATIONS = ['sum', 'avg', 'count_meeting'] as const;
export const TASK_STATUSES = ['not_started', 'in_progress', 'done'] as const;
/** What a list may filter on: the stored statuses and the derived "overdue" (open and past its deadline). */
export const TASK_FILTERS = [...TASK_STATUSES, 'overdue'] as const;

/** A value of a target as sent: a number, or true/false for a yes/no target. Its kind is checked by the service. */
export const scalar = z.union([num(-1e12, 1e12), z.boolean()], { message: 'target_value_type' });
export type Scalar = z.infer<typeof scalar>;

const kind = z.enum(TARGET_KINDS, { message: 'target_kind' });
const aggregation = z.enum(AGGREGATIONS, { message: 'target_aggregation' });
const taskStatus = z.enum(TASK_STATUSES, { message: 'task_status' });
/** A yearly milestone: the value to reach by the end of the year (yes/no targets have none). */
const milestone = z.object({ year: int(1900, 2200), value: num(-1e12, 1e12) });

// ---- programs

export const createProgramIn = z.object({
  orgId: id,
  title: text(500),
  adoptedOn: isoDate,
  adoptingDocumentId: id.nullish(),
  documentIds: z.array(id).min(1).max(50),
  periodFrom: isoDate,
  periodTo: isoDate,
});
export type CreateProgramInput = z.infer<typeof createProgramIn>;

export const updateProgramIn = createProgramIn.omit({ orgId: true }).partial().extend({ status: z.enum(['active', 'closed']).optional() });
export type UpdateProgramInput = z.infer<typeof updateProgramIn>;

export const cascadeIn = z.object({
  orgId: id,
  title: text(500).optional(),
  adoptedOn: isoDate,
  adoptingDocumentId: id.nullish(),
  periodFrom: isoDate.optional(),
  periodTo: isoDate.optional(),
});
export type CascadeInput = z.infer<typeof cascadeIn>;

export const listProgramsQuery = z.object({
  orgId: queryId.optional(),
  q: optText(200).optional(),
  status: z.enum(['active', 'closed']).optional(),
  ...pageQuery,
});
export type ListProgramsQuery = z.infer<typeof listProgramsQuery>;

const ref = z.object({ id: z.number(), symbol: z.string(), title: z.string() });

export const programItemOut = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  parentProgramId: z.number().nullable(),
  title: z.string(),
  adoptedOn: z.string(),
  adoptingDocument: ref.nullable(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: z.enum(['active', 'closed']),
  targetCount: z.number(),
  taskCount: z.number(),
  overdueTaskCount: z.number(),
});

export type ProgramItem = z.infer<typeof programItemOut>;

// ---- targets

export const targetIn = z.object({
  indicator: text(500),
  unit: optText(50).nullish(),
  kind,
  aggregation: aggregation.nullish(),
  criterion: optText(500).nullish(),
  baselineValue: scalar.nullish(),
  baselineOn: isoDate.nullish(),
  targetValue: scalar,
  deadline: isoDate,
  position: int(0, 10000).optional(),
  milestones: z.array(milestone).max(50).optional(),
});
export type TargetInput = z.infer<typeof targetIn>;
export const updateTargetIn = targetIn.partial();
export type UpdateTargetInput = z.infer<typeof updateTargetIn>;

export const valueIn = z.object({ value: scalar, asOf: isoDate, note: optText(2000).nullish() });
export type ValueInput = z.infer<typeof valueIn>;

const value = z.union([z.number(), z.boolean()]);
export const targetOut = z.object({
  id: z.number(),
  programId: z.number(),
  parentTargetId: z.number().nullable(),
  position: z.number(),
  indicator: z.string(),
  unit: z.string().nullable(),
  kind,
  aggregation: aggregation.nullable(),
  criterion: z.string().nullable(),
  baselineValue: value.nullable(),
  baselineOn: z.string().nullable(),
  targetValue: value,
  deadline: z.string(),
  milestones: z.array(z.object({ year: z.number(), value: z.number() })),
  /** The latest reported value, or for a roll-up the aggregate of the units below. */
  current: value.nullable(),
  currentAsOf: z.string().nullable(),
  /** 0–100, computed from baseline, target and current; null before any value. */
  progress: z.number().nullable(),
  achieved: z.boolean(),
  /** On the trend of its values (least squares, from the baseline) it will miss its deadline, or missed it. */
  offTrack: z.boolean(),
  /** The trend's value at the deadline; null without a trend (yes/no, a single figure). */
  projected: z.number().nullable(),
  /** For a roll-up: how many units below report their own value, how many did, how many meet their target. */
  rollup: z.object({ units: z.number(), reported: z.number(), met: z.number() }).nullable(),
});
export type TargetOut = z.infer<typeof targetOut>;

/** What the caller may do to a target (computed by the server: abilities.ts targetCan). */
export const targetCanOut = z.object({
  edit: z.boolean(), delete: z.boolean(),
  /** Report a value: the program's own unit, a target of its own (not a roll-up), the program open. */
  report: z.boolean(),
});
/** A target as the program's answers give it: its values and what the caller may do to it. */
export const targetItemOut = targetOut.extend({ can: targetCanOut });

export const valueOut = z.object({
  id: z.number(), value, asOf: z.string(), note: z.string().nullable(), periodId: z.number().nullable(),
  reportedBy: z.string().nullable(), reportedAt: z.string(),
});

/** A roll-up's units below are paged at /targets/:id/contributions (thousands at province scale); the counts are in `rollup`. */
export const targetDetailOut = targetItemOut.extend({
  programTitle: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  values: z.array(valueOut),
});

export const CONTRIBUTION_STATES = ['met', 'not_met', 'not_reported'] as const;
export const contributionsQuery = z.object({
  /** Part of the unit's name, without diacritics or with. */
  q: optText(200).optional(),
  /** met: reached its target; not_met: reported, not reached; not_reported: no value yet. */
  state: z.enum(CONTRIBUTION_STATES, { message: 'contribution_state' }).optional(),
  ...pageQuery,
});
export type ContributionsQuery = z.infer<typeof contributionsQuery>;

/** A unit below feeding a roll-up target: its own copy of the target and its latest value. */
export const contributionOut = z.object({
  targetId: z.number(), programId: z.number(), orgId: z.number(), orgName: z.string(),
  value: value.nullable(), asOf: z.string().nullable(), met: z.boolean(),
});

/** What the caller may do to a program (computed by the server: abilities.ts programCan). */
export const programCanOut = z.object({
  /** Edit, close, add targets and tasks: the office or leadership of the program's own unit, the program open. */
  edit: z.boolean(), close: z.boolean(), reopen: z.boolean(), addTarget: z.boolean(), addTask: z.boolean(),
  /** Report the values of its own targets. */
  report: z.boolean(),
  /** Build a program from it at a unit below that the caller keeps (and has none from it yet). */
  cascade: z.boolean(),
  /** Set the reporting periods (a program at the top of its tree). */
  setReporting: z.boolean(),
});

export const programDetailOut = programItemOut.extend({
  parentProgram: z.object({ id: z.number(), title: z.string(), orgName: z.string() }).nullable(),
  documents: z.array(ref),
  targets: z.array(targetItemOut),
  can: programCanOut,
});

// ---- tasks

export const taskIn = z.object({
  title: text(500),
  description: optText(5000).nullish(),
  responsibleOrgId: id.optional(),
  responsiblePersonId: id.nullish(),
  cooperatingOrgIds: z.array(id).max(100).optional(),
  deadline: isoDate,
  status: taskStatus.optional(),
});
export type TaskInput = z.infer<typeof taskIn>;
export const updateTaskIn = taskIn.partial();
export type UpdateTaskInput = z.infer<typeof updateTaskIn>;

export const noteIn = z.object({ body: text(5000), status: taskStatus.optional() });
export type NoteInput = z.infer<typeof noteIn>;

export const listTasksQuery = z.object({
  orgId: queryId.optional(),
  programId: queryId.optional(),
  status: z.enum(TASK_FILTERS, { message: 'task_status' }).optional(),
  ...pageQuery,
});
export type ListTasksQuery = z.infer<typeof listTasksQuery>;

const unitRef = z.object({ id: z.number(), name: z.string() });
export const taskItemOut = z.object({
  id: z.number(),
  programId: z.number(),
  programTitle: z.string(),
  programOrg: unitRef,
  title: z.string(),
  description: z.string().nullable(),
  responsibleOrg: unitRef,
  responsiblePerson: z.object({ id: z.number(), fullName: z.string() }).nullable(),
  cooperatingUnits: z.array(unitRef),
  deadline: z.string(),
  status: taskStatus,
  /** Derived: not done and past its deadline (Vietnam time). */
  overdue: z.boolean(),
  /** Given by the program's unit to a unit below it. */
  assignedFromAbove: z.boolean(),
  doneOn: z.string().nullable(),
  noteCount: z.number(),
  evidenceCount: z.number(),
  /** What the caller may do to it (computed by the server: abilities.ts taskCan). */
  can: z.object({
    edit: z.boolean(), delete: z.boolean(),
    /** Write a progress note, which may move the status (the giving or the responsible unit). */
    note: z.boolean(),
    /** Upload and delete evidence files. */
    evidence: z.boolean(),
  }),
});

export type TaskItem = z.infer<typeof taskItemOut>;

export const evidenceOut = z.object({ id: z.number(), taskId: z.number(), filename: z.string(), mime: z.string(), size: z.number(), sha256: z.string(), createdAt: z.string() });

export const noteOut = z.object({
  id: z.number(), orgName: z.string(), body: z.string(), status: taskStatus.nullable(), author: z.string().nullable(), createdAt: z.string(),
});

export const taskDetailOut = taskItemOut.extend({ notes: z.array(noteOut), evidence: z.array(evidenceOut) });
