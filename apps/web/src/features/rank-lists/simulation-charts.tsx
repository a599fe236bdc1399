import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import type { SimulationResultJson } from '@matchready/contract';
import { ordinal } from '../programs/format.ts';

/** Where the simulated runs ended (bar chart) and P(match) by list length (line chart). */
export function SimulationCharts({ result }: { readonly result: SimulationResultJson }) {
  const outcomes = result.distribution.map((d) => ({
    outcome: d.choice === null ? 'Unmatched' : ordinal(d.choice),
    share: Math.round(d.probability * 1000) / 10,
  }));
  const sensitivity = result.rankSensitivity.map((r) => ({
    ranks: r.ranks,
    pMatch: Math.round(r.probability * 1000) / 10,
  }));
  return (
    <>
      <figure
        style={{ margin: 0 }}
        aria-label="Simulated outcomes: share of runs matched at each choice"
      >
        <BarChart
          h={240}
          data={outcomes}
          dataKey="outcome"
          series={[{ name: 'share', label: 'Share of runs, %', color: 'brand.6' }]}
          tickLine="y"
          gridAxis="y"
          withTooltip
          valueFormatter={(value) => `${value}%`}
          xAxisLabel="Matched at choice"
          yAxisLabel="Share of runs, %"
          barProps={{ radius: [4, 4, 0, 0] }}
        />
        <figcaption className="visually-hidden">
          {outcomes.map((o) => `${o.outcome}: ${o.share}%`).join('; ')}
        </figcaption>
      </figure>
      <figure
        style={{ margin: 0 }}
        aria-label="Simulated chance of matching if the list stopped after k programs"
      >
        <LineChart
          h={240}
          data={sensitivity}
          dataKey="ranks"
          series={[{ name: 'pMatch', label: 'P(match), %', color: 'teal.7' }]}
          curveType="monotone"
          gridAxis="xy"
          withTooltip
          valueFormatter={(value) => `${value}%`}
          xAxisLabel="Programs ranked (first k of your list)"
          yAxisLabel="P(match), %"
          yAxisProps={{ domain: [0, 100] }}
        />
        <figcaption className="visually-hidden">
          {sensitivity.map((s) => `first ${s.ranks}: ${s.pMatch}%`).join('; ')}
        </figcaption>
      </figure>
    </>
  );
}

export { SimulationCharts as default };
