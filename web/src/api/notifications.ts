import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inboxOut, outboxOut, settingsIn, settingsOut, unreadOut, OUTBOX_STATUSES } from '../../../server/modules/notifications/schemas';
import type { MODES, TOPICS } from '../../../server/modules/notifications/kinds';
import { api, get, post } from './client';
import type { In, Out } from './contract';

export type Inbox = Out<typeof inboxOut>;
export type Notice = Inbox['items'][number];
export type NotifySettings = Out<typeof settingsOut>;
export type Outbox = Out<typeof outboxOut>;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export type Topic = (typeof TOPICS)[number];
export type Mode = (typeof MODES)[number];

/** In the order the settings page shows them (the server's lists, kept here as values). */
export const TOPIC_LIST = ['reminder', 'invitation', 'deadline', 'answer', 'task'] as const satisfies readonly Topic[];
export const MODE_LIST = ['immediate', 'digest', 'off'] as const satisfies readonly Mode[];
export const OUTBOX_STATUS_LIST = ['failed', 'pending', 'sending', 'sent'] as const satisfies readonly OutboxStatus[];

export const notifyKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  inbox: (page: number, unread: boolean) => ['notifications', 'inbox', page, unread] as const,
  settings: ['notifications', 'settings'] as const,
  outbox: (status: string | undefined, page: number) => ['notifications', 'outbox', status, page] as const,
};

/** The header's badge: polled each minute and on focus (cheap: one indexed count). */
export function useUnreadCount() {
  return useQuery({
    queryKey: notifyKeys.unread,
    queryFn: ({ signal }) => get<Out<typeof unreadOut>>('/me/notifications/unread-count', undefined, signal).then((r) => r.unread),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useInbox(page: number, pageSize: number, unread: boolean) {
  return useQuery({
    queryKey: notifyKeys.inbox(page, unread),
    queryFn: ({ signal }) => get<Inbox>('/me/notifications', { page, pageSize, unread: unread ? 'true' : undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: notifyKeys.all });
}

export function useMarkRead() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: number) => post<Out<typeof unreadOut>>(`/me/notifications/${id}/read`), onSuccess: refresh });
}

export function useMarkAllRead() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: () => post<{ updated: number }>('/me/notifications/read-all'), onSuccess: refresh });
}

export function useNotifySettings() {
  return useQuery({ queryKey: notifyKeys.settings, queryFn: ({ signal }) => get<NotifySettings>('/me/notification-settings', undefined, signal) });
}

export function useSaveNotifySettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: In<typeof settingsIn>) => api<NotifySettings>('/me/notification-settings', { method: 'PUT', body }),
    onSuccess: (data) => qc.setQueryData(notifyKeys.settings, data),
  });
}

export function useOutbox(status: OutboxStatus | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: notifyKeys.outbox(status, page),
    queryFn: ({ signal }) => get<Outbox>('/mail/outbox', { status, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRetryMail() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: number) => post<{ id: number }>(`/mail/outbox/${id}/retry`), onSuccess: refresh });
}
