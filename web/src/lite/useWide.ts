import { useSyncExternalStore } from 'react';

// Desktop layout from 992 px (Ant Design's lg breakpoint), followed as the window is resized.
const query = () => window.matchMedia('(min-width: 992px)');

export function useWide(): boolean {
  return useSyncExternalStore((cb) => {
    const q = query();
    q.addEventListener('change', cb);
    return () => q.removeEventListener('change', cb);
  }, () => query().matches);
}
