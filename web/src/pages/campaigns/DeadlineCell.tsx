import { EditOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Popover } from 'antd';
import { useState } from 'react';
import { useUpdateObligation } from '../../api/campaigns';
import { useT } from '../../i18n';
import { DATE_FORMAT, formatDate, fromApiDate, toApiDate } from '../../lib/format';

/** The unit's own deadline, editable in place (PATCH /obligations/:id). */
export function DeadlineCell({ obligationId, value }: { obligationId: number; value: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const update = useUpdateObligation();
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('board.editDeadline')}
      content={(
        <DatePicker
          format={DATE_FORMAT}
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
      <Button type="link" size="small" style={{ padding: 0 }} data-testid="edit-deadline">
        {formatDate(value)} <EditOutlined />
      </Button>
    </Popover>
  );
}
