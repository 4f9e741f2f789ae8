import { Flex, Select, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { oneOf } from '../../api/contract';
import { CONTRIBUTION_STATES, useContributions, type Contribution, type TargetDetail } from '../../api/programs';
import { DataTable } from '../../components/DataTable';
import { tablePagination } from '../../components/pagination';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useDebounced } from '../../lib/hooks';
import { formatValue } from './labels';

/**
 * The units below feeding a roll-up target, a page at a time (thousands at province scale): found by name, filtered by
 * state, in tree order, each linked to its program. The server limits them to the user's subtree.
 */
export function ContributionsTable({ target }: { target: TargetDetail }) {
  const { t, tx } = useI18n();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [state, setState] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useContributions(target.id, { q: q || undefined, state: oneOf(CONTRIBUTION_STATES, state) }, page.page, page.pageSize);
  const filtered = !!(q || state);
  // A "units meeting" roll-up counts the units' own yes/no.
  const shape = target.kind === 'units_meeting' ? { kind: 'boolean' as const, unit: null } : target;
  const first = () => setPage((p) => ({ ...p, page: 1 }));

  return (
    <div data-testid="contributions">
      <Flex gap={8} wrap className="filters">
        <SearchBox value={text} onChange={(v) => { setText(v); first(); }} placeholder={t('targets.contributionsSearch')} testId="contributions-search"
          style={{ width: 260, maxWidth: '100%' }} />
        <Select allowClear style={{ width: 200, maxWidth: '100%' }} placeholder={t('targets.contributionState')} aria-label={t('targets.contributionState')}
          value={state || undefined} onChange={(v?: string) => { setState(v ?? ''); first(); }} data-testid="contributions-state"
          options={CONTRIBUTION_STATES.map((s) => ({ value: s, label: tx('contribution.state', s) }))} />
      </Flex>
      {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
        <DataTable<Contribution>
          rowKey="targetId" size="small" loading={list.isFetching} dataSource={list.data?.items} data-testid="contributions-table"
          locale={{ emptyText: <EmptyState description={filtered ? t('targets.noContributionsFound') : t('targets.noContributions')} /> }}
          pagination={tablePagination(t, page.page, page.pageSize, list.data?.total, (p, s) => setPage({ page: p, pageSize: s }))}
          columns={[
            { title: t('common.unit'), dataIndex: 'orgName', mobile: 'title', render: (v: string, r) => <Link to={`/programs/${r.programId}`}>{v}</Link> },
            { title: t('targets.value'), key: 'value', width: 140, render: (_, r) => formatValue(t, shape, r.value) },
            { title: t('targets.asOf'), dataIndex: 'asOf', width: 120, render: formatDate },
            {
              title: t('targets.met'), key: 'met', width: 130,
              render: (_, r) => (r.value == null
                ? <Tag>{tx('contribution.state', 'not_reported')}</Tag>
                : <Tag color={r.met ? 'success' : 'default'}>{r.met ? t('targets.achieved') : t('targets.notAchieved')}</Tag>),
            },
          ]}
        />
      )}
    </div>
  );
}
