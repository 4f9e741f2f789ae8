import { useT } from '../../i18n';
import { formatTime } from '../../lib/format';
import { Empty, Item, ItemList, Tag, type TagColor } from '../../lite';
import type { ScanEntry } from './useCheckin';

const COLOR: Record<ScanEntry['kind'], TagColor> = { ok: 'green', late: 'volcano', dup: 'gold', extra: 'orange', err: 'red', queued: 'default' };

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
    <div data-testid="checkin-recent">
      <h2 className="checkin-recent-title">{t('checkin.recent')}</h2>
      {items.length === 0 ? <Empty>{t('checkin.noRecent')}</Empty> : (
        <ItemList>
          {items.map((e) => (
            <Item key={e.id} data-testid="checkin-recent-item" data-kind={e.kind} title={e.name || '—'}
              description={<>{e.orgName && <div className="org-option-sub">{e.orgName}</div>}<Tag color={COLOR[e.kind]}>{detail(e)}</Tag></>}
              actions={<span className="org-option-sub">{formatTime(e.checkedAt ?? e.at)}</span>} />
          ))}
        </ItemList>
      )}
    </div>
  );
}
