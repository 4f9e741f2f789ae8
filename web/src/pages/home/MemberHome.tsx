import { Link } from 'react-router-dom';
import { useMyAttendance } from '../../api/attendance';
import { useConference, useMyInvitations } from '../../api/conferences';
import { useMyYear } from '../../api/home';
import type { Me } from '../../api/auth';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, InlineError, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDateTime, formatNumber, formatTime, todayVn } from '../../lib/format';
import { ButtonLink, Card, Facts, Item, ItemList, Tag } from '../../lite';
import { MyQuestions } from '../dialogue/MyQuestions';
import { MyQrCard } from '../me/MyQrCard';

const vnYear = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 4);

type Invitation = NonNullable<ReturnType<typeof useMyInvitations>['data']>[number];

/** The next conference: when, where, the way in; then what to study for it (its programme and materials). */
function NextConference({ next, later }: { next: Invitation; later: Invitation[] }) {
  const { t, tx } = useI18n();
  const conf = useConference(next.conferenceId);
  const ongoing = Date.parse(next.startsAt) <= Date.now();
  return (
    <>
      <Card title={t('mhome.next')} className="section" data-testid="member-next">
        <h3 style={{ margin: '0 0 8px' }}>{ongoing ? <Tag color="green">{t('me.ongoing')}</Tag> : <Tag color="blue">{t('me.upcoming')}</Tag>}{next.title}</h3>
        <Facts items={[
          { label: t('mhome.when'), value: `${formatDateTime(next.startsAt)}–${formatTime(next.endsAt)}` },
          { label: t('conf.format'), value: tx('conf.format', next.format) },
          { label: t('conf.hall'), value: next.hall || '—' },
          ...(next.bridgePointName ? [{ label: t('inv.bridgePoint'), value: next.bridgePointName }] : []),
        ]} />
        <div className="lt-row" style={{ marginTop: 12 }}>
          <ButtonLink to={`/me/conferences/${next.conferenceId}`} variant="primary">{t('mhome.open')}</ButtonLink>
          {ongoing && <ButtonLink to="/me">{t('mhome.checkin')}</ButtonLink>}
        </div>
        {later.length > 0 && (
          <p className="lt-muted" style={{ marginTop: 12 }}>
            {t('mhome.later', { n: later.length })}: {later.map((l) => `${l.title} (${formatDateTime(l.startsAt)})`).join('; ')}
          </p>
        )}
      </Card>
      <Card title={t('mhome.study')} className="section" data-testid="member-study">
        {conf.isPending ? <Loading rows={3} /> : !conf.data ? <InlineError error={conf.error} /> : (
          <>
            {conf.data.materials.length === 0 ? <EmptyState description={t('mhome.noMaterials')} /> : (
              <ItemList>
                {conf.data.materials.map((m) => (
                  <Item key={m.id} title={<Link to={`/documents/${m.id}`}><strong>{m.symbol}</strong></Link>} description={m.title} />
                ))}
              </ItemList>
            )}
            {conf.data.agenda.length > 0 && (
              <>
                <h3 className="lt-card-subtitle" style={{ margin: '12px 0 4px', fontSize: '1rem' }}>{t('mhome.agenda')}</h3>
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {[...conf.data.agenda].sort((a, b) => a.position - b.position).map((a) => <li key={a.id}>{a.topic}{a.presenterName ? ` — ${a.presenterName}` : ''}</li>)}
                </ol>
              </>
            )}
          </>
        )}
      </Card>
    </>
  );
}

/** The member's own record for the year: invited, present, late, excused, and the organizers' remarks. */
function MyYear({ me, running }: { me: Me; running: Set<number> }) {
  const { t } = useI18n();
  const year = todayVn().slice(0, 4);
  const att = useMyAttendance();
  const evals = useMyYear(me.personId);
  // Conferences of this year (in Vietnam) that are over, or under way and already attended: one still running is no absence yet.
  const rows = (att.data ?? []).filter((r) => vnYear(r.startsAt) === year && Date.parse(r.startsAt) <= Date.now()
    && (!running.has(r.conferenceId) || !!r.checkedAt));
  const present = rows.filter((r) => r.checkedAt).length;
  const late = rows.filter((r) => r.checkedAt && (r.lateMinutes ?? 0) > 0).length;
  const excused = rows.filter((r) => !r.checkedAt && r.absence?.excused).length;
  const person = evals.data?.people[0];
  const remarks = (person?.evaluations ?? []).filter((e) => e.flags.length > 0 || e.comment);
  return (
    <Card title={t('mhome.year', { year })} className="section" extra={<Link to="/me">{t('mhome.history')}</Link>} data-testid="member-year">
      {att.isPending ? <Loading rows={2} /> : att.isError ? <InlineError error={att.error} /> : (
        <>
          <Facts items={[
            { label: t('mhome.invited'), value: formatNumber(rows.length) },
            { label: t('mhome.present'), value: formatNumber(present) },
            { label: t('mhome.late'), value: formatNumber(late) },
            { label: t('mhome.excused'), value: formatNumber(excused) },
            { label: t('mhome.absent'), value: formatNumber(rows.length - present - excused) },
          ]} />
          {remarks.length > 0 && (
            <ItemList>
              {remarks.map((e) => (
                <Item key={e.conferenceId} title={e.title} description={[...e.flags.map((f) => t(`eval.flag.${f}` as 'eval.flag.late')), e.comment].filter(Boolean).join(' · ')} />
              ))}
            </ItemList>
          )}
        </>
      )}
    </Card>
  );
}

/** A member's home, on a phone: the next conference and what to study for it, the QR, their questions, their year. */
export function MemberHome({ me }: { me: Me }) {
  const { t } = useI18n();
  const inv = useMyInvitations();
  const now = Date.now();
  const upcoming = (inv.data ?? []).filter((r) => Date.parse(r.endsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <div data-testid="member-home">
      <PageHeader title={t('home.welcome', { name: me.displayName })} sub={me.grants[0]?.orgName} />
      <div className="lt-grid lt-grid-2">
        <div>
          {inv.isPending ? <Card className="section"><Loading rows={3} /></Card> : !inv.data ? <Card className="section"><InlineError error={inv.error} /></Card>
            : upcoming.length === 0 ? <Card title={t('mhome.next')} className="section" data-testid="member-next"><EmptyState description={t('mhome.noNext')} /></Card>
              : <NextConference next={upcoming[0]} later={upcoming.slice(1, 4)} />}
          <MyQrCard me={me} />
        </div>
        <div>
          <MyYear me={me} running={new Set(upcoming.map((u) => u.conferenceId))} />
          <MyQuestions />
        </div>
      </div>
    </div>
  );
}
