import { dehydrate, hydrate, type Query, type QueryClient } from '@tanstack/react-query';
import type { Me } from '../api/auth';
import { dropKeptRosters } from '../pages/checkin/roster';
import { watchConnectivity } from './connectivity';

/*
 * The last good answers a member (or the hall's clerk) needs with no network, kept in localStorage and put back
 * into the query cache when the app starts: the account, the personal QR code, the invitations and history, the
 * conferences opened, their questions, the home page's lists and the check-in page's conference list.
 *
 * Why the app keeps them (TanStack Query's dehydrate/hydrate) rather than a Workbox runtime cache of /api answers:
 * the app knows whose data it is and when each answer was fetched. So it can say "saved at …", wipe everything on
 * logout or on a 401, and drop one account's data the moment another account is seen on the same phone. A service
 * worker's cache is keyed by URL only (the session cookie is not part of the key: the same /api/me/qr would answer
 * for whoever opens the app next) and cannot tell the page how old an answer is. Offline, TanStack Query pauses the
 * fetches of kept queries instead of failing them, so the pages show the kept data as they are.
 */

const KEY = 'qt.offline.v1';
/** Per kind of answer (conference details, document lists…): the most recently fetched ones. */
const MAX_PER_KIND = 12;
const KEPT = new Set([
  'auth/me', 'attendance/my-qr', 'attendance/mine', 'conferences/mine', 'conferences/detail', 'conferences/list',
  'dialogue/questions', 'dialogue/mine', 'dialogue/presenter', 'orgs/roots', 'documents/list', 'home/my-year',
  // The header's bell on every page: offline it shows the last count it had.
  'notifications/unread',
]);

type Kept = ReturnType<typeof dehydrate>['queries'][number];
interface Saved { owner: number; queries: Kept[] }

const kindOf = (q: { queryKey: readonly unknown[] }) => `${String(q.queryKey[0])}/${String(q.queryKey[1])}`;
const isMe = (q: Query) => kindOf(q) === 'auth/me';

function read(): Saved | null {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Saved | null;
    return v && typeof v.owner === 'number' && Array.isArray(v.queries) ? v : null;
  } catch {
    return null;
  }
}

/** Everything personal kept on this phone: on logout, on a lost session, before another account's data. */
export function forgetOfflineData() {
  try {
    localStorage.removeItem(KEY);
    dropKeptRosters();
  } catch {
    // Storage unavailable: nothing was kept either.
  }
}

/** The account kept on this phone: used when the server cannot be reached although the phone reports a network. */
export function keptAccount(): Me | undefined {
  const me = read()?.queries.find((q) => kindOf(q) === 'auth/me')?.state.data as Me | null | undefined;
  return me ?? undefined;
}

/**
 * The kept answers are merged, not replaced by what the cache holds now: a page not visited this time (its query
 * long garbage-collected) keeps its last answer. Per kind, the most recently fetched ones stay.
 */
function save(qc: QueryClient, owner: number, kept: Map<string, Kept>) {
  const fresh = dehydrate(qc, { shouldDehydrateQuery: (q) => q.state.status === 'success' && q.state.data !== undefined && KEPT.has(kindOf(q)) });
  for (const q of fresh.queries) kept.set(q.queryHash, q);
  const byKind = new Map<string, Kept[]>();
  for (const q of kept.values()) byKind.set(kindOf(q), [...(byKind.get(kindOf(q)) ?? []), q]);
  for (const list of byKind.values()) {
    for (const q of list.sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt).slice(MAX_PER_KIND)) kept.delete(q.queryHash);
  }
  try {
    localStorage.setItem(KEY, JSON.stringify({ owner, queries: [...kept.values()] } satisfies Saved));
  } catch {
    // Storage full: the app still works online; the roster and the check-in queue keep their own room.
    localStorage.removeItem(KEY);
  }
}

/**
 * Puts the kept answers back (before the first render) and keeps them up to date. Call once at start-up.
 * Online, the kept answers show at once and are refreshed as usual (a faster repeat visit too).
 */
export function keepOfflineData(qc: QueryClient) {
  watchConnectivity();
  const saved = read();
  let owner: number | undefined = saved?.owner;
  const kept = new Map((saved?.queries ?? []).map((q) => [q.queryHash, q]));
  if (saved) {
    try {
      // Online, the server says who is logged in (a session may have ended meanwhile): the kept account is put
      // back only without a network. The other answers wait in the cache until the account is known.
      hydrate(qc, { mutations: [], queries: navigator.onLine ? saved.queries.filter((q) => kindOf(q) !== 'auth/me') : saved.queries });
    } catch {
      forgetOfflineData();
      kept.clear();
      owner = undefined;
    }
  }

  let timer: number | undefined;
  qc.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (isMe(event.query)) {
      const me = event.query.state.data as Me | null;
      if (!me) {
        // Logged out or the session is gone: nothing personal stays on the phone.
        owner = undefined;
        kept.clear();
        clearTimeout(timer);
        forgetOfflineData();
        return;
      }
      if (owner !== undefined && owner !== me.accountId) {
        // Another account on the same phone: the previous one's answers are dropped before anything shows them.
        kept.clear();
        forgetOfflineData();
        void qc.resetQueries({ predicate: (q) => !isMe(q) });
      }
      owner = me.accountId;
    }
    if (owner === undefined || !KEPT.has(kindOf(event.query))) return;
    const who = owner;
    clearTimeout(timer);
    timer = window.setTimeout(() => { if (owner === who) save(qc, who, kept); }, 300);
  });
}
