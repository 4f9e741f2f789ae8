import { useOverdueCount } from '../api/recommendations';
import { useT } from '../i18n';
import { formatNumber } from '../lib/format';

/** The menu's count of open recommendations past their deadline (none shown when there are none). */
export function OverdueCount() {
  const t = useT();
  const n = useOverdueCount().data ?? 0;
  if (!n) return null;
  return <span className="nav-count" title={t('insp.overdueBanner', { count: n })} data-testid="nav-overdue-count">
    {formatNumber(n)}<span className="lt-sr-only"> {t('insp.task.overdue').toLowerCase()}</span>
  </span>;
}
