import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, type Page, type Query } from './client';

import type {
  cascadeIn, contributionOut, contributionsQuery, createProgramIn, evidenceOut, listProgramsQuery, listTasksQuery, noteIn, programDetailOut,
  programItemOut, targetDetailOut, targetIn, targetItemOut, taskDetailOut, taskIn, taskItemOut, updateProgramIn, updateTargetIn, updateTaskIn,
  valueIn,
} from '../../../server/modules/programs/schemas';
import { exhaustive, type Filters, type In, type Out } from './contract';

export type ProgramItem = Out<typeof programItemOut>;
export type ProgramDetail = Out<typeof programDetailOut>;
export type ProgramInput = In<typeof createProgramIn>;
export type ProgramPatch = In<typeof updateProgramIn>;
export type CascadeInput = In<typeof cascadeIn>;
export type Target = Out<typeof targetItemOut>;
export type TargetDetail = Out<typeof targetDetailOut>;
export type Contribution = Out<typeof contributionOut>;
export type ContributionFilters = Filters<typeof contributionsQuery>;
export type ContributionState = NonNullable<ContributionFilters['state']>;
export type TargetInput = In<typeof targetIn>;
export type TargetPatch = In<typeof updateTargetIn>;
export type ValueInput = In<typeof valueIn>;
export type TaskItem = Out<typeof taskItemOut>;
export type TaskDetail = Out<typeof taskDetailOut>;
export type TaskInput = In<typeof taskIn>;
export type TaskPatch = In<typeof updateTaskIn>;
export type NoteInput = In<typeof noteIn>;
export type Evidence = Out<typeof evidenceOut>;
export type ProgramFilters = Filters<typeof listProgramsQuery>;
export type TaskFilters = Filters<typeof listTasksQuery>;
export type TargetKind = Target['kind'];
export type Aggregation = NonNullable<Target['aggregation']>;
export type TaskStatus = TaskItem['status'];
export type ProgramStatus = ProgramItem['status'];
/** A task list filter: the stored statuses and the derived "overdue". */
export type TaskFilter = NonNullable<TaskFilters['status']>;

export const PROGRAM_STATUSES = ['active', 'closed'] as const satisfies readonly ProgramStatus[];
exhaustive<ProgramStatus, (typeof PROGRAM_STATUSES)[number]>(true);
export const TARGET_KINDS = ['number', 'percentage', 'boolean', 'units_meeting'] as const satisfies readonly TargetKind[];
exhaustive<TargetKind, (typeof TARGET_KINDS)[number]>(true);
export const AGGREGATIONS = ['sum', 'avg', 'count_meeting'] as const satisfies readonly Aggregation[];
exhaustive<Aggregation, (typeof AGGREGATIONS)[number]>(true);
export const TASK_STATUSES = ['not_started', 'in_progress', 'done'] as const satisfies readonly TaskStatus[];
exhaustive<TaskStatus, (typeof TASK_STATUSES)[number]>(true);
export const TASK_FILTERS = ['overdue', ...TASK_STATUSES] as const satisfies readonly TaskFilter[];
exhaustive<TaskFilter, (typeof TASK_FILTERS)[number]>(true);
export const CONTRIBUTION_STATES = ['met', 'not_met', 'not_reported'] as const satisfies readonly ContributionState[];
exhaustive<ContributionState, (typeof CONTRIBUTION_STATES)[number]>(true);

/**
 * Which roll-ups a kind allows, so the form offers only those (the server still refuses the others with the field
 * named): a count only for "units meeting", an average for a percentage, none for yes/no.
 */
export const aggregationsFor = (kind: TargetKind): readonly Aggregation[] =>
  kind === 'units_meeting' ? ['count_meeting'] : kind === 'percentage' ? ['avg'] : kind === 'number' ? ['sum', 'avg'] : [];

