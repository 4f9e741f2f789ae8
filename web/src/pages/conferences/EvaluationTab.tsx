import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Input, List, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ConferenceDetail } from '../../api/conferences';
import {
  FLAGS, PERSON_FLAGS, useEvaluations, useSaveEvaluations, useSuggestions, type Evaluation, type EvaluationInput, type Flag,
} from '../../api/evaluations';
import { ApiError } from '../../api/client';
import { usePerson } from '../../api/people';
import { PersonPicker } from '../../components/PersonPicker';
import { EmptyState, ErrorState, InlineError, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatNumber } from '../../lib/format';

interface Draft { flags: Flag[]; comment: string }
type Drafts = Record<string, Draft>;
const keyOf = (e: { orgId?: number | null; personId?: number | null }) => (e.orgId ? `o${e.orgId}` : `p${e.personId}`);

/** One evaluated target: its facts, the flags to tick (pre-ticked from the suggestion) and a comment. */
function Row({ k, title, facts, flags, drafts, setDraft, disabled, suggested }: {
  k: string; title: ReactNode; facts: ReactNode; flags: readonly Flag[]; drafts: Drafts; suggested: Flag[];
  setDraft: (k: string, d: Draft) => void; disabled: boolean;
}) {
  const { t, tx } = useI18n();
  const d = drafts[k] ?? { flags: [], comment: '' };
  return (
    <List.Item data-testid={`evaluation-row-${k}`}>
      <div style={{ width: '100%' }}>
        <Flex justify="space-between" wrap gap={8}>
          <div><strong>{title}</strong><div className="org-option-sub">{facts}</div></div>
          <Checkbox.Group value={d.flags} disabled={disabled} onChange={(v) => setDraft(k, { ...d, flags: v as Flag[] })}
            options={flags.map((f) => ({
              value: f,
              label: <span data-testid={`flag-${k}-${f}`}>{tx('eval.flag', f)}{suggested.includes(f) && <Tag color="gold" style={{ marginLeft: 4 }}>{t('eval.suggested')}</Tag>}</span>,
            }))} />
        </Flex>
        <Input.TextArea
          value={d.comment} disabled={disabled} maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} style={{ marginTop: 8 }}
          placeholder={t('eval.commentPlaceholder')} aria-label={t('eval.comment')} data-testid={`comment-${k}`}
          onChange={(e) => setDraft(k, { ...d, comment: e.target.value })}
        />
      </div>
    </List.Item>
  );
}

/** A person added by hand: their name comes from the people register. */
function PersonName({ id, label }: { id: number; label: string }) {
  const { t } = useI18n();
  const p = usePerson(label.startsWith('#') ? id : 0);
  // '#…' only marks a person picked here whose name is still loading: never shown as such.
  return <>{p.data ? `${p.data.fullName} · ${p.data.orgName}` : label.startsWith('#') ? t('common.loading') : label}</>;
}

/** The server's message and, for a rejected list, each item's problem. */
function SaveError({ error }: { error: unknown }) {
  if (!error) return null;
  const fields = error instanceof ApiError && error.fields ? Object.values(error.fields) : [];
  return <><InlineError error={error} />{fields.map((f, i) => <Typography.Text key={i} type="danger" style={{ display: 'block' }}>{f}</Typography.Text>)}</>;
}

