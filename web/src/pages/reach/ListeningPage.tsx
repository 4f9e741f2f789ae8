import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, List, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useConferences } from '../../api/conferences';
import { useConferenceParticipation, useListening, useListeningSave, type ListeningList } from '../../api/attendance';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDateTime, formatNumber, todayVn } from '../../lib/format';
import { MethodCounts } from './MethodCounts';

type Row = ListeningList['items'][number];
type Entry = { listened: boolean; note: string };

/** Radio broadcasts are recorded afterwards: from two months back to two months ahead. */
function useRadioConferences() {
  const today = todayVn();
  const list = useConferences({ from: dayjs(today).subtract(60, 'day').format('YYYY-MM-DD'), to: dayjs(today).add(60, 'day').format('YYYY-MM-DD') }, 1, 100);
  const items = (list.data?.items ?? []).filter((c) => c.format === 'radio').sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { list, items };
}

/**
 * The cell secretary's listening record of a radio / loudspeaker conference: the cell's invitees with "listened" and a
 * note, saved in one go. Those already checked in another way are shown, not changed.
 */
const LISTEN_PAGE = 50;

export default function ListeningPage() {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const [sp, setSp] = useSearchParams();
  const conferenceId = Number(sp.get('c')) || 0;
  const orgId = Number(sp.get('o')) || undefined;
  const setParam = (k: string, v?: number) => {
    const next = new URLSearchParams(sp);
    if (v) next.set(k, String(v)); else next.delete(k);
    if (k === 'c') next.delete('o');
    setSp(next, { replace: true });
  };
  const radio = useRadioConferences();
  const list = useListening(conferenceId, orgId);
  const part = useConferenceParticipation(conferenceId);
  const save = useListeningSave(conferenceId);
  const [entries, setEntries] = useState<Record<number, Entry>>({});
  const data = list.data;
  useEffect(() => {
    setEntries(Object.fromEntries((data?.items ?? []).map((r) => [r.personId, { listened: r.method === 'listening', note: r.note ?? '' }])));
  }, [data]);
  const editable = (data?.items ?? []).filter((r) => r.method === null || r.method === 'listening');
  const heard = Object.values(entries).filter((e) => e.listened).length + (data?.counts.otherwise ?? 0);
  const set = (id: number, e: Partial<Entry>) => setEntries((s) => ({ ...s, [id]: { ...(s[id] ?? { listened: false, note: '' }), ...e } }));

  const options = useMemo(() => radio.items.map((c) => ({ value: c.id, label: `${c.title} · ${formatDateTime(c.startsAt)}` })), [radio.items]);
  const submit = () => {
    if (!data) return;
    const body = { orgId: data.orgId, entries: editable.map((r) => ({ personId: r.personId, listened: !!entries[r.personId]?.listened, note: entries[r.personId]?.note.trim() || undefined })) };
    save.mutateAsync(body).then(
      (r) => message.success(t('listen.saved', { added: formatNumber(r.added), removed: formatNumber(r.removed), noted: formatNumber(r.noted) })),
      (e: Error) => message.error(e.message),
    );
  };

  return (
    <div className="checkin-page" data-testid="listening-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('listen.title')}</Typography.Title>
      <Card className="section">
        <Typography.Paragraph type="secondary">{t('listen.help')}</Typography.Paragraph>
        <Form layout="vertical" component="div">
          <Form.Item label={t('listen.conference')} htmlFor="listening-conference" style={{ marginBottom: 12 }}>
            <Select id="listening-conference" size="large" value={conferenceId || undefined} onChange={(v) => setParam('c', v)} options={options} loading={radio.list.isFetching}
              placeholder={t('listen.pickConference')} notFoundContent={t('listen.noConferences')} data-testid="listening-conference" />
          </Form.Item>
          {data && data.units.length > 1 && (
            <Form.Item label={t('listen.unit')} htmlFor="listening-unit" style={{ marginBottom: 12 }}>
              <Select id="listening-unit" allowClear value={orgId} onChange={(v) => setParam('o', v)} placeholder={t('listen.allUnits')} data-testid="listening-unit"
                options={data.units.map((u) => ({ value: u.orgId, label: `${u.orgName} (${formatNumber(u.people)})` }))} />
            </Form.Item>
          )}
        </Form>
        {part.data && <MethodCounts byMethod={part.data.byMethod} />}
      </Card>
      {conferenceId > 0 && (list.isPending ? <Loading /> : list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : !data || data.items.length === 0 ? <EmptyState description={t('listen.empty')} /> : (
        <Card title={data.orgName} styles={{ body: { paddingTop: 0 } }}>
          <Button size="small" style={{ marginTop: 12 }} onClick={() => editable.forEach((r) => set(r.personId, { listened: true }))}>{t('listen.allHeard')}</Button>
          {/* A commune's whole list (hundreds) a page at a time; the ticks of every page are kept until saved. */}
          <List dataSource={data.items} pagination={data.items.length > LISTEN_PAGE ? { pageSize: LISTEN_PAGE, showSizeChanger: false, align: 'center' } : false} renderItem={(r) => <ListenRow r={r} entry={entries[r.personId]} onChange={(e) => set(r.personId, e)} method={(m) => tx('method', m)} />} />
        </Card>
      ))}
      {data && data.items.length > 0 && (
        <div style={{ position: 'sticky', bottom: 0, zIndex: 5, background: '#fff', borderTop: '1px solid #f0f0f0', padding: '10px 12px', marginTop: 12, display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <Typography.Text style={{ flex: '1 1 auto' }} data-testid="listening-summary">
            {t('listen.summary', { listened: formatNumber(heard), invited: formatNumber(data.counts.invited) })}
          </Typography.Text>
          <Button type="primary" onClick={submit} loading={save.isPending} disabled={editable.length === 0} data-testid="listening-save">{t('listen.save')}</Button>
        </div>
      )}
      {radio.list.isSuccess && radio.items.length === 0 && !conferenceId && <Alert type="info" showIcon title={t('listen.noConferences')} />}
    </div>
  );
}

function ListenRow({ r, entry, onChange, method }: { r: Row; entry?: Entry; onChange: (e: Partial<Entry>) => void; method: (m: string) => string }) {
  const t = useI18n().t;
  const other = r.method !== null && r.method !== 'listening';
  return (
    <List.Item data-testid="listening-row">
      <div style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" align="start" gap={8} wrap>
          <div style={{ minWidth: 0 }}><strong>{r.fullName}</strong><div className="org-option-sub">{r.orgName}</div></div>
          {other ? <Tag color="green">{t('listen.otherwise', { method: method(r.method!) })}</Tag> : (
            <Checkbox checked={!!entry?.listened} onChange={(e) => onChange({ listened: e.target.checked })} aria-label={`${t('listen.heard')}: ${r.fullName}`}
              style={{ minHeight: 40, alignItems: 'center' }} data-testid="listening-heard">{t('listen.heard')}</Checkbox>
          )}
        </Flex>
        {!other && entry?.listened && (
          <Input style={{ marginTop: 8 }} placeholder={t('listen.note')} aria-label={`${t('listen.note')}: ${r.fullName}`} value={entry.note}
            onChange={(e) => onChange({ note: e.target.value })} maxLength={500} />
        )}
      </div>
    </List.Item>
  );
}
