import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  evaluationItemIn, evaluationOut, evaluationsSaved, FLAGS as SERVER_FLAGS, suggestionsOut, summaryOut, summaryQuery,
} from '../../../server/modules/evaluations/schemas';
import { api, get } from './client';
import { exhaustive, type Filters, type In, type Out } from './contract';

export type Flag = (typeof SERVER_FLAGS)[number];
export type Suggestions = Out<typeof suggestionsOut>;
export type UnitSuggestion = Suggestions['units'][number];
export type PersonSuggestion = Suggestions['people'][number];
export type Evaluation = Out<typeof evaluationOut>;
export type EvaluationInput = In<typeof evaluationItemIn>;
export type Saved = Out<typeof evaluationsSaved>;
export type AnnualReview = Out<typeof summaryOut>;
export type UnitYear = AnnualReview['units'][number];
export type PersonYear = AnnualReview['people'][number];
export type YearEntry = UnitYear['evaluations'][number];
export type AnnualFilters = Filters<typeof summaryQuery>;

export const FLAGS = ['late', 'incomplete_composition', 'unserious'] as const satisfies readonly Flag[];
exhaustive<Flag, (typeof FLAGS)[number]>(true);
/** "Incomplete composition" is about a unit's attendees; people are late or unserious. */
export const PERSON_FLAGS: Flag[] = ['late', 'unserious'];

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
export const useAnnualReview = (f: AnnualFilters) =>
  useQuery({ queryKey: evalKeys.annual(f), queryFn: () => get<AnnualReview>('/evaluations', f) });

export function useSaveEvaluations(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: EvaluationInput[]) => api<Saved>(`/conferences/${id}/evaluations`, { method: 'PUT', body: items }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: evalKeys.all }),
  });
}
