import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Col, Collapse, Descriptions, Popconfirm, Row, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useDeleteDocument, useDocument } from '../../api/documents';
import { useOrg } from '../../api/orgs';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate, formatDateTime } from '../../lib/format';
import { canAny, canAt } from '../../lib/roles';
import { AttachmentsCard } from './AttachmentsCard';
import { RelationsCard } from './RelationsCard';
import { LinkButton } from '../../components/LinkButton';

function Text({ value, empty }: { value: string | null; empty: string }) {
  if (!value) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return <pre className="pre-text">{value}</pre>;
}

export default function DocumentDetailPage() {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const q = useDocument(id);
  // The owner unit is readable only inside the user's subtree: that is where editing may be allowed.
  const owner = useOrg(canAny(me, 'document.write') ? q.data?.ownerOrgId ?? 0 : 0);
  const del = useDeleteDocument();
  if (q.isPending) return <Loading rows={10} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const d = q.data;
  const canWrite = canAt(me, 'document.write', owner.data?.path);
  const none = t('common.none');

  return (
    <div data-testid="document-detail">
      <Breadcrumb className="section" items={[{ title: <Link to="/documents">{t('menu.documents')}</Link> }, { title: d.symbol }]} />
      <PageHeader
        title={<span data-testid="document-symbol">{d.symbol}</span>}
        sub={<><Tag color="red">{tx('docs.type', d.type)}</Tag>{formatDate(d.issuedOn)} · {d.issuerName}</>}
        extra={canWrite && <>
          <LinkButton to={`/documents/${d.id}/edit`} icon={<EditOutlined />}>{t('common.edit')}</LinkButton>
          <Popconfirm title={t('docs.confirmDelete')} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}
            onConfirm={() => del.mutateAsync(d.id).then(() => { message.success(t('common.deleted')); navigate('/documents'); })}>
            <Button danger icon={<DeleteOutlined />} data-testid="document-delete">{t('common.delete')}</Button>
          </Popconfirm>
        </>}
      />
      <Card className="section">
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="document-title">{d.title}</Typography.Title>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" items={[
          { key: 'symbol', label: t('docs.symbol'), children: d.symbol },
          { key: 'type', label: t('docs.type'), children: tx('docs.type', d.type) },
          { key: 'issuer', label: t('docs.issuer'), children: d.issuerName },
          { key: 'date', label: t('docs.issuedOn'), children: formatDate(d.issuedOn) },
          { key: 'level', label: t('docs.level'), children: tx('docs.level', d.level) },
          { key: 'owner', label: t('docs.owner'), children: d.ownerOrgName },
          { key: 'created', label: t('docs.createdAt'), children: formatDateTime(d.createdAt) },
        ]} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card title={t('docs.keyPoints')} className="section" data-testid="document-keypoints">
            <Text value={d.keyPoints} empty={none} />
          </Card>
          <Card title={t('docs.summary')} className="section">
            <Text value={d.summary} empty={none} />
          </Card>
          <Collapse className="section" items={[{
            key: 'full', label: t('docs.fullText'),
            children: d.fullText ? <pre className="pre-text">{d.fullText}</pre> : <EmptyState description={none} />,
          }]} />
        </Col>
        <Col xs={24} lg={9}>
          <AttachmentsCard doc={d} canWrite={canWrite} />
          <RelationsCard doc={d} canWrite={canWrite} />
        </Col>
      </Row>
    </div>
  );
}
