import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, del, get, patch, post, type Page, type Query } from './client';

import type {
  addInvitationsIn, agendaItemIn, agendaItemOut, audienceRule, bridgePointIn, bridgePointOut, bridgePointPatchIn, conferenceDetailOut,
  conferenceItemOut, createConferenceIn, invitationOut, invitationsQuery, invitedOut, listConferencesQuery, myInvitationOut,
  reassignIn, readinessIn, updateConferenceIn,
} from '../../../server/modules/conferences/schemas';
import { exhaustive, type Filters, type In, type Out } from './contract';

export type ConferenceItem = Out<typeof conferenceItemOut>;
export type ConferenceDetail = Out<typeof conferenceDetailOut>;
export type ConferenceAbilities = ConferenceDetail['abilities'];
export type Format = ConferenceItem['format'];
export type AgendaItem = Out<typeof agendaItemOut>;
/** A bridge point as listed in the conference detail, with what the caller may do there. */
export type BridgePoint = ConferenceDetail['bridgePoints'][number];
export type AgendaInput = In<typeof agendaItemIn>;
export type ConferenceInput = In<typeof createConferenceIn>;
export type ConferencePatch = In<typeof updateConferenceIn> & { agenda?: AgendaInput[] };
export type Invitation = Out<typeof invitationOut>;
export type Absence = NonNullable<Invitation['absence']>;
export type MyInvitation = Out<typeof myInvitationOut>;
export type BridgePointInput = In<typeof bridgePointIn>;
export type BridgePointPatch = In<typeof bridgePointPatchIn>;
export type AudienceRule = In<typeof audienceRule>;
export type AudienceKind = AudienceRule['kind'];
export type ConferenceFilters = Filters<typeof listConferencesQuery>;
export type InvitationFilters = Filters<typeof invitationsQuery>;

export const FORMATS = ['in_person', 'online', 'hybrid', 'radio'] as const satisfies readonly Format[];
exhaustive<Format, (typeof FORMATS)[number]>(true);
export const AUDIENCE_KINDS = ['key_cadres', 'all_members', 'mass_org', 'presenters_staff'] as const satisfies readonly AudienceKind[];
exhaustive<AudienceKind, (typeof AUDIENCE_KINDS)[number]>(true);

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

export function useInvitations(id: number, f: InvitationFilters, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: confKeys.invitations(id, { ...f, page, pageSize }),
    queryFn: ({ signal }) => get<Page<Invitation> & { partial?: boolean }>(`/conferences/${id}/invitations`, { ...f, page, pageSize } as Query, signal),
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
  useConfMutation(async ({ agenda, ...rest }: ConferencePatch) => {
    const saved = await patch<ConferenceItem>(`/conferences/${id}`, rest);
    if (agenda) await api<AgendaItem[]>(`/conferences/${id}/agenda`, { method: 'PUT', body: agenda });
    return saved;
  });
export const useAddBridgePoint = (id: number) => useConfMutation((v: BridgePointInput) => post<Out<typeof bridgePointOut>>(`/conferences/${id}/bridge-points`, v));
export const useUpdateBridgePoint = () => useConfMutation((v: BridgePointPatch & { id: number }) => {
  const { id, ...body } = v;
  return patch<Out<typeof bridgePointOut>>(`/bridge-points/${id}`, body);
});
export const useDeleteBridgePoint = () => useConfMutation((id: number) => del(`/bridge-points/${id}`));
export const useReadiness = () => useConfMutation((v: { id: number } & In<typeof readinessIn>) => post<Out<typeof bridgePointOut>>(`/bridge-points/${v.id}/readiness`, { connectionOk: v.connectionOk }));
export const useGenerateInvitations = (id: number) => useConfMutation((rule: AudienceRule) => post<Out<typeof invitedOut>>(`/conferences/${id}/invitations/generate`, { rule }));
export const useAddInvitations = (id: number) => useConfMutation((v: In<typeof addInvitationsIn>) => post<Out<typeof invitedOut>>(`/conferences/${id}/invitations`, v));
export const useRemoveInvitation = (id: number) => useConfMutation((personId: number) => del(`/conferences/${id}/invitations/${personId}`));
export const useReassignInvitation = (id: number) =>
  useConfMutation((v: { personId: number } & In<typeof reassignIn>) => patch<Invitation>(`/conferences/${id}/invitations/${v.personId}`, { bridgePointId: v.bridgePointId }));
