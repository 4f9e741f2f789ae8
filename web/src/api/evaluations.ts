import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get } from './client';

export const FLAGS = ['late', 'incomplete_composition', 'unserious'] as const;
export type Flag = (typeof FLAGS)[number];
/** "Incomplete composition" is about a unit's attendees; people are late or unserious. */
export const PERSON_FLAGS: Flag[] = ['late', 'unserious'];

interface Counts { invited: number; attended: number; late: number; absentExcused: number; absentUnexcused: number }
export interface UnitSuggestion extends Counts { orgId: number; orgName: string; orgKind: string; suggestedFlags: Flag[] }
export interface PersonSuggestion {
  personId: number; fullName: string; orgId: number; orgName: string; unitId: number;
  invited: boolean; attended: boolean; lateMinutes: number; absentUnexcused: boolean; suggestedFlags: Flag[];
}
export interface Suggestions { conferenceId: number; ended: boolean; incompleteThreshold: number; units: UnitSuggestion[]; people: PersonSuggestion[] }
export interface Evaluation {
  id: number; conferenceId: number; orgId: number | null; orgName: string | null; personId: number | null; fullName: string | null;
  personOrgName: string | null; year: number; flags: Flag[]; comment: string | null; updatedAt: string;
}
export interface EvaluationInput { orgId?: number; personId?: number; flags: Flag[]; comment?: string | null }
export interface Saved { created: number; updated: number; deleted: number; unchanged: number; items: Evaluation[] }

export interface YearEntry { conferenceId: number; title: string; startsAt: string; flags: Flag[]; comment: string | null }
interface YearCounts { evaluated: number; flags: Record<Flag, number>; conferencesInvited: number; conferencesAttended: number; evaluations: YearEntry[] }
export interface UnitYear extends YearCounts { orgId: number; orgName: string; orgKind: string; parentName: string | null }
export interface PersonYear extends YearCounts { personId: number; fullName: string; orgId: number; orgName: string }
export interface AnnualReview { year: number; units: UnitYear[]; people: PersonYear[] }

export const evalKeys = {
  all: ['evaluations'] as const,
  suggestions: (id: number) => ['evaluations', 'suggestions', id] as const,
  list: (id: number) => ['evaluations', 'list', id] as const,
  annual: (f: object) => ['evaluations', 'annual', f] as const,
};

export const useSuggestions = (id: number) =>
  useQuery({ queryKey: evalKeys.suggestions(id), queryFn: () => get<Suggestions>(`/conferences/${id}/evaluation-suggestions`), enabled: id > 0 });
export const useEvaluations = (id: number) =>
  useQuery({ queryKey: evalKeys.list(id), queryFn: () => get<Evaluation[]>(`/conferences/${id}/evaluations`), enabled: id > 0 });
export const useAnnualReview = (f: { year: number; orgId?: number; personId?: number }) =>
  useQuery({ queryKey: evalKeys.annual(f), queryFn: () => get<AnnualReview>('/evaluations', f) });

export function useSaveEvaluations(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: EvaluationInput[]) => api<Saved>(`/conferences/${id}/evaluations`, { method: 'PUT', body: items }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: evalKeys.all }),
  });
}
