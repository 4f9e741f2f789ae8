import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkin, checkinBatch, type CheckinResult } from '../../api/attendance';
import { ApiError } from '../../api/client';
import { enqueue, newClientId, readQueue, removeFromQueue, type QueuedScan } from '../../lib/offlineQueue';

export type ScanKind = 'ok' | 'dup' | 'extra' | 'err' | 'queued';
export interface ScanEntry { id: string; kind: ScanKind; name: string; orgName?: string; lateMinutes?: number; checkedAt?: string; message?: string; at: string }

const RETRY_MS = 15_000;
const KEEP = 30;

export function entryFromResult(id: string, r: CheckinResult): ScanEntry {
  const kind: ScanKind = r.result === 'duplicate' ? 'dup' : r.extra ? 'extra' : 'ok';
  return { id, kind, name: r.person.fullName, orgName: r.person.orgName, lateMinutes: r.lateMinutes, checkedAt: r.checkedAt, at: new Date().toISOString() };
}

const isNetworkError = (e: unknown) => !navigator.onLine || (e instanceof ApiError && e.status === 0) || e instanceof TypeError;

/** Staff check-in with an offline queue: failed sends are kept with their scan time and replayed in a batch. */
export function useCheckin(conferenceId: number, bridgePointId: number | undefined) {
  const qc = useQueryClient();
  const [recent, setRecent] = useState<ScanEntry[]>([]);
  const [pending, setPending] = useState(() => readQueue().length);
  const [online, setOnline] = useState(() => navigator.onLine);
  const flushing = useRef(false);
  const push = (e: ScanEntry) => setRecent((r) => [e, ...r.filter((x) => x.id !== e.id)].slice(0, KEEP));

  const flush = useCallback(async () => {
    if (flushing.current || !navigator.onLine) return;
    const queue = readQueue();
    if (!queue.length) return;
    flushing.current = true;
    try {
      const groups = new Map<string, QueuedScan[]>();
      for (const q of queue) groups.set(`${q.conferenceId}:${q.bridgePointId}`, [...(groups.get(`${q.conferenceId}:${q.bridgePointId}`) ?? []), q]);
      for (const items of groups.values()) {
        const { conferenceId: cid, bridgePointId: bp } = items[0];
        let results;
        try {
          ({ results } = await checkinBatch(cid, { bridgePointId: bp, items: items.map(({ clientId, code, personId, scannedAt }) => ({ clientId, code, personId, scannedAt })) }));
        } catch (e) {
          if (isNetworkError(e)) break;
          // The whole batch refused (bridge point gone, no right): drop it, saying why, rather than retry forever.
          results = items.map((i) => ({ clientId: i.clientId, result: 'refused' as const, reason: (e as Error).message }));
        }
        removeFromQueue(new Set(results.map((r) => r.clientId)));
        for (const r of results) {
          const src = items.find((i) => i.clientId === r.clientId);
          const kind: ScanKind = r.result === 'recorded' ? 'ok' : r.result === 'duplicate' ? 'dup' : 'err';
          push({ id: r.clientId, kind, name: src?.label ?? '—', message: r.reason, checkedAt: src?.scannedAt, at: new Date().toISOString() });
        }
      }
      void qc.invalidateQueries({ queryKey: ['conferences'] });
    } finally {
      flushing.current = false;
      setPending(readQueue().length);
    }
  }, [qc]);

  useEffect(() => {
    const up = () => { setOnline(true); void flush(); };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    const timer = window.setInterval(() => { if (readQueue().length) void flush(); }, RETRY_MS);
    void flush();
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      clearInterval(timer);
    };
  }, [flush]);

  /** One scan or manual pick; returns the entry shown as the big result. */
  const submit = useCallback(async (who: { code?: string; personId?: number; label?: string }): Promise<ScanEntry | null> => {
    if (!bridgePointId) return null;
    const clientId = newClientId();
    const scannedAt = new Date().toISOString();
    const queue = () => {
      enqueue({ clientId, conferenceId, bridgePointId, code: who.code, personId: who.personId, scannedAt, label: who.label });
      setPending(readQueue().length);
      setOnline(navigator.onLine);
      const e: ScanEntry = { id: clientId, kind: 'queued', name: who.label ?? '—', checkedAt: scannedAt, at: scannedAt };
      push(e);
      return e;
    };
    if (!navigator.onLine) return queue();
    try {
      const r = await checkin(conferenceId, { bridgePointId, code: who.code, personId: who.personId, scannedAt, clientId });
      const e = entryFromResult(clientId, r);
      push(e);
      if (e.kind !== 'dup') navigator.vibrate?.(150);
      void qc.invalidateQueries({ queryKey: ['conferences', 'invitations', conferenceId] });
      return e;
    } catch (err) {
      if (isNetworkError(err)) return queue();
      const e: ScanEntry = { id: clientId, kind: 'err', name: who.label ?? '', message: (err as Error).message, at: scannedAt };
      push(e);
      navigator.vibrate?.([80, 60, 80]);
      return e;
    }
  }, [conferenceId, bridgePointId, qc]);

  return { submit, flush, recent, pending, online };
}
