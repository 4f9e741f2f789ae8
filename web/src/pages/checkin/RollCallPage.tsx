import { App, Button, Card, Flex, Input, List, Pagination, Radio, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMarkRestAbsent, useRollCall, useRollCallSave, type RollCallMark, type RollCallRow, type RollStatus } from '../../api/attendance';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDebounced } from '../../lib/hooks';
import { formatNumber } from '../../lib/format';
import { InvitationStatus } from '../conferences/InvitationStatus';
import { ConferenceBridgePicker, useConferenceBridge } from './ConferenceBridgePicker';
import { ExportButton } from '../../components/ExportButton';

type Choice = Exclude<RollStatus, 'not_marked'>;
/** A change not saved yet; `was` is the status the server gave, to count who is still not marked. */
type Mark = { choice: Choice; reason: string; was: RollStatus };

const toMark = (personId: number, m: Mark): RollCallMark =>
  m.choice === 'present' ? { personId, present: true }
    : { personId, present: false, excused: m.choice === 'absent_excused', reason: m.reason.trim() || undefined };

/**
 * Roll call from the list: each person is present, absent with or without a reason, or not marked yet (never
 * excused by default). Server-paged, filtered by cell and status; the save stays at the bottom of the screen.
 */
export default function RollCallPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const picked = useConferenceBridge();
  const { conferenceId, bridgePointId } = picked;
  const [orgId, setOrgId] = useState<number>();
  const [status, setStatus] = useState<RollStatus>();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [marks, setMarks] = useState<Record<number, Mark>>({});
  const filter = { bridgePointId, orgId, status, q: q || undefined, page, pageSize };
  const list = useRollCall(conferenceId, filter, !!bridgePointId);
  const save = useRollCallSave(conferenceId);
  const rest = useMarkRestAbsent(conferenceId);
  // Another conference or point: start afresh.
  useEffect(() => { setMarks({}); setOrgId(undefined); setPage(1); }, [conferenceId, bridgePointId]);

  const data = list.data;
  const rows = data?.items ?? [];
  const pending = Object.entries(marks).map(([id, m]) => toMark(Number(id), m));
  const notMarked = Math.max(0, (data?.counts.not_marked ?? 0) - Object.values(marks).filter((m) => m.was === 'not_marked').length);
  const setMark = (r: RollCallRow, m: Partial<Mark>) => setMarks((s) => {
    const old = s[r.personId] ?? { choice: 'present', reason: r.absence?.reason ?? '', was: r.status };
    return { ...s, [r.personId]: { ...old, ...m } };
  });
  const refilter = <T,>(set: (v: T) => void) => (v: T) => { set(v); setPage(1); };

  const saveMarks = async () => {
    if (pending.length) await save.mutateAsync(pending);
    setMarks({});
  };
  const submit = () => {
    if (!pending.length) return void message.info(t('roll.nothingToSave'));
    saveMarks().then(() => message.success(t('roll.saved')), (e: Error) => message.error(e.message));
  };
  const markRest = () => modal.confirm({
    title: t('roll.restTitle'),
    content: <>{t('roll.restConfirm', { n: formatNumber(notMarked) })}{pending.length > 0 && <div style={{ marginTop: 8 }}>{t('roll.restUnsaved')}</div>}</>,
    okText: t('roll.restOk'),
    okButtonProps: { danger: true, ...({ 'data-testid': 'roll-call-rest-ok' } as object) },
    cancelText: t('common.cancel'),
    onOk: async () => {
      try {
        await saveMarks();
        const r = await rest.mutateAsync({ bridgePointId, orgId });
        message.success(t('roll.restDone', { n: formatNumber(r.absent) }));
      } catch (e) {
        message.error((e as Error).message);
      }
    },
  });

  const statusOptions = (['not_marked', 'present', 'absent_excused', 'absent_unexcused'] as RollStatus[]).map((s) => ({
    value: s, label: `${s === 'not_marked' ? t('roll.notMarked') : s === 'present' ? t('roll.present') : t(s === 'absent_excused' ? 'inv.absentExcused' : 'inv.absentUnexcused')} (${formatNumber(data?.counts[s] ?? 0)})`,
  }));

  return (
    <div className="checkin-page" data-testid="roll-call-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('roll.title')}</Typography.Title>
      <Card className="section">
        <ConferenceBridgePicker value={picked} />
      </Card>
      {conferenceId > 0 && !bridgePointId && <EmptyState description={t('roll.pick')} />}
      {conferenceId > 0 && !!bridgePointId && (
        <Card styles={{ body: { paddingBottom: 0 } }}>
          <Flex vertical gap={8} className="filters">
            <Select allowClear showSearch optionFilterProp="label" value={orgId} onChange={refilter(setOrgId)} placeholder={t('roll.filterCell')} aria-label={t('roll.filterCell')}
              options={(data?.units ?? []).map((u) => ({ value: u.orgId, label: `${u.orgName} (${formatNumber(u.people)})` }))} data-testid="roll-call-cell" />
            <Flex gap={8}>
              <Select allowClear value={status} onChange={refilter(setStatus)} placeholder={t('roll.statusAll')} aria-label={t('inv.status')} options={statusOptions}
                style={{ flex: 1, minWidth: 0 }} data-testid="roll-call-status" />
              <SearchBox value={text} onChange={refilter(setText)} placeholder={t('roll.search')} testId="roll-call-search" style={{ flex: 1, minWidth: 0 }} />
            </Flex>
            <div>
              <ExportButton path={`/conferences/${conferenceId}/roll-call/export.xlsx`} query={{ bridgePointId, orgId, status, q: q || undefined }} testId="roll-call-export" />
            </div>
          </Flex>
          {list.isPending ? <Loading /> : list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : rows.length === 0 ? <EmptyState description={t('inv.empty')} /> : (
            <>
              <Button size="small" onClick={() => rows.filter((r) => !r.attended).forEach((r) => setMark(r, { choice: 'present' }))}>{t('roll.pageAllPresent')}</Button>
              <List
                dataSource={rows}
                renderItem={(r) => <RollRow r={r} mark={marks[r.personId]} onMark={(m) => setMark(r, m)} />}
              />
              <Flex justify="center" style={{ padding: '8px 0' }}>
                <Pagination size="small" current={page} pageSize={pageSize} total={data?.total ?? 0} showSizeChanger={false}
                  showTotal={(n) => t('common.total', { total: formatNumber(n) })} onChange={(p, s) => { setPage(p); setPageSize(s); }} />
              </Flex>
            </>
          )}
        </Card>
      )}
      {conferenceId > 0 && !!bridgePointId && data && (
        <div data-testid="roll-call-footer" style={{
          position: 'sticky', bottom: 0, zIndex: 5, background: '#fff', borderTop: '1px solid #f0f0f0', boxShadow: '0 -2px 8px rgba(0,0,0,0.06)',
          padding: '10px 12px', marginTop: 12, display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center',
        }}>
          <Typography.Text type="secondary" style={{ flex: '1 1 100%', fontSize: '0.8125rem' }} data-testid="roll-call-summary">
            {pending.length ? t('roll.pending', { n: formatNumber(pending.length) }) + ' · ' : ''}
            {t('roll.present')}: {formatNumber(data.counts.present)} · {t('roll.notMarked')}: {formatNumber(notMarked)}
          </Typography.Text>
          <Button onClick={markRest} disabled={notMarked === 0} loading={rest.isPending} style={footerButton} data-testid="roll-call-rest">
            {t('roll.rest')}
          </Button>
          <Button type="primary" onClick={submit} loading={save.isPending} style={footerButton} data-testid="roll-call-save">
            {t('roll.save')}{pending.length ? ` (${formatNumber(pending.length)})` : ''}
          </Button>
        </div>
      )}
    </div>
  );
}

