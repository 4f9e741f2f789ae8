import { BranchesOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Descriptions, Flex, Grid, List, Popconfirm, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { oneOf } from '../../api/contract';
import { TASK_FILTERS, useProgram, useUpdateProgram, type ProgramDetail } from '../../api/programs';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate, formatNumber } from '../../lib/format';
import { grantFor } from '../../lib/roles';
import { CascadeModal } from './CascadeModal';
import { TargetDrawer } from './TargetDrawer';
import { TargetsPanel } from './TargetsPanel';
import { TaskDrawer } from './TaskDrawer';
import { TaskFormModal } from './TaskFormModal';
import { TasksTable } from './TasksTable';
import { TaskStatusFilter } from './TaskStatusFilter';

function Facts({ p }: { p: ProgramDetail }) {
  const { t, tx } = useI18n();
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <Card className="section" data-testid="program-facts">
      <Descriptions size="small" column={wide ? 2 : 1} items={[
        { key: 'unit', label: t('programs.unit'), children: p.orgName },
        { key: 'status', label: t('programs.status'), children: <Tag color={p.status === 'active' ? 'processing' : 'default'}>{tx('program.status', p.status)}</Tag> },
        { key: 'adopted', label: t('programs.adoptedOn'), children: formatDate(p.adoptedOn) },
        {
          key: 'doc', label: t('programs.adoptingDocument'),
          children: p.adoptingDocument ? <Link to={`/documents/${p.adoptingDocument.id}`}><strong>{p.adoptingDocument.symbol}</strong></Link> : t('programs.noDocument'),
        },
        { key: 'period', label: t('programs.period'), children: `${formatDate(p.periodFrom)} – ${formatDate(p.periodTo)}` },
        ...(p.parentProgram ? [{
          key: 'parent', label: t('programs.parent'),
          children: <Link to={`/programs/${p.parentProgram.id}`} data-testid="parent-program">{p.parentProgram.orgName} · {p.parentProgram.title}</Link>,
        }] : []),
        {
          key: 'docs', label: t('programs.documents'), span: wide ? 2 : 1,
          children: (
            <List size="small" split={false} dataSource={p.documents} renderItem={(d) => (
              <List.Item style={{ padding: '2px 0' }}><Link to={`/documents/${d.id}`}><strong>{d.symbol}</strong> — {d.title}</Link></List.Item>
            )} />
          ),
        },
      ]} />
    </Card>
  );
}

function TasksTab({ p }: { p: ProgramDetail }) {
  const { t } = useI18n();
  const [sp, setSp] = useSearchParams();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [adding, setAdding] = useState(false);
  const setTask = (id?: number) => { const next = new URLSearchParams(sp); if (id) next.set('task', String(id)); else next.delete('task'); setSp(next, { replace: true }); };
  return (
    <div data-testid="program-tasks">
      <Flex gap={8} wrap justify="space-between" className="section">
        <TaskStatusFilter value={status} onChange={(v) => { setStatus(v); setPage((x) => ({ ...x, page: 1 })); }} />
        {p.can.addTask && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="task-add">{t('tasks.add')}</Button>}
      </Flex>
      <TasksTable filters={{ programId: p.id, status: oneOf(TASK_FILTERS, status) }} page={page.page} pageSize={page.pageSize}
        onPage={(pg, size) => setPage({ page: pg, pageSize: size })} onOpen={setTask} testId="program-tasks-table" />
      {adding && <TaskFormModal programId={p.id} programOrgId={p.orgId} open onClose={() => setAdding(false)} />}
    </div>
  );
}

/** A program: its facts, targets (progress, chart per target) and tasks; cascade to a unit below. */
export default function ProgramPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const q = useProgram(id);
  const update = useUpdateProgram(id);
  const [sp, setSp] = useSearchParams();
  const [cascading, setCascading] = useState(false);
  if (q.isPending) return <Loading rows={10} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  const closed = p.status === 'closed';
  // What the user may do is the server's answer (p.can): a district clerk reads a commune's program, the commune keeps it.
  const toggles = closed ? p.can.reopen : p.can.close;
  // The unit to build for, by default: the user's own, when it is not this program's.
  const own = grantFor(me, 'program.write');
  const cascadeTo = own && own.orgId !== p.orgId ? own.orgId : undefined;
  const tab = oneOf(['targets', 'tasks'] as const, sp.get('tab')) ?? 'targets';
  const setParam = (k: string, v?: string) => { const next = new URLSearchParams(sp); if (v) next.set(k, v); else next.delete(k); setSp(next, { replace: true }); };
  const targetId = Number(sp.get('target')) || 0;
  const taskId = Number(sp.get('task')) || 0;

  return (
    <div data-testid="program-page">
      <Breadcrumb className="section" items={[{ title: <Link to="/programs">{t('menu.programs')}</Link> }, { title: p.orgName }]} />
      <PageHeader
        title={p.title}
        sub={`${p.orgName} · ${formatDate(p.periodFrom)} – ${formatDate(p.periodTo)}`}
        extra={<>
          {p.can.cascade && <Button icon={<BranchesOutlined />} onClick={() => setCascading(true)} data-testid="program-cascade">{t('programs.cascade')}</Button>}
          {toggles && (
            <Popconfirm title={closed ? t('programs.reopen') : t('programs.close')} description={closed ? undefined : t('programs.closeConfirm')}
              okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => update.mutateAsync({ status: closed ? 'active' : 'closed' })}>
              <Button loading={update.isPending} data-testid="program-status">{closed ? t('programs.reopen') : t('programs.close')}</Button>
            </Popconfirm>
          )}
        </>}
      />
      {closed && <Alert type="info" showIcon className="section" title={t('programs.closedReadOnly')} />}
      {!p.can.edit && !closed && <Alert type="info" showIcon className="section" title={t('programs.readOnlyHint', { unit: p.orgName })} data-testid="program-read-only" />}
      <Facts p={p} />
      <Card>
        <Tabs activeKey={tab} onChange={(k) => setParam('tab', k === 'targets' ? undefined : k)} items={[
          {
            key: 'targets', label: `${t('programs.targets')} (${formatNumber(p.targetCount)})`,
            children: <TargetsPanel program={p} onOpen={(tid) => setParam('target', String(tid))} />,
          },
          {
            key: 'tasks', label: <span data-testid="tab-tasks">{t('programs.tasks')} ({formatNumber(p.taskCount)}){p.overdueTaskCount > 0 && <Tag color="red" style={{ marginInlineStart: 6 }}>{t('programs.overdueTasks', { count: p.overdueTaskCount })}</Tag>}</span>,
            children: <TasksTab p={p} />,
          },
        ]} />
      </Card>
      {targetId > 0 && <TargetDrawer id={targetId} onClose={() => setParam('target')} />}
      {taskId > 0 && <TaskDrawer id={taskId} onClose={() => setParam('task')} />}
      {cascading && <CascadeModal program={p} defaultOrgId={cascadeTo} open onClose={() => setCascading(false)} onCreated={(nid) => navigate(`/programs/${nid}`)} />}
    </div>
  );
}
