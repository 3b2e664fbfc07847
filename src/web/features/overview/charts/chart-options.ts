// Pure builders of chart options from scorecard data, so what a chart shows can be tested without a browser.
import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatPercent } from '../../../../core/vi/format';

export interface Bar {
  label: string;
  value: number;
  /** The bar's colour: an achievement bar takes its row's status colour, as the status badge does. */
  colour?: string;
}

const BAR_COLOUR = '#1864ab';

const AXIS_LABEL = { color: '#333', width: 110, overflow: 'truncate' as const };

/** Achievement per indicator as horizontal bars against a 100% line. */
export function achievementOption(bars: Bar[], targetLabel: string): EChartsCoreOption {
  return {
    grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatPercent(v) : ''),
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
    yAxis: { type: 'category', data: bars.map((b) => b.label), inverse: true, axisLabel: AXIS_LABEL },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => ({
          value: b.value,
          itemStyle: { color: b.colour ?? BAR_COLOUR },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: number }) => formatPercent(p.value, 1),
        },
        markLine: {
          symbol: 'none',
          lineStyle: { color: '#1a1a1a', type: 'dashed' },
          label: { formatter: targetLabel },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  };
}

export interface TrendSeries {
  name: string;
  values: (number | null)[];
}

/** An indicator's figures by period this year beside the same periods last year, with its decimals. */
export function trendOption(periods: string[], series: TrendSeries[], decimals: number): EChartsCoreOption {
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v, decimals) : '—'),
    },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v, 0) } },
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      data: s.values,
      connectNulls: true,
      symbolSize: 8,
    })),
  };
}

/** One indicator's figures of the child units, side by side, with its decimals. */
export function childrenOption(bars: Bar[], measure: string, decimals: number): EChartsCoreOption {
  return {
    grid: { left: 8, right: 56, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) =>
        typeof v === 'number' ? `${formatNumber(v, decimals)} ${measure}` : '—',
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v, 0) } },
    yAxis: { type: 'category', data: bars.map((b) => b.label), inverse: true, axisLabel: AXIS_LABEL },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => b.value),
        itemStyle: { color: BAR_COLOUR },
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: number }) => formatNumber(p.value, decimals),
        },
      },
    ],
  };
}
