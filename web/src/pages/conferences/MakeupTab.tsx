import { PlusOutlined } from '@ant-design/icons';
import { useMakeupList, type MakeupRow } from '../../api/attendance';
import type { ConferenceDetail } from '../../api/conferences';
import { DataTable } from '../../components/DataTable';
import { EmptyState, ErrorState } from '../../components/States';
import { useT } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { canAny } from '../../lib/roles';
import { InvitationStatus } from './InvitationStatus';
import { LinkButton } from '../../components/LinkButton';

/** Invitees who missed the conference and have not made it up yet; one click prepares a make-up session. */
export function MakeupTab({ conf }: { conf: ConferenceDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const list = useMakeupList(conf.id);
  if (list.isError) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const rows = list.data ?? [];
  return (
    <div data-testid="makeup-list">
      {canAny(me, 'conference.write') && rows.length > 0 && (
        <LinkButton to={`/conferences/new?makeupOf=${conf.id}`} className="filters" type="primary" icon={<PlusOutlined />} data-testid="create-makeup">{t('live.createMakeup')}</LinkButton>
      )}
      <DataTable<MakeupRow>
        rowKey="personId"
        size="middle"
        loading={list.isFetching}
        dataSource={rows}
        scroll={{ x: 600 }}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <EmptyState description={t('live.makeupEmpty')} /> }}
        title={() => <strong>{t('live.makeupList')} ({rows.length})</strong>}
        columns={[
          { title: t('people.fullName'), dataIndex: 'fullName', render: (v, r) => <div><strong>{v}</strong><div className="org-option-sub">{r.orgName}</div></div> },
          { title: t('inv.bridgePoint'), dataIndex: 'bridgePointName', width: 200, render: (v) => v ?? '—' },
          { title: t('inv.status'), key: 's', width: 240, render: (_, r) => <InvitationStatus attended={false} absence={r.absence} /> },
        ]}
      />
    </div>
  );
}
