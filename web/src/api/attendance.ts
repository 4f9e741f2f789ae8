import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from './client';
import type { RateRow } from './campaigns';

export interface QrCode { code: string; svg: string; expiresAt?: string }
export interface CheckinPerson { id: number; fullName: string; orgName: string }
export interface CheckinResult { result: 'recorded' | 'duplicate'; person: CheckinPerson; lateMinutes: number; extra: boolean; checkedAt: string }
export interface CheckinInput { bridgePointId: number; code?: string; personId?: number; scannedAt?: string; clientId?: string }
export interface BatchItem { code?: string; personId?: number; scannedAt: string; clientId: string }
export interface BatchResult { clientId: string; result: 'recorded' | 'duplicate' | 'refused'; reason?: string }
export type RollStatus = 'present' | 'absent_excused' | 'absent_unexcused' | 'not_marked';
export interface RollCallRow {
  personId: number; fullName: string; orgName: string; bridgePointId?: number | null; bridgePointName?: string | null;
  attended: boolean; checkedAt?: string | null; lateMinutes?: number | null; absence?: { excused: boolean; reason: string | null } | null;
  status: RollStatus;
}
export interface RollCallFilter { bridgePointId?: number; orgId?: number; status?: RollStatus; q?: string; page: number; pageSize: number }
/** One page of the roll call, counts per status over the whole filter, and the cells it can narrow to. */
export interface RollCallPage {
  items: RollCallRow[]; total: number; page: number; pageSize: number;
  counts: Record<RollStatus, number>; units: { orgId: number; orgName: string; people: number }[];
}
export interface RollCallMark { personId: number; present: boolean; excused?: boolean; reason?: string }
export interface MyAttendance { conferenceId: number; title: string; startsAt: string; checkedAt: string | null; lateMinutes: number | null; method: string | null; absence: { excused: boolean; reason: string | null } | null }
export interface MakeupRow { personId: number; fullName: string; orgName: string; bridgePointName?: string | null; absence?: { excused: boolean; reason: string | null } | null }
export interface ConferenceParticipation { bridgePoints?: (RateRow & { bridgePointId: number; name: string })[]; units?: (RateRow & { orgId: number; orgName: string })[] }

/** Lists the server may send bare or as a page. */
export const itemsOf = <T,>(d: T[] | { items: T[] } | undefined): T[] => (Array.isArray(d) ? d : d?.items ?? []);

export const attKeys = {
  all: ['attendance'] as const,
  myQr: ['attendance', 'my-qr'] as const,
  mine: ['attendance', 'mine'] as const,
  hallQr: (id: number, bp?: number) => ['attendance', 'hall-qr', id, bp] as const,
  rollCall: (id: number, f: object) => ['attendance', 'roll-call', id, f] as const,
  makeup: (id: number) => ['attendance', 'makeup', id] as const,
};

export const useMyQr = () => useQuery({ queryKey: attKeys.myQr, queryFn: () => get<QrCode>('/me/qr'), staleTime: Infinity });
export const useMyAttendance = () =>
  useQuery({ queryKey: attKeys.mine, queryFn: async () => itemsOf(await get<MyAttendance[] | { items: MyAttendance[] }>('/me/attendance')) });

/** The rotating hall code: refreshed every 60 s (the server accepts the current and the previous window). */
export const useHallQr = (id: number, bridgePointId?: number) =>
  useQuery({
    queryKey: attKeys.hallQr(id, bridgePointId),
    queryFn: () => get<QrCode>(`/conferences/${id}/hall-qr`, { bridgePointId }),
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
  useQuery({ queryKey: attKeys.makeup(id), queryFn: async () => itemsOf(await get<MakeupRow[] | { items: MakeupRow[] }>(`/conferences/${id}/makeup-list`)), enabled: id > 0 });

export const checkin = (id: number, v: CheckinInput) => post<CheckinResult>(`/conferences/${id}/checkins`, v);
export const checkinBatch = (id: number, v: { bridgePointId: number; items: BatchItem[] }) =>
  post<{ results: BatchResult[] }>(`/conferences/${id}/checkins/batch`, v);

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
export const useRollCallSave = (id: number) => useAttMutation((marks: RollCallMark[]) => post<unknown>(`/conferences/${id}/roll-call`, { marks }));
/** The explicit "mark everyone else absent": unexcused absences for those of the filter not marked yet. */
export const useMarkRestAbsent = (id: number) =>
  useAttMutation((f: { bridgePointId?: number; orgId?: number }) => post<{ absent: number }>(`/conferences/${id}/roll-call/absent-rest`, f));
export const useRecordAbsence = (id: number) =>
  useAttMutation((v: { personId: number; excused: boolean; reason?: string }) => post<unknown>(`/conferences/${id}/absences`, v));
