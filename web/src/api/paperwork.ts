import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadUrl, get, post } from './client';

import type { draftOut, issuedOut, reportIn } from '../../../server/modules/paperwork/schemas';
import type { In, Out } from './contract';

export type ReportDraft = Out<typeof draftOut>;
export type ReportInput = In<typeof reportIn>;
export type Issued = Out<typeof issuedOut>;

export const paperKeys = { draft: (campaignId: number, orgId: number) => ['papers', 'draft', campaignId, orgId] as const };

export function useReportDraft(campaignId: number, orgId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: paperKeys.draft(campaignId, orgId ?? 0),
    queryFn: () => get<ReportDraft>(`/campaigns/${campaignId}/report-draft`, { orgId }),
    enabled: enabled && !!orgId,
    // The draft is the starting text of a form: not refreshed behind the user's edits.
    staleTime: Infinity, refetchOnWindowFocus: false,
  });
}

export function useIssueReport(campaignId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ReportInput) => post<Issued>(`/campaigns/${campaignId}/reports`, v),
    onSuccess: () => { void qc.invalidateQueries({ queryKey: ['papers'] }); void qc.invalidateQueries({ queryKey: ['documents'] }); },
  });
}

export const attachmentUrl = (id: number) => downloadUrl(`/attachments/${id}`);
export const invitationUrl = (conferenceId: number) => downloadUrl(`/conferences/${conferenceId}/invitation.docx`);
export const signInUrl = (bridgePointId: number) => downloadUrl(`/bridge-points/${bridgePointId}/sign-in.docx`);
export const conclusionUrl = (inspectionId: number) => downloadUrl(`/inspections/${inspectionId}/conclusion.docx`);

/** Starts a browser download of a same-origin URL (the session cookie goes along). */
export function startDownload(url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
