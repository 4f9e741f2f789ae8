import { CloudOutlined } from '@ant-design/icons';
import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { Alert, Result } from 'antd';
import { useCallback, useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import { formatDateTime, formatTime } from '../lib/format';

/** Whether the phone has a network, as the query cache sees it (it pauses fetches while offline). */
export function useOnline(): boolean {
  return useSyncExternalStore(useCallback((cb) => onlineManager.subscribe(cb), []), () => onlineManager.isOnline());
}

/** The oldest kept answer the page on screen shows (its active queries with data): what "saved at" can honestly say. */
function useOldestShown(enabled: boolean): number {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((cb: () => void) => cache.subscribe(cb), [cache]);
  return useSyncExternalStore(subscribe, () => {
    if (!enabled) return 0;
    let oldest = 0;
    for (const q of cache.findAll({ type: 'active' })) {
      const at = q.state.data !== undefined && q.state.dataUpdatedAt;
      if (at && (!oldest || at < oldest)) oldest = at;
    }
    return oldest;
  });
}

/** Above every page while offline: the page shows data kept on the phone, and from when. */
export function OfflineNotice() {
  const t = useT();
  const online = useOnline();
  const at = useOldestShown(!online);
  if (online) return null;
  const iso = at ? new Date(at).toISOString() : '';
  return (
    <Alert type="warning" showIcon icon={<CloudOutlined />} className="section" data-testid="offline-notice"
      title={at ? t('offline.savedAt', { time: formatTime(iso), date: formatDateTime(iso, false) }) : t('offline.nothingSaved')} />
  );
}

/** Offline, and no account kept on this phone (never logged in here, or logged out). */
export function OfflineNoAccount() {
  const t = useT();
  return <Result status="warning" icon={<CloudOutlined />} title={t('offline.title')} subTitle={t('offline.noAccount')} data-testid="offline-no-account" />;
}
