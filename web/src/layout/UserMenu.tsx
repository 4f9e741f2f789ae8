import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Grid } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLogout, type Me } from '../api/auth';
import { useI18n } from '../i18n';
import { ChangePasswordModal } from '../pages/auth/ChangePasswordModal';

export function UserMenu({ me }: { me: Me }) {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const logout = useLogout();
  const navigate = useNavigate();
  const [pwOpen, setPwOpen] = useState(false);
  const first = me.grants[0];

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'me', disabled: true, label: <strong>{me.displayName}</strong> },
            ...me.grants.map((g) => ({ key: `grant-${g.id}`, disabled: true, label: `${tx('role', g.role)} · ${g.orgName}` })),
            { type: 'divider' as const },
            { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('auth.changePassword')}</span> },
            { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="menu-logout">{t('auth.logout')}</span> },
          ],
          onClick: ({ key }) => {
            if (key === 'password') setPwOpen(true);
            if (key === 'logout') {
              logout.mutate(undefined, {
                onSettled: () => {
                  message.success(t('auth.loggedOut'));
                  navigate('/login', { replace: true });
                },
              });
            }
          },
        }}
      >
        <Button type="text" className="user-button" data-testid="user-menu" aria-label={me.displayName}>
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
      </Dropdown>
      <ChangePasswordModal open={pwOpen} onClose={() => setPwOpen(false)} />
    </>
  );
}
