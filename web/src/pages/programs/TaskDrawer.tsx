import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Drawer, Flex, Grid, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useDeleteTask, useTask } from '../../api/programs';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate } from '../../lib/format';
import { TaskStatusTags } from './labels';
import { TaskEvidence } from './TaskEvidence';
import { TaskFormModal } from './TaskFormModal';
import { TaskNotes } from './TaskNotes';
import { FromAboveTag, fromAboveForMe } from './TasksTable';

/** One task: who does it by when, its progress notes and evidence; edit and delete for the unit that gave it. */
export function TaskDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const wide = Grid.useBreakpoint().md ?? true;
  const q = useTask(id);
  const task = q.data;
  const remove = useDeleteTask();
  const [editing, setEditing] = useState(false);
  // The server's answer: the giving unit edits and deletes; it and the responsible unit write notes and evidence.
  const can = task?.can;

  return (
    <Drawer open onClose={onClose} size={wide ? 720 : '100%'} title={task?.title ?? t('tasks.title')} data-testid="task-drawer"
      closable={{ 'aria-label': t('common.close') }}
      extra={task && (can?.edit || can?.delete) && (
        <Flex gap={4}>
          {can.edit && <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="task-edit">{wide ? t('common.edit') : null}</Button>}
          {can.delete && <Popconfirm title={t('common.delete')} description={t('tasks.deleteConfirm')} okText={t('common.delete')} cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutateAsync(task.id).then(() => { message.success(t('common.deleted')); onClose(); }, (e: Error) => message.error(e.message))}>
            <Button danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid="task-delete" />
          </Popconfirm>}
        </Flex>
      )}>
      {q.isPending ? <Loading rows={6} /> : q.isError ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : task && (
        <>
          <Flex gap={4} wrap className="section">
            <TaskStatusTags task={task} />
            {fromAboveForMe(me, task) && <FromAboveTag task={task} />}
          </Flex>
          <Descriptions size="small" column={wide ? 2 : 1} className="section" items={[
            { key: 'program', label: t('tasks.program'), span: wide ? 2 : 1, children: <Link to={`/programs/${task.programId}?tab=tasks`}>{task.programTitle}</Link> },
            { key: 'by', label: t('tasks.assignedBy'), children: task.programOrg.name },
            { key: 'resp', label: t('tasks.responsible'), children: task.responsibleOrg.name },
            { key: 'person', label: t('tasks.person'), children: task.responsiblePerson?.fullName ?? '—' },
            { key: 'deadline', label: t('tasks.deadline'), children: <span style={task.overdue ? { color: '#cf1322', fontWeight: 600 } : undefined}>{formatDate(task.deadline)}</span> },
            ...(task.doneOn ? [{ key: 'done', label: t('tasks.doneOn'), children: formatDate(task.doneOn) }] : []),
            { key: 'coop', label: t('tasks.cooperating'), span: wide ? 2 : 1, children: task.cooperatingUnits.length ? task.cooperatingUnits.map((u) => u.name).join(', ') : '—' },
          ]} />
          {task.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{task.description}</Typography.Paragraph>}
          {!task.can.edit && !task.can.note && <Typography.Paragraph type="secondary">{t('tasks.readOnly')}</Typography.Paragraph>}
          <TaskNotes task={task} canWrite={task.can.note} />
          <TaskEvidence task={task} canWrite={task.can.evidence} />
          {editing && <TaskFormModal programId={task.programId} programOrgId={task.programOrg.id} task={task} open onClose={() => setEditing(false)} />}
        </>
      )}
    </Drawer>
  );
}
