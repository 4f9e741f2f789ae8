import { Form, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useConference, useConferences, type ConferenceDetail, type ConferenceItem } from '../../api/conferences';
import { useT } from '../../i18n';
import { formatDateTime, formatTime, todayVn } from '../../lib/format';
import { NoConferences } from './CheckinHelp';

const dayOf = (iso: string) => formatDateTime(iso, false);

/** Today's conferences first (soonest first), then the coming ones, then the recent past. */
export function sortForCheckin(items: ConferenceItem[]): ConferenceItem[] {
  const today = formatDateTime(new Date().toISOString(), false);
  const now = Date.now();
  const rank = (c: ConferenceItem) => (dayOf(c.startsAt) === today || (Date.parse(c.startsAt) <= now && Date.parse(c.endsAt) >= now) ? 0 : Date.parse(c.startsAt) > now ? 1 : 2);
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

export function ConferenceBridgePicker({ value }: { value: ReturnType<typeof useConferenceBridge> }) {
  const t = useT();
  const { from, to } = checkinWindow();
  const list = useConferences({ from, to }, 1, 100);
  const options = useMemo(() => sortForCheckin(list.data?.items ?? []).map((c) => ({
    value: c.id,
    label: (
      <div style={{ whiteSpace: 'normal', lineHeight: 1.3, padding: '4px 0' }}>
        <div>{dayOf(c.startsAt) === formatDateTime(new Date().toISOString(), false) && <Tag color="red">{t('checkin.today')}</Tag>}<strong>{c.title}</strong></div>
        <div className="org-option-sub">{formatDateTime(c.startsAt)}–{formatTime(c.endsAt)} · {c.orgName}</div>
      </div>
    ),
    title: c.title,
  })), [list.data, t]);
  const { conferenceId, bridgePointId, conf, set } = value;
  if (list.isSuccess && list.data.items.length === 0 && !conferenceId) return <NoConferences from={from} to={to} />;
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('checkin.conference')} htmlFor="checkin-conference" style={{ marginBottom: 12 }}>
        <Select id="checkin-conference" size="large" value={conferenceId || undefined} onChange={(c) => set(c)} options={options} loading={list.isFetching}
          placeholder={t('checkin.pickConference')} notFoundContent={t('checkin.noConferences')} data-testid="checkin-conference"
          optionLabelProp="title" listHeight={400} />
      </Form.Item>
      <Form.Item label={t('checkin.bridgePoint')} htmlFor="checkin-bridge" style={{ marginBottom: 12 }}>
        <Select id="checkin-bridge" size="large" value={bridgePointId} onChange={(b) => set(conferenceId, b)} disabled={!conf} placeholder={t('checkin.pickBridgePoint')}
          options={(conf?.bridgePoints ?? []).filter((b) => b.abilities.recordAttendance).map((b) => ({ value: b.id, label: b.name }))} data-testid="checkin-bridge" />
      </Form.Item>
    </Form>
  );
}
