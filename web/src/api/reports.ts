import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, post, type Query } from './client';
import type { boardOut, periodOut, reportIn, reportingIn, reportingOut, reportOut, reportRemindIn, reportRemindOut } from '../../../server/modules/programs/report-schemas';
import { exhaustive, type In, type Out } from './contract';

export type Reporting = Out<typeof reportingOut>;
export type Period = Out<typeof periodOut>;
export type Report = Out<typeof reportOut>;
export type ReportInput = In<typeof reportIn>;
export type ReportBoard = Out<typeof boardOut>;
export type ReportStatus = Period['status'];
export type Frequency = NonNullable<Reporting['frequency']>;

/** Board order as the API sorts it: late first. */
export const REPORT_STATUSES = ['late', 'not_due', 'late_filed', 'on_time'] as const satisfies readonly ReportStatus[];
exhaustive<ReportStatus, (typeof REPORT_STATUSES)[number]>(true);
export const FREQUENCIES = ['monthly', 'quarterly', 'half_year', 'yearly'] as const satisfies readonly Frequency[];
exhaustive<Frequency, (typeof FREQUENCIES)[number]>(true);

export const reportKeys = {
  all: ['reports'] as const,
  reporting: (programId: number) => ['reports', 'reporting', programId] as const,
  form: (periodId: number) => ['reports', 'form', periodId] as const,
  board: (programId: number, periodId: number | undefined, status: string | undefined, page: number, pageSize: number) =>
    ['reports', 'board', programId, periodId, status, page, pageSize] as const,
};

export function useReporting(programId: number) {
  return useQuery({ queryKey: reportKeys.reporting(programId), queryFn: () => get<Reporting>(`/programs/${programId}/reporting`), enabled: programId > 0 });
}

export function useSetReporting(programId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: In<typeof reportingIn>) => api<Reporting>(`/programs/${programId}/reporting`, { method: 'PUT', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useReport(periodId: number) {
  return useQuery({ queryKey: reportKeys.form(periodId), queryFn: () => get<Report>(`/report-periods/${periodId}/report`), enabled: periodId > 0 });
}

export function useSaveReport(periodId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportInput) => api<Report>(`/report-periods/${periodId}/report`, { method: 'PUT', body }),
    onSuccess: (r) => {
      qc.setQueryData(reportKeys.form(periodId), r);
      void qc.invalidateQueries({ queryKey: ['reports', 'board'] });
      void qc.invalidateQueries({ queryKey: ['reports', 'reporting'] });
      void qc.invalidateQueries({ queryKey: ['programs'] });
    },
  });
}

export function useUploadReportEvidence(periodId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return post(`/report-periods/${periodId}/evidence`, form);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: reportKeys.form(periodId) }),
  });
}

export function useRemoveReportEvidence(periodId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api(`/report-evidence/${id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: reportKeys.form(periodId) }),
  });
}

export function useReportBoard(programId: number, periodId: number | undefined, status: ReportStatus | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: reportKeys.board(programId, periodId, status, page, pageSize),
    queryFn: ({ signal }) => get<ReportBoard>(`/programs/${programId}/report-board`, { periodId, status, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSendReportReminders(programId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: In<typeof reportRemindIn>) => post<Out<typeof reportRemindOut>>(`/programs/${programId}/report-reminders`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', 'board', programId] }),
  });
}

export const reportEvidenceUrl = (id: number) => `/api/report-evidence/${id}`;

/** The few facts of a program the reporting pages show (title, unit, parent); the program pages have the rest. */
export interface ProgramBrief { id: number; title: string; orgName: string; parentProgramId: number | null; status: 'active' | 'closed' }
export function useProgramBrief(id: number) {
  return useQuery({ queryKey: ['reports', 'program', id], queryFn: () => get<ProgramBrief>(`/programs/${id}`), enabled: id > 0 });
}

/** Programs the user sees (its unit's first: the API lists the newest first). */
export function usePrograms() {
  return useQuery({ queryKey: ['reports', 'programs'], queryFn: () => get<{ items: (ProgramBrief & { orgId: number; periodFrom: string; periodTo: string })[]; total: number }>('/programs', { pageSize: 200 }) });
}
