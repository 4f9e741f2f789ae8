import { Card, Col, List, Row, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useMyAttendance, type MyAttendance } from '../../api/attendance';
import { useMyInvitations } from '../../api/conferences';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, InlineError, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDateTime, formatTime } from '../../lib/format';
import { InvitationStatus } from '../conferences/InvitationStatus';
import { MyQrCard } from './MyQrCard';
import { SelfCheckin } from './SelfCheckin';
import { TextSizeCard } from './TextSizeCard';
import { MyQuestions, PresenterQuestions } from '../dialogue/MyQuestions';

function MyInvitations() {
  const { t, tx } = useI18n();
  const inv = useMyInvitations();
  const now = Date.now();
  // Upcoming (and running) first, soonest first; then the past, latest first.
  const rows = [...(inv.data ?? [])].sort((a, b) => {
    const fa = Date.parse(a.endsAt) >= now ? 0 : 1;
    const fb = Date.parse(b.endsAt) >= now ? 0 : 1;
    return fa - fb || (fa === 0 ? a.startsAt.localeCompare(b.startsAt) : b.startsAt.localeCompare(a.startsAt));
  });
  return (
    <Card title={t('me.invitations')} className="section" data-testid="my-invitations">
      {inv.isPending ? <Loading /> : !inv.data ? <InlineError error={inv.error} /> : rows.length === 0 ? <EmptyState description={t('me.noInvitations')} /> : (
        <List dataSource={rows} renderItem={(r) => {
          const upcoming = Date.parse(r.endsAt) >= now;
          const ongoing = upcoming && Date.parse(r.startsAt) <= now;
          return (
            <List.Item>
              <List.Item.Meta
                title={<>{ongoing ? <Tag color="green">{t('me.ongoing')}</Tag> : upcoming && <Tag color="blue">{t('me.upcoming')}</Tag>}{r.title}</>}
                description={<>
                  {formatDateTime(r.startsAt)}–{formatTime(r.endsAt)} · {tx('conf.format', r.format)}{r.hall ? ` · ${r.hall}` : ''}
                  {r.bridgePointName && <div>{t('inv.bridgePoint')}: {r.bridgePointName}</div>}
                </>}
              />
              {r.attended && <Tag color="green">{t('inv.attended')}</Tag>}
              <Link to={`/me/conferences/${r.conferenceId}`} data-testid="open-questions">{t('qa.openConference')}</Link>
            </List.Item>
          );
        }} />
      )}
    </Card>
  );
}

function MyHistory() {
  const { t, tx } = useI18n();
  const att = useMyAttendance();
  return (
    <Card title={t('me.attendance')} className="section" data-testid="my-attendance">
      {att.isPending ? <Loading /> : att.isError ? <InlineError error={att.error} /> : (
        <DataTable<MyAttendance>
          rowKey="conferenceId"
          size="small"
          dataSource={att.data}
          scroll={{ x: 520 }}
          pagination={att.data.length > 10 ? { pageSize: 10 } : false}
          locale={{ emptyText: <EmptyState description={t('me.noAttendance')} /> }}
          columns={[
            { title: t('conf.titleField'), dataIndex: 'title', render: (v, r) => <div><strong>{v}</strong><div className="org-option-sub">{formatDateTime(r.startsAt)}</div></div> },
            { title: t('inv.status'), key: 's', width: 220, render: (_, r) => <InvitationStatus attended={!!r.checkedAt} checkedAt={r.checkedAt} lateMinutes={r.lateMinutes} absence={r.absence} /> },
            { title: t('me.method'), dataIndex: 'method', width: 130, render: (v: string | null) => (v ? tx('method', v) : '—') },
          ]}
        />
      )}
    </Card>
  );
}

/** The member's own page: personal QR, invitations, history, self check-in with the hall code. */
export default function MePage() {
  const t = useI18n().t;
  const me = useCurrentUser();
  if (!me.personId) return <EmptyState description={t('me.noPerson')} />;
  return (
    <div data-testid="me-page">
      <PageHeader title={t('me.title')} />
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <div className="section no-print"><SelfCheckin /></div>
          <MyQrCard me={me} />
          <TextSizeCard />
        </Col>
        <Col xs={24} lg={14} className="no-print">
          <PresenterQuestions />
          <MyInvitations />
          <MyQuestions />
          <MyHistory />
        </Col>
      </Row>
    </div>
  );
}
