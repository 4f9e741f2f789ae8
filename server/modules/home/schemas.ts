import { z } from 'zod';
import { queryId } from '../../core/schemas.js';
import { campaignParticipationOut } from '../attendance/schemas.js';
import { summaryOut } from '../campaigns/schemas.js';
import { conferenceItemOut } from '../conferences/schemas.js';
import { recommendationItemOut } from '../inspections/schemas.js';
import { taskItemOut, targetOut } from '../programs/schemas.js';

export const overviewQuery = z.object({
  orgId: queryId.optional().describe('Đơn vị xem (mặc định: đơn vị cao nhất người dùng theo dõi); để đi sâu xuống xã, chi bộ'),
});

const unitRef = z.object({ id: z.number(), name: z.string(), kind: z.string(), parentId: z.number().nullable() });
const participationUnit = campaignParticipationOut.shape.units.element;

export const overviewOut = z.object({
  org: unitRef.describe('The unit the figures are for'),
  /** The units from the caller's top unit down to this one, for the way back up. */
  trail: z.array(z.object({ id: z.number(), name: z.string() })),
  today: z.string().describe('Today in Vietnam (YYYY-MM-DD)'),
  campaigns: z.array(z.object({
    id: z.number(), title: z.string(), deadline: z.string(), orgName: z.string(),
    summary: summaryOut.describe('Obligations of the units in this subtree, by status'),
    participation: z.object({ invited: z.number(), attended: z.number(), rate: z.number() }),
    /** Units directly below, worst first among those past their deadline; those before it come last ("not yet held"). */
    units: z.array(participationUnit.extend({ kind: z.string(), hasChildren: z.boolean() })),
  })),
  conferences: z.object({
    today: z.array(conferenceItemOut.extend({ ongoing: z.boolean() })),
    week: z.array(conferenceItemOut.extend({ ongoing: z.boolean() })).describe('The rest of this week (Monday to Sunday), after today'),
  }),
  offTrackTargets: z.object({
    total: z.number(),
    items: z.array(targetOut.pick({ id: true, programId: true, indicator: true, unit: true, kind: true, targetValue: true, current: true,
      deadline: true, projected: true, progress: true }).extend({ programTitle: z.string(), orgId: z.number(), orgName: z.string() })),
  }),
  overdueTasks: z.object({ total: z.number(), items: z.array(taskItemOut) }),
  overdueRecommendations: z.object({ total: z.number(), items: z.array(recommendationItemOut) }),
  trends: z.object({
    /** People invited (home unit in this subtree) to conferences that have ended, by month (Vietnam), the last 12 months. */
    participation: z.array(z.object({ month: z.string(), conferences: z.number(), invited: z.number(), attended: z.number(), rate: z.number() })),
    /** Periodic reports of the programs in this subtree, by the quarter their period ends, once due. */
    reports: z.array(z.object({ quarter: z.string(), due: z.number(), onTime: z.number(), lateFiled: z.number(), late: z.number() })),
  }),
});
export type Overview = z.infer<typeof overviewOut>;

export const TODO_KINDS = ['schedule', 'chase', 'setup', 'report', 'evaluate', 'answer'] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export const todoItemOut = z.object({
  kind: z.enum(TODO_KINDS),
  /** The day it is due (YYYY-MM-DD), when it has one; overdue when before today. */
  due: z.string().nullable(),
  overdue: z.boolean(),
  title: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  campaignId: z.number().nullable(),
  conferenceId: z.number().nullable(),
  periodId: z.number().nullable(),
  recommendationId: z.number().nullable(),
  /** What is missing or how many (checklist keys not done; units to chase; the report's state). */
  details: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])),
});
export type TodoItem = z.infer<typeof todoItemOut>;
export const todoOut = z.object({ today: z.string(), items: z.array(todoItemOut) });
