import { BellOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, InputNumber, Select, Space, Switch, Tag, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { reportEvidenceUrl, useReport, useSaveReport, useUploadReportEvidence, type Report } from '../../api/reports';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, PageSpin } from '../../components/States';
import { useT } from '../../i18n';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { ReportStatusTag } from './ReportStatusTag';
import './reports.css';

type Value = number | boolean | null;
interface Draft { narrative: string; values: Record<number, Value>; notes: Record<number, string>; tasks: Record<number, { status?: string; note: string }> }

const TASK_STATUSES = ['not_started', 'in_progress', 'done'] as const;

function draftOf(r: Report): Draft {
  return {
    narrative: r.narrative ?? '',
    values: Object.fromEntries(r.targets.map((x) => [x.id, x.value])),
    notes: Object.fromEntries(r.targets.map((x) => [x.id, x.note ?? ''])),
    tasks: Object.fromEntries(r.tasks.map((x) => [x.id, { status: x.newStatus ?? x.status, note: x.note ?? '' }])),
  };
}

/** The report of one unit for one period: a commune clerk fills it on a phone, top to bottom. */
export default function ReportFormPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const periodId = Number(useParams().id);
  const q = useReport(periodId);
  const save = useSaveReport(periodId);
  const upload = useUploadReportEvidence(periodId);
  const [draft, setDraft] = useState<Draft | null>(null);
  useEffect(() => { if (q.data) setDraft(draftOf(q.data)); }, [q.data]);

  if (q.isLoading || (q.data && !draft)) return <PageSpin />;
  if (q.error || !q.data || !draft) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  const editable = r.canEdit;
  const fields = save.error instanceof ApiError ? save.error.fields ?? {} : {};
  const fieldOf = (prefix: 'values' | 'tasks', id: number, key: string) => {
    const list = prefix === 'values' ? r.targets : r.tasks;
    const i = list.findIndex((x) => x.id === id);
    return fields[`${prefix}.${i}.${key}`];
  };

  const shown = (kind: string, v: Value, unit?: string | null) => (v == null ? '—' : kind === 'boolean' ? t(v ? 'rform.yes' : 'rform.no') : `${formatNumber(v as number)}${unit ? ` ${unit}` : ''}`);
  const body = (submit: boolean) => ({
    narrative: draft.narrative,
    values: r.targets.map((x) => ({ targetId: x.id, value: draft.values[x.id] ?? null, note: draft.notes[x.id] || null })),
    tasks: r.tasks.map((x) => ({ taskId: x.id, status: draft.tasks[x.id]?.status as (typeof TASK_STATUSES)[number] | undefined, note: draft.tasks[x.id]?.note || null })),
    submit,
  });
  const run = async (submit: boolean) => {
    try {
      await save.mutateAsync(body(submit));
      message.success(t(submit ? 'rform.submittedOk' : 'rform.saved'));
    } catch { /* shown above the form */ }
  };
  const submit = () => modal.confirm({
    title: t('rform.submit'), content: t('rform.confirmSubmit', { period: r.period.label }), okText: t('rform.submit'), cancelText: t('common.cancel'),
    okButtonProps: { 'data-testid': 'report-confirm' } as never, onOk: () => run(true),
  });

  return (
    <div className="report-form" data-testid="report-form">
      <PageHeader
        title={t('rform.title', { period: r.period.label })}
        sub={<><Link to={`/programs/${r.program.id}/reports`}>{r.program.title}</Link> · {r.org.name}</>}
        extra={<Space wrap><ReportStatusTag status={r.period.status} />{r.status && <Tag>{t(r.status === 'draft' ? 'reports.draft' : 'reports.submitted')}</Tag>}</Space>}
      />
      <p className="lt-muted">{t('reports.dueOn', { date: formatDate(r.period.dueOn) })}
        {r.submittedAt && <> · {t('reports.submittedAt', { at: formatDateTime(r.submittedAt), by: r.submittedBy ?? '' })}</>}
        {r.revision > 1 && <> · {t('reports.corrected', { count: r.revision - 1 })}</>}</p>

      {r.reminders.length > 0 && (
        <Alert type="warning" showIcon icon={<BellOutlined />} className="report-block" data-testid="report-reminders"
          message={t('rform.reminders')}
          description={<ul className="plain-list">{r.reminders.map((m) => (
            <li key={m.id}><strong>{m.message}</strong><br /><span className="lt-muted">{t('rform.reminderFrom', { org: m.fromOrg ?? m.sentBy ?? '', at: formatDateTime(m.sentAt) })}</span></li>
          ))}</ul>} />
      )}
      {!editable && <Alert type="info" className="report-block" message={t('rform.readOnly')} />}
      {editable && r.status === 'submitted' && <Alert type="info" className="report-block" message={t('rform.correctHint')} />}
      <FormError error={save.error} />

      <Card title={t('rform.targets')} size="small" className="report-block">
        {r.targets.length === 0 ? <EmptyState description={t('rform.noTargets')} /> : r.targets.map((x) => {
          const err = fieldOf('values', x.id, 'value') ?? fieldOf('values', x.id, 'targetId') ?? fieldOf('values', x.id, 'asOf');
          const v = draft.values[x.id];
          const set = (value: Value) => setDraft({ ...draft, values: { ...draft.values, [x.id]: value } });
          return (
            <div key={x.id} className="report-row" data-testid={`report-target-${x.id}`}>
              <div className="report-row-title">{x.indicator}{x.unit ? ` (${x.unit})` : ''}</div>
              <div className="lt-muted">
                {x.lastValue == null ? t('rform.lastNone') : t('rform.last', { value: shown(x.kind, x.lastValue, x.unit), date: formatDate(x.lastAsOf) })}
                {' · '}{t('rform.target', { value: shown(x.kind, x.targetValue, x.unit) })} · {formatDate(x.deadline)}
              </div>
              <div className="report-input">
                {x.kind === 'boolean' ? (
                  <Space><Switch checked={v === true} disabled={!editable} onChange={(c) => set(c)} aria-label={x.indicator} data-testid="report-value" />
                    <span>{v == null ? '—' : t(v ? 'rform.yes' : 'rform.no')}</span></Space>
                ) : (
                  <InputNumber value={typeof v === 'number' ? v : null} disabled={!editable} aria-label={`${t('rform.value')}: ${x.indicator}`}
                    min={x.kind === 'percentage' || x.kind === 'units_meeting' ? 0 : undefined} max={x.kind === 'percentage' ? 100 : undefined}
                    step={x.kind === 'units_meeting' ? 1 : undefined} addonAfter={x.unit ?? undefined} inputMode="decimal"
                    onChange={(n) => set(n == null ? null : Number(n))} className="report-number" status={err ? 'error' : undefined} data-testid="report-value" />
                )}
              </div>
              {err && <div className="report-error" role="alert">{err}</div>}
            </div>
          );
        })}
      </Card>

      <Card title={t('rform.tasks')} size="small" className="report-block">
        {r.tasks.length === 0 ? <EmptyState description={t('rform.noTasks')} /> : r.tasks.map((x) => {
          const e = draft.tasks[x.id] ?? { note: '' };
          const set = (patch: Partial<typeof e>) => setDraft({ ...draft, tasks: { ...draft.tasks, [x.id]: { ...e, ...patch } } });
          const err = fieldOf('tasks', x.id, 'taskId');
          return (
            <div key={x.id} className="report-row" data-testid={`report-task-${x.id}`}>
              <div className="report-row-title">{x.title} {x.assignedFromAbove && <Tag>{t('rform.fromAbove')}</Tag>}{x.overdue && <Tag color="red">{t('rform.overdue')}</Tag>}</div>
              <div className="lt-muted">{formatDate(x.deadline)}</div>
              <Select value={e.status} disabled={!editable} aria-label={`${t('rform.taskStatus')}: ${x.title}`} className="report-select"
                options={TASK_STATUSES.map((s) => ({ value: s, label: t(`rform.task.${s}`) }))} onChange={(s) => set({ status: s })} data-testid="report-task-status" />
              <Input.TextArea value={e.note} disabled={!editable} placeholder={t('rform.taskNote')} aria-label={`${t('rform.taskNote')}: ${x.title}`}
                autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} onChange={(ev) => set({ note: ev.target.value })} data-testid="report-task-note" />
              {err && <div className="report-error" role="alert">{err}</div>}
            </div>
          );
        })}
      </Card>

      <Card title={t('rform.narrative')} size="small" className="report-block">
        <Input.TextArea value={draft.narrative} disabled={!editable} placeholder={t('rform.narrativeHint')} aria-label={t('rform.narrative')}
          autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} showCount onChange={(ev) => setDraft({ ...draft, narrative: ev.target.value })}
          data-testid="report-narrative" />
      </Card>

      <Card title={t('rform.evidence')} size="small" className="report-block">
        <ul className="plain-list">{r.evidence.map((e) => (
          <li key={e.id}><PaperClipOutlined /> <a href={reportEvidenceUrl(e.id)} target="_blank" rel="noreferrer">{e.filename}</a></li>
        ))}</ul>
        {editable && (
          <Upload showUploadList={false} customRequest={({ file }) => {
            upload.mutateAsync(file as File).catch((err: Error) => message.error(err.message));
          }}>
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="report-upload">{t('rform.upload')}</Button>
          </Upload>
        )}
      </Card>

      {editable && (
        <div className="report-actions">
          {r.status !== 'submitted' && <Button onClick={() => void run(false)} loading={save.isPending && !save.variables?.submit} data-testid="report-save">{t('rform.saveDraft')}</Button>}
          <Button type="primary" onClick={submit} loading={save.isPending && !!save.variables?.submit} data-testid="report-submit">
            {t(r.status === 'submitted' ? 'rform.resubmit' : 'rform.submit')}
          </Button>
        </div>
      )}
    </div>
  );
}
