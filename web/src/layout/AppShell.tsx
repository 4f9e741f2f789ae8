import { MenuOutlined } from '@ant-design/icons';
import { Button, Grid, Layout } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { reloadIfNewVersion } from '../lib/pwa';
import type { Me } from '../api/auth';
import { OfflineNotice } from '../components/OfflineNotice';
import { PageSpin } from '../components/PageSpin';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

// The menu and the phone's drawer are chunks of their own: a phone's first page load does without them.
const NavMenu = lazy(() => import('./NavMenu'));
const NavDrawer = lazy(() => import('./NavDrawer'));
/** Before useBreakpoint's first measurement: the window decides (so a phone never starts loading the side menu). */
const wideWindow = () => typeof window === 'undefined' || window.matchMedia('(min-width: 992px)').matches;

function Brand() {
  const t = useT();
  return (
    <Link to="/" className="brand" aria-label={t('app.name')}>
      <span className="brand-star" aria-hidden>★</span>
      <span className="brand-name">{t('app.name')}</span>
    </Link>
  );
}

/** Side menu on desktop; on phones a header button opens the same menu in a Drawer. */
export function AppShell({ me }: { me: Me }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const desktop = screens.lg ?? wideWindow();
  const [drawer, setDrawer] = useState(false);
  const [drawerUsed, setDrawerUsed] = useState(false);
  const { pathname } = useLocation();
  // A new version of the app (installed meanwhile) shows at a change of page, never under the user's typing.
  useEffect(() => reloadIfNewVersion(), [pathname]);

  return (
    <Layout className="app-layout">
      {desktop && (
        <Layout.Sider width={232} theme="light" className="app-sider" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <Brand />
          <Suspense fallback={null}><NavMenu me={me} /></Suspense>
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {!desktop && (
            <>
              <Button type="text" icon={<MenuOutlined />} onClick={() => { setDrawerUsed(true); setDrawer(true); }} aria-label={t('menu.open')} data-testid="menu-toggle" />
              <Brand />
            </>
          )}
          <div className="header-spacer" />
          <LanguageSwitch />
          <UserMenu me={me} />
        </Layout.Header>
        <Layout.Content className="app-content">
          {/* The check-in pages say it their own way (with the count of scans waiting). */}
          {!pathname.startsWith('/checkin') && <OfflineNotice />}
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {!desktop && drawerUsed && (
        <Suspense fallback={null}><NavDrawer me={me} open={drawer} onClose={() => setDrawer(false)} /></Suspense>
      )}
    </Layout>
  );
}
