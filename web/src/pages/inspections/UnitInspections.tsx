import { Flex, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useInspections } from '../../api/inspections';
import { useRecommendations } from '../../api/recommendations';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { InspectionStatusTag, KindTag, RecStatusTag } from './labels';

/** On a unit's page: the inspections and supervisions it was subject of, and the recommendations it must answer. */
export default function UnitInspections({ orgId }: { orgId: number }) {
  const { t } = useI18n();
  const inspections = useInspections({ orgId }, 1, 10);
  const recs = useRecommendations({ orgId }, 1, 10);
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: '1rem', marginTop: 16 }}>{t('record.inspections')}</Typography.Title>
      {inspections.isPending ? <Loading rows={2} /> : inspections.isError ? <ErrorState error={inspections.error} />
        : inspections.data.items.length === 0 ? <EmptyState description={t('record.noInspections')} />
        : (
          <List size="small" dataSource={inspections.data.items} data-testid="record-inspections" renderItem={(i) => (
            <List.Item key={i.id} style={{ display: 'block' }}>
              <Flex gap={8} wrap align="baseline">
                <Link to={`/inspections/${i.id}`}>{i.title}</Link>
                <KindTag kind={i.kind} /> <InspectionStatusTag status={i.status} />
              </Flex>
              <Typography.Text type="secondary">
                {i.org.name} · {formatDate(i.periodFrom)} – {formatDate(i.periodTo)}
              </Typography.Text>
            </List.Item>
          )} />
        )}
      <Typography.Title level={2} style={{ fontSize: '1rem', marginTop: 16 }}>{t('record.recommendations')}</Typography.Title>
      {recs.isPending ? <Loading rows={2} /> : recs.isError ? <ErrorState error={recs.error} />
        : recs.data.items.length === 0 ? <EmptyState description={t('record.noRecommendations')} />
        : (
          <List size="small" dataSource={recs.data.items} data-testid="record-recommendations" renderItem={(r) => (
            <List.Item key={r.id} style={{ display: 'block' }}>
              <Link to={`/recommendations/${r.id}`}>{r.body}</Link>
              <Flex gap={8} wrap align="center">
                <RecStatusTag status={r.status} overdue={r.overdue} days={r.daysOverdue} />
                <Typography.Text type="secondary">{t('record.dueOn', { date: formatDate(r.deadline) })}</Typography.Text>
              </Flex>
            </List.Item>
          )} />
        )}
    </>
  );
}
