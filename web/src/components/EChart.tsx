import * as echarts from 'echarts/core';
import { useEffect, useRef } from 'react';

// The caller registers the chart types and components it uses (echarts.use) in its own lazily loaded module, so
// pages without charts never load ECharts.
export type EChartOption = Parameters<echarts.ECharts['setOption']>[0];

/** One chart, created once; a new option replaces the old in place, and it follows its box's width. */
export function EChart({ option, label, testId, height = 280 }: { option: EChartOption; label: string; testId: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize({ animation: { duration: 0 } }));
    observer.observe(ref.current);
    return () => { observer.disconnect(); chart.dispose(); chartRef.current = null; };
  }, []);
  useEffect(() => { chartRef.current?.setOption(option, true); }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} data-testid={testId} />;
}
