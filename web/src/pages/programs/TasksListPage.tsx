import { Card, Flex } from 'antd';
import { oneOf } from '../../api/contract';
import { TASK_FILTERS } from '../../api/programs';
import { OrgPicker } from '../../components/OrgPicker';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n';
import { numOrUndef, useUrlFilters } from '../../lib/hooks';
import { TaskDrawer } from './TaskDrawer';
import { TaskStatusFilter } from './TaskStatusFilter';
import { TasksTable } from './TasksTable';

const KEYS = ['status', 'orgId', 'task'] as const;

/** "Nhiệm vụ": the tasks of the user's units, their own and those given from above, overdue first. */
export default function TasksListPage() {
  const { t } = useI18n();
  const { values, page, pageSize, set } = useUrlFilters(KEYS);
  const status = oneOf(TASK_FILTERS, values.status);
  const open = numOrUndef(values.task);

  return (
    <div data-testid="tasks-page">
      <PageHeader title={t('tasks.title')} sub={t('tasks.intro')} />
      <Card>
        <Flex gap={8} wrap className="filters" align="center">
          <TaskStatusFilter value={status ?? ''} onChange={(v) => set({ status: v || undefined })} />
          <OrgPicker style={{ width: 260 }} value={numOrUndef(values.orgId)} onChange={(v) => set({ orgId: v })} />
        </Flex>
        <TasksTable
          filters={{ status, orgId: numOrUndef(values.orgId) }}
          page={page} pageSize={pageSize}
          onPage={(p, s) => set({ page: p, pageSize: s })}
          onOpen={(id) => set({ task: id, page })}
          showProgram
        />
      </Card>
      {open && <TaskDrawer id={open} onClose={() => set({ task: undefined, page })} />}
    </div>
  );
}
