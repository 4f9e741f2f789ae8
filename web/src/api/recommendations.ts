import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, type Page, type Query } from './client';

import type {
  doneIn, eventOut, fileOut, listRecommendationsQuery, planIn, recommendationDetailOut, recommendationIn, recommendationItemOut, reviewIn,
  updateRecommendationIn,
} from '../../../server/modules/inspections/schemas';
import { exhaustive, type Filters, type In, type Out } from './contract';
import { inspectionKeys } from './inspections';

export type RecommendationItem = Out<typeof recommendationItemOut>;
export type RecommendationDetail = Out<typeof recommendationDetailOut>;
export type RecEvent = Out<typeof eventOut>;
export type RecStatus = RecommendationItem['status'];
export type RecFilters = Filters<typeof listRecommendationsQuery>;

/** In the order a recommendation goes through them. */
export const REC_STATUSES = ['open', 'plan_submitted', 'plan_returned', 'plan_accepted', 'done_reported', 'done_returned', 'closed'] as const satisfies readonly RecStatus[];
exhaustive<RecStatus, (typeof REC_STATUSES)[number]>(true);

export const recKeys = {
  all: ['recommendations'] as const,
  list: (f: RecFilters, page: number, pageSize: number) => ['recommendations', 'list', f, page, pageSize] as const,
  overdueCount: ['recommendations', 'overdue-count'] as const,
  detail: (id: number) => ['recommendations', 'detail', id] as const,
};

export function useRecommendations(f: RecFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: recKeys.list(f, page, pageSize),
    queryFn: ({ signal }) => get<Page<RecommendationItem>>('/recommendations', { ...f, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

/** How many open recommendations the caller sees past their deadline (the menu's and the list's badge). */
export function useOverdueCount(enabled = true) {
  return useQuery({
    queryKey: recKeys.overdueCount,
    queryFn: ({ signal }) => get<Page<RecommendationItem>>('/recommendations', { overdue: 'true', pageSize: 1 }, signal).then((p) => p.total),
    enabled,
    staleTime: 60_000,
  });
}

export function useRecommendation(id: number) {
  return useQuery({ queryKey: recKeys.detail(id), queryFn: () => get<RecommendationDetail>(`/recommendations/${id}`), enabled: id > 0 });
}

function useRecMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: recKeys.all }), qc.invalidateQueries({ queryKey: inspectionKeys.all })]),
  });
}

export const useAddRecommendation = (inspectionId: number) =>
  useRecMutation((v: In<typeof recommendationIn>) => post<RecommendationDetail>(`/inspections/${inspectionId}/recommendations`, v));
export const useUpdateRecommendation = (id: number) =>
  useRecMutation((v: In<typeof updateRecommendationIn>) => patch<RecommendationDetail>(`/recommendations/${id}`, v));
export const useSubmitPlan = (id: number) => useRecMutation((v: In<typeof planIn>) => post<RecommendationDetail>(`/recommendations/${id}/plan`, v));
export const useReviewPlan = (id: number) => useRecMutation((v: In<typeof reviewIn>) => post<RecommendationDetail>(`/recommendations/${id}/plan-review`, v));
export const useReportDone = (id: number) => useRecMutation((v: In<typeof doneIn>) => post<RecommendationDetail>(`/recommendations/${id}/done`, v));
export const useReviewDone = (id: number) => useRecMutation((v: In<typeof reviewIn>) => post<RecommendationDetail>(`/recommendations/${id}/done-review`, v));
export const useUploadRemedyFile = (id: number) =>
  useRecMutation((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return post<Out<typeof fileOut>>(`/recommendations/${id}/files`, form);
  });
export const useDeleteInspectionFile = () => useRecMutation((fileId: number) => del(`/inspection-files/${fileId}`));
