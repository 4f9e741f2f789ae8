import { Button, Progress, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ChecklistItem, InspectionRecord } from '../../api/inspections';
import { useI18n } from '../../i18n';
import { formatDate, formatNumber, formatPercent } from '../../lib/format';

type Sections = InspectionRecord['sections'];
type Target = Sections['target_results']['targets'][number];
type Task = Sections['models_solutions']['tasks'][number];

const SHOWN = 5;

/** A list cut at five lines, with a button for the rest: the record beside a finding stays readable at a glance. */
function Facts<T>({ items, render, empty }: { items: T[]; render: (x: T) => ReactNode; empty?: string }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  if (!items.length) return <Typography.Text type="secondary">{empty ?? t('rec.noData')}</Typography.Text>;
  return (
    <>
      <ul className="insp-facts">{(all ? items : items.slice(0, SHOWN)).map((x, n) => <li key={n}>{render(x)}</li>)}</ul>
      {items.length > SHOWN && (
        <Button type="link" size="small" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('common.hideDetails') : `${t('common.details')} (${formatNumber(items.length)})`}
        </Button>
      )}
    </>
  );
}

const TASK_COLOR: Record<string, string> = { done: 'green', in_progress: 'blue', not_started: 'default', overdue: 'red' };
const STUDY_COLOR: Record<string, string> = { overdue: 'red', not_scheduled: 'default', scheduled: 'blue', held_late: 'orange', held_on_time: 'green' };

function TaskLine({ task }: { task: Task }) {
  const { t, tx } = useI18n();
  const status = task.overdue ? 'overdue' : task.status;
  return (
    <>
      <div>{task.title}</div>
      <div className="insp-fact-sub tag-row">
        <Tag color={TASK_COLOR[status]}>{tx('insp.task', status)}</Tag>
        {task.assignedFromAbove && <Tag>{t('rec.fromAbove')}</Tag>}
        <span>{t('rec.deadline', { date: formatDate(task.deadline) })}{task.doneOn ? ` · ${t('rec.doneOn', { date: formatDate(task.doneOn) })}` : ''}</span>
      </div>
    </>
  );
}

function TargetLine({ target }: { target: Target }) {
  const { t } = useI18n();
  const value = (v: number | boolean) => (typeof v === 'boolean' ? t(v ? 'common.yes' : 'common.no') : formatNumber(v, 2));
  // "85 %" reads wrong in Vietnamese: a unit starting with % sticks to the number.
  const unit = !target.unit ? '' : target.unit.startsWith('%') ? target.unit : ` ${target.unit}`;
  return (
    <>
      <Link to={`/programs/${target.programId}`}>{target.indicator}</Link>
      <div className="insp-fact-sub">
        {t('rec.target', { value: value(target.targetValue), unit, date: formatDate(target.deadline) })}
        {' · '}
        {target.current == null ? t('rec.noValue') : t('rec.current', { value: value(target.current), unit, date: formatDate(target.currentAsOf) })}
      </div>
      <div className="tag-row" style={{ width: '100%' }}>
        {target.progress != null && (
          <Progress percent={Math.round(target.progress)} size="small" style={{ flex: 1, minWidth: 120, margin: 0 }}
            status={target.achieved ? 'success' : 'normal'} aria-label={target.indicator} />
        )}
        {target.achieved && <Tag color="green">{t('rec.achieved')}</Tag>}
      </div>
    </>
  );
}