export const programKeys = {
  all: ['programs'] as const,
  list: (f: ProgramFilters, page: number, pageSize: number) => ['programs', 'list', f, page, pageSize] as const,
  detail: (id: number) => ['programs', 'detail', id] as const,
  target: (id: number) => ['programs', 'target', id] as const,
  contributions: (id: number, f: ContributionFilters, page: number, pageSize: number) => ['programs', 'contributions', id, f, page, pageSize] as const,
  tasks: (f: TaskFilters, page: number, pageSize: number) => ['programs', 'tasks', f, page, pageSize] as const,
  task: (id: number) => ['programs', 'task', id] as const,
};

export function usePrograms(f: ProgramFilters, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: programKeys.list(f, page, pageSize),
    queryFn: ({ signal }) => get<Page<ProgramItem>>('/programs', { ...f, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProgram(id: number) {
  return useQuery({ queryKey: programKeys.detail(id), queryFn: () => get<ProgramDetail>(`/programs/${id}`), enabled: id > 0 });
}

export function useTarget(id: number) {
  return useQuery({ queryKey: programKeys.target(id), queryFn: () => get<TargetDetail>(`/targets/${id}`), enabled: id > 0 });
}

/** A page of the units below feeding a roll-up target (the server scopes it to the user's subtree). */
export function useContributions(id: number, f: ContributionFilters, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: programKeys.contributions(id, f, page, pageSize),
    queryFn: ({ signal }) => get<Page<Contribution>>(`/targets/${id}/contributions`, { ...f, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
    enabled: enabled && id > 0,
  });
}

export function useTasks(f: TaskFilters, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: programKeys.tasks(f, page, pageSize),
    queryFn: ({ signal }) => get<Page<TaskItem>>('/tasks', { ...f, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTask(id: number) {
  return useQuery({ queryKey: programKeys.task(id), queryFn: () => get<TaskDetail>(`/tasks/${id}`), enabled: id > 0 });
}

/** Every write can change a roll-up, a count or a list anywhere in the module: refresh all of it. */
function useProgramMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: programKeys.all }) });
}

export const useCreateProgram = () => useProgramMutation((v: ProgramInput) => post<ProgramDetail>('/programs', v));
export const useUpdateProgram = (id: number) => useProgramMutation((v: ProgramPatch) => patch<ProgramDetail>(`/programs/${id}`, v));
export const useCascade = (id: number) => useProgramMutation((v: CascadeInput) => post<ProgramDetail>(`/programs/${id}/cascade`, v));
export const useCreateTarget = (programId: number) => useProgramMutation((v: TargetInput) => post<Target>(`/programs/${programId}/targets`, v));
export const useUpdateTarget = () => useProgramMutation(({ id, ...v }: TargetPatch & { id: number }) => patch<Target>(`/targets/${id}`, v));
export const useDeleteTarget = () => useProgramMutation((id: number) => del(`/targets/${id}`));
export const useReportValue = (targetId: number) => useProgramMutation((v: ValueInput) => post<TargetDetail>(`/targets/${targetId}/values`, v));
export const useCreateTask = (programId: number) => useProgramMutation((v: TaskInput) => post<TaskItem>(`/programs/${programId}/tasks`, v));
export const useUpdateTask = () => useProgramMutation(({ id, ...v }: TaskPatch & { id: number }) => patch<TaskItem>(`/tasks/${id}`, v));
export const useDeleteTask = () => useProgramMutation((id: number) => del(`/tasks/${id}`));
export const useAddNote = (taskId: number) => useProgramMutation((v: NoteInput) => post<TaskDetail>(`/tasks/${taskId}/notes`, v));
export const useDeleteEvidence = () => useProgramMutation((id: number) => del(`/evidence/${id}`));
export const useUploadEvidence = (taskId: number) =>
  useProgramMutation((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return post<Evidence>(`/tasks/${taskId}/evidence`, form);
  });

export const evidenceUrl = (id: number) => `/api/evidence/${id}`;
