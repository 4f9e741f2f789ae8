import { DeleteOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useInvitations, useReassignInvitation, useRemoveInvitation, type ConferenceDetail, type Invitation } from '../../api/conferences';
import { DataTable } from '../../components/DataTable';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, ErrorState } from '../../components/States';
import { useT } from '../../i18n';
import { useDebounced } from '../../lib/hooks';
import { AbsenceModal, AddPeopleModal, GenerateModal } from './InvitationModals';
import { InvitationStatus } from './InvitationStatus';
import { tablePagination } from '../../components/pagination';
import { ExportButton } from '../../components/ExportButton';

/** Who is invited, at which bridge point, and how they attended. */
export function InvitationsTab({ conf }: { conf: ConferenceDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [bridgePointId, setBridgePointId] = useState<number>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [modal, setModal] = useState<'generate' | 'add' | null>(null);
  const [absent, setAbsent] = useState<Invitation | null>(null);
  const list = useInvitations(conf.id, { q: q || undefined, bridgePointId }, page, pageSize);
  const remove = useRemoveInvitation(conf.id);
  const reassign = useReassignInvitation(conf.id);
  const canWrite = conf.abilities.update;
  const canRecord = conf.abilities.recordAttendance;
  const bpOptions = conf.bridgePoints.map((b) => ({ value: b.id, label: b.name }));
  const fail = (e: Error) => message.error(e.message);

  return (
    <div data-testid="invitations">
      {list.data?.partial && <Alert type="info" showIcon className="filters" title={t('inv.partial')} data-testid="invitations-partial" />}
      <Flex gap={8} wrap className="filters">
        <SearchBox value={text} onChange={(v) => { setText(v); setPage(1); }} placeholder={t('inv.searchPlaceholder')} testId="invitation-search" style={{ width: 240 }} />
        <Select allowClear style={{ width: 220 }} placeholder={t('inv.bridgePoint')} aria-label={t('inv.bridgePoint')} options={bpOptions} value={bridgePointId} onChange={(v) => { setBridgePointId(v); setPage(1); }} />
        <ExportButton path={`/conferences/${conf.id}/invitations/export.xlsx`} query={{ q: q || undefined, bridgePointId }} testId="invitations-export" />
        {canWrite && <Button icon={<TeamOutlined />} onClick={() => setModal('generate')} data-testid="invitations-generate">{t('inv.generate')}</Button>}
        {canWrite && <Button icon={<UserAddOutlined />} onClick={() => setModal('add')}>{t('inv.add')}</Button>}
      </Flex>
      {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
        <DataTable<Invitation>
          rowKey="personId"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 860 }}
          locale={{ emptyText: <EmptyState description={t('inv.empty')} /> }}
          pagination={tablePagination(t, page, pageSize, list.data?.total, (p, s) => { setPage(p); setPageSize(s); })}
          columns={[
            { title: t('people.fullName'), dataIndex: 'fullName', render: (v, r) => <div><strong>{v}</strong><div className="org-option-sub">{r.orgName}</div></div> },
            {
              title: t('inv.bridgePoint'), dataIndex: 'bridgePointId', width: 220,
              render: (v: number | null, r) => (canWrite && bpOptions.length > 1 ? (
                <Select size="small" style={{ width: '100%' }} value={v ?? undefined} options={bpOptions} aria-label={t('inv.bridgePoint')}
                  onChange={(b) => reassign.mutate({ personId: r.personId, bridgePointId: b }, { onError: fail })} />
              ) : r.bridgePointName ?? '—'),
            },
            { title: t('inv.status'), key: 'status', width: 230, render: (_, r) => <InvitationStatus {...r} /> },
            {
              title: t('common.actions'), key: 'act', width: 150,
              render: (_, r) => (
                <Space>
                  {canRecord && !r.attended && <Button size="small" onClick={() => setAbsent(r)}>{t('inv.recordAbsence')}</Button>}
                  {canWrite && !r.attended && (
                    <Popconfirm title={t('inv.confirmRemove', { name: r.fullName })} onConfirm={() => remove.mutateAsync(r.personId).catch(fail)}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('inv.remove')} title={t('inv.remove')} />
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <GenerateModal conf={conf} open={modal === 'generate'} onClose={() => setModal(null)} />
      <AddPeopleModal conf={conf} open={modal === 'add'} onClose={() => setModal(null)} />
      <AbsenceModal confId={conf.id} person={absent} onClose={() => setAbsent(null)} />
    </div>
  );
}
