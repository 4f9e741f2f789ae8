import { CloudOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Result } from '../lite';
import { useCallback, useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import { useOnline } from '../lib/connectivity';
import { formatDateTime, formatTime } from '../lib/format';

/**
 * The oldest kept answer the page on screen shows (its active queries with data): what "saved at" can honestly say;
 * and whether some part of it has nothing kept (its fetch waits for the network). One string, for a stable snapshot.
 */
function useShown(enabled: boolean): string {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((cb: () => void) => cache.subscribe(cb), [cache]);
  return useSyncExternalStore(subscribe, () => {
    if (!enabled) return '';
    let oldest = 0;
    let missing = false;
    for (const q of cache.findAll({ type: 'active' })) {
      const at = q.state.data !== undefined && q.state.dataUpdatedAt;
      if (at && (!oldest || at < oldest)) oldest = at;
      if (q.state.data === undefined && q.state.fetchStatus === 'paused') missing = true;
    }
    return `${oldest}:${missing ? 1 : 0}`;
  });
}

/** Above every page while offline: the page shows data kept on the phone, and from when. */
export function OfflineNotice() {
  const t = useT();
  const online = useOnline();
  const [at, missing] = useShown(!online).split(':').map(Number);
  if (online) return null;
  const iso = at ? new Date(at).toISOString() : '';
  return (
    <Alert type="warning" icon={<CloudOutlined />} className="section" data-testid="offline-notice"
      title={at ? t('offline.savedAt', { time: formatTime(iso), date: formatDateTime(iso, false) }) : t('offline.nothingSaved')}
      description={at && missing ? t('offline.partMissing') : undefined} />
  );
}

/** Offline, and no account kept on this phone (never logged in here, or logged out). */
export function OfflineNoAccount() {
  const t = useT();
  return <Result status="warning" icon={<CloudOutlined />} title={t('offline.title')} subTitle={t('offline.noAccount')} data-testid="offline-no-account" />;
}
