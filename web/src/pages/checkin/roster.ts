import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { rosterOut } from '../../../../server/modules/attendance/roster';
import { fold } from '../../../../server/core/vn';
import { get } from '../../api/client';

// The bridge point's invitee list, kept on the phone (localStorage, one key per conference and point) for the
// conference: scans and name searches made without a network still show who the person is.

export type Roster = z.infer<typeof rosterOut>;
export type RosterPerson = Roster['people'][number];

const PREFIX = 'qt.checkin.roster.';
const keyOf = (conferenceId: number, bridgePointId: number) => `${PREFIX}${conferenceId}.${bridgePointId}`;
/** A kept list is dropped a day after its conference ended. */
const KEEP_AFTER_END_MS = 86_400_000;

export function readRoster(conferenceId: number, bridgePointId: number): Roster | undefined {
  try {
    const v = JSON.parse(localStorage.getItem(keyOf(conferenceId, bridgePointId)) ?? 'null') as Roster | null;
    return v && Array.isArray(v.people) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** On logout: the lists name other people, they do not stay on a phone nobody is logged in on (the queue stays). */
export function dropKeptRosters() {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const k = localStorage.key(i);
    if (k?.startsWith(PREFIX)) localStorage.removeItem(k);
  }
}

function keep(r: Roster) {
  const now = Date.now();
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const k = localStorage.key(i);
    if (!k?.startsWith(PREFIX)) continue;
    try {
      const old = JSON.parse(localStorage.getItem(k) ?? 'null') as Roster | null;
      if (!old || Date.parse(old.endsAt) + KEEP_AFTER_END_MS < now) localStorage.removeItem(k);
    } catch {
      localStorage.removeItem(k);
    }
  }
  try {
    localStorage.setItem(keyOf(r.conferenceId, r.bridgePointId), JSON.stringify(r));
  } catch {
    // Storage full: the list still serves this page while it stays open.
  }
}

/** The kept list, refreshed from the server whenever there is a network (every 5 minutes while the page is open). */
export function useRoster(conferenceId: number, bridgePointId: number | undefined) {
  const enabled = conferenceId > 0 && !!bridgePointId;
  return useQuery({
    queryKey: ['attendance', 'roster', conferenceId, bridgePointId],
    queryFn: async () => {
      const r = await get<Roster>(`/conferences/${conferenceId}/bridge-points/${bridgePointId}/roster`);
      keep(r);
      return r;
    },
    initialData: () => (enabled ? readRoster(conferenceId, bridgePointId!) : undefined),
    initialDataUpdatedAt: 0,
    refetchInterval: 5 * 60_000,
    retry: false,
    enabled,
  });
}

/** The person id of a personal card code ("QT1.<id>.<signature>"); the signature is checked by the server on sync. */
export function personIdOfCode(code: string): number | null {
  const m = /^QT1\.(\d{1,10})\.[A-Za-z0-9_-]{22}$/.exec(code.trim());
  return m ? Number(m[1]) : null;
}

/**
 * Invitees whose name has a word starting with each typed word, accents optional ("nguyen an" finds "Nguyễn Văn An").
 * Word starts, not any substring: "yen" must not find every "Nguyễn" before "Nguyễn Thị Yến".
 */
export function searchRoster(r: Roster | undefined, text: string, limit = 10): RosterPerson[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (!r || !words.length) return [];
  const out: RosterPerson[] = [];
  for (const p of r.people) {
    const name = fold(p.fullName).split(/\s+/);
    if (words.every((w) => name.some((n) => n.startsWith(w)))) out.push(p);
    if (out.length >= limit) break;
  }
  return out;
}

/** Minutes after the start, as the server counts them (0 when on time). */
export function lateMinutesAt(startsAt: string | undefined, at: string): number {
  if (!startsAt) return 0;
  return Math.max(0, Math.floor((Date.parse(at) - Date.parse(startsAt)) / 60_000));
}
