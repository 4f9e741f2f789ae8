import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../i18n';
import { formatNumber, formatPercent } from '../../lib/format';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface RateBar { name: string; rate: number; /** false: its deadline has not come yet, so a low rate is no failure. */ due: boolean }

// Past the deadline: green from 95 %, orange from 80 %, red below. Before it: neutral grey.
const colorOf = (r: RateBar) => (!r.due && r.rate < 0.95 ? '#bfbfbf' : r.rate >= 0.95 ? '#389e0d' : r.rate >= 0.8 ? '#fa8c16' : '#cf1322');

/**
 * Horizontal bars, one per unit, in the order given (worst first, at the top). The chart is created once: new data
 * and a resized window update it in place without replaying the opening animation.
 */
export function RateChart({ rows }: { rows: RateBar[] }) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  // The parent builds a new array on every render (a breakpoint change, a refetch): compare by content.
  const key = JSON.stringify(rows);
  const data = useMemo(() => (JSON.parse(key) as RateBar[]).reverse(), [key]);

  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chartRef.current = chart;
    // Names get at most 40% of the width and the axis fewer ticks on a phone, so the bars keep room.
    const fit = () => {
      const w = ref.current?.clientWidth ?? 0;
      chart.setOption({ yAxis: { axisLabel: { width: Math.min(200, Math.round(w * 0.4)) } }, xAxis: { splitNumber: w < 480 ? 2 : 5 } });
      chart.resize({ animation: { duration: 0 } });
    };
    const observer = new ResizeObserver(fit);
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const notDue = t('part.notDue');
    const text = (r: RateBar) => (r.due || r.rate >= 0.95 ? formatPercent(r.rate, lang) : `${formatPercent(r.rate, lang)} · ${notDue}`);
    chart.setOption({
      // The first drawing grows the bars; later updates (new counts) move them without replaying it.
      animationDurationUpdate: 0,
      tooltip: {
        trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: (ps: { dataIndex: number }[]) => `${data[ps[0].dataIndex].name}<br/>${text(data[ps[0].dataIndex])}`,
      },
      grid: { left: 8, right: 120, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: (v: number) => `${formatNumber(v)}%` } },
      yAxis: { type: 'category', data: data.map((r) => r.name), axisLabel: { overflow: 'truncate' } },
      series: [{
        type: 'bar',
        data: data.map((r) => ({ value: Math.round(r.rate * 1000) / 10, itemStyle: { color: colorOf(r) } })),
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => text(data[p.dataIndex]) },
        barMaxWidth: 22,
      }],
    });
  }, [data, lang, t]);

  return <div ref={ref} role="img" aria-label={t('part.byUnit')} style={{ width: '100%', height: Math.max(160, rows.length * 32 + 40) }} data-testid="rate-chart" />;
}
