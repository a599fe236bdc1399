import { Card, Table, Text, Title } from '@mantine/core';
import type { AnswerReport } from '@matchready/contract';

type Comparison = NonNullable<AnswerReport['comparison']>;
type Delta = Comparison['last']['wordCount'];

const ROWS = [
  ['wordCount', 'Words'],
  ['talkingPointsCovered', 'Talking points covered'],
  ['redFlags', 'Red flags'],
  ['fillersPer100Words', 'Fillers per 100 words'],
] as const;

const show = (value: number | null) => (value === null ? '—' : String(value));
const trend = (delta: Delta) =>
  delta.direction === 'better' ? 'better' : delta.direction === 'worse' ? 'worse' : 'same';

/** This attempt against the previous one at the same question. */
export function ComparisonList({ comparison }: { readonly comparison: Comparison }) {
  return (
    <Card component="section" aria-labelledby="comparison-title">
      <Title order={2} fz="lg" id="comparison-title" mb={4}>
        Compared with last time
      </Title>
      <Text fz="sm" c="dimmed" mb="sm">
        Against your previous attempt ({comparison.attempts} earlier in all).
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Measure</Table.Th>
            <Table.Th>Before</Table.Th>
            <Table.Th>Now</Table.Th>
            <Table.Th>Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.map(([key, label]) => {
            const delta = comparison.last[key];
            return (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw={500} fz="sm">
                  {label}
                </Table.Th>
                <Table.Td fz="sm">{show(delta.previous)}</Table.Td>
                <Table.Td fz="sm">{show(delta.current)}</Table.Td>
                <Table.Td
                  fz="sm"
                  c={
                    delta.direction === 'worse'
                      ? 'red.8'
                      : delta.direction === 'better'
                        ? 'teal.9'
                        : undefined
                  }
                >
                  {trend(delta)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
