import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import type { Me } from '../api/auth';
import { OfflineNotice } from '../components/OfflineNotice';
import { PageSpin } from '../components/States';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { menuItems, selectedKey } from './menu';
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

/** Side menu on desktop; on phones a header button opens the same menu in a Drawer. */
export function AppShell({ me }: { me: Me }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const desktop = screens.lg ?? true;
  const [drawer, setDrawer] = useState(false);
  const { pathname } = useLocation();
  const selected = [selectedKey(pathname)];

  return (
    <Layout className="app-layout">
      {desktop && (
        <Layout.Sider width={232} theme="light" className="app-sider" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <Brand />
          <Menu mode="inline" selectedKeys={selected} items={menuItems(me, t)} data-testid="main-menu" />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {!desktop && (
            <>
              <Button type="text" icon={<MenuOutlined />} onClick={() => setDrawer(true)} aria-label={t('menu.open')} data-testid="menu-toggle" />
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
      {!desktop && (
        <Drawer placement="left" open={drawer} onClose={() => setDrawer(false)} size={260} title={t('app.name')} styles={{ body: { padding: 0 } }}>
          <Menu mode="inline" selectedKeys={selected} items={menuItems(me, t, () => setDrawer(false))} data-testid="main-menu" />
        </Drawer>
      )}
    </Layout>
  );
}
