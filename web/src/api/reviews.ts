import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { decideIn, personReviewOut, unitReviewOut } from '../../../server/modules/reviews/schemas';
import type { RATINGS as SERVER_RATINGS } from '../../../server/modules/reviews/suggest';
import { api, get } from './client';
import { exhaustive, type In, type Out } from './contract';

export type Rating = (typeof SERVER_RATINGS)[number];
export type PersonReview = Out<typeof personReviewOut>;
export type UnitReview = Out<typeof unitReviewOut>;
export type DecideInput = In<typeof decideIn>;
export type Subject = 'people' | 'orgs';

/** Best first, as the committee's form lists them. */
export const RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const satisfies readonly Rating[];
exhaustive<Rating, (typeof RATINGS)[number]>(true);

const key = (subject: Subject, id: number, year: number) => ['annual-review', subject, id, year] as const;

export const usePersonReview = (id: number, year: number) =>
  useQuery({ queryKey: key('people', id, year), queryFn: () => get<PersonReview>(`/people/${id}/annual-review`, { year }), enabled: id > 0 });
export const useUnitReview = (id: number, year: number) =>
  useQuery({ queryKey: key('orgs', id, year), queryFn: () => get<UnitReview>(`/orgs/${id}/annual-review`, { year }), enabled: id > 0 });

/** The committee's decision; the answer is the review as it now stands. */
export function useDecide(subject: Subject, id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: DecideInput) => api<PersonReview | UnitReview>(`/${subject}/${id}/annual-review`, { method: 'PUT', body: input }),
    onSuccess: (data, input) => qc.setQueryData(key(subject, id, input.year), data),
  });
}
