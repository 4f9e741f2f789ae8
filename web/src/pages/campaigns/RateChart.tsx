import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n';
import { formatPercent } from '../../lib/format';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Horizontal bars: one per unit, its participation rate in percent. */
export function RateChart({ rows }: { rows: { name: string; rate: number }[] }) {
  const { lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const data = [...rows].reverse();
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => formatPercent(v / 100, lang) },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: data.map((r) => r.name), axisLabel: { overflow: 'truncate' } },
      series: [{
        type: 'bar',
        data: data.map((r) => ({ value: Math.round(r.rate * 1000) / 10, itemStyle: { color: r.rate >= 0.95 ? '#389e0d' : r.rate >= 0.8 ? '#fa8c16' : '#cf1322' } })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatPercent(p.value / 100, lang) },
        barMaxWidth: 22,
      }],
    });
    // Names get at most 40% of the width and the axis fewer ticks on a phone, so the bars keep room.
    const fit = () => {
      const w = ref.current?.clientWidth ?? 0;
      chart.setOption({ yAxis: { axisLabel: { width: Math.min(160, Math.round(w * 0.4)) } }, xAxis: { splitNumber: w < 480 ? 2 : 5 } });
    };
    fit();
    const resize = () => { fit(); chart.resize(); };
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows, lang]);
  return <div ref={ref} role="img" style={{ width: '100%', height: Math.max(160, rows.length * 32 + 40) }} data-testid="rate-chart" />;
}
