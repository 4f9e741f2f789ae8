import { Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import type { Target, TaskItem } from '../../api/programs';
import { useI18n, type TFunction } from '../../i18n';
import { formatNumber } from '../../lib/format';

type Value = number | boolean | null | undefined;

/** A value as a clerk reads it: "Đạt"/"Chưa đạt" for yes/no, else the number with its unit of measure. */
export function formatValue(t: TFunction, target: Pick<Target, 'kind' | 'unit'>, v: Value): string {
  if (v == null) return '—';
  if (typeof v === 'boolean') return v ? t('targets.yes') : t('targets.no');
  const n = formatNumber(v, target.kind === 'units_meeting' ? 0 : 2);
  if (target.kind === 'percentage') return target.unit && target.unit !== '%' ? `${n} ${target.unit}` : `${n}%`;
  return target.unit ? `${n} ${target.unit}` : n;
}

/** Whether the server marks the target off track (on the trend of its values it will miss its deadline). */
export const offTrackOf = (target: Target): boolean => target.offTrack;

/** Off-track targets first, then the program's own order. */
export const byAttention = (list: Target[]): Target[] =>
  [...list].sort((a, b) => Number(offTrackOf(b)) - Number(offTrackOf(a)) || a.position - b.position || a.id - b.id);

/** The progress the server computed (never typed): green when achieved, red when off track. */
export function ProgressCell({ target }: { target: Target }) {
  const { t } = useI18n();
  if (target.progress == null) return <Typography.Text type="secondary">{t('targets.noValue')}</Typography.Text>;
  const status = target.achieved ? 'success' : offTrackOf(target) ? 'exception' : 'normal';
  return (
    <Tooltip title={t('targets.progressHint')}>
      <Progress percent={target.progress} size="small" status={status} format={(p) => `${formatNumber(p ?? 0, 1)}%`}
        aria-label={`${t('targets.progress')}: ${formatNumber(target.progress, 1)}%`} data-testid="target-progress" />
    </Tooltip>
  );
}

export function OffTrackTag() {
  const { t } = useI18n();
  return <Tooltip title={t('targets.offTrackHint')}><Tag color="red" data-testid="target-off-track">{t('targets.offTrack')}</Tag></Tooltip>;
}

const TASK_COLOR = { not_started: 'default', in_progress: 'processing', done: 'success' } as const;

/** Status of a task; "Quá hạn" (derived by the server from the deadline) shown first when it applies. */
export function TaskStatusTags({ task }: { task: Pick<TaskItem, 'status' | 'overdue'> }) {
  const { tx } = useI18n();
  return (
    <Flex gap={4} wrap>
      {task.overdue && <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="task-overdue">{tx('task.status', 'overdue')}</Tag>}
      <Tag color={TASK_COLOR[task.status]} style={{ marginInlineEnd: 0 }} data-testid={`task-status-${task.status}`}>{tx('task.status', task.status)}</Tag>
    </Flex>
  );
}
