import { Tag } from '../../lite';
import type { Absence } from '../../api/conferences';
import { useT } from '../../i18n';
import { formatTime } from '../../lib/format';

/** Present (late by N minutes), absent with or without a reason, or not yet checked in. */
export function InvitationStatus({ attended, checkedAt, lateMinutes, absence }: { attended: boolean; checkedAt?: string | null; lateMinutes?: number | null; absence?: Absence | null }) {
  const t = useT();
  if (attended) {
    return (
      <span>
        <Tag color="green">{t('inv.attended')}{checkedAt ? ` ${formatTime(checkedAt)}` : ''}</Tag>
        {!!lateMinutes && <Tag color="orange">{t('inv.late', { minutes: lateMinutes })}</Tag>}
      </span>
    );
  }
  if (absence) {
    return (
      <span title={absence.reason ?? undefined}>
        <Tag color={absence.excused ? 'gold' : 'red'}>{absence.excused ? t('inv.absentExcused') : t('inv.absentUnexcused')}</Tag>
        {absence.reason && <span className="org-option-sub">{absence.reason}</span>}
      </span>
    );
  }
  return <Tag>{t('inv.notYet')}</Tag>;
}
