import { BellOutlined } from '@ant-design/icons';
import { App, Button, Input } from 'antd';
import { useRef } from 'react';
import { useSendReportReminders } from '../../api/reports';
import { useT } from '../../i18n';

/**
 * Reminds late units of a period: one unit (`orgId`, `name`) or, without one, every late unit of the board; after a
 * confirmation with an optional message, as the campaigns' ReminderButton does.
 */
export function ReportReminderButton({ programId, periodId, period, orgId, name, lateCount, size }: {
  programId: number; periodId: number; period: string; orgId?: number; name?: string; lateCount: number; size?: 'small';
}) {
  const t = useT();
  const { modal, message } = App.useApp();
  const send = useSendReportReminders(programId);
  const text = useRef('');
  const open = () => {
    text.current = '';
    modal.confirm({
      title: t('rboard.remind'),
      content: (
        <div>
          <p>{t('rboard.remindConfirm', { period, who: name ?? t('rboard.remindAllWho', { count: lateCount }) })}</p>
          <Input.TextArea placeholder={t('board.remindMessage')} aria-label={t('board.remindMessage')} autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={1000} onChange={(e) => { text.current = e.target.value; }} data-testid="reminder-message" />
        </div>
      ),
      okText: t('board.sendReminder'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'reminder-confirm' } as never,
      onOk: async () => {
        try {
          const r = await send.mutateAsync({ periodId, orgIds: orgId ? [orgId] : undefined, message: text.current.trim() || undefined });
          message.success(t('rboard.remindSentN', { sent: r.sent }));
        } catch (e) {
          message.error((e as Error).message);
        }
      },
    });
  };
  return (
    <Button icon={<BellOutlined />} size={size} onClick={open} loading={send.isPending} danger={!orgId} disabled={lateCount === 0}
      data-testid={orgId ? `remind-${orgId}` : 'remind-all'}>
      {orgId ? t('rboard.remind') : t('rboard.remindLate')}
    </Button>
  );
}
