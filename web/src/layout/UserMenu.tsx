import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Grid } from 'antd';
import { lazy, Suspense, useState } from 'react';
import type { Me } from '../api/auth';

// The dropdown (antd Dropdown, Menu) and the password form (Form, Input, Modal) load on the first tap,
// not with every page: a phone's first load stays small.
const UserDropdown = lazy(() => import('./UserDropdown'));
const ChangePasswordModal = lazy(() => import('../pages/auth/ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));

export function UserMenu({ me }: { me: Me }) {
  const screens = Grid.useBreakpoint();
  const [armed, setArmed] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);
  const [pwUsed, setPwUsed] = useState(false);
  const first = me.grants[0];

  const button = (
    <Button type="text" className="user-button" data-testid="user-menu" aria-label={me.displayName} aria-haspopup="menu" onClick={armed ? undefined : () => setArmed(true)}>
      <UserOutlined />
      {/* On phones only the icon: the name is in the menu's first line. */}
      {screens.sm && (
        <span className="user-text">
          <span className="user-name">{me.displayName}</span>
          {screens.md && first && <span className="user-unit">{first.orgName}</span>}
        </span>
      )}
      <DownOutlined style={{ fontSize: 10 }} />
    </Button>
  );

  return (
    <>
      {armed ? (
        <Suspense fallback={button}>
          <UserDropdown me={me} onChangePassword={() => { setPwUsed(true); setPwOpen(true); }}>{button}</UserDropdown>
        </Suspense>
      ) : button}
      {pwUsed && <Suspense fallback={null}><ChangePasswordModal open={pwOpen} onClose={() => setPwOpen(false)} /></Suspense>}
    </>
  );
}
