import { BellOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useUnreadCount } from '../api/notifications';
import { useT } from '../i18n';
import { formatNumber } from '../lib/format';

/** The header's bell: the count of unread notifications, a link to the inbox. Light components only (every page has it). */
export function Bell() {
  const t = useT();
  const n = useUnreadCount().data ?? 0;
  return (
    <Link to="/notifications" className="lt-btn lt-btn-text bell" data-testid="bell"
      aria-label={n ? t('notify.bellUnread', { count: n }) : t('notify.bell')}>
      <BellOutlined aria-hidden />
      {n > 0 && <span className="bell-badge" data-testid="bell-count" aria-hidden>{n > 99 ? '99+' : formatNumber(n)}</span>}
    </Link>
  );
}