// Big enough for a thumb, and a long label wraps inside its button on a phone instead of spilling out.
const choiceStyle: React.CSSProperties = { flex: 1, textAlign: 'center', height: 'auto', minHeight: 40, lineHeight: 1.25, padding: '8px 4px', whiteSpace: 'normal', display: 'flex', alignItems: 'center', justifyContent: 'center' };
const footerButton: React.CSSProperties = { flex: '1 1 0', minWidth: 0, height: 'auto', minHeight: 40, whiteSpace: 'normal', lineHeight: 1.25, padding: '6px 8px' };

function RollRow({ r, mark, onMark }: { r: RollCallRow; mark?: Mark; onMark: (m: Partial<Mark>) => void }) {
  const t = useT();
  const choice = mark?.choice ?? (r.status === 'not_marked' ? undefined : r.status);
  const absent = choice === 'absent_excused' || choice === 'absent_unexcused';
  return (
    <List.Item data-testid="roll-call-row">
      <div style={{ width: '100%' }}>
        <Flex justify="space-between" align="start" gap={8} wrap>
          <div style={{ minWidth: 0 }}><strong>{r.fullName}</strong><div className="org-option-sub">{r.orgName}</div></div>
          {r.attended ? <InvitationStatus {...r} /> : !choice ? <Tag data-testid="roll-call-not-marked">{t('roll.notMarked')}</Tag> : mark && <Tag color="blue">{t('roll.unsaved')}</Tag>}
        </Flex>
        {!r.attended && (
          <Radio.Group size="middle" optionType="button" buttonStyle="solid" value={choice} onChange={(e) => onMark({ choice: e.target.value as Choice })}
            style={{ marginTop: 8, display: 'flex' }} aria-label={r.fullName}
            options={[
              { value: 'present', label: t('roll.present'), style: choiceStyle },
              { value: 'absent_excused', label: t('inv.absentExcused'), style: choiceStyle },
              { value: 'absent_unexcused', label: t('inv.absentUnexcused'), style: choiceStyle },
            ]} />
        )}
        {!r.attended && absent && (
          <Input style={{ marginTop: 8 }} placeholder={t('roll.reasonPlaceholder')} aria-label={`${r.fullName}: ${t('roll.reasonPlaceholder')}`} value={mark?.reason ?? r.absence?.reason ?? ''}
            onChange={(e) => onMark({ choice, reason: e.target.value })} maxLength={500} />
        )}
      </div>
    </List.Item>
  );
}
