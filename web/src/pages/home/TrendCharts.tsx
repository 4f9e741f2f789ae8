import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { EChart, type EChartOption } from '../../components/EChart';
import type { Overview } from '../../api/home';
import { useI18n } from '../../i18n';
import { formatNumber } from '../../lib/format';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const monthLabel = (m: string) => `${m.slice(5)}/${m.slice(2, 4)}`;
const quarterLabel = (q: string, lang: string) => (lang === 'vi' ? `Q${q.slice(6)}/${q.slice(0, 4)}` : `${q.slice(0, 4)} Q${q.slice(6)}`);

/** Participation per month (people invited, those present, the rate) and the periodic reports per quarter (on time or not). */
export default function TrendCharts({ trends }: { trends: Overview['trends'] }) {
  const { t, lang } = useI18n();
  const n = (v: number) => formatNumber(v);
  const months = trends.participation;
  const participation: EChartOption = {
    animationDurationUpdate: 0,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month)) },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => n(v) } },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: t('ohome.chartInvited'), type: 'bar', data: months.map((m) => m.invited), color: '#91caff' },
      { name: t('ohome.chartAttended'), type: 'bar', data: months.map((m) => m.attended), color: '#1d4ed8' },
      { name: t('ohome.chartRate'), type: 'line', yAxisIndex: 1, color: '#cf1322', connectNulls: false,
        data: months.map((m) => (m.invited ? Math.round(m.rate * 1000) / 10 : null)) },
    ],
  };
  const q = trends.reports;
  const reports: EChartOption = {
    animationDurationUpdate: 0,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: q.map((x) => quarterLabel(x.quarter, lang)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('reports.status.on_time'), type: 'bar', stack: 'r', data: q.map((x) => x.onTime), color: '#389e0d' },
      { name: t('reports.status.late_filed'), type: 'bar', stack: 'r', data: q.map((x) => x.lateFiled), color: '#fa8c16' },
      { name: t('reports.status.late'), type: 'bar', stack: 'r', data: q.map((x) => x.late), color: '#cf1322' },
    ],
  };
  return (
    <div className="lt-grid lt-grid-2">
      <div>
        <h3 style={{ fontSize: 16, margin: '0 0 4px' }}>{t('ohome.trendParticipation')}</h3>
        <EChart option={participation} label={t('ohome.trendParticipation')} testId="trend-participation" />
      </div>
      <div>
        <h3 style={{ fontSize: 16, margin: '0 0 4px' }}>{t('ohome.trendReports')}</h3>
        {q.length === 0 ? <p className="lt-muted">{t('ohome.noReports')}</p> : <EChart option={reports} label={t('ohome.trendReports')} testId="trend-reports" />}
      </div>
    </div>
  );
}
