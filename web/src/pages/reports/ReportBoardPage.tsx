import { Segmented, Select, Space } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { oneOf } from '../../api/contract';
import { REPORT_STATUSES, useProgramBrief, useReportBoard, useReporting, type ReportBoard } from '../../api/reports';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, PageSpin } from '../../components/States';
import { useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { ReportReminderButton } from './ReportReminderButton';
import { ReportStatusTag } from './ReportStatusTag';
import './reports.css';
import { ExportButton } from '../../components/ExportButton';

type Row = ReportBoard['items'][number];
const PAGE_SIZE = 20;

/** The parent's board of reports for one period: every unit below, late first, with reminders. */
export default function ReportBoardPage() {
  const t = useT();
  const id = Number(useParams().id);
  const [sp, setSp] = useSearchParams();
  const periodId = Number(sp.get('period')) || undefined;
  const status = oneOf(REPORT_STATUSES, sp.get('status'));
  const page = Number(sp.get('page')) || 1;
  const program = useProgramBrief(id);
  const reporting = useReporting(id);
  const board = useReportBoard(id, periodId, status, page, PAGE_SIZE);
  const setParam = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(sp);
    if (v) next.set(k, v); else next.delete(k);
    if (k !== 'page') next.delete('page');
    setSp(next, { replace: true });
  };
  if (program.isLoading || board.isLoading) return <PageSpin />;
  if (program.error || board.error || !program.data || !board.data) return <ErrorState error={program.error ?? board.error} onRetry={() => void board.refetch()} />;
  const b = board.data;
  const period = b.period;
  const columns: DataColumn<Row>[] = [
    { title: t('rboard.unit'), dataIndex: 'orgName', mobile: 'title' },
    { title: t('reports.status'), dataIndex: 'status', render: (s: Row['status'], r) => <Space wrap><ReportStatusTag status={s} />{r.reportStatus === 'draft' && t('reports.draft')}</Space> },
    { title: t('rboard.submitted'), dataIndex: 'submittedAt', render: (v: string | null, r) => (v ? <>{formatDateTime(v)}{r.revision > 1 ? ` · ${t('reports.corrected', { count: r.revision - 1 })}` : ''}</> : '—') },
    { title: t('reports.due'), dataIndex: 'dueOn', render: (v: string, r) => <>{formatDate(v)}{r.reminderCount > 0 && <div className="lt-muted">{t('rboard.reminded', { count: r.reminderCount })}</div>}</> },
    { title: '', key: 'actions', mobile: 'actions', render: (_: unknown, r) => (
      <Space wrap>
        <LinkButton to={`/report-periods/${r.periodId}`} size="small" data-testid={`open-report-${r.orgId}`}>{t('rboard.openReport')}</LinkButton>
        {b.canRemind && r.status === 'late' && period && (
          <ReportReminderButton programId={id} periodId={period.id} period={period.label} orgId={r.orgId} name={r.orgName} lateCount={1} size="small" />
        )}
      </Space>
    ) },
  ];
  return (
    <div data-testid="report-board">
      <PageHeader title={t('rboard.title', { title: program.data.title })} sub={program.data.orgName}
        extra={b.canRemind && period ? <ReportReminderButton programId={id} periodId={period.id} period={period.label} lateCount={b.counts.late} /> : undefined} />
      <Space wrap className="report-block">
        <Select value={period?.id} style={{ minWidth: 220 }} aria-label={t('reports.period')} data-testid="board-period"
          options={(reporting.data?.periods ?? []).map((p) => ({ value: p.id, label: `${p.label} · ${t('reports.dueOn', { date: formatDate(p.dueOn) })}` }))}
          onChange={(v: number) => setParam('period', String(v))} showSearch optionFilterProp="label" />
        <ExportButton path={`/programs/${id}/report-board/export.xlsx`} query={{ periodId: period?.id, status }} testId="report-board-export" />
      </Space>
      <div className="report-counts" data-testid="board-counts">
        <Segmented<string> value={status ?? 'all'} onChange={(v) => setParam('status', v === 'all' ? undefined : v)}
          options={[{ value: 'all', label: `${t('rboard.all')} (${Object.values(b.counts).reduce((x, y) => x + y, 0)})` },
            ...REPORT_STATUSES.map((s) => ({ value: s, label: `${t(`reports.status.${s}`)} (${b.counts[s]})` }))]} />
      </div>
      {b.items.length === 0 ? <EmptyState description={t('rboard.noUnits')} /> : (
        <DataTable<Row> rowKey="orgId" columns={columns} dataSource={b.items} data-testid="board-table"
          pagination={{ current: page, pageSize: PAGE_SIZE, total: b.total, showSizeChanger: false, onChange: (p) => setParam('page', String(p)) }} />
      )}
    </div>
  );
}
