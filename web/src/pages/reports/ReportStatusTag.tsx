import { Tag } from 'antd';
import type { ReportStatus } from '../../api/reports';
import { useT } from '../../i18n';

const COLORS: Record<ReportStatus, string> = { late: 'red', not_due: 'default', late_filed: 'orange', on_time: 'green' };

/** A period's report status, the same words and colours on the form, the periods and the board. */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const t = useT();
  return <Tag color={COLORS[status]} data-testid={`report-status-${status}`}>{t(`reports.status.${status}`)}</Tag>;
}
