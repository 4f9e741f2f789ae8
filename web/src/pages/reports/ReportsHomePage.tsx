import { Space } from 'antd';
import { usePrograms, type ProgramBrief } from '../../api/reports';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, PageSpin } from '../../components/States';
import { useT } from '../../i18n';

type Row = ProgramBrief & { orgId: number; periodFrom: string; periodTo: string };

/** Where a clerk starts: the programs it sees, each with its own reports and the board of the units below. */
export default function ReportsHomePage() {
  const t = useT();
  const q = usePrograms();
  if (q.isLoading) return <PageSpin />;
  if (q.error || !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const columns: DataColumn<Row>[] = [
    { title: t('reports.programs'), dataIndex: 'title', mobile: 'title' },
    { title: t('rboard.unit'), dataIndex: 'orgName' },
    { title: '', key: 'actions', mobile: 'actions', render: (_: unknown, p) => (
      <Space wrap>
        <LinkButton to={`/programs/${p.id}/reports`} size="small" type="primary" data-testid={`program-reports-${p.id}`}>{t('reports.myReports')}</LinkButton>
        <LinkButton to={`/programs/${p.id}/report-board`} size="small" data-testid={`program-board-${p.id}`}>{t('reports.board')}</LinkButton>
      </Space>
    ) },
  ];
  return (
    <div>
      <PageHeader title={t('reports.title')} sub={t('reports.sub')} />
      {q.data.items.length === 0 ? <EmptyState description={t('reports.noPrograms')} />
        : <DataTable<Row> rowKey="id" columns={columns} dataSource={q.data.items} pagination={{ pageSize: 20 }} data-testid="report-programs" />}
    </div>
  );
}
