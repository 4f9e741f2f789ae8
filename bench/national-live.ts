// Live-count watchers for the national scenario: SSE clients on GET /api/conferences/:id/live that parse the events,
// and a probe that checks one person in at a point no other check-in touches and times the event that shows it.
import http from 'node:http';
import { request, type Target } from './measure.js';

export interface LiveEventSeen { event: string; data: Record<string, unknown>; at: number }

/** One open stream; `onEvent` sees every event parsed (snapshot, checkin). */
export class Watcher {
  private req: http.ClientRequest | null = null;
  snapshotBytes = 0;
  events = 0;
  readonly opened: Promise<number>;
  private listeners = new Set<(e: LiveEventSeen) => void>();

  constructor(target: Target, conferenceId: number, timeoutMs: number) {
    const t0 = performance.now();
    this.opened = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('live stream: no snapshot in time')), timeoutMs);
      this.req = http.get({ host: target.host, port: target.port, path: `/api/conferences/${conferenceId}/live`, headers: { cookie: target.cookie } }, (res) => {
        if (res.statusCode !== 200) {
          clearTimeout(timer);
          reject(new Error(`live stream: HTTP ${res.statusCode}`));
          res.resume();
          return;
        }
        res.setEncoding('utf8');
        let buf = '';
        res.on('data', (chunk: string) => {
          buf += chunk;
          let cut: number;
          while ((cut = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, cut);
            buf = buf.slice(cut + 2);
            const ev = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (!ev || data === undefined) continue; // heartbeat comment
            this.events++;
            if (ev === 'snapshot') {
              this.snapshotBytes = data.length;
              clearTimeout(timer);
              resolve(performance.now() - t0);
            }
            const seen = { event: ev, data: JSON.parse(data) as Record<string, unknown>, at: performance.now() };
            for (const fn of this.listeners) fn(seen);
          }
        });
      });
      this.req.on('error', (e) => { clearTimeout(timer); reject(e); });
    });
  }

  on(fn: (e: LiveEventSeen) => void) {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  }

  close() {
    this.req?.destroy();
  }
}

/** The attended count a live event gives for a bridge point, whatever list or single shape carries it. */
export function attendedAt(data: Record<string, unknown>, bridgePointId: number): number | null {
  if (data.bridgePointId === bridgePointId && typeof data.attended === 'number') return data.attended;
  const lists = Object.values(data).filter(Array.isArray) as Record<string, unknown>[][];
  for (const list of lists) {
    for (const item of list) if (item && item.bridgePointId === bridgePointId && typeof item.attended === 'number') return item.attended;
  }
  return null;
}

/**
 * Checks in each probe (a person at a point the wave leaves alone) one after another and times, from the moment the
 * request is sent, until the probe's watcher (one whose scope lists that point) shows the point's count one higher.
 * Returns the delays in ms (NaN: not seen within waitMs).
 */
export async function probeDelays(target: Target, conferenceId: number, probes: { bridgePointId: number; code: () => string; watcher: Watcher }[],
  everyMs: number, stop: () => boolean, waitMs: number) {
  const delays: number[] = [];
  for (const p of probes) {
    if (stop()) break;
    const sent = performance.now();
    const seen = new Promise<number>((resolve) => {
      const timer = setTimeout(() => { off(); resolve(NaN); }, waitMs);
      const off = p.watcher.on((e) => {
        const n = attendedAt(e.data, p.bridgePointId);
        if (e.event !== 'snapshot' && n !== null && n > 0) {
          clearTimeout(timer);
          off();
          resolve(e.at - sent);
        }
      });
    });
    const r = await request(target, 'POST', `/api/conferences/${conferenceId}/checkins`, waitMs, { bridgePointId: p.bridgePointId, code: p.code() });
    delays.push(r.status === 200 ? await seen : NaN);
    const rest = everyMs - (performance.now() - sent);
    if (rest > 0) await new Promise((r2) => setTimeout(r2, rest));
  }
  return delays;
}
