import { List, Tag } from 'antd';
import { useT } from '../../i18n';
import { formatTime } from '../../lib/format';
import type { ScanEntry } from './useCheckin';

const CLASS: Record<ScanEntry['kind'], string> = { ok: 'ok', dup: 'dup', extra: 'extra', err: 'err', queued: 'queued' };
const COLOR: Record<ScanEntry['kind'], string> = { ok: 'green', dup: 'gold', extra: 'orange', err: 'red', queued: 'default' };

function useDetail() {
  const t = useT();
  return (e: ScanEntry): string => {
    switch (e.kind) {
      case 'ok': return e.lateMinutes ? t('checkin.late', { minutes: e.lateMinutes }) : t('checkin.onTime');
      case 'dup': return t('checkin.duplicate', { time: formatTime(e.checkedAt) });
      case 'extra': return `${t('checkin.extra')}${e.lateMinutes ? ` · ${t('checkin.late', { minutes: e.lateMinutes })}` : ''}`;
      case 'queued': return t('checkin.queued');
      default: return e.message ?? t('checkin.refused');
    }
  };
}

/** The big coloured answer after a scan: green recorded, yellow already done, orange extra, red refused. */
export function ScanResult({ entry }: { entry: ScanEntry }) {
  const t = useT();
  const detail = useDetail();
  return (
    <div className={`checkin-result ${CLASS[entry.kind]}`} data-testid="checkin-result" data-kind={entry.kind} role="status" aria-live="assertive">
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
        <List.Item extra={<span className="org-option-sub">{formatTime(e.checkedAt ?? e.at)}</span>}>
          <List.Item.Meta title={e.name || '—'} description={<Tag color={COLOR[e.kind]}>{detail(e)}</Tag>} />
        </List.Item>
      )}
    />
  );
}
