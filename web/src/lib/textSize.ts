import { useSyncExternalStore } from 'react';

// "Larger text", chosen on the member's page and kept on this device (localStorage): the whole app reads it.
// Ant Design takes it as its fontSize token (14 → 17 px, every size derived from it grows too); the root font
// size grows by the same ratio, so text sized in rem (styles.css) follows.

const STORAGE_KEY = 'qt.largeText';
export const BASE_FONT = 14;
export const LARGE_FONT = 17;

const listeners = new Set<() => void>();
let large = read();

function read(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** The root font size follows the setting (100 % or 17/14 of it), set on <html> before the first paint. */
export function applyRootFont(on = large) {
  document.documentElement.style.fontSize = on ? `${(100 * LARGE_FONT) / BASE_FONT}%` : '';
  document.documentElement.classList.toggle('large-text', on);
}

export function setLargeText(on: boolean) {
  large = on;
  try {
    if (on) localStorage.setItem(STORAGE_KEY, '1');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  applyRootFont(on);
  listeners.forEach((l) => l());
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => void listeners.delete(l);
}

export function useLargeText(): boolean {
  return useSyncExternalStore(subscribe, () => large);
}
