import { Menu } from 'antd';
import { useLocation } from 'react-router-dom';
import type { Me } from '../api/auth';
import { useT } from '../i18n';
import { menuItems, selectedKey } from './menu';

/** The main menu (its own chunk: a phone loads it when the menu is opened, not with every page). */
export default function NavMenu({ me, onNavigate }: { me: Me; onNavigate?: () => void }) {
  const t = useT();
  const { pathname } = useLocation();
  return <Menu mode="inline" selectedKeys={[selectedKey(pathname)]} items={menuItems(me, t, onNavigate)} data-testid="main-menu" />;
}
