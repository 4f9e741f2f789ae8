import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/*
 * Whether the server can be reached, as the query cache sees it. The browser's navigator.onLine only knows about
 * the phone's own radio: on a weak rural network (or a server that is down) it says "online" while every request
 * fails. So a request that gets no answer at all also counts as offline: kept data is shown with the offline
 * notice and fetches pause instead of failing, and a light probe brings the app back once the server answers.
 */

const PROBE_MS = 5_000;
let probe: number | undefined;

function stopProbe() {
  clearInterval(probe);
  probe = undefined;
}

/** Any answer from the server (even an error status): there is a network. */
export function noteAnswer() {
  stopProbe();
  if (!onlineManager.isOnline()) onlineManager.setOnline(true);
}

/** A request that got no answer: offline until the server answers again (or the browser says it is back). */
export function noteNoAnswer() {
  if (onlineManager.isOnline()) onlineManager.setOnline(false);
  if (probe !== undefined) return;
  probe = window.setInterval(() => {
    void fetch('/api/health', { cache: 'no-store' }).then(noteAnswer, () => undefined);
  }, PROBE_MS);
}

/** Starts from what the browser knows; TanStack Query assumes a network until told otherwise. */
export function watchConnectivity() {
  onlineManager.setOnline(navigator.onLine);
  window.addEventListener('offline', () => noteNoAnswer());
  window.addEventListener('online', () => noteAnswer());
}

const subscribe = (cb: () => void) => onlineManager.subscribe(cb);
/** Whether the server can be reached, for the page (re-renders when it changes). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => onlineManager.isOnline());
}
