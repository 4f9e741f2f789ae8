import { CloseOutlined } from '@ant-design/icons';
import { useEffect, useRef } from 'react';
import type { Me } from '../api/auth';
import { useT } from '../i18n';
import { Button } from '../lite';
import { NavMenu } from './NavMenu';

/**
 * On phones the main menu slides in from the left: a modal <dialog> (the browser keeps the focus inside it,
 * Escape closes it, and the focus goes back to the menu button).
 */
export function NavDrawer({ me, open, onClose }: { me: Me; open: boolean; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="lt-drawer" aria-label={t('app.name')} onClose={onClose} data-testid="nav-drawer"
      onClick={(e) => e.target === ref.current && onClose()}>
      <div className="lt-drawer-head">
        <span>{t('app.name')}</span>
        <Button variant="text" icon={<CloseOutlined />} aria-label={t('menu.close')} onClick={onClose} />
      </div>
      <NavMenu me={me} onNavigate={onClose} />
    </dialog>
  );
}
