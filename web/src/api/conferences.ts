import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, del, get, patch, post, type Page, type Query } from './client';
import type { Tier } from './campaigns';

export const FORMATS = ['in_person', 'online', 'hybrid', 'radio'] as const;
export type Format = (typeof FORMATS)[number];
export const AUDIENCE_KINDS = ['key_cadres', 'all_members', 'mass_org', 'presenters_staff'] as const;

export interface ConferenceItem {
  id: number;
  campaignId: number;
  campaignTitle: string;
  orgId: number;
  orgName: string;
  tier: Tier;
  title: string;
  format: Format;
  startsAt: string;
  endsAt: string;
  hall: string | null;
  makeupOf: number | null;
  invitedCount: number;
  attendedCount: number;
}

export interface AgendaItem { id: number; position: number; topic: string; presenterPersonId: number | null; presenterName: string | null; minutes: number | null }
export interface BridgePoint {
  id: number; orgId: number; orgName: string; name: string; hostPersonId: number | null; hostName: string | null;
  capacity: number | null; isMain: boolean; connectionOk: boolean | null; checkedAt: string | null; invited: number; attended: number;
}
export interface ConferenceDetail extends ConferenceItem {
  agenda: AgendaItem[];
  materials: { id: number; symbol: string; title: string }[];
  bridgePoints: BridgePoint[];
  audience: unknown;
}

export interface AgendaInput { topic: string; presenterPersonId?: number | null; minutes?: number | null }
export interface ConferenceInput {
  campaignId: number; orgId: number; tier: Tier; title: string; format: Format; startsAt: string; endsAt: string;
  hall?: string | null; agenda?: AgendaInput[]; materialIds?: number[]; makeupOf?: number | null;
}

export interface Absence { excused: boolean; reason: string | null }
export interface Invitation {
  personId: number; fullName: string; orgName: string; bridgePointId: number | null; bridgePointName: string | null;
  attended: boolean; checkedAt: string | null; lateMinutes: number | null; absence: Absence | null;
}
export interface MyInvitation { conferenceId: number; title: string; format: Format; startsAt: string; endsAt: string; hall: string | null; bridgePointName: string | null; attended: boolean }
export interface BridgePointInput { orgId?: number; name?: string; hostPersonId?: number | null; capacity?: number | null; isMain?: boolean }
export interface AudienceRule { kind: (typeof AUDIENCE_KINDS)[number]; orgId: number; massOrgType?: string }

export interface ConferenceFilters { campaignId?: number; orgId?: number; from?: string; to?: string }

export const confKeys = {
  all: ['conferences'] as const,
  list: (f: ConferenceFilters, page: number, pageSize: number) => ['conferences', 'list', f, page, pageSize] as const,
  detail: (id: number) => ['conferences', 'detail', id] as const,
  invitations: (id: number, f: object) => ['conferences', 'invitations', id, f] as const,
  mine: ['conferences', 'mine'] as const,
};

export function useConferences(f: ConferenceFilters, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: confKeys.list(f, page, pageSize),
    queryFn: ({ signal }) => get<Page<ConferenceItem>>('/conferences', { ...f, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useConference(id: number) {
  return useQuery({ queryKey: confKeys.detail(id), queryFn: () => get<ConferenceDetail>(`/conferences/${id}`), enabled: id > 0 });
}

export function useInvitations(id: number, f: { bridgePointId?: number; q?: string }, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: confKeys.invitations(id, { ...f, page, pageSize }),
    queryFn: ({ signal }) => get<Page<Invitation>>(`/conferences/${id}/invitations`, { ...f, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
    enabled: id > 0 && enabled,
  });
}

export function useMyInvitations() {
  return useQuery({ queryKey: confKeys.mine, queryFn: () => get<MyInvitation[]>('/me/invitations') });
}

/** Conference writes change counts shown on campaigns too. */
function useConfMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: confKeys.all });
      void qc.invalidateQueries({ queryKey: ['campaigns'] });
      void qc.invalidateQueries({ queryKey: ['attendance'] });
    },
  });
}

export const useCreateConference = () => useConfMutation((v: ConferenceInput) => post<ConferenceItem>('/conferences', v));
export const useUpdateConference = (id: number) =>
  useConfMutation(async ({ agenda, ...rest }: Partial<ConferenceInput>) => {
    const saved = await patch<ConferenceItem>(`/conferences/${id}`, rest);
    if (agenda) await api<unknown>(`/conferences/${id}/agenda`, { method: 'PUT', body: agenda });
    return saved;
  });
export const useAddBridgePoint = (id: number) => useConfMutation((v: BridgePointInput) => post<BridgePoint>(`/conferences/${id}/bridge-points`, v));
export const useUpdateBridgePoint = () => useConfMutation((v: BridgePointInput & { id: number }) => {
  const { id, ...body } = v;
  return patch<BridgePoint>(`/bridge-points/${id}`, body);
});
export const useDeleteBridgePoint = () => useConfMutation((id: number) => del(`/bridge-points/${id}`));
export const useReadiness = () => useConfMutation((v: { id: number; connectionOk: boolean }) => post<unknown>(`/bridge-points/${v.id}/readiness`, { connectionOk: v.connectionOk }));
export const useGenerateInvitations = (id: number) => useConfMutation((rule: AudienceRule) => post<{ invited: number }>(`/conferences/${id}/invitations/generate`, { rule }));
export const useAddInvitations = (id: number) => useConfMutation((v: { personIds: number[]; bridgePointId?: number }) => post<unknown>(`/conferences/${id}/invitations`, v));
export const useRemoveInvitation = (id: number) => useConfMutation((personId: number) => del(`/conferences/${id}/invitations/${personId}`));
export const useReassignInvitation = (id: number) =>
  useConfMutation((v: { personId: number; bridgePointId: number }) => patch<unknown>(`/conferences/${id}/invitations/${v.personId}`, { bridgePointId: v.bridgePointId }));
