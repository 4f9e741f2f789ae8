import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { Me } from '../../api/auth';
import { useTasks, type TaskFilters, type TaskItem } from '../../api/programs';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { tablePagination } from '../../components/pagination';
import { EmptyState, ErrorState } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate } from '../../lib/format';
import { TaskStatusTags } from './labels';

/** Given from above as the user sees it: by a program of a unit above, not by the user's own unit to one below. */
export const fromAboveForMe = (me: Me | null | undefined, task: TaskItem) =>
  task.assignedFromAbove && !(me?.grants ?? []).some((g) => g.orgId === task.programOrg.id);

export function FromAboveTag({ task }: { task: TaskItem }) {
  const { t } = useI18n();
  return (
    <Tooltip title={t('tasks.fromAboveBy', { unit: task.programOrg.name })}>
      <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="task-from-above">{t('tasks.fromAbove')}</Tag>
    </Tooltip>
  );
}

interface Props {
  filters: TaskFilters;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (id: number) => void;
  /** The list of a unit (all programs): name each task's program. */
  showProgram?: boolean;
  testId?: string;
}

/** Tasks as the server orders them: overdue first, then by deadline. */
export function TasksTable({ filters, page, pageSize, onPage, onOpen, showProgram, testId = 'tasks-table' }: Props) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const list = useTasks(filters, page, pageSize);
  if (list.isError && !list.data) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const columns: DataColumn<TaskItem>[] = [
    {
      title: t('tasks.titleField'), dataIndex: 'title', mobile: 'title',
      render: (v: string, r) => (
        <div style={{ minWidth: 240 }}>
          <Typography.Link onClick={() => onOpen(r.id)} data-testid="task-link"><strong>{v}</strong></Typography.Link>
          {showProgram && <div><Typography.Text type="secondary" style={{ fontSize: '0.8125rem' }}>{r.programOrg.name} · {r.programTitle}</Typography.Text></div>}
          {fromAboveForMe(me, r) && <div style={{ marginTop: 4 }}><FromAboveTag task={r} /></div>}
        </div>
      ),
    },
    { title: t('tasks.status'), key: 'status', width: 190, render: (_, r) => <TaskStatusTags task={r} /> },
    {
      title: t('tasks.deadline'), dataIndex: 'deadline', width: 110,
      render: (v: string, r) => <span style={r.overdue ? { color: '#cf1322', fontWeight: 600 } : undefined}>{formatDate(v)}</span>,
    },
    {
      title: t('tasks.responsible'), key: 'responsible', width: 200,
      render: (_, r) => (
        <div>
          <div>{r.responsibleOrg.name}</div>
          {r.responsiblePerson && <Typography.Text type="secondary">{r.responsiblePerson.fullName}</Typography.Text>}
        </div>
      ),
    },
    {
      title: t('tasks.updates'), key: 'counts', width: 140,
      render: (_, r) => <Flex gap={4} wrap><Typography.Text type="secondary">{t('tasks.counts', { notes: r.noteCount, files: r.evidenceCount })}</Typography.Text></Flex>,
    },
  ];
  return (
    <DataTable<TaskItem>
      rowKey="id"
      loading={list.isFetching}
      dataSource={list.data?.items}
      scroll={{ x: 900 }}
      data-testid={testId}
      locale={{ emptyText: <EmptyState description={t('tasks.empty')} /> }}
      pagination={tablePagination(t, page, pageSize, list.data?.total, onPage)}
      columns={columns}
    />
  );
}
