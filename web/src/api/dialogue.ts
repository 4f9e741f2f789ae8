import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  answerIn, askIn, hideIn, myQuestionOut, presenterQuery, questionOut, questionsQuery, rateIn, ratingOut, ratingSummaryOut, voteOut,
} from '../../../server/modules/dialogue/schemas';
import { del, get, post } from './client';
import type { In, Out } from './contract';

export type Question = Out<typeof questionOut>;
export type MyQuestion = Out<typeof myQuestionOut>;
export type AskInput = In<typeof askIn>;
export type VoteResult = Out<typeof voteOut>;
export type RatingSummary = Out<typeof ratingSummaryOut>;
export type PresenterRating = RatingSummary['presenters'][number];
export type RateInput = In<typeof rateIn>;
export type QuestionSort = NonNullable<In<typeof questionsQuery>['sort']>;
export type PresenterStatus = NonNullable<In<typeof presenterQuery>['status']>;

export const dialogueKeys = {
  all: ['dialogue'] as const,
  questions: (id: number, sort: QuestionSort) => ['dialogue', 'questions', id, sort] as const,
  ratings: (id: number) => ['dialogue', 'ratings', id] as const,
  mine: ['dialogue', 'mine'] as const,
  presenter: (status: PresenterStatus) => ['dialogue', 'presenter', status] as const,
};

/** Questions refresh every 20 s while the page is open, so votes and answers arrive during the session. */
export const useQuestions = (id: number, sort: QuestionSort) =>
  useQuery({ queryKey: dialogueKeys.questions(id, sort), queryFn: () => get<Question[]>(`/conferences/${id}/questions`, { sort }), enabled: id > 0, refetchInterval: 20_000 });
export const useRatings = (id: number) =>
  useQuery({ queryKey: dialogueKeys.ratings(id), queryFn: () => get<RatingSummary>(`/conferences/${id}/ratings`), enabled: id > 0 });
export const useMyQuestions = () => useQuery({ queryKey: dialogueKeys.mine, queryFn: () => get<MyQuestion[]>('/me/questions') });
export const usePresenterQuestions = (status: PresenterStatus) =>
  useQuery({ queryKey: dialogueKeys.presenter(status), queryFn: () => get<MyQuestion[]>('/me/presenter/questions', { status }) });

function useDialogueMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: dialogueKeys.all }) });
}

export const useAsk = (conferenceId: number) => useDialogueMutation((v: AskInput) => post<Question>(`/conferences/${conferenceId}/questions`, v));
export const useVote = () =>
  useDialogueMutation((v: { id: number; on: boolean }) => (v.on ? post<VoteResult>(`/questions/${v.id}/vote`) : del<VoteResult>(`/questions/${v.id}/vote`)));
export const useAnswer = () => useDialogueMutation((v: { id: number } & In<typeof answerIn>) => post<Question>(`/questions/${v.id}/answer`, { answer: v.answer }));
export const useHide = () => useDialogueMutation((v: { id: number } & In<typeof hideIn>) => post<Question>(`/questions/${v.id}/hide`, { hidden: v.hidden }));
export const useRate = (conferenceId: number) => useDialogueMutation((v: RateInput) => post<Out<typeof ratingOut>>(`/conferences/${conferenceId}/ratings`, v));
