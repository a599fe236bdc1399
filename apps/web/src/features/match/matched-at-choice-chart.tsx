import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { ordinal } from './format.ts';

/** Bar chart of how many applicants matched at their 1st, 2nd, … choice (loaded on demand). */
export function MatchedAtChoiceChart({ counts }: { readonly counts: readonly number[] }) {
  const data = counts.map((applicants, index) => ({ choice: ordinal(index + 1), applicants }));
  return (
    <figure style={{ margin: 0 }} aria-label="Applicants matched at each choice">
      <BarChart
        h={240}
        data={data}
        dataKey="choice"
        series={[{ name: 'applicants', label: 'Applicants', color: 'brand.6' }]}
        tickLine="y"
        gridAxis="y"
        withTooltip
        xAxisLabel="Choice on the applicant's list"
        yAxisLabel="Applicants"
        yAxisProps={{ allowDecimals: false }}
        barProps={{ radius: [4, 4, 0, 0] }}
      />
      <figcaption className="visually-hidden">
        {data.map((row) => `${row.choice} choice: ${row.applicants}`).join('; ')}
      </figcaption>
    </figure>
  );
}

export { MatchedAtChoiceChart as default };
