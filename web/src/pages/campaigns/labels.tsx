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

/** Deadline text: red when overdue, dark orange when held late (the tags' text colours); plain text otherwise. */
export const DEADLINE_COLOR: Partial<Record<BoardStatus, string>> = {
  overdue: '#cf1322',
  held_late: '#d46b08',
};

export function StatusTag({ status }: { status: BoardStatus }) {
  const { tx } = useI18n();
  return <Tag color={STATUS_COLOR[status]} data-testid={`status-${status}`}>{tx('board.status', status)}</Tag>;
}
