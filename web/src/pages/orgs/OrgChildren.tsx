import { Badge, List, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useOrgChildren } from '../../api/orgs';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { KindTag } from './OrgLabels';

export function OrgChildren({ id }: { id: number }) {
  const { t, tx } = useI18n();
  const q = useOrgChildren(id, true);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  if (q.data.length === 0) return <EmptyState description={t('orgs.noChildren')} />;
  return (
    <List
      size="small"
      data-testid="org-children"
      dataSource={q.data}
      renderItem={(c) => (
        <List.Item key={c.id} extra={<Badge count={formatNumber(c.memberCount)} showZero overflowCount={999999} color="#b71c1c" title={t('orgs.members', { count: c.memberCount })} />}>
          <div>
            <Link to={`/orgs/${c.id}`}>{c.name}</Link>{' '}
            <KindTag kind={c.kind} subkind={c.subkind} />
            {c.status !== 'active' && <Tag>{tx('status', c.status)}</Tag>}
          </div>
        </List.Item>
      )}
    />
  );
}
