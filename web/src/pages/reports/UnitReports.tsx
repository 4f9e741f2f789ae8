import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { REPORT_STATUSES, useReporting, type Period } from '../../api/reports';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { ReportStatusTag } from './ReportStatusTag';

/** Periods worth a link on a unit's page: the ones still owed, the ones filed late, and the current one. */
function attention(periods: Period[], today: string): Period[] {
  return periods.filter((p) => p.status === 'late' || p.status === 'late_filed' || (p.status === 'not_due' && p.startsOn <= today));
}

/** One program's periodic reports on a unit's page: how many on time, late, filed late, and the periods to look at. */
function ProgramReports({ programId, title }: { programId: number; title: string }) {
  const { t } = useI18n();
  const q = useReporting(programId);
  if (q.isPending) return <Loading rows={1} />;
  if (q.isError) return <ErrorState error={q.error} />;
  if (!q.data.frequency) return null;
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const counts = REPORT_STATUSES.map((s) => [s, q.data.periods.filter((p) => p.status === s).length] as const).filter(([, n]) => n > 0);
  const shown = attention(q.data.periods, today).slice(-6).reverse();
  return (
    <div className="section" data-testid="record-reports">
      <Flex gap={8} wrap align="baseline">
        <Link to={`/programs/${programId}/reports`}><strong>{title}</strong></Link>
        {counts.map(([s, n]) => <Tag key={s}>{t(`reports.status.${s}`)}: {n}</Tag>)}
      </Flex>
      {shown.length > 0 && (
        <ul className="record-periods">
          {shown.map((p) => (
            <li key={p.id}>
              <Link to={`/report-periods/${p.id}`}>{p.label}</Link> <ReportStatusTag status={p.status} />
              <Typography.Text type="secondary">{t('record.dueOn', { date: formatDate(p.dueOn) })}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "Báo cáo định kỳ" on a unit's page, for each of its programs. */
export default function UnitReports({ programs }: { programs: { id: number; title: string }[] }) {
  return <>{programs.map((p) => <ProgramReports key={p.id} programId={p.id} title={p.title} />)}</>;
}
