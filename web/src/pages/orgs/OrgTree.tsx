import { Badge, Tag, Tree } from 'antd';
import type { TreeDataNode } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { fetchChildren, orgKeys, useOrgRoots, type OrgNode } from '../../api/orgs';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { kindIcon } from './OrgLabels';

function NodeTitle({ org }: { org: OrgNode }) {
  const { t, tx } = useI18n();
  const inactive = org.status !== 'active';
  return (
    <span className="tree-node" data-testid={`org-node-${org.id}`}>
      <span className={inactive ? 'tree-node-inactive' : undefined}>{org.name}</span>
      <Tag variant="filled">{org.subkind ? tx('subkind', org.subkind) : tx('kind', org.kind)}</Tag>
      {inactive && <Tag>{tx('status', org.status)}</Tag>}
      <Badge
        count={formatNumber(org.memberCount)}
        showZero
        overflowCount={999999}
        color={org.memberCount ? '#b71c1c' : '#bfbfbf'}
        title={t('orgs.members', { count: org.memberCount })}
        aria-label={t('orgs.members', { count: org.memberCount })}
      />
    </span>
  );
}

/** The organization tree: roots first, each level fetched when opened (/api/orgs/:id/children). */
export function OrgTree({ includeInactive }: { includeInactive: boolean }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { t } = useI18n();
  const roots = useOrgRoots();
  const [children, setChildren] = useState<Record<number, OrgNode[]>>({});
  const [expanded, setExpanded] = useState<React.Key[]>([]);
  const [loaded, setLoaded] = useState<React.Key[]>([]);

  // A new filter or fresh roots (after a write) start the lazy levels over.
  useEffect(() => {
    setChildren({});
    setLoaded([]);
  }, [includeInactive, roots.dataUpdatedAt]);

  const load = useCallback(async (id: number) => {
    const list = await qc.fetchQuery({ queryKey: orgKeys.children(id, includeInactive), queryFn: () => fetchChildren(id, includeInactive) });
    setChildren((m) => ({ ...m, [id]: list }));
    setLoaded((k) => [...k, id]);
  }, [qc, includeInactive]);

  // A single root (a commune clerk's own committee) opens by itself: its units are what the user came for.
  useEffect(() => {
    if (roots.data?.length === 1 && expanded.length === 0) setExpanded([roots.data[0].id]);
  }, [roots.data]);

  // Load what is open but not loaded yet (after a reset, or the root opened above).
  useEffect(() => {
    for (const key of expanded) if (!(Number(key) in children)) void load(Number(key)).catch(() => undefined);
  }, [children, expanded]);

  const treeData = useMemo(() => {
    const build = (org: OrgNode): TreeDataNode => ({
      key: org.id,
      title: <NodeTitle org={org} />,
      icon: kindIcon(org.kind),
      isLeaf: org.childCount === 0 && !children[org.id]?.length,
      children: children[org.id]?.map(build),
    });
    return (roots.data ?? []).map(build);
  }, [roots.data, children]);

  if (roots.isPending) return <Loading rows={6} />;
  if (roots.isError) return <ErrorState error={roots.error} onRetry={() => roots.refetch()} />;
  if (treeData.length === 0) return <EmptyState description={t('orgs.empty')} />;

  return (
    <section data-testid="org-tree" aria-label={t('orgs.title')}>
      <Tree
        className="org-tree"
        showIcon
        blockNode
        treeData={treeData}
        loadData={(node) => load(Number(node.key))}
        loadedKeys={loaded}
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys)}
        selectedKeys={[]}
        onSelect={(_, info) => navigate(`/orgs/${info.node.key}`)}
      />
    </section>
  );
}
