import { ApartmentOutlined, FileTextOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useDocuments } from '../../api/documents';
import { useOrgRoots } from '../../api/orgs';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { useCurrentUser } from '../../layout/RequireAuth';
import { LatestDocuments } from './LatestDocuments';
import { QuickLinks } from './QuickLinks';

export default function HomePage() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const roots = useOrgRoots();
  const docs = useDocuments({}, 1, 1);
  const members = roots.data?.reduce((sum, r) => sum + r.memberCount, 0);

  return (
    <div data-testid="home-page">
      <PageHeader title={t('home.welcome', { name: me.displayName })} sub={t('app.tagline')} />
      <Row gutter={[16, 16]} className="section">
        <Col xs={24} sm={8}>
          <Card className="stat-card">
            <Statistic title={t('home.members')} value={members ?? 0} loading={roots.isPending} prefix={<TeamOutlined />} formatter={(v) => formatNumber(Number(v))} />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card className="stat-card">
            <Statistic title={t('home.documents')} value={docs.data?.total ?? 0} loading={docs.isPending} prefix={<FileTextOutlined />} formatter={(v) => formatNumber(Number(v))} />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card className="stat-card">
            <Statistic title={t('home.units')} value={roots.data?.length ?? 0} loading={roots.isPending} prefix={<ApartmentOutlined />} formatter={(v) => formatNumber(Number(v))} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('home.yourUnits')} className="section" data-testid="home-grants">
            {me.grants.length === 0 && <Typography.Text type="secondary">{t('home.noGrants')}</Typography.Text>}
            {me.grants.map((g) => (
              <div key={g.id} style={{ marginBottom: 8 }}>
                <Tag color="red" style={{ marginInlineEnd: 8 }}>{tx('role', g.role)}</Tag>
                <Link to={`/orgs/${g.orgId}`}>{g.orgName}</Link>
              </div>
            ))}
          </Card>
          <QuickLinks me={me} />
        </Col>
        <Col xs={24} lg={14}>
          <LatestDocuments />
        </Col>
      </Row>
    </div>
  );
}
