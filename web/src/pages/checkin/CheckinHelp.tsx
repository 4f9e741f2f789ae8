import type { ReactNode } from 'react';
import type { ConferenceDetail } from '../../api/conferences';
import { useT } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate, formatDateTime } from '../../lib/format';
import { canAny } from '../../lib/roles';
import type { Roster } from './roster';
import { Alert, ButtonLink } from '../../lite';

/** Check-in opens this long before the start (as the server's OPEN_BEFORE_MS). */
const OPEN_BEFORE_MS = 2 * 3600_000;

function Why({ text, fix, to, type = 'warning' }: { text: string; fix?: string; to?: string; type?: 'warning' | 'info' }) {
  const action: ReactNode = fix && to ? <ButtonLink to={to} variant="primary">{fix}</ButtonLink> : undefined;
  return <Alert type={type} title={text} action={action} className="section checkin-why" data-testid="checkin-why" />;
}

/** Nothing to pick: no conference in the window, with a link to plan one where the user may. */
export function NoConferences({ from, to }: { from: string; to: string }) {
  const t = useT();
  const me = useCurrentUser();
  return <Why text={t('checkin.why.noConferences', { from: formatDate(from), to: formatDate(to) })}
    fix={canAny(me, 'conference.write') ? t('checkin.why.noConferencesFix') : undefined} to="/conferences/new" />;
}

/**
 * What keeps the chosen conference from being checked into here, in words, with the fix where the user may:
 * no bridge point the user records at, no invitations, not open yet, ended, nobody at this point.
 * Null when check-in can go ahead (or no conference is chosen yet).
 */
export function useCheckinBlocker(conf: ConferenceDetail | undefined, bridgePointId?: number, roster?: Roster): ReactNode | null {
  const t = useT();
  if (!conf) return null;
  const page = (tab: string) => `/conferences/${conf.id}?tab=${tab}`;
  const canFix = conf.abilities.update;
  if (!conf.bridgePoints.some((b) => b.abilities.recordAttendance)) {
    return <Why text={t('checkin.why.noPoint')} fix={canFix ? t('checkin.why.noPointFix') : t('checkin.why.openConference')} to={page('bridges')} />;
  }
  if (conf.invitedCount === 0) {
    return <Why text={t('checkin.why.noInvitations')} fix={canFix ? t('checkin.why.invitationsFix') : undefined} to={page('invitations')} />;
  }
  const now = Date.now();
  const start = Date.parse(conf.startsAt);
  if (now < start - OPEN_BEFORE_MS) {
    return <Why type="info" text={t('checkin.why.notStarted', { start: formatDateTime(conf.startsAt), open: formatDateTime(new Date(start - OPEN_BEFORE_MS).toISOString()) })}
      fix={t('checkin.why.openConference')} to={page('overview')} />;
  }
  if (now > Date.parse(conf.endsAt)) {
    return <Why type="info" text={t('checkin.why.ended', { end: formatDateTime(conf.endsAt) })}
      fix={bridgePointId ? t('checkin.rollCall') : undefined} to={`/checkin/roll-call?c=${conf.id}&b=${bridgePointId}`} />;
  }
  if (bridgePointId && roster && roster.bridgePointId === bridgePointId && roster.people.length === 0) {
    return <Why text={t('checkin.why.noInvitationsHere')} fix={canFix ? t('checkin.why.invitationsFix') : undefined} to={page('invitations')} />;
  }
  return null;
}
