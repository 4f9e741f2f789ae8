import { Grid, Segmented, Select } from 'antd';
import { TASK_FILTERS } from '../../api/programs';
import { useI18n } from '../../i18n';

/** Status filter of a task list ('' = all): buttons on a wide screen, a select on a phone (five buttons do not fit 390 px). */
export function TaskStatusFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t, tx } = useI18n();
  const wide = Grid.useBreakpoint().md ?? true;
  const options = [{ value: '', label: t('common.all') }, ...TASK_FILTERS.map((s) => ({ value: s, label: tx('task.status', s) }))];
  if (wide) return <Segmented<string> aria-label={t('tasks.filterStatus')} value={value} onChange={onChange} options={options} data-testid="task-status-filter" />;
  return (
    <Select style={{ width: '100%' }} aria-label={t('tasks.filterStatus')} value={value} onChange={onChange} options={options} data-testid="task-status-filter" />
  );
}
