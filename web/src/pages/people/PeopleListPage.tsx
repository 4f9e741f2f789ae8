import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { oneOf } from '../../api/contract';
import { CATEGORIES, PARTY_STATUS_FILTERS, usePeople, type PeopleFilters as Filters } from '../../api/people';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState } from '../../components/States';
import { useT } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { numOrUndef, useUrlFilters } from '../../lib/hooks';
import { canAny } from '../../lib/roles';
import { PrintCardsButton } from '../reach/PrintCardsButton';
import { ImportModal } from './ImportModal';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { LinkButton } from '../../components/LinkButton';
import { ExportButton } from '../../components/ExportButton';
import type { Query } from '../../api/client';

const KEYS = ['orgId', 'q', 'partyStatus', 'category'] as const;

export default function PeopleListPage() {
  const t = useT();
  const me = useCurrentUser();
  const { values, page, pageSize, set, clear } = useUrlFilters(KEYS);
  const [importing, setImporting] = useState(false);
  const filters: Filters = {
    orgId: numOrUndef(values.orgId),
    q: values.q || undefined,
    partyStatus: oneOf(PARTY_STATUS_FILTERS, values.partyStatus),
    category: oneOf(CATEGORIES, values.category),
  };
  const list = usePeople(filters, page, pageSize);
  const canWrite = canAny(me, 'person.write');

  return (
    <div data-testid="people-page">
      <PageHeader
        title={t('people.title')}
        extra={<>
          <ExportButton path="/people/export.xlsx" query={filters as Query} testId="people-export" />
          {filters.orgId && <PrintCardsButton orgId={filters.orgId} />}
          {canWrite && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="people-import">{t('people.import')}</Button>}
          {canWrite && <LinkButton to="/people/new" type="primary" icon={<PlusOutlined />}>{t('people.create')}</LinkButton>}
        </>}
      />
      <Card>
        <PeopleFilters values={values} onChange={set} onClear={clear} />
        {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
          <PeopleTable data={list.data} loading={list.isFetching} page={page} pageSize={pageSize} onPage={(p, s) => set({ page: p, pageSize: s })} />
        )}
      </Card>
      {canWrite && <ImportModal open={importing} onClose={() => setImporting(false)} defaultOrgId={filters.orgId} />}
    </div>
  );
}
