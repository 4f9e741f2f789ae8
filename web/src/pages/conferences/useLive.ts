import { useEffect, useState } from 'react';
import type { BridgePoint } from '../../api/conferences';

export interface LiveCount { attended: number; invited: number }
export interface LivePoint { id: number; name: string }
export interface LiveState {
  byBridge: Record<number, LiveCount>;
  total: LiveCount;
  connected: boolean;
  /** The points the server follows for this viewer (their scope, the largest first if many); null before its snapshot. */
  listed: LivePoint[] | null;
  /** Points of the viewer's scope left out of the list (they count in the total). */
  more: number;
  /** The viewer sees only their units' points; the total is the whole conference's. */
  scoped: boolean;
}

/** The stream's messages (server/modules/attendance/live.ts): a snapshot, then check-ins (a point's counts and the total, or the total alone). */
type Msg = {
  bridgePointId?: number; attended?: number; invited?: number; total?: number;
  bridgePoints?: { bridgePointId: number; name: string; attended: number; invited: number }[];
  more?: number; scoped?: boolean;
};

/** Applies a snapshot or a check-in event to the counts. */
export function applyLive(prev: LiveState, msg: Msg): LiveState {
  if (msg.bridgePoints) {
    return {
      byBridge: Object.fromEntries(msg.bridgePoints.map((b) => [b.bridgePointId, { attended: b.attended, invited: b.invited }])),
      total: { attended: msg.total ?? prev.total.attended, invited: msg.invited ?? prev.total.invited },
      connected: prev.connected,
      listed: msg.bridgePoints.map((b) => ({ id: b.bridgePointId, name: b.name })),
      more: msg.more ?? 0,
      scoped: msg.scoped ?? false,
    };
  }
  const byBridge = msg.bridgePointId == null ? prev.byBridge
    : { ...prev.byBridge, [msg.bridgePointId]: { attended: msg.attended ?? 0, invited: msg.invited ?? 0 } };
  const total = typeof msg.total === 'number' ? { ...prev.total, attended: msg.total } : prev.total;
  return { ...prev, byBridge, total };
}

/** Live attendance over Server-Sent Events; EventSource reconnects by itself after a drop (and gets a new snapshot). */
export function useLive(conferenceId: number, initial: BridgePoint[], initialTotal: LiveCount): LiveState {
  const [state, setState] = useState<LiveState>(() => ({
    byBridge: Object.fromEntries(initial.map((b) => [b.id, { attended: b.attended, invited: b.invited }])),
    total: initialTotal,
    connected: false,
    listed: null,
    more: 0,
    scoped: false,
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
    for (const name of ['snapshot', 'checkin']) es.addEventListener(name, onData as EventListener);
    return () => es.close();
  }, [conferenceId]);
  return state;
}
