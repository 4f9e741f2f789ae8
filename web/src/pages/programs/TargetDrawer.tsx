import { Alert, Button, Descriptions, Drawer, Flex, Grid, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTarget, type TargetDetail } from '../../api/programs';
import { DataTable } from '../../components/DataTable';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { ContributionsTable } from './ContributionsTable';
import { formatValue, OffTrackTag, offTrackOf, ProgressCell } from './labels';
import { ValueModal } from './ValueModal';

// ECharts in its own chunk, loaded when a target is opened.
const TargetChart = lazy(() => import('./TargetChart'));

type Reported = TargetDetail['values'][number];

/**
 * One target: its chart, its reported values, and for a roll-up the units below that feed it (to their programs). Its
 * "report" button is the server's answer (the target's own unit reports it).
 */
export function TargetDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t, tx } = useI18n();
  const wide = Grid.useBreakpoint().md ?? true;
  const q = useTarget(id);
  const [reporting, setReporting] = useState(false);
  const target = q.data;

  return (
    <Drawer open onClose={onClose} size={wide ? 760 : '100%'} title={target?.indicator ?? t('programs.targets')} data-testid="target-drawer"
      closable={{ 'aria-label': t('common.close') }}
      extra={target?.can.report && (
        <Button type="primary" onClick={() => setReporting(true)} data-testid="drawer-report">{t('targets.report')}</Button>
      )}>
      {q.isPending ? <Loading rows={6} /> : q.isError ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : target && (
        <>
          <Flex gap={4} wrap className="section">
            {offTrackOf(target) && <OffTrackTag />}
            <Tag>{tx('target.kind', target.kind)}</Tag>
            {target.aggregation && <Tag color="purple">{tx('target.aggregation', target.aggregation)}</Tag>}
            {target.achieved && <Tag color="success">{t('targets.achieved')}</Tag>}
          </Flex>
          <Descriptions size="small" column={wide ? 2 : 1} className="section" items={[
            { key: 'program', label: t('tasks.program'), children: <Link to={`/programs/${target.programId}`}>{target.programTitle}</Link>, span: wide ? 2 : 1 },
            { key: 'unit', label: t('programs.unit'), children: target.orgName },
            ...(target.criterion ? [{ key: 'criterion', label: t('targets.criterion'), children: target.criterion }] : []),
            { key: 'baseline', label: t('targets.baseline'), children: `${formatValue(t, target, target.baselineValue)}${target.baselineOn ? ` (${formatDate(target.baselineOn)})` : ''}` },
            { key: 'target', label: t('targets.target'), children: <strong>{formatValue(t, target, target.targetValue)}</strong> },
            { key: 'deadline', label: t('targets.deadline'), children: formatDate(target.deadline) },
            { key: 'current', label: t('targets.current'), children: `${formatValue(t, target, target.current)}${target.currentAsOf ? ` (${formatDate(target.currentAsOf)})` : ''}` },
            { key: 'progress', label: t('targets.progress'), children: <div style={{ minWidth: 160 }}><ProgressCell target={target} /></div> },
            ...(target.rollup ? [{ key: 'rollup', label: t('targets.rollupTag'), children: <span data-testid="drawer-rollup">{t('targets.rollup', target.rollup)}</span> }] : []),
          ]} />
          <Typography.Title level={2} style={{ fontSize: '1rem' }}>{t('targets.chart')}</Typography.Title>
          <Suspense fallback={<Loading rows={4} />}><TargetChart target={target} /></Suspense>
          {target.aggregation ? (
            <>
              <Alert type="info" showIcon className="section" title={t('targets.rollupReadOnly')} style={{ marginTop: 16 }} />
              <Typography.Title level={2} style={{ fontSize: '1rem' }}>{t('targets.contributions')}</Typography.Title>
              <ContributionsTable target={target} />
            </>
          ) : (
            <>
              <Typography.Title level={2} style={{ fontSize: '1rem', marginTop: 16 }}>{t('targets.values')}</Typography.Title>
              <DataTable<Reported>
                rowKey="id" size="small" pagination={false} dataSource={[...target.values].sort((a, b) => b.asOf.localeCompare(a.asOf))} data-testid="values-table"
                locale={{ emptyText: <EmptyState description={t('targets.noValues')} /> }}
                columns={[
                  { title: t('targets.asOf'), dataIndex: 'asOf', width: 120, mobile: 'title', render: formatDate },
                  { title: t('targets.value'), key: 'value', width: 130, render: (_, r) => <strong>{formatValue(t, target, r.value)}</strong> },
                  { title: t('targets.note'), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
                  { title: t('targets.reportedBy'), key: 'by', width: 200, render: (_, r) => `${r.reportedBy ?? '—'} · ${formatDateTime(r.reportedAt)}` },
                ]}
              />
            </>
          )}
          {reporting && <ValueModal target={target} open onClose={() => setReporting(false)} />}
        </>
      )}
    </Drawer>
  );
}
