import { ApartmentOutlined, AuditOutlined, FileAddOutlined, FileSearchOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import type { Me } from '../../api/auth';
import { useT, type MessageKey } from '../../i18n';
import { canAny, type UiAction } from '../../lib/roles';
import { ButtonLink, Card } from '../../lite';

const LINKS: { to: string; label: MessageKey; icon: React.ReactNode; needs?: UiAction }[] = [
  { to: '/documents', label: 'menu.documents', icon: <FileSearchOutlined /> },
  { to: '/documents/new', label: 'docs.create', icon: <FileAddOutlined />, needs: 'document.write' },
  { to: '/orgs', label: 'menu.orgs', icon: <ApartmentOutlined /> },
  { to: '/people', label: 'menu.people', icon: <TeamOutlined />, needs: 'person.read' },
  { to: '/accounts', label: 'accounts.create', icon: <UserAddOutlined />, needs: 'account.manage' },
  { to: '/audit', label: 'menu.audit', icon: <AuditOutlined />, needs: 'audit.read' },
];

export function QuickLinks({ me }: { me: Me }) {
  const t = useT();
  return (
    <Card title={t('home.quickLinks')} className="section">
      <div className="lt-row">
        {LINKS.filter((l) => !l.needs || canAny(me, l.needs)).map((l) => (
          <ButtonLink key={l.to} to={l.to} icon={l.icon}>{t(l.label)}</ButtonLink>
        ))}
      </div>
    </Card>
  );
}
