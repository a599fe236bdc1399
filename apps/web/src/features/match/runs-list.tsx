import { Badge, Button, Table, Text } from '@mantine/core';
import type { MatchRunSummary } from '@matchready/contract';
import { useState } from 'react';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { formatDateTime, formatDuration, percent } from './format.ts';

const SHOWN = 5;

interface Props {
  readonly runs: readonly MatchRunSummary[];
  readonly selectedId: string | null;
  readonly onSelect: (runId: string) => void;
}

/** Saved runs of one instance, newest first; the selected one is shown below. */
export function RunsList({ runs, selectedId, onSelect }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? runs : runs.slice(0, SHOWN);
  return (
    <>
      <ScrollTable label="Saved runs (scrollable)" minWidth={560}>
        <Table verticalSpacing="xs" aria-label="Saved runs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Run</Table.Th>
              <Table.Th scope="col">Matched</Table.Th>
              <Table.Th scope="col">Filled</Table.Th>
              <Table.Th scope="col">Time</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">Action</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((run) => {
              const selected = run.id === selectedId;
              return (
                <Table.Tr
                  key={run.id}
                  bg={selected ? 'brand.0' : undefined}
                  aria-current={selected ? 'true' : undefined}
                >
                  <Table.Td>
                    <Text fz="sm">{formatDateTime(run.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">
                      {run.stats.matchedApplicants}/{run.stats.applicants} (
                      {percent(run.stats.matchedApplicants, run.stats.applicants)})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">
                      {run.stats.filledPositions}/{run.stats.positions}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">{formatDuration(run.durationMs)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={run.status === 'stable' ? 'teal' : 'red'}
                      size="sm"
                    >
                      {run.status === 'stable' ? 'Stable' : 'No stable matching'}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {selected ? (
                      <Text fz="sm" fw={600} c="brand.7">
                        Showing
                      </Text>
                    ) : (
                      <Button size="compact-sm" variant="subtle" onClick={() => onSelect(run.id)}>
                        View
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {runs.length > SHOWN && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setShowAll((value) => !value)}>
          {showAll ? 'Show fewer runs' : `Show all ${runs.length} runs`}
        </Button>
      )}
    </>
  );
}
