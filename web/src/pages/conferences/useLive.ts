import { useEffect, useState } from 'react';
import type { BridgePoint } from '../../api/conferences';

export interface LiveCount { attended: number; invited: number }
export interface LiveState { byBridge: Record<number, LiveCount>; total: LiveCount; connected: boolean }

type Msg = {
  bridgePointId?: number; attended?: number; invited?: number;
  total?: number | Partial<LiveCount>;
  bridgePoints?: { id?: number; bridgePointId?: number; attended: number; invited: number }[];
};

const sum = (by: Record<number, LiveCount>): LiveCount =>
  Object.values(by).reduce((s, b) => ({ attended: s.attended + b.attended, invited: s.invited + b.invited }), { attended: 0, invited: 0 });

/** Applies a snapshot (list of bridge points) or a per-check-in event to the counts. */
export function applyLive(prev: LiveState, msg: Msg): LiveState {
  const byBridge = { ...prev.byBridge };
  for (const b of msg.bridgePoints ?? []) {
    const id = b.bridgePointId ?? b.id;
    if (id != null) byBridge[id] = { attended: b.attended, invited: b.invited };
  }
  if (msg.bridgePointId != null) {
    const old = byBridge[msg.bridgePointId] ?? { attended: 0, invited: 0 };
    byBridge[msg.bridgePointId] = { attended: msg.attended ?? old.attended, invited: msg.invited ?? old.invited };
  }
  const summed = sum(byBridge);
  // Extras are not invited anywhere: the server's total is the truth when it sends one.
  const total = typeof msg.total === 'number' ? { attended: msg.total, invited: summed.invited }
    : msg.total ? { attended: msg.total.attended ?? summed.attended, invited: msg.total.invited ?? summed.invited } : { ...summed, attended: Math.max(summed.attended, prev.total.attended) };
  return { byBridge, total, connected: prev.connected };
}

/** Live attendance over Server-Sent Events; EventSource reconnects by itself after a drop. */
export function useLive(conferenceId: number, initial: BridgePoint[], initialTotal: LiveCount): LiveState {
  const [state, setState] = useState<LiveState>(() => ({
    byBridge: Object.fromEntries(initial.map((b) => [b.id, { attended: b.attended, invited: b.invited }])),
    total: initialTotal,
    connected: false,
  }));
  useEffect(() => {
    const es = new EventSource(`/api/conferences/${conferenceId}/live`, { withCredentials: true });
    const onData = (e: MessageEvent<string>) => {
      try {
        const msg = JSON.parse(e.data) as Msg;
        setState((prev) => applyLive(prev, msg));
      } catch {
        // A keep-alive or a message we do not know: ignore.
      }
    };
    es.onopen = () => setState((s) => ({ ...s, connected: true }));
    es.onerror = () => setState((s) => ({ ...s, connected: false }));
    es.onmessage = onData;
    // Named events too, whatever the server calls them.
    for (const name of ['snapshot', 'checkin', 'update']) es.addEventListener(name, onData as EventListener);
    return () => es.close();
  }, [conferenceId]);
  return state;
}
