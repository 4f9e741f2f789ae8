import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, type Page, type Query } from './client';

export const TIERS = ['key_cadre', 'presenters_staff', 'mass_org', 'all_members'] as const;
export type Tier = (typeof TIERS)[number];
/** Board order as the API sorts it: the worst first. */
export const BOARD_STATUSES = ['overdue', 'not_scheduled', 'scheduled', 'held_late', 'held_on_time'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];
export const CAMPAIGN_STATUSES = ['active', 'closed'] as const;
export const LEVELS = ['district', 'grassroots', 'cell'] as const;

export interface CampaignItem {
  id: number;
  orgId: number;
  orgName: string;
  title: string;
  tiers: Tier[];
  deadline: string;
  status: string;
  documentCount: number;
  obligationCount: number;
  overdueCount: number;
  createdAt: string;
}

export interface CampaignDetail extends CampaignItem {
  description: string | null;
  levelOffsets?: Partial<Record<(typeof LEVELS)[number], number>>;
  documents: { id: number; symbol: string; title: string }[];
  summary: Partial<Record<BoardStatus, number>> | { status: BoardStatus; count: number }[];
}

export interface CampaignInput {
  orgId: number;
  title: string;
  description?: string;
  documentIds: number[];
  tiers: Tier[];
  deadline: string;
  levelOffsets?: Partial<Record<(typeof LEVELS)[number], number>>;
}

export interface BoardRow {
  obligationId: number;
  orgId: number;
  orgName: string;
  orgKind: string;
  parentName: string | null;
  tier: Tier;
  deadline: string;
  status: BoardStatus;
  conferenceId: number | null;
  heldOn: string | null;
  lastRemindedAt: string | null;
}

export interface RateRow { invited: number; attended: number; rate: number; late?: number; extra?: number; absentExcused?: number; absentUnexcused?: number }
export interface CampaignParticipation {
  total?: RateRow;
  tiers: (RateRow & { tier: Tier })[];
  units: (RateRow & { orgId: number; orgName: string })[];
}

export interface CampaignFilters { orgId?: number; status?: string; q?: string }
export interface BoardFilters { status?: string; orgId?: number; tier?: string }

/** Summary counts whatever shape the server chose (object or list). */
export function summaryCounts(s: CampaignDetail['summary'] | undefined): Record<BoardStatus, number> {
  const out = Object.fromEntries(BOARD_STATUSES.map((k) => [k, 0])) as Record<BoardStatus, number>;
  if (Array.isArray(s)) for (const r of s) out[r.status] = r.count;
  else if (s) for (const k of BOARD_STATUSES) out[k] = s[k] ?? 0;
  return out;
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
    queryFn: ({ signal }) => get<Page<BoardRow>>(`/campaigns/${id}/board`, { ...f, page, pageSize } as Query, signal),
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

export const useCreateCampaign = () => useCampaignMutation((v: CampaignInput) => post<CampaignItem>('/campaigns', v));
export const useUpdateCampaign = (id: number) =>
  useCampaignMutation((v: Partial<Pick<CampaignDetail, 'title' | 'description' | 'deadline' | 'status'>>) => patch<CampaignItem>(`/campaigns/${id}`, v));
export const useUpdateObligation = () =>
  useCampaignMutation((v: { id: number; deadline: string }) => patch<unknown>(`/obligations/${v.id}`, { deadline: v.deadline }));
export const useSendReminders = (id: number) =>
  useCampaignMutation((v: { obligationIds?: number[]; message?: string }) => post<{ sent: number }>(`/campaigns/${id}/reminders`, v));
