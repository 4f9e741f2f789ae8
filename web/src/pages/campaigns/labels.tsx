import { Tag } from 'antd';
import type { BoardStatus } from '../../api/campaigns';
import { useI18n } from '../../i18n';

/** Board status colours: red overdue, orange late, green on time; neutral for the rest. */
export const STATUS_COLOR: Record<BoardStatus, string> = {
  overdue: 'red',
  not_scheduled: 'default',
  scheduled: 'blue',
  held_late: 'orange',
  held_on_time: 'green',
};

export function StatusTag({ status }: { status: BoardStatus }) {
  const { tx } = useI18n();
  return <Tag color={STATUS_COLOR[status]} data-testid={`status-${status}`}>{tx('board.status', status)}</Tag>;
}