/** The unit's own records for one checklist item, from the system, with links to the records themselves. */
export function RecordFacts({ item, sections }: { item: ChecklistItem; sections: Sections }) {
  const { t, tx } = useI18n();
  switch (item) {
    case 'documents_implementation':
      return (
        <Facts items={sections.documents_implementation.campaigns} render={(c) => (
          <>
            <Link to={`/campaigns/${c.campaignId}`}>{c.title}</Link>
            <div className="insp-fact-sub">{c.organizer}{c.documents.length ? ` · ${c.documents.join(', ')}` : ''} · {tx('tier', c.tier)}</div>
            <div className="insp-fact-sub tag-row">
              <Tag color={STUDY_COLOR[c.status] ?? 'default'}>{tx('board.status', c.status)}</Tag>
              <span>{t('rec.deadline', { date: formatDate(c.deadline) })}</span>
              {c.heldOn && (c.conferenceId
                ? <Link to={`/conferences/${c.conferenceId}`}>{t('rec.heldOn', { date: formatDate(c.heldOn) })}</Link>
                : <span>{t('rec.heldOn', { date: formatDate(c.heldOn) })}</span>)}
              {c.invited > 0 && <span>{t('rec.attended', { attended: c.attended, invited: c.invited })} ({formatPercent(c.attended / c.invited)})</span>}
            </div>
            {(c.unitsBelow > 0 || c.makeups > 0 || c.evaluations > 0) && (
              <div className="insp-fact-sub">
                {[
                  c.unitsBelow > 0 ? t('rec.lateUnits', { late: c.lateUnits, total: c.unitsBelow }) : null,
                  c.makeups > 0 ? t('rec.makeups', { count: c.makeups }) : null,
                  c.evaluations > 0 ? `${t('rec.evaluations', { count: c.evaluations })}${c.evaluationFlags.length ? `: ${c.evaluationFlags.map((f) => `${tx('eval.flag', f.flag)} ${f.count}`).join(', ')}` : ''}` : null,
                ].filter(Boolean).join(' · ')}
              </div>
            )}
          </>
        )} />
      );
    case 'leadership_documents': {
      const s = sections.leadership_documents;
      return (
        <>
          <div className="tag-row" style={{ marginBottom: 4 }}>
            <strong>{t('rec.documents', { count: s.documents.length })}</strong>
            {s.byType.map((b) => <Tag key={b.type}>{tx('docs.type', b.type)}: {formatNumber(b.count)}</Tag>)}
          </div>
          <Facts items={s.documents} render={(d) => (
            <>
              <Link to={`/documents/${d.id}`}><strong>{d.symbol}</strong></Link> — {d.title}
              <div className="insp-fact-sub">{formatDate(d.issuedOn)}</div>
            </>
          )} />
        </>
      );
    }
    case 'action_programs':
      return (
        <Facts items={sections.action_programs.programs} render={(p) => (
          <>
            <Link to={`/programs/${p.id}`}>{p.title}</Link>
            <div className="insp-fact-sub">
              {p.adoptingDocument ? `${p.adoptingDocument} · ` : ''}
              {t('rec.programLine', { date: formatDate(p.adoptedOn), targets: p.targetCount, tasks: p.taskCount })}
              {p.parentProgramId != null && ` · ${t('rec.cascaded')}`}
            </div>
          </>
        )} />
      );
    case 'models_solutions':
      return <Facts items={sections.models_solutions.tasks} render={(task) => <TaskLine task={task} />} />;
    case 'target_results': {
      const s = sections.target_results;
      return (
        <>
          {s.total > 0 && <div style={{ marginBottom: 4 }}><strong>{t('rec.targets', { achieved: s.achieved, total: s.total })}</strong></div>}
          <Facts items={s.targets} render={(x) => <TargetLine target={x} />} />
        </>
      );
    }
    case 'completion_time': {
      const s = sections.completion_time;
      return (
        <ul className="insp-facts">
          <li>{s.tasks.total ? t('rec.taskCounts', { ...s.tasks }) : <Typography.Text type="secondary">{t('rec.noTasks')}</Typography.Text>}</li>
          <li>{t('rec.studyLate', { count: s.studyLate })}</li>
          <li>{s.reports ? t('rec.reports', { ...s.reports }) : <Typography.Text type="secondary">{t('rec.noReports')}</Typography.Text>}</li>
        </ul>
      );
    }
  }
}
