import { Link, useLocation } from 'react-router-dom';
import type { Me } from '../api/auth';
import { useT } from '../i18n';
import { menuEntries, selectedKey } from './menu';

/** The main menu: a list of links (each with a stable test id, menu-<key>); the current page is marked. */
export function NavMenu({ me, onNavigate }: { me: Me; onNavigate?: () => void }) {
  const t = useT();
  const current = selectedKey(useLocation().pathname);
  return (
    <nav aria-label={t('menu.main')}>
      <ul className="lt-nav" data-testid="main-menu">
        {menuEntries(me).map((e) => (
          <li key={e.key}>
            <Link to={e.path} data-testid={`menu-${e.key}`} aria-current={e.key === current ? 'page' : undefined} onClick={onNavigate}>
              <span aria-hidden>{e.icon}</span>{t(e.label)}{e.Count && <e.Count />}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
