import { Table, Text } from '@mantine/core';
import type { MatchOutcomeJson } from '@matchready/contract';
import { ScrollTable } from '../../components/scroll-table.tsx';

export function UnfilledPositions({ outcome }: { readonly outcome: MatchOutcomeJson }) {
  const rows = Object.entries(outcome.unfilled)
    .filter(([, unfilled]) => unfilled > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (rows.length === 0) {
    return (
      <Text c="dimmed" fz="sm">
        Every position was filled.
      </Text>
    );
  }
  return (
    <ScrollTable label="Unfilled positions (scrollable)" minWidth={280}>
      <Table verticalSpacing="xs" aria-label="Unfilled positions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Program</Table.Th>
            <Table.Th scope="col" ta="right">
              Positions
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Unfilled
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([program, unfilled]) => (
            <Table.Tr key={program}>
              <Table.Td className="text-break">{program}</Table.Td>
              <Table.Td ta="right">{outcome.capacities[program] ?? '–'}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {unfilled}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
