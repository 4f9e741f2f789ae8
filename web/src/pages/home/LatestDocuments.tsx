import { Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useDocuments } from '../../api/documents';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';

export function LatestDocuments() {
  const { t, tx } = useI18n();
  const docs = useDocuments({}, 1, 6);
  return (
    <Card title={t('home.latestDocuments')} extra={<Link to="/documents">{t('menu.documents')}</Link>} data-testid="home-latest-documents">
      {docs.isPending ? <Loading /> : docs.isError ? <ErrorState error={docs.error} onRetry={() => docs.refetch()} />
        : docs.data.items.length === 0 ? <EmptyState description={t('home.noDocuments')} />
          : (
            <List
              dataSource={docs.data.items}
              renderItem={(d) => (
                <List.Item key={d.id}>
                  <div style={{ minWidth: 0 }}>
                    <Link to={`/documents/${d.id}`}><strong>{d.symbol}</strong></Link>{' '}
                    <Tag>{tx('docs.type', d.type)}</Tag>
                    <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0 0' }}>{d.title}</Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: '0.75rem' }}>{formatDate(d.issuedOn)} · {d.issuerName}</Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          )}
    </Card>
  );
}
