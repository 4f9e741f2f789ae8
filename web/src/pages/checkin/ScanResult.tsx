import { List, Tag } from 'antd';
import { useT } from '../../i18n';
import { formatTime } from '../../lib/format';
import type { ScanEntry } from './useCheckin';

const COLOR: Record<ScanEntry['kind'], string> = { ok: 'green', late: 'volcano', dup: 'gold', extra: 'orange', err: 'red', queued: 'default' };

function useDetail() {
  const t = useT();
  return (e: ScanEntry): string => {
    const late = e.lateMinutes ? t('checkin.late', { minutes: e.lateMinutes }) : '';
    switch (e.kind) {
      case 'ok': return t('checkin.onTime');
      case 'late': return late;
      case 'dup': return t('checkin.duplicate', { time: formatTime(e.checkedAt) });
      case 'extra': return [t('checkin.extra'), late].filter(Boolean).join(' · ');
      case 'queued': return [e.lateMinutes ? t('checkin.queuedLate', { minutes: e.lateMinutes }) : t('checkin.queued'), e.message].filter(Boolean).join(' · ');
      default: return e.message ?? t('checkin.refused');
    }
  };
}

/** The big coloured answer after a scan: green on time, dark orange late, yellow already done, orange extra, red refused. */
export function ScanResult({ entry }: { entry: ScanEntry }) {
  const t = useT();
  const detail = useDetail();
  return (
    <div className={`checkin-result ${entry.kind}`} data-testid="checkin-result" data-kind={entry.kind} role="status" aria-live="assertive">
      <div className="name">{entry.name || (entry.kind === 'err' ? t('checkin.refused') : '—')}</div>
      {entry.orgName && <div>{entry.orgName}</div>}
      <div className="detail">{detail(entry)}</div>
    </div>
  );
}

export function RecentScans({ items }: { items: ScanEntry[] }) {
  const t = useT();
  const detail = useDetail();
  return (
    <List
      size="small"
      header={<strong>{t('checkin.recent')}</strong>}
      dataSource={items}
      locale={{ emptyText: t('checkin.noRecent') }}
      data-testid="checkin-recent"
      renderItem={(e) => (
        <List.Item extra={<span className="org-option-sub">{formatTime(e.checkedAt ?? e.at)}</span>} data-testid="checkin-recent-item" data-kind={e.kind}>
          <List.Item.Meta title={e.name || '—'} description={<>{e.orgName && <div className="org-option-sub">{e.orgName}</div>}<Tag color={COLOR[e.kind]}>{detail(e)}</Tag></>} />
        </List.Item>
      )}
    />
  );
}
