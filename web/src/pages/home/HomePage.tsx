import { ApartmentOutlined, FileTextOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { useDocuments } from '../../api/documents';
import { useOrgRoots } from '../../api/orgs';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { lazyAntd } from '../../layout/antd';
import { useCurrentUser } from '../../layout/RequireAuth';
import { PageSpin } from '../../components/PageSpin';
import { canAny, hasPerson } from '../../lib/roles';
import { Card, Stat, Tag } from '../../lite';
import { LatestDocuments } from './LatestDocuments';
import { MemberHome } from './MemberHome';
import { QuickLinks } from './QuickLinks';

// Leadership's overview is built on Ant Design and ECharts, the to-do list on the light kit: each loads only for its
// role. The member's home is part of this page's own chunk (a phone's first download, under the bundle budget).
const LeaderHome = lazyAntd(() => import('./LeaderHome'));
const TodoHome = lazy(() => import('./TodoHome'));

/** The home of the caller's role: leadership, office and propaganda staff, members; the general one for the others. */
export default function HomePage() {
  const me = useCurrentUser();
  const home = canAny(me, 'home.overview') ? <Suspense fallback={<PageSpin />}><LeaderHome /></Suspense>
    : canAny(me, 'home.todo') ? <Suspense fallback={<PageSpin />}><TodoHome /></Suspense>
      : hasPerson(me) && me.grants.every((g) => g.role === 'member') ? <MemberHome me={me} />
        : <GeneralHome />;
  return <div data-testid="home-page">{home}</div>;
}

// Shown to the other roles (inspectors, presenters): the counts, the user's units, quick links and the latest documents.
function GeneralHome() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const roots = useOrgRoots();
  const docs = useDocuments({}, 1, 1);
  const members = roots.data?.reduce((sum, r) => sum + r.memberCount, 0);
  const loading = t('common.loading');

  return (
    <div data-testid="general-home">
      <PageHeader title={t('home.welcome', { name: me.displayName })} sub={t('app.tagline')} />
      <div className="lt-grid lt-grid-3 section">
        <Card className="stat-card" style={{ marginBottom: 0 }}>
          <Stat title={t('home.members')} value={formatNumber(members ?? 0)} loading={roots.isPending} loadingLabel={loading} icon={<TeamOutlined />} />
        </Card>
        <Card className="stat-card" style={{ marginBottom: 0 }}>
          <Stat title={t('home.documents')} value={formatNumber(docs.data?.total ?? 0)} loading={docs.isPending} loadingLabel={loading} icon={<FileTextOutlined />} />
        </Card>
        <Card className="stat-card" style={{ marginBottom: 0 }}>
          <Stat title={t('home.units')} value={formatNumber(roots.data?.length ?? 0)} loading={roots.isPending} loadingLabel={loading} icon={<ApartmentOutlined />} />
        </Card>
      </div>
      <div className="lt-grid lt-grid-2">
        <div>
          <Card title={t('home.yourUnits')} className="section" data-testid="home-grants">
            {me.grants.length === 0 && <span className="lt-muted">{t('home.noGrants')}</span>}
            {me.grants.map((g) => (
              <div key={g.id} style={{ marginBottom: 8 }}>
                <Tag color="red">{tx('role', g.role)}</Tag>
                <Link to={`/orgs/${g.orgId}`}>{g.orgName}</Link>
              </div>
            ))}
          </Card>
          <QuickLinks me={me} />
        </div>
        <div>
          <LatestDocuments />
        </div>
      </div>
    </div>
  );
}
