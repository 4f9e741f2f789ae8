import { Card, Col, Flex, List, Progress, Row, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useState } from 'react';
import { useProgram, usePrograms, type ProgramItem } from '../../api/programs';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { byAttention, formatValue, OffTrackTag, offTrackOf } from './labels';
import { TaskDrawer } from './TaskDrawer';
import { TasksTable } from './TasksTable';
import UnitReports from '../reports/UnitReports';
import UnitInspections from '../inspections/UnitInspections';

function ProgramProgress({ item }: { item: ProgramItem }) {
  const { t, tx } = useI18n();
  const q = useProgram(item.id);
  const targets = q.data ? byAttention(q.data.targets) : [];
  const met = targets.filter((x) => x.achieved).length;
  return (
    <div className="section" data-testid="record-program">
      <Flex gap={8} wrap align="baseline">
        <Link to={`/programs/${item.id}`}><strong>{item.title}</strong></Link>
        <Tag color={item.status === 'active' ? 'processing' : 'default'}>{tx('program.status', item.status)}</Tag>
        {item.overdueTaskCount > 0 && <Tag color="red">{t('programs.overdueTasks', { count: item.overdueTaskCount })}</Tag>}
      </Flex>
      <Typography.Text type="secondary">
        {formatDate(item.periodFrom)} – {formatDate(item.periodTo)}{q.data && ` · ${t('record.targetsMet', { met, total: targets.length })}`}
      </Typography.Text>
      {q.isPending ? <Loading rows={2} /> : q.isError ? <ErrorState error={q.error} /> : (
        <List size="small" dataSource={targets} renderItem={(x) => (
          <List.Item key={x.id} style={{ display: 'block' }}>
            <Row gutter={8} align="middle">
              <Col xs={24} md={13}>
                <Link to={`/programs/${item.id}?target=${x.id}`}>{x.indicator}</Link> {offTrackOf(x) && <OffTrackTag />}
              </Col>
              <Col xs={12} md={5}>
                <Typography.Text type="secondary">{x.kind === 'boolean' ? formatValue(t, x, x.current) : `${formatValue(t, x, x.current)} / ${formatValue(t, x, x.targetValue)}`}</Typography.Text>
              </Col>
              <Col xs={12} md={6}>
                {x.progress == null ? <Typography.Text type="secondary">{t('targets.noValue')}</Typography.Text>
                  : <Progress percent={x.progress} size="small" status={x.achieved ? 'success' : offTrackOf(x) ? 'exception' : 'normal'} format={(v) => `${formatNumber(v ?? 0, 1)}%`}
                    aria-label={`${t('targets.progress')}: ${x.indicator}`} />}
              </Col>
            </Row>
          </List.Item>
        )} />
      )}
    </div>
  );
}

/**
 * "Thực hiện nghị quyết" on a unit's page: its programs with target progress, its tasks (own and from above), its
 * periodic reports and their lateness, and — for those who may read inspections — the inspections it was subject of
 * and the recommendations it must carry out.
 */
export default function UnitRecord({ orgId, inspections }: { orgId: number; inspections: boolean }) {
  const { t } = useI18n();
  const programs = usePrograms({ orgId }, 1, 10);
  const [sp, setSp] = useSearchParams();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const taskId = Number(sp.get('task')) || 0;
  const setTask = (id?: number) => { const next = new URLSearchParams(sp); if (id) next.set('task', String(id)); else next.delete('task'); setSp(next, { replace: true }); };
  return (
    <Card title={t('record.title')} className="section" data-testid="unit-record">
      <Typography.Title level={2} style={{ fontSize: '1rem' }}>{t('record.programs')}</Typography.Title>
      {programs.isPending ? <Loading rows={3} /> : programs.isError ? <ErrorState error={programs.error} onRetry={() => programs.refetch()} />
        : programs.data.items.length === 0 ? <EmptyState description={t('record.noPrograms')} />
        : programs.data.items.map((p) => <ProgramProgress key={p.id} item={p} />)}
      <Typography.Title level={2} style={{ fontSize: '1rem', marginTop: 16 }}>{t('record.tasks')}</Typography.Title>
      <TasksTable filters={{ orgId }} page={page.page} pageSize={page.pageSize} onPage={(pg, size) => setPage({ page: pg, pageSize: size })}
        onOpen={setTask} showProgram testId="record-tasks" />
      {programs.data && programs.data.items.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: '1rem', marginTop: 16 }}>{t('record.reports')}</Typography.Title>
          <UnitReports programs={programs.data.items.filter((p) => p.orgId === orgId)} />
        </>
      )}
      {inspections && <UnitInspections orgId={orgId} />}
      {taskId > 0 && <TaskDrawer id={taskId} onClose={() => setTask()} />}
    </Card>
  );
}
