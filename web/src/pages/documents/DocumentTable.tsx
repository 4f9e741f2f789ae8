import { PaperClipOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Page } from '../../api/client';
import type { DocumentItem } from '../../api/documents';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { EmptyState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { tablePagination } from '../../components/pagination';

interface Props {
  data?: Page<DocumentItem>;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

export function DocumentTable({ data, loading, page, pageSize, onPage }: Props) {
  const { t, tx } = useI18n();
  const columns: DataColumn<DocumentItem>[] = [
    {
      title: t('docs.symbol'), dataIndex: 'symbol', width: 150,
      render: (v, r) => <Link to={`/documents/${r.id}`} data-testid="document-link"><strong>{v}</strong></Link>,
    },
    {
      title: t('docs.titleField'), dataIndex: 'title',
      render: (v, r) => (
        <Link to={`/documents/${r.id}`} className="doc-title-link">
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0 }}>{v}</Typography.Paragraph>
        </Link>
      ),
    },
    { title: t('docs.type'), dataIndex: 'type', width: 150, render: (v) => <Tag>{tx('docs.type', v)}</Tag> },
    { title: t('docs.issuedOn'), dataIndex: 'issuedOn', width: 120, render: formatDate },
    { title: t('docs.issuer'), dataIndex: 'issuerName', width: 200 },
    { title: t('docs.level'), dataIndex: 'level', width: 110, mobile: 'hide', render: (v) => tx('docs.level', v) },
    {
      title: <PaperClipOutlined aria-label={t('docs.attachmentCount')} />, dataIndex: 'attachmentCount', width: 56, align: 'center', mobile: 'hide',
      render: (v: number) => (v ? v : ''),
    },
  ];
  return (
    <div data-testid="documents-table">
      <DataTable<DocumentItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState description={t('docs.empty')} /> }}
        pagination={tablePagination(t, page, pageSize, data?.total, onPage)}
      />
    </div>
  );
}
