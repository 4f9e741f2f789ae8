import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMyAttendance } from '../../api/attendance';
import { useMyInvitations } from '../../api/conferences';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, InlineError, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDateTime, formatTime } from '../../lib/format';
import { Card, Item, ItemList, Pager, Tag } from '../../lite';
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
        <ItemList>
          {rows.map((r) => {
            const upcoming = Date.parse(r.endsAt) >= now;
            const ongoing = upcoming && Date.parse(r.startsAt) <= now;
            return (
              <Item
                key={r.conferenceId}
                title={<>{ongoing ? <Tag color="green">{t('me.ongoing')}</Tag> : upcoming && <Tag color="blue">{t('me.upcoming')}</Tag>}{r.title}</>}
                description={<>
                  {formatDateTime(r.startsAt)}–{formatTime(r.endsAt)} · {tx('conf.format', r.format)}{r.hall ? ` · ${r.hall}` : ''}
                  {r.bridgePointName && <div>{t('inv.bridgePoint')}: {r.bridgePointName}</div>}
                </>}
                actions={<>
                  {r.attended && <Tag color="green">{t('inv.attended')}</Tag>}
                  <Link to={`/me/conferences/${r.conferenceId}`} data-testid="open-questions">{t('qa.openConference')}</Link>
                </>}
              />
            );
          })}
        </ItemList>
      )}
    </Card>
  );
}

const HISTORY_PAGE = 10;

/** The conferences the member was invited to and how each went: a list, ten at a time. */
function MyHistory() {
  const { t, tx } = useI18n();
  const att = useMyAttendance();
  const [page, setPage] = useState(1);
  const items = att.data ?? [];
  const last = Math.max(1, Math.ceil(items.length / HISTORY_PAGE));
  const shown = Math.min(page, last);
  return (
    <Card title={t('me.attendance')} className="section" data-testid="my-attendance">
      {att.isPending ? <Loading /> : att.isError ? <InlineError error={att.error} /> : items.length === 0 ? <EmptyState description={t('me.noAttendance')} /> : (
        <>
          <ItemList>
            {items.slice((shown - 1) * HISTORY_PAGE, shown * HISTORY_PAGE).map((r) => (
              <Item
                key={r.conferenceId}
                title={r.title}
                description={formatDateTime(r.startsAt)}
              >
                {/* Under the title on every width, so the rows line up (a table's columns would not fit a phone). */}
                <div className="lt-row" style={{ marginTop: 4 }}>
                  <InvitationStatus attended={!!r.checkedAt} checkedAt={r.checkedAt} lateMinutes={r.lateMinutes} absence={r.absence} />
                  <span className="lt-muted">{t('me.method')}: {r.method ? tx('method', r.method) : '—'}</span>
                </div>
              </Item>
            ))}
          </ItemList>
          <Pager page={shown} pageSize={HISTORY_PAGE} total={items.length} onChange={setPage} />
        </>
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
      <div className="lt-grid lt-grid-2">
        <div>
          <div className="section no-print"><SelfCheckin /></div>
          <MyQrCard me={me} />
          <TextSizeCard />
        </div>
        <div className="no-print">
          <PresenterQuestions />
          <MyInvitations />
          <MyQuestions />
          <MyHistory />
          <p className="section"><Link to={`/people/${me.personId}/review`} data-testid="my-review">{t('review.mine')}</Link></p>
        </div>
      </div>
    </div>
  );
}
