import { Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { BOARD_STATUSES, summaryCounts, TIERS, useBoard, type BoardRow, type BoardStatus, type CampaignDetail, type Tier } from '../../api/campaigns';
import { DataTable } from '../../components/DataTable';
import { OrgPicker } from '../../components/OrgPicker';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate, formatDateTime } from '../../lib/format';
import { canAny, canAt } from '../../lib/roles';
import { DeadlineCell } from './DeadlineCell';
import { StatusTag } from './labels';
import { ReminderButton } from './ReminderButton';
import { tablePagination } from '../../components/pagination';
import { ExportButton } from '../../components/ExportButton';

/** Every unit's obligation for the campaign, worst first (the server's order), with the counts on top. */
export function CampaignBoard({ campaign }: { campaign: CampaignDetail }) {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  // A link from the home page opens the board filtered (?status=overdue&orgId=12); the filters then stay on the page.
  const [sp] = useSearchParams();
  const [status, setStatus] = useState<BoardStatus | undefined>(() => BOARD_STATUSES.find((s) => s === sp.get('status')));
  const [tier, setTier] = useState<Tier>();
  const [orgId, setOrgId] = useState<number | undefined>(() => Number(sp.get('orgId')) || undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [selected, setSelected] = useState<number[]>([]);
  const board = useBoard(campaign.id, { status, tier, orgId }, page, pageSize);
  const counts = summaryCounts(campaign.summary);
  // A closed campaign is read-only: no reminders, no deadline edits.
  const open = campaign.status !== 'closed';
  const canRemind = open && canAny(me, 'campaign.remind');
  const canEdit = open && canAt(me, 'campaign.write', campaign.orgPath);
  const filter = (f: () => void) => { f(); setPage(1); setSelected([]); };

  return (
    <div data-testid="campaign-board">
      <div className="status-counts section" role="group" aria-label={t('board.status')}>
        {BOARD_STATUSES.map((s) => (
          <button
            type="button"
            key={s}
            className={`status-count${status === s ? ' active' : ''}`}
            aria-pressed={status === s}
            data-testid={`board-status-${s}`}
            onClick={() => filter(() => setStatus(status === s ? undefined : s))}
          >
            <strong>{counts[s]}</strong>
            <StatusTag status={s} />
          </button>
        ))}
      </div>
      <Flex gap={8} wrap className="filters">
        <Select allowClear style={{ width: 180 }} placeholder={t('board.status')} aria-label={t('board.status')} value={status} onChange={(v) => filter(() => setStatus(v))}
          options={BOARD_STATUSES.map((s) => ({ value: s, label: tx('board.status', s) }))} data-testid="board-filter-status" />
        <Select allowClear style={{ width: 260 }} placeholder={t('board.tier')} aria-label={t('board.tier')} value={tier} onChange={(v) => filter(() => setTier(v))}
          options={campaign.tiers.filter((x) => TIERS.includes(x)).map((x) => ({ value: x, label: tx('tier', x) }))} />
        <OrgPicker style={{ width: 260 }} value={orgId} onChange={(v) => filter(() => setOrgId(v))} />
        <ExportButton path={`/campaigns/${campaign.id}/board/export.xlsx`} query={{ status, tier, orgId }} testId="board-export" />
        {canRemind && <ReminderButton campaignId={campaign.id} selected={selected} onSent={() => setSelected([])} />}
      </Flex>
      {board.isError && !board.data ? <ErrorState error={board.error} onRetry={() => board.refetch()} /> : (
        <DataTable<BoardRow>
          rowKey="obligationId"
          size="middle"
          loading={board.isFetching}
          dataSource={board.data?.items}
          scroll={{ x: 900 }}
          rowSelection={canRemind ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), preserveSelectedRowKeys: true } : undefined}
          locale={{ emptyText: <EmptyState description={t('board.empty')} /> }}
          pagination={tablePagination(t, page, pageSize, board.data?.total, (p, s) => { setPage(p); setPageSize(s); })}
          columns={[
            {
              title: t('board.unit'), dataIndex: 'orgName',
              render: (v, r) => (
                <div>
                  <Link to={`/orgs/${r.orgId}`}><Typography.Text strong>{v}</Typography.Text></Link>
                  <div className="org-option-sub">{[tx('kind', r.orgKind), r.parentName].filter(Boolean).join(' · ')}</div>
                </div>
              ),
            },
            { title: t('board.tier'), dataIndex: 'tier', width: 200, render: (v) => tx('tier', v) },
            {
              title: t('board.deadline'), dataIndex: 'deadline', width: 150,
              render: (v: string, r) => <DeadlineCell obligationId={r.obligationId} value={v} status={r.status} editable={canEdit} />,
            },
            { title: t('board.status'), dataIndex: 'status', width: 140, render: (v) => <StatusTag status={v} /> },
            {
              title: t('board.heldOn'), dataIndex: 'heldOn', width: 130,
              render: (v: string | null, r) => (r.conferenceId ? <Link to={`/conferences/${r.conferenceId}`}>{v ? formatDate(v) : t('board.openConference')}</Link> : '—'),
            },
            { title: t('board.reminded'), dataIndex: 'lastRemindedAt', width: 150, render: (v) => formatDateTime(v) },
          ]}
        />
      )}
    </div>
  );
}
