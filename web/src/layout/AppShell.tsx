import { MenuOutlined } from '@ant-design/icons';
import { Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { reloadIfNewVersion } from '../lib/pwa';
import type { Me } from '../api/auth';
import { OfflineNotice } from '../components/OfflineNotice';
import { PageSpin } from '../components/PageSpin';
import { useT } from '../i18n';
import { Button, useWide } from '../lite';
import { Bell } from './Bell';
import { LanguageSwitch } from './LanguageSwitch';
import { NavDrawer } from './NavDrawer';
import { NavMenu } from './NavMenu';
import { UserMenu } from './UserMenu';

function Brand() {
  const t = useT();
  return (
    <Link to="/" className="brand" aria-label={t('app.name')}>
      <span className="brand-star" aria-hidden>★</span>
      <span className="brand-name">{t('app.name')}</span>
    </Link>
  );
}

/** Side menu on desktop; on phones a header button opens the same menu in a drawer. Light components only. */
export function AppShell({ me }: { me: Me }) {
  const t = useT();
  const desktop = useWide();
  const [drawer, setDrawer] = useState(false);
  const { pathname } = useLocation();
  // A new version of the app (installed meanwhile) shows at a change of page, never under the user's typing.
  useEffect(() => reloadIfNewVersion(), [pathname]);

  return (
    <div className="app-layout">
      {desktop && (
        <aside className="app-sider">
          <Brand />
          <NavMenu me={me} />
        </aside>
      )}
      <div className="app-main">
        <header className="app-header">
          {!desktop && (
            <>
              <Button variant="text" icon={<MenuOutlined />} onClick={() => setDrawer(true)} aria-label={t('menu.open')} aria-expanded={drawer} data-testid="menu-toggle" />
              <Brand />
            </>
          )}
          <div className="header-spacer" />
          <LanguageSwitch />
          <Bell />
          <UserMenu me={me} />
        </header>
        <main className="app-content">
          {/* The check-in pages say it their own way (with the count of scans waiting). */}
          {!pathname.startsWith('/checkin') && <OfflineNotice />}
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      {!desktop && <NavDrawer me={me} open={drawer} onClose={() => setDrawer(false)} />}
    </div>
  );
}
