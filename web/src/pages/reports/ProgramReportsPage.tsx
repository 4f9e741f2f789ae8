import { Space } from 'antd';
import { useParams } from 'react-router-dom';
import { useProgramBrief, useReporting, type Period } from '../../api/reports';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, PageSpin } from '../../components/States';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { ReportingSettings } from './ReportingSettings';
import { ReportStatusTag } from './ReportStatusTag';
import './reports.css';

/** A program's reporting: its periods (open and late ones first) with the unit's reports, and the settings. */
export default function ProgramReportsPage() {
  const t = useT();
  const id = Number(useParams().id);
  const program = useProgramBrief(id);
  const reporting = useReporting(id);
  if (program.isLoading || reporting.isLoading) return <PageSpin />;
  if (program.error || reporting.error || !program.data || !reporting.data) return <ErrorState error={program.error ?? reporting.error} />;
  const today = new Date().toISOString().slice(0, 10);
  // What needs doing first: late, then the current or just ended ones, then the rest newest first; future ones last.
  const rank = (p: Period) => (p.status === 'late' ? 0 : p.status === 'not_due' && p.startsOn <= today ? 1 : p.startsOn > today ? 3 : 2);
  const periods = [...reporting.data.periods].sort((a, b) => rank(a) - rank(b) || (rank(a) === 3 ? a.startsOn.localeCompare(b.startsOn) : b.startsOn.localeCompare(a.startsOn)));
  const columns: DataColumn<Period>[] = [
    { title: t('reports.period'), dataIndex: 'label', mobile: 'title', render: (v: string, p) => <>{v}{p.current ? ` · ${t('reports.current')}` : ''}</> },
    { title: t('reports.due'), dataIndex: 'dueOn', render: (v: string) => formatDate(v) },
    { title: t('reports.status'), dataIndex: 'status', render: (s: Period['status'], p) => <Space wrap><ReportStatusTag status={s} />{p.reportStatus === 'draft' && t('reports.draft')}</Space> },
    { title: '', key: 'open', mobile: 'actions', render: (_: unknown, p) => (
      <LinkButton to={`/report-periods/${p.id}`} size="small" type={p.status === 'late' || (p.status === 'not_due' && p.startsOn <= today) ? 'primary' : 'default'} data-testid={`open-period-${p.id}`}>
        {p.reportStatus === 'submitted' ? t('reports.view') : t('reports.fill')}
      </LinkButton>
    ) },
  ];
  return (
    <div>
      <PageHeader title={program.data.title} sub={program.data.orgName}
        extra={<LinkButton to={`/programs/${id}/report-board`} data-testid="open-board">{t('reports.board')}</LinkButton>} />
      <div className="report-block">
        <ReportingSettings programId={id} reporting={reporting.data} canWrite={reporting.data.canEdit} />
      </div>
      <h2>{t('reports.myReports')}</h2>
      {periods.length === 0 ? <EmptyState description={t('reports.noPeriods')} />
        : <DataTable<Period> rowKey="id" columns={columns} dataSource={periods} pagination={{ pageSize: 12 }} data-testid="periods-table" />}
    </div>
  );
}
