import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { Segmented, Table } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDocumentStats, type StatRow } from '../../api/documents';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { compareVi } from '../../lib/collate';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const MAX_ISSUERS = 8;

/** Years as categories, one stacked bar series per issuer (the most frequent ones). */
function useSeries(rows: StatRow[]) {
  return useMemo(() => {
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(r.issuer, (totals.get(r.issuer) ?? 0) + r.count);
    const issuers = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_ISSUERS).map(([i]) => i);
    const series = issuers.map((issuer) => ({
      name: issuer,
      type: 'bar' as const,
      stack: 'all',
      data: years.map((y) => rows.find((r) => r.issuer === issuer && r.year === y)?.count ?? 0),
    }));
    return { years, series };
  }, [rows]);
}

function Chart({ rows }: { rows: StatRow[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const { years, series } = useSeries(rows);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [years, series]);
  return <div ref={ref} className="chart-box" role="img" aria-label={t('docs.stats')} />;
}

export default function DocumentStats() {
  const t = useT();
  const stats = useDocumentStats();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  if (stats.isPending) return <Loading />;
  if (stats.isError) return <ErrorState error={stats.error} onRetry={() => stats.refetch()} />;
  if (stats.data.length === 0) return <EmptyState description={t('docs.noStats')} />;
  const rows = [...stats.data].sort((a, b) => b.year - a.year || compareVi(a.issuer, b.issuer));

  return (
    <div data-testid="document-stats">
      <Segmented
        size="small"
        style={{ marginBottom: 8 }}
        value={view}
        onChange={setView}
        options={[{ value: 'chart', icon: <BarChartOutlined />, title: 'chart' }, { value: 'table', icon: <TableOutlined />, title: 'table' }]}
        aria-label={t('docs.stats')}
      />
      {view === 'chart' ? <Chart rows={stats.data} /> : (
        <Table<StatRow>
          size="small"
          rowKey={(r) => `${r.issuer}-${r.year}`}
          dataSource={rows}
          pagination={rows.length > 10 ? { pageSize: 10 } : false}
          columns={[
            { title: t('docs.year'), dataIndex: 'year', width: 90 },
            { title: t('docs.issuer'), dataIndex: 'issuer' },
            { title: t('docs.count'), dataIndex: 'count', width: 120, align: 'right' },
          ]}
        />
      )}
    </div>
  );
}
