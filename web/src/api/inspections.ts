import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, type Page, type Query } from './client';

import type {
  candidateOut, concludeIn, createFindingIn, createInspectionIn, createPlanIn, findingDetailOut, findingOut, inspectionDetailOut,
  inspectionItemOut, listInspectionsQuery, listPlansQuery, planDetailOut, planItemOut, recordOut, reopenIn, reviseFindingIn, revisionOut,
  updateFindingIn, updateInspectionIn, updatePlanIn, fileOut,
} from '../../../server/modules/inspections/schemas';
import { exhaustive, type Filters, type In, type Out } from './contract';

export type PlanItem = Out<typeof planItemOut>;
export type PlanDetail = Out<typeof planDetailOut>;
export type PlanInput = In<typeof createPlanIn>;
export type PlanPatch = In<typeof updatePlanIn>;
export type Candidate = Out<typeof candidateOut>;
export type InspectionItem = Out<typeof inspectionItemOut>;
export type InspectionDetail = Out<typeof inspectionDetailOut>;
export type InspectionInput = In<typeof createInspectionIn>;
export type InspectionPatch = In<typeof updateInspectionIn>;
export type ConcludeInput = In<typeof concludeIn>;
export type Finding = Out<typeof findingOut>;
export type FindingDetail = Out<typeof findingDetailOut>;
export type Revision = Out<typeof revisionOut>;
export type EvidenceFile = Out<typeof fileOut>;
export type InspectionRecord = Out<typeof recordOut>;
export type InspectionFilters = Filters<typeof listInspectionsQuery>;
export type PlanFilters = Filters<typeof listPlansQuery>;

export type InspectionKind = InspectionItem['kind'];
export type InspectionStatus = InspectionItem['status'];
export type InspectionBody = PlanItem['body'];
export type ChecklistItem = Finding['item'];
export type Assessment = Revision['assessment'];

export const KINDS = ['kiem_tra', 'giam_sat'] as const satisfies readonly InspectionKind[];
exhaustive<InspectionKind, (typeof KINDS)[number]>(true);
export const STATUSES = ['planned', 'in_progress', 'concluded', 'closed'] as const satisfies readonly InspectionStatus[];
exhaustive<InspectionStatus, (typeof STATUSES)[number]>(true);
export const BODIES = ['standing_committee', 'inspection_commission'] as const satisfies readonly InspectionBody[];
exhaustive<InspectionBody, (typeof BODIES)[number]>(true);
export const ASSESSMENTS = ['good', 'fair', 'limited', 'poor'] as const satisfies readonly Assessment[];
exhaustive<Assessment, (typeof ASSESSMENTS)[number]>(true);

export const inspectionKeys = {
  all: ['inspections'] as const,
  plans: (f: PlanFilters) => ['inspections', 'plans', f] as const,
  plan: (id: number) => ['inspections', 'plan', id] as const,
  candidates: (planId: number, q: string) => ['inspections', 'candidates', planId, q] as const,
  list: (f: InspectionFilters, page: number, pageSize: number) => ['inspections', 'list', f, page, pageSize] as const,
  detail: (id: number) => ['inspections', 'detail', id] as const,
  record: (id: number, orgId: number) => ['inspections', 'record', id, orgId] as const,
  finding: (id: number) => ['inspections', 'finding', id] as const,
};

export function usePlans(f: PlanFilters) {
  return useQuery({
    queryKey: inspectionKeys.plans(f),
    queryFn: ({ signal }) => get<Page<PlanItem>>('/inspection-plans', { ...f, pageSize: 100 } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: number) {
  return useQuery({ queryKey: inspectionKeys.plan(id), queryFn: () => get<PlanDetail>(`/inspection-plans/${id}`), enabled: id > 0 });
}

export function useCandidates(planId: number, q: string) {
  return useQuery({
    queryKey: inspectionKeys.candidates(planId, q),
    queryFn: ({ signal }) => get<Candidate[]>(`/inspection-plans/${planId}/candidates`, { q: q || undefined }, signal),
    enabled: planId > 0,
    placeholderData: keepPreviousData,
  });
}

export function useInspections(f: InspectionFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: inspectionKeys.list(f, page, pageSize),
    queryFn: ({ signal }) => get<Page<InspectionItem>>('/inspections', { ...f, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useInspection(id: number) {
  return useQuery({ queryKey: inspectionKeys.detail(id), queryFn: () => get<InspectionDetail>(`/inspections/${id}`), enabled: id > 0 });
}

/** The subject unit's own records in the inspection's period, by checklist item. */
export function useRecord(id: number, orgId: number) {
  return useQuery({
    queryKey: inspectionKeys.record(id, orgId),
    queryFn: () => get<InspectionRecord>(`/inspections/${id}/record`, { orgId }),
    enabled: id > 0 && orgId > 0,
    staleTime: 60_000,
  });
}

export function useFinding(id: number, enabled = true) {
  return useQuery({ queryKey: inspectionKeys.finding(id), queryFn: () => get<FindingDetail>(`/findings/${id}`), enabled: enabled && id > 0 });
}

// A write may change the inspection, its findings, its recommendations and the tracker: all are refetched.
function useInspectionMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: inspectionKeys.all }), qc.invalidateQueries({ queryKey: ['recommendations'] })]),
  });
}

export const useCreatePlan = () => useInspectionMutation((v: PlanInput) => post<PlanDetail>('/inspection-plans', v));
export const useUpdatePlan = (id: number) => useInspectionMutation((v: PlanPatch) => patch<PlanDetail>(`/inspection-plans/${id}`, v));
export const useCreateInspection = () => useInspectionMutation((v: InspectionInput) => post<InspectionDetail>('/inspections', v));
export const useUpdateInspection = (id: number) => useInspectionMutation((v: InspectionPatch) => patch<InspectionDetail>(`/inspections/${id}`, v));
export const useStartInspection = (id: number) => useInspectionMutation(() => post<InspectionDetail>(`/inspections/${id}/start`));
export const useConclude = (id: number) => useInspectionMutation((v: ConcludeInput) => post<InspectionDetail>(`/inspections/${id}/conclude`, v));
export const useCloseInspection = (id: number) => useInspectionMutation(() => post<InspectionDetail>(`/inspections/${id}/close`));
export const useReopenInspection = (id: number) =>
  useInspectionMutation((v: In<typeof reopenIn>) => post<InspectionDetail>(`/inspections/${id}/reopen`, v));

export const useCreateFinding = (inspectionId: number) =>
  useInspectionMutation((v: In<typeof createFindingIn>) => post<FindingDetail>(`/inspections/${inspectionId}/findings`, v));
export const useUpdateFinding = () =>
  useInspectionMutation((v: { id: number } & In<typeof updateFindingIn>) => patch<FindingDetail>(`/findings/${v.id}`, { assessment: v.assessment, body: v.body }));
export const usePublishFinding = () => useInspectionMutation((id: number) => post<FindingDetail>(`/findings/${id}/publish`));
export const useReviseFinding = () =>
  useInspectionMutation((v: { id: number } & In<typeof reviseFindingIn>) =>
    post<FindingDetail>(`/findings/${v.id}/revisions`, { assessment: v.assessment, body: v.body, reason: v.reason }));
export const useUploadFindingFile = () =>
  useInspectionMutation((v: { findingId: number; file: File }) => {
    const form = new FormData();
    form.append('file', v.file);
    return post<EvidenceFile>(`/findings/${v.findingId}/files`, form);
  });

export const fileUrl = (id: number) => `/api/inspection-files/${id}`;
