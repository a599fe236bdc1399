import { Card, Table, Text, Title } from '@mantine/core';
import type { MatchProblemJson } from '@matchready/contract';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { plural } from './format.ts';

const SHOWN = 10;

/** What the instance holds: each program with its positions and the length of its rank list. */
export function InstanceOverview({ problem }: { readonly problem: MatchProblemJson }) {
  const listLengths = problem.applicants.map((applicant) => applicant.ranking.length);
  const average =
    listLengths.length === 0
      ? 0
      : listLengths.reduce((sum, length) => sum + length, 0) / listLengths.length;
  const shown = problem.programs.slice(0, SHOWN);
  return (
    <Card component="section" aria-labelledby="overview-title">
      <Title order={2} fz="lg" id="overview-title">
        What is in this instance
      </Title>
      <Text fz="sm" c="dimmed" mb="sm">
        {plural(problem.programs.length, 'program')}; single applicants rank{' '}
        {average.toLocaleString(undefined, { maximumFractionDigits: 1 })} programs on average.
      </Text>
      <ScrollTable label="Programs (scrollable)" minWidth={320}>
        <Table verticalSpacing="xs" aria-label="Programs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Program</Table.Th>
              <Table.Th scope="col" ta="right">
                Positions
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Applicants ranked
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((program) => (
              <Table.Tr key={program.id}>
                <Table.Td className="text-break">
                  {program.id}
                  {program.reversions && program.reversions.length > 0 && (
                    <Text span fz="xs" c="dimmed" display="block">
                      Unfilled positions revert to{' '}
                      {program.reversions.map((reversion) => reversion.to).join(', ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{program.capacity}</Table.Td>
                <Table.Td ta="right">{program.ranking.length}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {problem.programs.length > SHOWN && (
        <Text fz="sm" c="dimmed" mt="xs">
          …and {plural(problem.programs.length - SHOWN, 'more program')}.
        </Text>
      )}
    </Card>
  );
}
