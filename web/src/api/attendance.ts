import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadUrl, get, post } from './client';

import type {
  absenceIn, absenceOut, absentRestIn, absentRestOut, batchIn, batchOut, checkinOut, conferenceParticipationOut, hallQrOut, makeupOut,
  listeningIn, listeningOut, listeningSaved, myAttendanceOut, qrOut, rollCallIn, rollCallOut, rollCallQuery, rollCallSaved, scanIn,
} from '../../../server/modules/attendance/schemas';
import type { In, Out } from './contract';

export type QrCode = Out<typeof qrOut> & Partial<Pick<Out<typeof hallQrOut>, 'expiresAt'>>;
export type CheckinResult = Out<typeof checkinOut>;
export type CheckinPerson = CheckinResult['person'];
export type CheckinInput = In<typeof scanIn>;
export type BatchItem = In<typeof batchIn>['items'][number];
export type BatchResult = Out<typeof batchOut>['results'][number];
export type RollCallPage = Out<typeof rollCallOut>;
export type RollCallRow = RollCallPage['items'][number];
export type RollStatus = RollCallRow['status'];
export type RollCallFilter = Out<typeof rollCallQuery>;
export type RollCallMark = In<typeof rollCallIn>['marks'][number];
export type MyAttendance = Out<typeof myAttendanceOut>[number];
export type MakeupRow = Out<typeof makeupOut>[number];
export type ConferenceParticipation = Out<typeof conferenceParticipationOut>;
export type ByMethod = ConferenceParticipation['byMethod'];
export type ListeningList = Out<typeof listeningOut>;
export type ListeningEntry = In<typeof listeningIn>['entries'][number];
export type CardLayout = '2x5' | '3x4';

export const attKeys = {
  all: ['attendance'] as const,
  myQr: ['attendance', 'my-qr'] as const,
  mine: ['attendance', 'mine'] as const,
  hallQr: (id: number, bp?: number) => ['attendance', 'hall-qr', id, bp] as const,
  rollCall: (id: number, f: object) => ['attendance', 'roll-call', id, f] as const,
  makeup: (id: number) => ['attendance', 'makeup', id] as const,
  participation: (id: number) => ['attendance', 'participation', id] as const,
  listening: (id: number, orgId?: number) => ['attendance', 'listening', id, orgId] as const,
};

/** The Word file of a unit's QR check-in cards (A4, ready to cut). */
export const qrCardsUrl = (orgId: number, layout: CardLayout) => downloadUrl('/qr-cards.docx', { orgId, layout });

export const useConferenceParticipation = (id: number, refetchInterval?: number) =>
  useQuery({ queryKey: attKeys.participation(id), queryFn: () => get<ConferenceParticipation>(`/conferences/${id}/participation`), enabled: id > 0, refetchInterval });

export const useListening = (id: number, orgId?: number, enabled = true) =>
  useQuery({ queryKey: attKeys.listening(id, orgId), queryFn: () => get<ListeningList>(`/conferences/${id}/listening`, { orgId }), enabled: id > 0 && enabled });

export const useMyQr = () => useQuery({ queryKey: attKeys.myQr, queryFn: () => get<QrCode>('/me/qr'), staleTime: Infinity });
export const useMyAttendance = () =>
  useQuery({ queryKey: attKeys.mine, queryFn: () => get<MyAttendance[]>('/me/attendance') });

/** The rotating hall code: refreshed every 60 s (the server accepts the current and the previous window). */
export const useHallQr = (id: number, bridgePointId?: number) =>
  useQuery({
    queryKey: attKeys.hallQr(id, bridgePointId),
    queryFn: () => get<Out<typeof hallQrOut>>(`/conferences/${id}/hall-qr`, { bridgePointId }),
    refetchInterval: 60_000,
    refetchIntervalInBackground: true,
    staleTime: 0,
    enabled: id > 0,
  });

export const useRollCall = (id: number, f: RollCallFilter, enabled: boolean) =>
  useQuery({
    queryKey: attKeys.rollCall(id, f),
    queryFn: ({ signal }) => get<RollCallPage>(`/conferences/${id}/roll-call`, { ...f }, signal),
    enabled: id > 0 && enabled,
    placeholderData: keepPreviousData,
  });

export const useMakeupList = (id: number) =>
  useQuery({ queryKey: attKeys.makeup(id), queryFn: () => get<MakeupRow[]>(`/conferences/${id}/makeup-list`), enabled: id > 0 });

export const checkin = (id: number, v: CheckinInput) => post<CheckinResult>(`/conferences/${id}/checkins`, v);
export const checkinBatch = (id: number, v: In<typeof batchIn>) =>
  post<Out<typeof batchOut>>(`/conferences/${id}/checkins/batch`, v);

function useAttMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: attKeys.all });
      void qc.invalidateQueries({ queryKey: ['conferences'] });
    },
  });
}

export const useSelfCheckin = () => useAttMutation((code: string) => post<CheckinResult>('/checkins/self', { code }));
export const useRollCallSave = (id: number) => useAttMutation((marks: RollCallMark[]) => post<Out<typeof rollCallSaved>>(`/conferences/${id}/roll-call`, { marks }));
/** The explicit "mark everyone else absent": unexcused absences for those of the filter not marked yet. */
export const useMarkRestAbsent = (id: number) =>
  useAttMutation((f: In<typeof absentRestIn>) => post<Out<typeof absentRestOut>>(`/conferences/${id}/roll-call/absent-rest`, f));
export const useRecordAbsence = (id: number) =>
  useAttMutation((v: In<typeof absenceIn>) => post<Out<typeof absenceOut>>(`/conferences/${id}/absences`, v));
export const useListeningSave = (id: number) =>
  useAttMutation((v: In<typeof listeningIn>) => api<Out<typeof listeningSaved>>(`/conferences/${id}/listening`, { method: 'PUT', body: v }));
