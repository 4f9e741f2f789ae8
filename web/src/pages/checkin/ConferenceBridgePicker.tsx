import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useConference, useConferences, type ConferenceDetail, type ConferenceItem } from '../../api/conferences';
import { useT } from '../../i18n';
import { formatDateTime, formatTime, todayVn } from '../../lib/format';
import { SelectField, type Option } from '../../lite';
import { NoConferences } from './CheckinHelp';

const dayOf = (iso: string) => formatDateTime(iso, false);

/** 0: today's or running now, 1: coming, 2: the recent past. */
function rankOf(c: ConferenceItem, today: string, now: number): 0 | 1 | 2 {
  return dayOf(c.startsAt) === today || (Date.parse(c.startsAt) <= now && Date.parse(c.endsAt) >= now) ? 0 : Date.parse(c.startsAt) > now ? 1 : 2;
}

/** Today's conferences first (soonest first), then the coming ones, then the recent past. */
export function sortForCheckin(items: ConferenceItem[]): ConferenceItem[] {
  const today = formatDateTime(new Date().toISOString(), false);
  const now = Date.now();
  const rank = (c: ConferenceItem) => rankOf(c, today, now);
  return [...items].sort((a, b) => rank(a) - rank(b) || (rank(a) === 2 ? b.startsAt.localeCompare(a.startsAt) : a.startsAt.localeCompare(b.startsAt)));
}

/** Conference and bridge point, kept in the URL (?c=&b=) so a reload on the phone keeps them. */
export function useConferenceBridge() {
  const [sp, setSp] = useSearchParams();
  const conferenceId = Number(sp.get('c')) || 0;
  const bridgePointId = Number(sp.get('b')) || undefined;
  const conf = useConference(conferenceId);
  const set = (c: number | undefined, b?: number) => {
    const next = new URLSearchParams(sp);
    if (c) next.set('c', String(c)); else next.delete('c');
    if (b) next.set('b', String(b)); else next.delete('b');
    setSp(next, { replace: true });
  };
  // A single bridge point the user records at (an in-person conference, a commune's own point) needs no choosing.
  const mine = (conf.data?.bridgePoints ?? []).filter((b) => b.abilities.recordAttendance);
  const only = mine.length === 1 ? mine[0].id : undefined;
  useEffect(() => {
    if (only && !bridgePointId) set(conferenceId, only);
  }, [only, bridgePointId]); // eslint-disable-line react-hooks/exhaustive-deps
  return { conferenceId, bridgePointId, conf: conf.data as ConferenceDetail | undefined, confQuery: conf, set };
}

/** The window of conferences offered for check-in: from two days ago to two months ahead. */
export function checkinWindow() {
  const today = todayVn();
  return { from: dayjs(today).subtract(2, 'day').format('YYYY-MM-DD'), to: dayjs(today).add(60, 'day').format('YYYY-MM-DD') };
}

/**
 * The phone's own pickers (native <select>): the conferences grouped as today, coming, past, each named with its
 * time and organizer; then the bridge points the user records at.
 */
export function ConferenceBridgePicker({ value }: { value: ReturnType<typeof useConferenceBridge> }) {
  const t = useT();
  const { from, to } = checkinWindow();
  const list = useConferences({ from, to }, 1, 100);
  const { conferenceId, bridgePointId, conf, set } = value;
  const options = useMemo(() => {
    const today = formatDateTime(new Date().toISOString(), false);
    const now = Date.now();
    const group = [t('checkin.today'), t('checkin.groupComing'), t('checkin.groupPast')];
    const items = sortForCheckin(list.data?.items ?? []);
    const opts: Option[] = items.map((c) => ({
      value: String(c.id), group: group[rankOf(c, today, now)],
      label: `${c.title} · ${formatDateTime(c.startsAt)}–${formatTime(c.endsAt)} · ${c.orgName}`,
    }));
    // A conference opened by its link (?c=) outside the window is still shown by its title.
    if (conf && !items.some((c) => c.id === conf.id)) opts.unshift({ value: String(conf.id), label: conf.title });
    return opts;
  }, [list.data, conf, t]);
  if (list.isSuccess && list.data.items.length === 0 && !conferenceId) return <NoConferences from={from} to={to} />;
  const points = (conf?.bridgePoints ?? []).filter((b) => b.abilities.recordAttendance);
  return (
    <div className="checkin-picker">
      <SelectField id="checkin-conference" size="lg" label={t('checkin.conference')} value={conferenceId ? String(conferenceId) : ''}
        onChange={(e) => set(Number(e.target.value) || undefined)} options={options} placeholder={t('checkin.pickConference')}
        aria-busy={list.isFetching || undefined} data-testid="checkin-conference" />
      <SelectField id="checkin-bridge" size="lg" label={t('checkin.bridgePoint')} value={bridgePointId ? String(bridgePointId) : ''}
        onChange={(e) => set(conferenceId, Number(e.target.value) || undefined)} disabled={!conf} placeholder={t('checkin.pickBridgePoint')}
        options={points.map((b) => ({ value: String(b.id), label: b.name }))} data-testid="checkin-bridge" />
    </div>
  );
}
