import { App, Button, Card, Checkbox, Flex, Input, List, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useRollCall, useRollCallSave, type RollCallMark } from '../../api/attendance';
import { OrgPicker } from '../../components/OrgPicker';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { InvitationStatus } from '../conferences/InvitationStatus';
import { ConferenceBridgePicker, useConferenceBridge } from './ConferenceBridgePicker';

type Mark = { present: boolean; excused: boolean; reason: string };

/** Roll call from the list: tick who is here, the rest absent with or without a reason. */
export default function RollCallPage() {
  const t = useT();
  const { message } = App.useApp();
  const picked = useConferenceBridge();
  const { conferenceId, bridgePointId } = picked;
  const [orgId, setOrgId] = useState<number>();
  const list = useRollCall(conferenceId, { bridgePointId: orgId ? undefined : bridgePointId, orgId }, !!(bridgePointId || orgId));
  const save = useRollCallSave(conferenceId);
  const [marks, setMarks] = useState<Record<number, Mark>>({});
  useEffect(() => {
    setMarks(Object.fromEntries((list.data ?? []).map((r) => [r.personId, { present: r.attended, excused: r.absence?.excused ?? true, reason: r.absence?.reason ?? '' }])));
  }, [list.data]);
  const setMark = (id: number, m: Partial<Mark>) => setMarks((s) => ({ ...s, [id]: { ...s[id], ...m } }));
  const rows = list.data ?? [];

  const submit = () => {
    // Only people not already checked in: a roll call never undoes a scan.
    const body: RollCallMark[] = rows.filter((r) => !r.attended).map((r) => {
      const m = marks[r.personId];
      return m.present ? { personId: r.personId, present: true } : { personId: r.personId, present: false, excused: m.excused, reason: m.reason.trim() || undefined };
    });
    save.mutate(body, { onSuccess: () => message.success(t('roll.saved')), onError: (e) => message.error(e.message) });
  };

  return (
    <div className="checkin-page" data-testid="roll-call-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('roll.title')}</Typography.Title>
      <Card className="section">
        <ConferenceBridgePicker value={picked} />
        <OrgPicker value={orgId} onChange={setOrgId} placeholder={t('roll.byUnit')} />
      </Card>
      {conferenceId > 0 && (bridgePointId || orgId) && (
        <Card>
          {list.isPending ? <Loading /> : list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : rows.length === 0 ? <EmptyState description={t('inv.empty')} /> : (
            <>
              <Button className="filters" onClick={() => rows.forEach((r) => setMark(r.personId, { present: true }))}>{t('roll.allPresent')}</Button>
              <List
                dataSource={rows}
                renderItem={(r) => {
                  const m = marks[r.personId] ?? { present: false, excused: true, reason: '' };
                  return (
                    <List.Item data-testid="roll-call-row">
                      <div style={{ width: '100%' }}>
                        <Flex justify="space-between" align="center" gap={8}>
                          <div><strong>{r.fullName}</strong><div className="org-option-sub">{r.orgName}</div></div>
                          {r.attended ? <InvitationStatus {...r} /> : (
                            <Checkbox checked={m.present} onChange={(e) => setMark(r.personId, { present: e.target.checked })} style={{ transform: 'scale(1.3)' }}>
                              {t('roll.present')}
                            </Checkbox>
                          )}
                        </Flex>
                        {!r.attended && !m.present && (
                          <Flex gap={8} wrap style={{ marginTop: 8 }}>
                            <Radio.Group value={m.excused} onChange={(e) => setMark(r.personId, { excused: e.target.value as boolean })}
                              options={[{ value: true, label: t('inv.absentExcused') }, { value: false, label: t('inv.absentUnexcused') }]} />
                            <Input placeholder={t('common.reason')} value={m.reason} onChange={(e) => setMark(r.personId, { reason: e.target.value })} maxLength={500} />
                          </Flex>
                        )}
                      </div>
                    </List.Item>
                  );
                }}
              />
              <Button type="primary" size="large" block loading={save.isPending} onClick={submit} data-testid="roll-call-save">{t('roll.save')}</Button>
            </>
          )}
        </Card>
      )}
    </div>
  );
}
