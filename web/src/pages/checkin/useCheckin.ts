import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkin, checkinBatch, type CheckinResult } from '../../api/attendance';
import { ApiError } from '../../api/client';
import { useT } from '../../i18n';
import { browserErrorMessage } from '../../lib/browserErrors';
import { useOnline } from '../../lib/connectivity';
import { enqueue, newClientId, readQueue, removeFromQueue, type QueuedScan } from '../../lib/offlineQueue';
import { lateMinutesAt, personIdOfCode, type Roster } from './roster';

export type ScanKind = 'ok' | 'late' | 'dup' | 'extra' | 'err' | 'queued';
export interface ScanEntry {
  id: string; kind: ScanKind; name: string; personId?: number; orgName?: string; lateMinutes?: number; checkedAt?: string; message?: string; at: string;
}
/** What the last sync of the phone's saved check-ins gave. */
export interface SyncSummary { count: number; recorded: number; duplicate: number; refused: number }

const RETRY_MS = 15_000;
const KEEP = 30;

/** A recorded arrival after the start is shown as late, with its minutes, never as a plain success. */
export function entryFromResult(id: string, r: CheckinResult): ScanEntry {
  const kind: ScanKind = r.result === 'duplicate' ? 'dup' : r.extra ? 'extra' : r.lateMinutes > 0 ? 'late' : 'ok';
  return { id, kind, name: r.person.fullName, personId: r.person.id, orgName: r.person.orgName, lateMinutes: r.lateMinutes, checkedAt: r.checkedAt, at: new Date().toISOString() };
}

const isNetworkError = (e: unknown) => !navigator.onLine || (e instanceof ApiError && e.status === 0) || e instanceof TypeError;
const messageOf = (e: unknown, t: ReturnType<typeof useT>) => (e instanceof ApiError ? e.message : browserErrorMessage(e, t));

/**
 * Staff check-in with an offline queue: failed sends are kept with their scan time and replayed in a batch; the
 * point's kept roster names the people scanned meanwhile, and each replayed entry then shows the server's answer.
 */
export function useCheckin(conferenceId: number, bridgePointId: number | undefined, roster?: Roster) {
  const t = useT();
  const qc = useQueryClient();
  const [recent, setRecent] = useState<ScanEntry[]>([]);
  const [pending, setPending] = useState(() => readQueue().length);
  // Offline as the app sees it: the phone without a network, or a server that stopped answering (lib/connectivity).
  const online = useOnline();
  const [synced, setSynced] = useState<SyncSummary | null>(null);
  const flushing = useRef(false);
  // The same card or person while its first check-in is still on its way: acknowledged once, not twice.
  const inFlight = useRef(new Set<string>());
  const push = (e: ScanEntry) => setRecent((r) => [e, ...r.filter((x) => x.id !== e.id)].slice(0, KEEP));

  const flush = useCallback(async () => {
    if (flushing.current || !onlineManager.isOnline()) return;
    const queue = readQueue();
    if (!queue.length) return;
    flushing.current = true;
    const sum: SyncSummary = { count: 0, recorded: 0, duplicate: 0, refused: 0 };
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
          results = items.map((i) => ({ clientId: i.clientId, result: 'refused' as const, reason: messageOf(e, t) }));
        }
        removeFromQueue(new Set(results.map((r) => r.clientId)));
        for (const r of results) {
          const src = items.find((i) => i.clientId === r.clientId);
          const late = src?.lateMinutes ?? 0;
          const kind: ScanKind = r.result === 'recorded' ? (late > 0 ? 'late' : 'ok') : r.result === 'duplicate' ? 'dup' : 'err';
          sum.count++;
          sum[r.result === 'recorded' ? 'recorded' : r.result === 'duplicate' ? 'duplicate' : 'refused']++;
          push({ id: r.clientId, kind, name: src?.label ?? '', personId: src?.personId, orgName: src?.unit, lateMinutes: late, message: r.reason,
            checkedAt: src?.scannedAt, at: new Date().toISOString() });
        }
      }
      if (sum.count) setSynced(sum);
      void qc.invalidateQueries({ queryKey: ['conferences'] });
      void qc.invalidateQueries({ queryKey: ['attendance', 'roster'] });
    } finally {
      flushing.current = false;
      setPending(readQueue().length);
    }
  }, [qc, t]);

  useEffect(() => {
    const stop = onlineManager.subscribe((up) => { if (up) void flush(); });
    const timer = window.setInterval(() => { if (readQueue().length) void flush(); }, RETRY_MS);
    void flush();
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [flush]);

  /** One scan or manual pick; returns the entry shown as the big result (null when ignored as a repeat). */
  const submit = useCallback(async (who: { code?: string; personId?: number; label?: string }): Promise<ScanEntry | null> => {
    if (!bridgePointId) return null;
    const key = who.code ? `c:${who.code.trim()}` : `p:${who.personId}`;
    if (inFlight.current.has(key)) return null;
    inFlight.current.add(key);
    try {
      const clientId = newClientId();
      const scannedAt = new Date().toISOString();
      const personId = who.personId ?? (who.code ? personIdOfCode(who.code) ?? undefined : undefined);
      const known = personId ? roster?.people.find((p) => p.personId === personId) : undefined;
      const queue = () => {
        const lateMinutes = lateMinutesAt(roster?.startsAt, scannedAt);
        const label = who.label ?? known?.fullName;
        try {
          enqueue({ clientId, conferenceId, bridgePointId, code: who.code, personId: who.code ? undefined : personId, scannedAt, label, unit: known?.unitName, lateMinutes });
        } catch (e) {
          const err: ScanEntry = { id: clientId, kind: 'err', name: label ?? '', message: browserErrorMessage(e, t), at: scannedAt };
          push(err);
          return err;
        }
        setPending(readQueue().length);
        const e: ScanEntry = { id: clientId, kind: 'queued', name: label ?? '', personId, orgName: known?.unitName,
          message: known || !who.code ? undefined : t('checkin.unknownCode'), lateMinutes, checkedAt: scannedAt, at: scannedAt };
        push(e);
        return e;
      };
      if (!onlineManager.isOnline()) {
        // Already checked in when the list was kept: say so at once, nothing to send.
        if (known?.checkedAt) {
          const e: ScanEntry = { id: clientId, kind: 'dup', name: known.fullName, personId, orgName: known.unitName, checkedAt: known.checkedAt, at: scannedAt };
          push(e);
          return e;
        }
        return queue();
      }
      try {
        const r = await checkin(conferenceId, { bridgePointId, code: who.code, personId: who.personId, scannedAt, clientId });
        const e = entryFromResult(clientId, r);
        push(e);
        if (e.kind !== 'dup') navigator.vibrate?.(150);
        void qc.invalidateQueries({ queryKey: ['conferences', 'invitations', conferenceId] });
        return e;
      } catch (err) {
        if (isNetworkError(err)) return queue();
        const e: ScanEntry = { id: clientId, kind: 'err', name: who.label ?? known?.fullName ?? '', message: messageOf(err, t), at: scannedAt };
        push(e);
        navigator.vibrate?.([80, 60, 80]);
        return e;
      }
    } finally {
      inFlight.current.delete(key);
    }
  }, [conferenceId, bridgePointId, qc, roster, t]);

  return { submit, flush, recent, pending, online, synced, clearSynced: () => setSynced(null) };
}
