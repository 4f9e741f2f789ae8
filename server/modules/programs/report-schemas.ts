import { z } from 'zod';
import { pageQuery } from '../../core/pagination.js';
import { id, int, isoDate, optText, queryId, str } from '../../core/schemas.js';
import { BOARD_STATUSES } from './board-queries.js';
import { scalar, TARGET_KINDS, TASK_STATUSES } from './schemas.js';

const frequency = z.enum(['monthly', 'quarterly', 'half_year', 'yearly'], { message: 'report_frequency' });
const boardStatus = z.enum(BOARD_STATUSES, { message: 'report_board_status' });
const taskStatus = z.enum(TASK_STATUSES, { message: 'task_status' });

export const reportingIn = z.object({ frequency, dueDays: int(0, 90).optional() });
export type ReportingInput = z.infer<typeof reportingIn>;

export const periodOut = z.object({
  id: z.number(), programId: z.number(), startsOn: z.string(), endsOn: z.string(), dueOn: z.string(), label: z.string(),
  /** on_time / late_filed (submitted after the due date) / late (not submitted, past due) / not_due. */
  status: boardStatus, reportId: z.number().nullable(), reportStatus: z.enum(['draft', 'submitted']).nullable(),
  /** Today (Vietnam) falls in it. */
  current: z.boolean(),
});

export const reportingOut = z.object({
  frequency: frequency.nullable(), dueDays: z.number(),
  /** Built from a parent program: the frequency is the parent's. */
  inherited: z.boolean(),
  periods: z.array(periodOut),
  /** The caller sets them: the program's own unit, the program open and at the top of its tree. */
  canEdit: z.boolean(),
});

export const reportIn = z.object({
  narrative: optText(5000).nullish(),
  values: z.array(z.object({
    targetId: id,
    value: scalar.nullable(),
    asOf: isoDate.optional(),
    note: optText(2000).nullish(),
  })).max(200),
  tasks: z.array(z.object({ taskId: id, status: taskStatus.optional(), note: optText(5000).nullish() })).max(200).default([]),
  /** false: save the draft; true: submit (again, to correct a submitted report). */
  submit: z.boolean().default(false),
});
export type ReportInput = z.infer<typeof reportIn>;

const value = z.union([z.number(), z.boolean()]);
const unitRef = z.object({ id: z.number(), name: z.string() });

export const reportEvidenceOut = z.object({ id: z.number(), reportId: z.number(), filename: z.string(), mime: z.string(), size: z.number(), sha256: z.string(), createdAt: z.string() });

export const reminderOut = z.object({ id: z.number(), message: z.string(), sentAt: z.string(), sentBy: z.string().nullable(), fromOrg: z.string().nullable() });

export const reportOut = z.object({
  id: z.number().nullable(),
  period: periodOut,
  program: z.object({ id: z.number(), title: z.string(), parentProgramId: z.number().nullable() }),
  org: unitRef,
  status: z.enum(['draft', 'submitted']).nullable(),
  narrative: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  lastSubmittedAt: z.string().nullable(),
  /** Submissions so far: 2 or more, the report was corrected. */
  revision: z.number(),
  /** The caller files for this unit (its office or leadership). */
  canEdit: z.boolean(),
  /** The targets the unit reports itself, with the last value and what the form holds for this period. */
  targets: z.array(z.object({
    id: z.number(), indicator: z.string(), unit: z.string().nullable(), kind: z.enum(TARGET_KINDS), targetValue: value, deadline: z.string(),
    baselineValue: value.nullable(), lastValue: value.nullable(), lastAsOf: z.string().nullable(),
    value: value.nullable(), asOf: z.string().nullable(), note: z.string().nullable(),
  })),
  /** The tasks the unit is responsible for (its own and those given from above), with what the form holds. */
  tasks: z.array(z.object({
    id: z.number(), title: z.string(), programTitle: z.string(), deadline: z.string(), status: taskStatus, overdue: z.boolean(),
    assignedFromAbove: z.boolean(), newStatus: taskStatus.nullable(), note: z.string().nullable(),
  })),
  evidence: z.array(reportEvidenceOut),
  reminders: z.array(reminderOut),
});

export const boardQuery = z.object({
  /** A period of this program; default: the latest whose due date has passed, else the current one. */
  periodId: queryId.optional(),
  status: boardStatus.optional(),
  ...pageQuery,
});
export type ReportBoardQuery = z.infer<typeof boardQuery>;

export const boardOut = z.object({
  period: periodOut.nullable(),
  counts: z.object({ late: z.number(), not_due: z.number(), late_filed: z.number(), on_time: z.number() }),
  /** The caller may remind late units (office or leadership of the program's unit, or a leader above). */
  canRemind: z.boolean(),
  items: z.array(z.object({
    programId: z.number(), orgId: z.number(), orgName: z.string(), periodId: z.number(), dueOn: z.string(), status: boardStatus,
    reportId: z.number().nullable(), reportStatus: z.enum(['draft', 'submitted']).nullable(), submittedAt: z.string().nullable(),
    revision: z.number(), lastRemindedAt: z.string().nullable(), reminderCount: z.number(),
  })),
  total: z.number(), page: z.number(), pageSize: z.number(),
});

export const reportRemindIn = z.object({
  periodId: id,
  /** The units to remind (program ids are not needed: one period per unit); none: every late unit of the board. */
  orgIds: z.array(id).min(1).max(5000).optional(),
  message: str().trim().min(1).max(2000).optional(),
});
export type ReportRemindInput = z.infer<typeof reportRemindIn>;
export const reportRemindOut = z.object({ sent: z.number().int() });
