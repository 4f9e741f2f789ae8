import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from '../../components/EChart';
import type { TargetDetail } from '../../api/programs';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { formatValue } from './labels';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

const num = (v: number | boolean | null | undefined) => (v == null ? null : typeof v === 'boolean' ? Number(v) : v);
const day = (iso: string) => new Date(`${iso}T00:00:00`).getTime();

/**
 * The reported path (from the baseline to each value; for a roll-up, the current aggregate) against the target
 * line up to the deadline and the yearly milestones. Yes/no targets plot 0 (not yet) and 1 (reached).
 */
export default function TargetChart({ target }: { target: TargetDetail }) {
  const { t, lang } = useI18n();

  const series = useMemo(() => {
    const path: [number, number][] = [];
    const base = num(target.baselineValue);
    if (base != null && target.baselineOn) path.push([day(target.baselineOn), base]);
    const values = [...target.values].sort((a, b) => a.asOf.localeCompare(b.asOf));
    for (const v of values) path.push([day(v.asOf), num(v.value)!]);
    // A roll-up has no stored path of its own: its current aggregate is the last point.
    if (!values.length && target.current != null && target.currentAsOf) path.push([day(target.currentAsOf), num(target.current)!]);
    const milestones = target.milestones.map((m) => [day(`${m.year}-12-31`), m.value] as [number, number]);
    return { path, milestones, base, goal: num(target.targetValue)!, deadline: day(target.deadline) };
  }, [target]);

  const option = useMemo(() => {
    const show = (v: number) => formatValue(t, target, target.kind === 'boolean' ? v >= 1 : v);
    const names = { reported: t('targets.chartReported'), goal: t('targets.chartTarget'), milestones: t('targets.chartMilestones'), base: t('targets.chartBaseline') };
    const start = series.path[0]?.[0] ?? series.deadline;
    return {
      animationDurationUpdate: 0,
      legend: { bottom: 0, data: [names.reported, names.goal, ...(series.milestones.length ? [names.milestones] : [])] },
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesName: string; value: [number, number] }) =>
          `${p.seriesName}<br/>${formatDate(new Date(p.value[0]).toISOString().slice(0, 10))}: <b>${show(p.value[1])}</b>`,
      },
      grid: { left: 8, right: 24, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'time', min: Math.min(start, series.deadline), max: series.deadline, minInterval: 365 * 86_400_000, axisLabel: { formatter: '{yyyy}', hideOverlap: true } },
      yAxis: target.kind === 'boolean'
        ? { type: 'value', min: 0, max: 1, interval: 1, axisLabel: { formatter: (v: number) => show(v) } }
        : { type: 'value', scale: true, axisLabel: { formatter: (v: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US').format(v) } },
      series: [
        {
          name: names.reported, type: 'line', data: series.path, symbolSize: 8, lineStyle: { width: 3 }, color: '#1d4ed8',
          markLine: series.base != null ? {
            silent: true, symbol: 'none', label: { formatter: `${names.base}: ${show(series.base)}`, position: 'insideStartTop' },
            lineStyle: { color: '#8c8c8c', type: 'dotted' }, data: [{ yAxis: series.base }],
          } : undefined,
        },
        {
          name: names.goal, type: 'line', color: '#cf1322', symbol: 'none', lineStyle: { type: 'dashed', width: 2 },
          data: [[Math.min(start, series.deadline), series.goal], [series.deadline, series.goal]],
          markLine: { silent: true, symbol: 'none', label: { formatter: `${names.goal}: ${show(series.goal)}`, position: 'insideEndTop' }, lineStyle: { opacity: 0 }, data: [{ yAxis: series.goal }] },
        },
        ...(series.milestones.length ? [{ name: names.milestones, type: 'scatter', data: series.milestones, symbol: 'diamond', symbolSize: 12, color: '#d46b08' }] : []),
      ],
    };
  }, [series, target, t, lang]);

  return <EChart option={option} label={`${t('targets.chart')}: ${target.indicator}`} testId="target-chart" height={300} />;
}
