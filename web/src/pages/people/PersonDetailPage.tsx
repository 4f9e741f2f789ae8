import { EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Descriptions, Row, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePerson } from '../../api/people';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate } from '../../lib/format';
import { canAt } from '../../lib/roles';
import { MassOrgs, Positions, Transfers } from './PersonSections';
import { TransferModal } from './TransferModal';
import { LinkButton } from '../../components/LinkButton';

export default function PersonDetailPage() {
  const { t, tx } = useI18n();
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const q = usePerson(id);
  const [transferring, setTransferring] = useState(false);
  if (q.isPending) return <Loading rows={8} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  const canWrite = canAt(me, 'person.write', p.orgPath);

  return (
    <div data-testid="person-detail">
      <Breadcrumb className="section" items={[{ title: <Link to="/people">{t('menu.people')}</Link> }, { title: p.fullName }]} />
      <PageHeader
        title={p.fullName}
        sub={<Link to={`/orgs/${p.orgId}`}>{p.orgName}</Link>}
        extra={<>
          {canAt(me, 'review.read', p.orgPath) && <LinkButton to={`/people/${p.id}/review`} data-testid="person-review">{t('review.open')}</LinkButton>}
          {canWrite && <>
          <LinkButton to={`/people/${p.id}/edit`} icon={<EditOutlined />}>{t('common.edit')}</LinkButton>
          <Button type="primary" icon={<SwapOutlined />} onClick={() => setTransferring(true)} data-testid="person-transfer">{t('people.transfer')}</Button>
          </>}
        </>}
      />
      <Card title={t('people.info')} className="section">
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" items={[
          { key: 'gender', label: t('people.gender'), children: p.gender ? tx('people.gender', p.gender) : '—' },
          { key: 'birth', label: t('people.birthDate'), children: formatDate(p.birthDate) },
          { key: 'status', label: t('people.partyStatus'), children: p.partyStatus ? tx('people.status', p.partyStatus) : t('people.status.none') },
          { key: 'joined', label: t('people.joinedOn'), children: formatDate(p.joinedOn) },
          { key: 'official', label: t('people.officialOn'), children: formatDate(p.officialOn) },
          { key: 'card', label: t('people.cardNumber'), children: p.cardNumber ?? '—' },
          { key: 'phone', label: t('people.phone'), children: p.phone ?? '—' },
          { key: 'email', label: t('people.email'), children: p.email ?? '—' },
          {
            key: 'cats', label: t('people.categories'),
            children: p.categories.length ? p.categories.map((c) => <Tag key={c} color="blue">{tx('people.cat', c)}</Tag>) : '—',
          },
        ]} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('people.positions')} className="section"><Positions person={p} /></Card>
          <Card title={t('people.massOrgs')} className="section"><MassOrgs person={p} /></Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('people.transfers')} className="section"><Transfers person={p} /></Card>
        </Col>
      </Row>
      {canWrite && <TransferModal person={p} open={transferring} onClose={() => setTransferring(false)} />}
    </div>
  );
}
