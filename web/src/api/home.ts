import { useQuery } from '@tanstack/react-query';
import { get } from './client';
import type { overviewOut, todoOut } from '../../../server/modules/home/schemas';
import type { Out } from './contract';

export type Overview = Out<typeof overviewOut>;
export type OverviewCampaign = Overview['campaigns'][number];
export type OverviewUnit = OverviewCampaign['units'][number];
export type OverviewConference = Overview['conferences']['today'][number];
export type Todo = Out<typeof todoOut>;
export type TodoItem = Todo['items'][number];

export const homeKeys = {
  overview: (orgId?: number) => ['home', 'overview', orgId ?? null] as const,
  todo: ['home', 'todo'] as const,
};

/** Leadership's figures for a unit (its top unit when none); today's counts refresh every 30 s while the page is open. */
export const useOverview = (orgId?: number) => useQuery({
  queryKey: homeKeys.overview(orgId),
  queryFn: ({ signal }) => get<Overview>('/home/overview', { orgId }, signal),
  refetchInterval: 30_000,
});

export const useTodo = () => useQuery({ queryKey: homeKeys.todo, queryFn: ({ signal }) => get<Todo>('/home/todo', undefined, signal) });

export type MyYear = Out<typeof import('../../../server/modules/evaluations/schemas').summaryOut>;
/** The member's own evaluations of the year (the same endpoint staff read for the annual review). */
export const useMyYear = (personId: number | null) => useQuery({
  queryKey: ['home', 'my-year', personId] as const,
  queryFn: ({ signal }) => get<MyYear>(`/people/${personId}/evaluations`, undefined, signal),
  enabled: !!personId,
});
