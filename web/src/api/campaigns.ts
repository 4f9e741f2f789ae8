import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, type Page, type Query } from './client';

import type { campaignParticipationOut } from '../../../server/modules/attendance/schemas';
import type {
  boardItemOut, boardOut, boardQuery, campaignDetailOut, campaignItemOut, createCampaignIn, listCampaignsQuery, remindIn, remindOut,
  updateCampaignIn, updateObligationIn,
} from '../../../server/modules/campaigns/schemas';
import { exhaustive, type Filters, type In, type Out } from './contract';

export type CampaignItem = Out<typeof campaignItemOut>;
export type CampaignDetail = Out<typeof campaignDetailOut>;
export type CampaignInput = In<typeof createCampaignIn>;
export type CampaignPatch = In<typeof updateCampaignIn>;
export type BoardRow = Out<typeof boardItemOut>;
export type Tier = CampaignItem['tiers'][number];
export type BoardStatus = BoardRow['status'];
export type CampaignStatus = CampaignItem['status'];
export type CampaignParticipation = Out<typeof campaignParticipationOut>;
export type RateRow = CampaignParticipation['total'];
export type CampaignFilters = Filters<typeof listCampaignsQuery>;
export type BoardFilters = Filters<typeof boardQuery>;

export const TIERS = ['key_cadre', 'presenters_staff', 'mass_org', 'all_members'] as const satisfies readonly Tier[];
exhaustive<Tier, (typeof TIERS)[number]>(true);
/** Board order as the API sorts it: the worst first. */
export const BOARD_STATUSES = ['overdue', 'not_scheduled', 'scheduled', 'held_late', 'held_on_time'] as const satisfies readonly BoardStatus[];
exhaustive<BoardStatus, (typeof BOARD_STATUSES)[number]>(true);
export const CAMPAIGN_STATUSES = ['active', 'closed'] as const satisfies readonly CampaignStatus[];
exhaustive<CampaignStatus, (typeof CAMPAIGN_STATUSES)[number]>(true);
export const LEVELS = ['district', 'grassroots', 'cell'] as const satisfies readonly (keyof NonNullable<CampaignInput['levelOffsets']>)[];
exhaustive<keyof NonNullable<CampaignInput['levelOffsets']>, (typeof LEVELS)[number]>(true);

/** Counts by board status (the detail's summary), zero for none. */
export function summaryCounts(s: CampaignDetail['summary'] | undefined): Record<BoardStatus, number> {
  return Object.fromEntries(BOARD_STATUSES.map((k) => [k, s?.[k] ?? 0])) as Record<BoardStatus, number>;
}

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (f: CampaignFilters, page: number, pageSize: number) => ['campaigns', 'list', f, page, pageSize] as const,
  detail: (id: number) => ['campaigns', 'detail', id] as const,
  board: (id: number, f: BoardFilters, page: number, pageSize: number) => ['campaigns', 'board', id, f, page, pageSize] as const,
  participation: (id: number, orgId?: number) => ['campaigns', 'participation', id, orgId] as const,
};

export function useCampaigns(f: CampaignFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: campaignKeys.list(f, page, pageSize),
    queryFn: ({ signal }) => get<Page<CampaignItem>>('/campaigns', { ...f, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCampaign(id: number) {
  return useQuery({ queryKey: campaignKeys.detail(id), queryFn: () => get<CampaignDetail>(`/campaigns/${id}`), enabled: id > 0 });
}

export function useBoard(id: number, f: BoardFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: campaignKeys.board(id, f, page, pageSize),
    queryFn: ({ signal }) => get<Out<typeof boardOut>>(`/campaigns/${id}/board`, { ...f, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
    enabled: id > 0,
  });
}

export function useCampaignParticipation(id: number, orgId?: number) {
  return useQuery({
    queryKey: campaignKeys.participation(id, orgId),
    queryFn: () => get<CampaignParticipation>(`/campaigns/${id}/participation`, { orgId }),
    enabled: id > 0,
  });
}

function useCampaignMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: campaignKeys.all }) });
}

export const useCreateCampaign = () => useCampaignMutation((v: CampaignInput) => post<CampaignDetail>('/campaigns', v));
export const useUpdateCampaign = (id: number) =>
  useCampaignMutation((v: CampaignPatch) => patch<CampaignDetail>(`/campaigns/${id}`, v));
export const useUpdateObligation = () =>
  useCampaignMutation((v: { id: number } & In<typeof updateObligationIn>) => patch<BoardRow>(`/obligations/${v.id}`, { deadline: v.deadline }));
export const useSendReminders = (id: number) =>
  useCampaignMutation((v: In<typeof remindIn>) => post<Out<typeof remindOut>>(`/campaigns/${id}/reminders`, v));
