import { BellOutlined } from '@ant-design/icons';
import { App, Button, Input } from 'antd';
import { useRef } from 'react';
import { useSendReminders } from '../../api/campaigns';
import { useT } from '../../i18n';

/** Leadership reminds the selected units, or (none selected) every overdue one; always after a confirmation. */
export function ReminderButton({ campaignId, selected, onSent }: { campaignId: number; selected: number[]; onSent: () => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const send = useSendReminders(campaignId);
  const text = useRef('');

  const open = () => {
    text.current = '';
    modal.confirm({
      title: t('board.sendReminder'),
      content: (
        <div>
          <p>{selected.length ? t('board.remindSelected', { count: selected.length }) : t('board.remindAll')}</p>
          <Input.TextArea
            placeholder={t('board.remindMessage')}
            aria-label={t('board.remindMessage')}
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={1000}
            onChange={(e) => { text.current = e.target.value; }}
            data-testid="reminder-message"
          />
        </div>
      ),
      okText: t('board.sendReminder'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'reminder-confirm' } as never,
      onOk: async () => {
        try {
          const r = await send.mutateAsync({ obligationIds: selected.length ? selected : undefined, message: text.current.trim() || undefined });
          message.success(t('board.remindSent', { sent: r.sent }));
          onSent();
        } catch (e) {
          message.error((e as Error).message);
        }
      },
    });
  };

  return (
    <Button icon={<BellOutlined />} onClick={open} loading={send.isPending} data-testid="send-reminder" danger={selected.length === 0}>
      {t('board.sendReminder')}{selected.length ? ` (${selected.length})` : ''}
    </Button>
  );
}
