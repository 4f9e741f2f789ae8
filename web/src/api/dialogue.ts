import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post } from './client';

export interface Question {
  id: number;
  conferenceId: number;
  text: string;
  /** null when anonymous, except for the asker. */
  askerName: string | null;
  mine: boolean;
  anonymous: boolean;
  presenterPersonId: number | null;
  presenterName: string | null;
  votes: number;
  votedByMe: boolean;
  answer: string | null;
  answeredAt: string | null;
  hidden: boolean;
  createdAt: string;
}
export interface MyQuestion extends Question { conferenceTitle: string; conferenceStartsAt: string; conferenceEndsAt: string }
export interface AskInput { text: string; presenterPersonId?: number | null; anonymous: boolean }
export interface VoteResult { questionId: number; votes: number; votedByMe: boolean }
export interface PresenterRating {
  presenterPersonId: number; presenterName: string; average: number | null; count: number; distribution: number[];
  comments: { score: number; comment: string; createdAt: string }[];
  mine: { score: number; comment: string | null } | null;
}
export interface RatingSummary { window: { opensAt: string; closesAt: string; open: boolean }; presenters: PresenterRating[] }
export interface RateInput { presenterPersonId: number; score: number; comment?: string | null }

export type QuestionSort = 'votes' | 'recent';
export type PresenterStatus = 'unanswered' | 'all';

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
export const useAnswer = () => useDialogueMutation((v: { id: number; answer: string }) => post<Question>(`/questions/${v.id}/answer`, { answer: v.answer }));
export const useHide = () => useDialogueMutation((v: { id: number; hidden: boolean }) => post<Question>(`/questions/${v.id}/hide`, { hidden: v.hidden }));
export const useRate = (conferenceId: number) => useDialogueMutation((v: RateInput) => post<unknown>(`/conferences/${conferenceId}/ratings`, v));
