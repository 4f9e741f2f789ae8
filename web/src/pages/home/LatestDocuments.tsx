import { Link } from 'react-router-dom';
import { useDocuments } from '../../api/documents';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { Card, Item, ItemList, Tag } from '../../lite';

export function LatestDocuments() {
  const { t, tx } = useI18n();
  const docs = useDocuments({}, 1, 6);
  return (
    <Card title={t('home.latestDocuments')} extra={<Link to="/documents">{t('menu.documents')}</Link>} data-testid="home-latest-documents">
      {docs.isPending ? <Loading /> : docs.isError ? <ErrorState error={docs.error} onRetry={() => docs.refetch()} />
        : docs.data.items.length === 0 ? <EmptyState description={t('home.noDocuments')} />
          : (
            <ItemList>
              {docs.data.items.map((d) => (
                <Item key={d.id}>
                  <Link to={`/documents/${d.id}`}><strong>{d.symbol}</strong></Link>{' '}
                  <Tag>{tx('docs.type', d.type)}</Tag>
                  <p className="lt-clamp-2" style={{ margin: '4px 0 0' }}>{d.title}</p>
                  <span className="lt-muted" style={{ fontSize: '0.75rem' }}>{formatDate(d.issuedOn)} · {d.issuerName}</span>
                </Item>
              ))}
            </ItemList>
          )}
    </Card>
  );
}
