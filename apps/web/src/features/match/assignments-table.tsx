import {
  Badge,
  Button,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { type AssignmentFilter, type AssignmentRow, filterRows } from './assignment-rows.ts';
import { ordinal } from './format.ts';

const PAGE_SIZE = 20;

interface Props {
  readonly rows: readonly AssignmentRow[];
  readonly onExplain: (applicantId: string) => void;
}

/** Every applicant's outcome: searchable, filterable and paginated for large instances. */
export function AssignmentsTable({ rows, onExplain }: Props) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const [filter, setFilter] = useState<AssignmentFilter>('all');
  const [page, setPage] = useState(1);
  const filtered = useMemo(() => filterRows(rows, debounced, filter), [rows, debounced, filter]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = filtered.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search applicants or programs"
          placeholder="e.g. amara or city"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 240px' }}
        />
        <SegmentedControl
          aria-label="Show"
          value={filter}
          onChange={(value) => {
            setFilter(value as AssignmentFilter);
            setPage(1);
          }}
          data={[
            { value: 'all', label: 'All' },
            { value: 'matched', label: 'Matched' },
            { value: 'unmatched', label: 'Unmatched' },
          ]}
        />
      </Group>
      <Text fz="sm" c="dimmed" aria-live="polite">
        {filtered.length === rows.length
          ? `${rows.length.toLocaleString()} applicants`
          : `${filtered.length.toLocaleString()} of ${rows.length.toLocaleString()} applicants`}
      </Text>
      <ScrollTable label="Assignments (scrollable)" minWidth={320}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label="Assignments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Applicant</Table.Th>
              <Table.Th scope="col">Matched to</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Choice
              </Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">Explanation</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.applicantId}>
                <Table.Td>
                  <Text fw={500} fz="sm" className="text-break">
                    {row.applicantId}
                  </Text>
                  {row.coupleId && (
                    <Text fz="xs" c="dimmed">
                      Couple {row.coupleId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.program ? (
                    <Text fz="sm" className="text-break">
                      {row.program}
                      {row.supplemental && (
                        <Text span fz="xs" c="dimmed" display="block">
                          + preliminary {row.supplemental}
                        </Text>
                      )}
                      {row.choice && (
                        <Text span fz="xs" c="dimmed" display="block" hiddenFrom="sm">
                          {ordinal(row.choice)} choice
                        </Text>
                      )}
                    </Text>
                  ) : (
                    <Badge variant="light" color="orange">
                      Unmatched
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text fz="sm">{row.choice ? ordinal(row.choice) : '–'}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => onExplain(row.applicantId)}
                    aria-label={`Why? Explain the outcome for ${row.applicantId}`}
                  >
                    Why?
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
            {shown.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text ta="center" c="dimmed" py="md">
                    No applicant matches your search.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
            size="sm"
            getItemProps={(pageNumber) => ({ 'aria-label': `Page ${pageNumber}` })}
            getControlProps={(control) => ({
              'aria-label': {
                first: 'First page',
                last: 'Last page',
                next: 'Next page',
                previous: 'Previous page',
              }[control],
            })}
          />
        </Group>
      )}
    </Stack>
  );
}
