import { PlusOutlined } from '@ant-design/icons';
import { Card, Collapse, Grid } from 'antd';
import { lazy, Suspense } from 'react';
import { oneOf } from '../../api/contract';
import { DOC_LEVELS, DOC_TYPES, useDocuments, type DocumentFilters as Filters } from '../../api/documents';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { numOrUndef, useUrlFilters } from '../../lib/hooks';
import { canAny } from '../../lib/roles';
import { DocumentFilters } from './DocumentFilters';
import { DocumentTable } from './DocumentTable';
import { LinkButton } from '../../components/LinkButton';

// ECharts is large: its own chunk, loaded when the statistics panel is shown (open by default on desktop).
const DocumentStats = lazy(() => import('./DocumentStats'));
const KEYS = ['q', 'type', 'issuer', 'level', 'year'] as const;

export default function DocumentsListPage() {
  const t = useT();
  const me = useCurrentUser();
  const { values, page, pageSize, set, clear } = useUrlFilters(KEYS);
  const filters: Filters = {
    q: values.q || undefined,
    type: oneOf(DOC_TYPES, values.type),
    issuer: values.issuer || undefined,
    level: oneOf(DOC_LEVELS, values.level),
    year: numOrUndef(values.year),
  };
  const list = useDocuments(filters, page, pageSize);
  const desktop = Grid.useBreakpoint().md ?? true;

  return (
    <div data-testid="documents-page">
      <PageHeader
        title={t('docs.title')}
        extra={canAny(me, 'document.write') && (
          <LinkButton to="/documents/new" type="primary" icon={<PlusOutlined />} data-testid="document-create">{t('docs.create')}</LinkButton>
        )}
      />
      <Card className="section">
        <DocumentFilters values={values} onChange={set} onClear={clear} />
        {list.isError && !list.data ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : (
          <DocumentTable data={list.data} loading={list.isFetching} page={page} pageSize={pageSize} onPage={(p, s) => set({ page: p, pageSize: s })} />
        )}
      </Card>
      <Collapse
        className="section"
        defaultActiveKey={desktop ? ['stats'] : []}
        items={[{
          key: 'stats',
          label: t('docs.stats'),
          children: <Suspense fallback={<Loading />}><DocumentStats /></Suspense>,
        }]}
      />
    </div>
  );
}
