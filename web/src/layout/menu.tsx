import {
  AuditOutlined, FileTextOutlined, HomeOutlined, ApartmentOutlined, TeamOutlined, UserSwitchOutlined,
  FlagOutlined, ScheduleOutlined, QrcodeOutlined, IdcardOutlined, SolutionOutlined, LineChartOutlined, SafetyCertificateOutlined, CheckSquareOutlined,
  AimOutlined, CarryOutOutlined, MailOutlined,
} from '@ant-design/icons';
import { OverdueCount } from './OverdueCount';
import type { Me } from '../api/auth';
import type { MessageKey } from '../i18n';
import { canAny, hasPerson, type UiAction } from '../lib/roles';

export interface Entry {
  key: string; path: string; label: MessageKey; icon: React.ReactNode; needs?: UiAction; when?: (me: Me) => boolean;
  /** A count shown after the label (what waits for the user there). */
  Count?: React.ComponentType;
}

const ENTRIES: Entry[] = [
  { key: 'home', path: '/', label: 'menu.home', icon: <HomeOutlined /> },
  { key: 'orgs', path: '/orgs', label: 'menu.orgs', icon: <ApartmentOutlined /> },
  { key: 'people', path: '/people', label: 'menu.people', icon: <TeamOutlined />, needs: 'person.read' },
  { key: 'documents', path: '/documents', label: 'menu.documents', icon: <FileTextOutlined /> },
  { key: 'campaigns', path: '/campaigns', label: 'menu.campaigns', icon: <FlagOutlined />, needs: 'campaign.read' },
  { key: 'conferences', path: '/conferences', label: 'menu.conferences', icon: <ScheduleOutlined />, needs: 'conference.read' },
  { key: 'programs', path: '/programs', label: 'menu.programs', icon: <AimOutlined />, needs: 'program.read' },
  { key: 'tasks', path: '/tasks', label: 'menu.tasks', icon: <CarryOutOutlined />, needs: 'program.read' },
  { key: 'reports', path: '/reports', label: 'menu.reports', icon: <LineChartOutlined />, needs: 'program.read' },
  { key: 'evaluations', path: '/evaluations', label: 'menu.evaluations', icon: <SolutionOutlined />, needs: 'evaluation.read' },
  { key: 'inspections', path: '/inspections', label: 'menu.inspections', icon: <SafetyCertificateOutlined />, needs: 'inspection.read' },
  { key: 'recommendations', path: '/recommendations', label: 'menu.recommendations', icon: <CheckSquareOutlined />, needs: 'inspection.read', Count: OverdueCount },
  { key: 'checkin', path: '/checkin', label: 'menu.checkin', icon: <QrcodeOutlined />, needs: 'attendance.record' },
  { key: 'me', path: '/me', label: 'menu.me', icon: <IdcardOutlined />, when: hasPerson },
  { key: 'accounts', path: '/accounts', label: 'menu.accounts', icon: <UserSwitchOutlined />, needs: 'account.manage' },
  { key: 'mail', path: '/mail', label: 'menu.mail', icon: <MailOutlined />, needs: 'mail.admin' },
  { key: 'audit', path: '/audit', label: 'menu.audit', icon: <AuditOutlined />, needs: 'audit.read' },
];

/** Menu entries the user's roles allow. */
export function menuEntries(me: Me): Entry[] {
  return ENTRIES.filter((e) => (!e.needs || canAny(me, e.needs)) && (!e.when || e.when(me)));
}

/** The menu key of the current path: /documents/12 → documents. */
export function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return ENTRIES.some((e) => e.key === first) ? first : 'home';
}
