import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLogout, type Me } from '../api/auth';
import { useI18n } from '../i18n';
import { lazyAntd } from './antd';

// The password form (Ant Design's Form and Modal) loads on the first tap, not with every page.
const ChangePasswordModal = lazyAntd<{ open: boolean; onClose: () => void }>(() => import('../pages/auth/ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));

/** The account button of the header and its menu (who is logged in, for which units; password; log out). */
export function UserMenu({ me }: { me: Me }) {
  const { t, tx } = useI18n();
  const logout = useLogout();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);
  const [pwUsed, setPwUsed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const first = me.grants[0];

  useEffect(() => {
    if (!open) return;
    box.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const away = (e: PointerEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = () => { setOpen(false); button.current?.focus(); };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return close();
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(box.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    items[(i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
  };
  const onLogout = () => {
    setOpen(false);
    logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true, state: { loggedOut: true } }) });
  };

  return (
    <div className="user-menu" ref={box} onKeyDown={onKey}>
      <button ref={button} type="button" className="lt-btn lt-btn-text user-button" data-testid="user-menu" aria-label={me.displayName}
        aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <UserOutlined />
        {/* On phones only the icon: the name is in the menu's first line. */}
        <span className="user-text">
          <span className="user-name">{me.displayName}</span>
          {first && <span className="user-unit">{first.orgName}</span>}
        </span>
        <DownOutlined style={{ fontSize: 10 }} />
      </button>
      {open && (
        <div className="lt-popover" role="menu" aria-label={me.displayName}>
          <div className="lt-menu-note"><strong>{me.displayName}</strong></div>
          {me.grants.map((g) => <div key={g.id} className="lt-menu-note">{tx('role', g.role)} · {g.orgName}</div>)}
          <div className="lt-menu-divider" />
          <button type="button" role="menuitem" className="lt-menu-item" data-testid="menu-change-password"
            onClick={() => { setOpen(false); setPwUsed(true); setPwOpen(true); }}>
            <KeyOutlined />{t('auth.changePassword')}
          </button>
          <button type="button" role="menuitem" className="lt-menu-item lt-menu-item-danger" data-testid="menu-logout" onClick={onLogout}>
            <LogoutOutlined />{t('auth.logout')}
          </button>
        </div>
      )}
      {pwUsed && <Suspense fallback={null}><ChangePasswordModal open={pwOpen} onClose={() => setPwOpen(false)} /></Suspense>}
    </div>
  );
}
