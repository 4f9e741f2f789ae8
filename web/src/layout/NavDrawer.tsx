import { Drawer } from 'antd';
import type { Me } from '../api/auth';
import { useT } from '../i18n';
import NavMenu from './NavMenu';

/** On phones the main menu slides in from the left; loaded on the first tap of the menu button. */
export default function NavDrawer({ me, open, onClose }: { me: Me; open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Drawer placement="left" open={open} onClose={onClose} size={260} title={t('app.name')} styles={{ body: { padding: 0 } }}>
      <NavMenu me={me} onNavigate={onClose} />
    </Drawer>
  );
}
