import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, type Page, type Query } from './client';
import type { Out, In } from './contract';
import type {
  checklistOut, conferenceItemOut, copyConferenceIn, placedOut, presenterOut, unplacedOut,
} from '../../../server/modules/conferences/schemas';

/** Planning a conference: its setup checklist, unplaced invitees, copying, and presenters from above. */
export type Checklist = Out<typeof checklistOut>;
export type CheckItem = Checklist['items'][number];
export type Unplaced = Out<typeof unplacedOut>;
export type Presenter = Out<typeof presenterOut>;
export type CopyInput = In<typeof copyConferenceIn>;

// Under ['conferences', …]: every conference write invalidates them with the rest.
const keys = {
  checklist: (id: number) => ['conferences', 'checklist', id] as const,
  unplaced: (id: number, page: number, pageSize: number) => ['conferences', 'unplaced', id, page, pageSize] as const,
  presenters: (orgId: number, q: string) => ['conferences', 'presenters', orgId, q] as const,
};

export function useChecklist(id: number, enabled = true) {
  return useQuery({ queryKey: keys.checklist(id), queryFn: () => get<Checklist>(`/conferences/${id}/checklist`), enabled: id > 0 && enabled });
}

export function useUnplaced(id: number, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: keys.unplaced(id, page, pageSize),
    queryFn: ({ signal }) => get<Page<Unplaced>>(`/conferences/${id}/invitations/unplaced`, { page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
    enabled: id > 0 && enabled,
  });
}

/** The presenter picker: the presenter corps on the organizer's line (the district's presenters too). */
export function usePresenters(orgId: number | undefined, q: string) {
  return useQuery({
    queryKey: keys.presenters(orgId ?? 0, q),
    queryFn: ({ signal }) => get<Page<Presenter>>('/conferences/presenters', { orgId, q: q || undefined, pageSize: 20 } as Query, signal),
    placeholderData: keepPreviousData,
    enabled: !!orgId,
  });
}

function useInvalidating<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['conferences'] });
      void qc.invalidateQueries({ queryKey: ['campaigns'] });
      void qc.invalidateQueries({ queryKey: ['attendance'] });
    },
  });
}

export const usePlace = (id: number) =>
  useInvalidating((v: { bridgePointId?: number }) => post<Out<typeof placedOut>>(`/conferences/${id}/invitations/place`, v));
export const useCopyConference = (id: number) =>
  useInvalidating((v: CopyInput) => post<Out<typeof conferenceItemOut>>(`/conferences/${id}/copy`, v));
