import { List, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { PersonDetail } from '../../api/people';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';

export function Positions({ person }: { person: PersonDetail }) {
  const { t, tx } = useI18n();
  if (person.positions.length === 0) return <EmptyState description={t('people.noPositions')} />;
  return (
    <DataTable
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: 520 }}
      dataSource={person.positions}
      columns={[
        { title: t('people.positionTitle'), dataIndex: 'title', render: (v, r) => <>{tx('people.title', v)} {!r.endedOn && <Tag color="green">✓</Tag>}</> },
        { title: t('common.unit'), dataIndex: 'orgName', render: (v, r) => <Link to={`/orgs/${r.orgId}`}>{v}</Link> },
        { title: t('people.startedOn'), dataIndex: 'startedOn', width: 110, render: formatDate },
        { title: t('people.endedOn'), dataIndex: 'endedOn', width: 110, render: formatDate },
      ]}
    />
  );
}

export function Transfers({ person }: { person: PersonDetail }) {
  const { t } = useI18n();
  if (person.transfers.length === 0) return <EmptyState description={t('people.noTransfers')} />;
  return (
    <DataTable
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: 560 }}
      dataSource={person.transfers}
      columns={[
        { title: t('common.date'), dataIndex: 'effectiveOn', width: 110, render: formatDate },
        { title: t('people.from'), dataIndex: 'fromOrgName', render: (v, r) => <Link to={`/orgs/${r.fromOrgId}`}>{v}</Link> },
        { title: t('people.to'), dataIndex: 'toOrgName', render: (v, r) => <Link to={`/orgs/${r.toOrgId}`}>{v}</Link> },
        { title: t('common.reason'), dataIndex: 'reason', render: (v) => v ?? '—' },
      ]}
    />
  );
}

export function MassOrgs({ person }: { person: PersonDetail }) {
  const { t } = useI18n();
  if (person.massOrgs.length === 0) return <EmptyState description={t('people.noMassOrgs')} />;
  return (
    <List
      size="small"
      dataSource={person.massOrgs}
      renderItem={(m) => (
        <List.Item key={m.orgId}>
          <Link to={`/orgs/${m.orgId}`}>{m.orgName}</Link>
          <span>{formatDate(m.joinedOn)}</span>
        </List.Item>
      )}
    />
  );
}
