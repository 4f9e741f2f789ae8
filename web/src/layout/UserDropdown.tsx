import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { App, Dropdown } from 'antd';
import { useState, type ReactElement } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLogout, type Me } from '../api/auth';
import { useI18n } from '../i18n';

/** The account menu around the header's user button; mounted by the first tap, so it starts open. */
export default function UserDropdown({ me, onChangePassword, children }: { me: Me; onChangePassword: () => void; children: ReactElement }) {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const logout = useLogout();
  const navigate = useNavigate();
  const [open, setOpen] = useState(true);

  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={setOpen}
      menu={{
        items: [
          { key: 'me', disabled: true, label: <strong>{me.displayName}</strong> },
          ...me.grants.map((g) => ({ key: `grant-${g.id}`, disabled: true, label: `${tx('role', g.role)} · ${g.orgName}` })),
          { type: 'divider' as const },
          { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('auth.changePassword')}</span> },
          { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="menu-logout">{t('auth.logout')}</span> },
        ],
        onClick: ({ key }) => {
          setOpen(false);
          if (key === 'password') onChangePassword();
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
      {children}
    </Dropdown>
  );
}
