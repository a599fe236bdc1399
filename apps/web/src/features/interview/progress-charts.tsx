import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import type { ProgressResponse } from '@matchready/contract';

import { TREND_METRICS, type TrendMetric } from './trend-metrics.ts';

type Progress = ProgressResponse;

/** Attempts per theme (bar chart), with the numbers in a caption for screen readers. */
export function ThemeChart({ themes }: { readonly themes: Progress['themes'] }) {
  const data = themes.map((t) => ({ theme: t.label, attempts: t.attempts }));
  return (
    <figure style={{ margin: 0 }} aria-label="Attempts per theme">
      <BarChart
        h={280}
        data={data}
        dataKey="theme"
        orientation="vertical"
        series={[{ name: 'attempts', label: 'Attempts', color: 'brand.6' }]}
        gridAxis="x"
        yAxisProps={{ width: 170 }}
        xAxisProps={{ allowDecimals: false }}
        withTooltip
        barProps={{ radius: [0, 4, 4, 0] }}
      />
      <figcaption className="visually-hidden">
        {data.map((row) => `${row.theme}: ${row.attempts}`).join('; ')}
      </figcaption>
    </figure>
  );
}

/** One question's measure over its attempts, oldest first. */
export function TrendChart({
  points,
  metric,
}: {
  readonly points: Progress['questions'][number]['points'];
  readonly metric: TrendMetric;
}) {
  const label = TREND_METRICS.find((m) => m.value === metric)?.label ?? metric;
  const data = points.map((point, index) => ({ attempt: `#${index + 1}`, value: point[metric] }));
  return (
    <figure style={{ margin: 0 }} aria-label={`${label} by attempt`}>
      <LineChart
        h={240}
        data={data}
        dataKey="attempt"
        series={[{ name: 'value', label, color: 'brand.6' }]}
        curveType="linear"
        connectNulls
        withDots
        xAxisLabel="Attempt"
        yAxisProps={{ allowDecimals: metric === 'fillersPer100Words' }}
        withTooltip
      />
      <figcaption className="visually-hidden">
        {data.map((row) => `Attempt ${row.attempt}: ${row.value ?? 'not measured'}`).join('; ')}
      </figcaption>
    </figure>
  );
}