/** After the conference: suggestions computed from attendance, accepted by ticking, with comments; saved in one request. */
export function EvaluationTab({ conf }: { conf: ConferenceDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const sug = useSuggestions(conf.id);
  const saved = useEvaluations(conf.id);
  const save = useSaveEvaluations(conf.id);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [extra, setExtra] = useState<{ personId: number; label: string }[]>([]);
  const canWrite = conf.abilities.evaluate;

  // Start from what was saved; where nothing was saved yet, from the computed suggestion.
  useEffect(() => {
    if (!sug.data || !saved.data) return;
    const next: Drafts = {};
    for (const u of sug.data.units) next[`o${u.orgId}`] = { flags: u.suggestedFlags, comment: '' };
    for (const p of sug.data.people) next[`p${p.personId}`] = { flags: p.suggestedFlags, comment: '' };
    for (const e of saved.data) next[keyOf(e)] = { flags: e.flags, comment: e.comment ?? '' };
    setDrafts(next);
  }, [sug.data, saved.data]);

  const otherPeople = useMemo(() => {
    const known = new Set(sug.data?.people.map((p) => p.personId));
    const fromSaved = (saved.data ?? []).filter((e: Evaluation) => e.personId && !known.has(e.personId))
      .map((e) => ({ personId: e.personId!, label: `${e.fullName} · ${e.personOrgName}` }));
    return [...fromSaved, ...extra.filter((x) => !known.has(x.personId) && !fromSaved.some((s) => s.personId === x.personId))];
  }, [sug.data, saved.data, extra]);

  if (sug.isPending || saved.isPending) return <Loading />;
  if (sug.isError) return <ErrorState error={sug.error} onRetry={() => sug.refetch()} />;
  if (saved.isError) return <ErrorState error={saved.error} onRetry={() => saved.refetch()} />;
  const { units, ended } = sug.data;
  // Until the conference ends, those not yet arrived are not absentees: list only the late ones.
  const people = ended ? sug.data.people : sug.data.people.filter((p) => p.lateMinutes > 0);
  const setDraft = (k: string, d: Draft) => setDrafts((s) => ({ ...s, [k]: d }));

  const onSave = () => {
    const items: EvaluationInput[] = Object.entries(drafts).map(([k, d]) => ({
      ...(k.startsWith('o') ? { orgId: Number(k.slice(1)) } : { personId: Number(k.slice(1)) }),
      flags: d.flags,
      comment: d.comment.trim() || null,
    }));
    if (!items.length) return;
    save.mutate(items, { onSuccess: (r) => void message.success(t('eval.saved', { created: r.created, updated: r.updated, deleted: r.deleted })) });
  };

  const n = formatNumber;
  return (
    <div data-testid="evaluation-tab">
      {!ended && <Alert type="warning" showIcon title={t('eval.notEnded')} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{canWrite ? t('eval.suggestedHint') : t('eval.readOnly')}</Typography.Paragraph>
      <div data-testid="evaluation-suggestions">
        <h4>{t('eval.units')} ({units.length})</h4>
        <List
          size="small" bordered dataSource={units} locale={{ emptyText: <EmptyState description={t('eval.noUnits')} /> }}
          renderItem={(u) => (
            <Row k={`o${u.orgId}`} title={u.orgName} drafts={drafts} setDraft={setDraft} disabled={!canWrite} flags={FLAGS} suggested={u.suggestedFlags}
              facts={`${t('eval.invited')} ${n(u.invited)} · ${t('eval.attended')} ${n(u.attended)} · ${t('eval.late')} ${n(u.late)} · ${t('eval.absentExcused')} ${n(u.absentExcused)} · ${t('eval.absentUnexcused')} ${n(u.absentUnexcused)}`} />
          )}
        />
        <h4 style={{ marginTop: 16 }}>{t('eval.people')} ({people.length + otherPeople.length})</h4>
        <List
          size="small" bordered dataSource={people} locale={{ emptyText: <EmptyState description={t('eval.noPeople')} /> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
          renderItem={(p) => (
            <Row k={`p${p.personId}`} title={p.fullName} drafts={drafts} setDraft={setDraft} disabled={!canWrite} flags={PERSON_FLAGS} suggested={p.suggestedFlags}
              facts={<>{p.orgName} · {p.lateMinutes > 0
                ? <Tag color="orange">{t('eval.lateMinutes', { minutes: p.lateMinutes })}</Tag>
                : <Tag color="red">{t('eval.absentNoExcuse')}</Tag>}</>} />
          )}
        />
        {otherPeople.length > 0 && (
          <List size="small" bordered style={{ marginTop: 8 }} dataSource={otherPeople} renderItem={(p) => (
            <Row k={`p${p.personId}`} title={<PersonName id={p.personId} label={p.label} />} facts={null} drafts={drafts} setDraft={setDraft} disabled={!canWrite} flags={PERSON_FLAGS} suggested={[]} />
          )} />
        )}
      </div>
      {canWrite && (
        <>
          <div style={{ maxWidth: 420, marginTop: 12 }}>
            <PersonPicker placeholder={t('eval.addPersonHint')} value={null} onChange={(v) => {
              if (typeof v !== 'number') return;
              setExtra((s) => [...s, { personId: v, label: `#${v}` }]);
              setDraft(`p${v}`, { flags: [], comment: '' });
            }} />
            <Typography.Text type="secondary">{t('eval.addPerson')}</Typography.Text>
          </div>
          <div style={{ marginTop: 12 }}><SaveError error={save.error} /></div>
          <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={onSave} style={{ marginTop: 12 }} data-testid="evaluation-save">
            {t('eval.save')}
          </Button>
        </>
      )}
    </div>
  );
}
