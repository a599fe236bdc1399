import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';

/** P(match) against contiguous ranks, with the chosen number of ranks marked (loaded on demand). */
export function CalculatorChart({
  curve,
  ranks,
}: {
  readonly curve: readonly { readonly ranks: number; readonly probability: number }[];
  readonly ranks: number;
}) {
  const data = curve.map((point) => ({
    ranks: point.ranks,
    estimate: Math.round(point.probability * 1000) / 10,
  }));
  return (
    <figure
      style={{ margin: 0 }}
      aria-label="Estimated chance of matching by number of contiguous ranks"
    >
      <LineChart
        h={280}
        data={data}
        dataKey="ranks"
        series={[{ name: 'estimate', label: 'Estimated P(match), %', color: 'brand.6' }]}
        curveType="monotone"
        withDots={false}
        gridAxis="xy"
        xAxisLabel="Contiguous ranks in the specialty"
        yAxisLabel="Estimated P(match), %"
        yAxisProps={{ domain: [0, 100] }}
        valueFormatter={(value) => `${value}%`}
        referenceLines={[{ x: ranks, label: `${ranks} ranks`, color: 'orange.8' }]}
        withTooltip
      />
      <figcaption className="visually-hidden">
        {data.map((row) => `${row.ranks} ranks: ${row.estimate}%`).join('; ')}
      </figcaption>
    </figure>
  );
}

export { CalculatorChart as default };
