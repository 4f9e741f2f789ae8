import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { Page } from '../../api/client';
import type { PersonItem } from '../../api/people';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { EmptyState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { tablePagination } from '../../components/pagination';

interface Props {
  data?: Page<PersonItem>;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

export function PeopleTable({ data, loading, page, pageSize, onPage }: Props) {
  const { t, tx } = useI18n();
  const columns: DataColumn<PersonItem>[] = [
    { title: '#', key: 'no', width: 56, mobile: 'hide', render: (_, __, i) => (page - 1) * pageSize + i + 1 },
    { title: t('people.fullName'), dataIndex: 'fullName', width: 190, render: (v, r) => <Link to={`/people/${r.id}`}>{v}</Link> },
    { title: t('people.birthDate'), dataIndex: 'birthDate', width: 110, render: formatDate },
    { title: t('people.gender'), dataIndex: 'gender', width: 90, mobile: 'hide', render: (v) => (v ? tx('people.gender', v) : '—') },
    { title: t('people.org'), dataIndex: 'orgName', width: 200 },
    {
      title: t('people.partyStatus'), dataIndex: 'partyStatus', width: 170,
      render: (v) => (v ? <Tag color={v === 'official' ? 'red' : 'orange'}>{tx('people.status', v)}</Tag> : <Tag>{t('people.status.none')}</Tag>),
    },
    { title: t('people.joinedOn'), dataIndex: 'joinedOn', width: 120, mobile: 'hide', render: formatDate },
    { title: t('people.cardNumber'), dataIndex: 'cardNumber', width: 130, mobile: 'hide', render: (v) => v ?? '—' },
    {
      title: t('people.categories'), dataIndex: 'categories',
      render: (cats: string[]) => cats.map((c) => <Tag key={c} color="blue">{tx('people.cat', c)}</Tag>),
    },
    { title: t('people.phone'), dataIndex: 'phone', width: 120, render: (v) => v ?? '—' },
  ];
  return (
    <div data-testid="people-table">
      <DataTable<PersonItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        scroll={{ x: 1400 }}
        locale={{ emptyText: <EmptyState description={t('people.empty')} /> }}
        pagination={tablePagination(t, page, pageSize, data?.total, onPage)}
      />
    </div>
  );
}
