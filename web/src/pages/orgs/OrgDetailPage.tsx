import { Alert, Breadcrumb, Card, Col, Descriptions, List, Row, Statistic } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useOrg, type OrgDetail } from '../../api/orgs';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate, formatNumber } from '../../lib/format';
import { canAny, canAt } from '../../lib/roles';
import { PrintCardsButton } from '../reach/PrintCardsButton';
import { OrgActions } from './OrgActions';
import { OrgChildren } from './OrgChildren';
import { OrgHistory } from './OrgHistory';
import { KindTag, StatusTag } from './OrgLabels';

// The implementation record (programs, targets, tasks) in a chunk of its own: the tree's unit pages open without it.
const UnitRecord = lazy(() => import('../programs/UnitRecord'));

function Counts({ org }: { org: OrgDetail }) {
  const { t } = useI18n();
  const items = [
    { label: t('orgs.memberCount'), value: org.memberCount },
    { label: t('orgs.peopleCount'), value: org.peopleCount },
    { label: t('orgs.cellCount'), value: org.cellCount },
    { label: t('orgs.childCount'), value: org.childCount },
  ];
  return (
    <Row gutter={[12, 12]} className="section">
      {items.map((i) => (
        <Col key={i.label} xs={12} md={6}>
          <Card size="small"><Statistic title={i.label} value={i.value} formatter={(v) => formatNumber(Number(v))} /></Card>
        </Col>
      ))}
    </Row>
  );
}

export default function OrgDetailPage() {
  const { t, tx } = useI18n();
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const q = useOrg(id);
  if (q.isPending) return <Loading rows={8} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const org = q.data;
  const canWrite = org.status === 'active' && canAt(me, 'org.write', org.path);
  const peopleLinks = canAny(me, 'person.read');

  return (
    <div data-testid="org-detail">
      <Breadcrumb
        className="section"
        items={[
          { title: <Link to="/orgs">{t('menu.orgs')}</Link> },
          ...org.ancestors.map((a) => ({ title: <Link to={`/orgs/${a.id}`}>{a.name}</Link> })),
          { title: org.name },
        ]}
      />
      <PageHeader
        title={<span data-testid="org-name">{org.name}</span>}
        sub={<><KindTag kind={org.kind} subkind={org.subkind} /> <StatusTag status={org.status} /></>}
        extra={<>
          {org.status === 'active' && canAt(me, 'person.read', org.path) && <PrintCardsButton orgId={org.id} />}
          {canAt(me, 'review.read', org.path) && <LinkButton to={`/orgs/${org.id}/review`} data-testid="org-review">{t('review.open')}</LinkButton>}
          {canWrite && <OrgActions org={org} />}
        </>}
      />
      {org.mergedInto && (
        <Alert className="section" type="info" showIcon title={<>{t('orgs.mergedInto')}: <Link to={`/orgs/${org.mergedInto.id}`}>{org.mergedInto.name}</Link></>} />
      )}
      <Counts org={org} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('common.details')} className="section">
            <Descriptions column={{ xs: 1, sm: 2 }} size="small" items={[
              { key: 'kind', label: t('orgs.kind'), children: tx('kind', org.kind) },
              { key: 'subkind', label: t('orgs.subkind'), children: tx('subkind', org.subkind) },
              { key: 'short', label: t('orgs.shortName'), children: org.shortName ?? '—' },
              { key: 'code', label: t('orgs.code'), children: org.code ?? '—' },
              { key: 'status', label: t('orgs.status'), children: tx('status', org.status) },
              { key: 'from', label: t('orgs.effectiveFrom'), children: formatDate(org.effectiveFrom) },
              ...(org.endedOn ? [{ key: 'ended', label: t('orgs.endedOn'), children: formatDate(org.endedOn) }] : []),
            ]} />
          </Card>
          <Card title={t('orgs.children')} className="section">
            <OrgChildren id={org.id} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('orgs.leaders')} className="section">
            {org.leaders.length === 0 ? <EmptyState description={t('orgs.noLeaders')} /> : (
              <List size="small" dataSource={org.leaders} renderItem={(l) => (
                <List.Item key={`${l.personId}-${l.title}`}>
                  {peopleLinks ? <Link to={`/people/${l.personId}`}>{l.fullName}</Link> : l.fullName}
                  <span>{tx('people.title', l.title)}</span>
                </List.Item>
              )} />
            )}
          </Card>
          {org.mergedFrom.length > 0 && (
            <Card title={t('orgs.mergedFrom')} className="section">
              <List size="small" dataSource={org.mergedFrom} renderItem={(m) => (
                <List.Item key={m.id}>
                  <Link to={`/orgs/${m.id}`}>{m.name}</Link>
                  <span>{formatDate(m.endedOn)}</span>
                </List.Item>
              )} />
            </Card>
          )}
          <Card title={t('orgs.history')} className="section">
            <OrgHistory events={org.history} />
          </Card>
        </Col>
      </Row>
      {canAt(me, 'program.read', org.path) && <Suspense fallback={<Loading rows={4} />}><UnitRecord orgId={org.id} inspections={canAt(me, 'inspection.read', org.path)} /></Suspense>}
    </div>
  );
}
