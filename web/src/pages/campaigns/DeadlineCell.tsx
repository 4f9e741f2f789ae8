import { EditOutlined } from '@ant-design/icons';
import { App, Button, Popover } from 'antd';
import { useState } from 'react';
import { useUpdateObligation, type BoardStatus } from '../../api/campaigns';
import { useT } from '../../i18n';
import { DateField } from '../../components/DateField';
import { formatDate, fromApiDate, toApiDate } from '../../lib/format';
import { DEADLINE_COLOR } from './labels';

/**
 * The unit's own deadline, editable in place (PATCH /obligations/:id) when `editable`. Only an overdue or late
 * obligation is coloured, so those stand out; the others read as plain text.
 */
export function DeadlineCell({ obligationId, value, status, editable }: { obligationId: number; value: string; status: BoardStatus; editable: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const update = useUpdateObligation();
  const color = DEADLINE_COLOR[status];
  const style = color ? { color, fontWeight: 600 } : undefined;
  if (!editable) return <span style={style} data-testid="deadline">{formatDate(value)}</span>;
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('board.editDeadline')}
      content={(
        <DateField
          defaultValue={fromApiDate(value)}
          allowClear={false}
          disabled={update.isPending}
          onChange={(d) => d && update.mutate({ id: obligationId, deadline: toApiDate(d)! }, {
            onSuccess: () => { message.success(t('board.deadlineSaved')); setOpen(false); },
            onError: (e) => message.error(e.message),
          })}
        />
      )}
    >
      <Button variant="link" color="default" size="small" style={{ padding: 0, ...style }} aria-label={`${t('board.editDeadline')}: ${formatDate(value)}`}
        data-testid="edit-deadline" data-status={status}>
        {formatDate(value)} <EditOutlined />
      </Button>
    </Popover>
  );
}
