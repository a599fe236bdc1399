import {
  Badge,
  Card,
  Group,
  Pagination,
  Select,
  Skeleton,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryError } from '../../components/query-state.tsx';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { percent, place, specialtyName, visaSummary } from './format.ts';
import { catalogueQuery, metaQuery } from './programs-api.ts';

const PAGE_SIZE = 25;

/** The shared catalogue for roles without an applicant profile: search and read. */
export function CatalogueBrowser() {
  const meta = useQuery(metaQuery);
  const [q, setQ] = useState('');
  const [specialty, setSpecialty] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [query] = useDebouncedValue(q, 300);
  const result = useQuery(
    catalogueQuery({
      q: query || undefined,
      specialty: specialty ?? undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const present = new Set(meta.data?.catalogueSpecialties ?? []);
  return (
    <Card component="section" aria-labelledby="catalogue-title">
      <Title order={2} fz="lg" id="catalogue-title" mb="sm">
        Program catalogue
      </Title>
      <Group gap="sm" mb="md" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name, id, city or institution"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label="Specialty"
          placeholder="All specialties"
          clearable
          data={(meta.data?.specialties ?? [])
            .filter((s) => present.has(s.id))
            .map((s) => ({ value: s.id, label: s.name }))}
          value={specialty}
          onChange={(v) => {
            setSpecialty(v);
            setPage(1);
          }}
        />
      </Group>
      {result.isError ? (
        <QueryError error={result.error} onRetry={() => result.refetch()} />
      ) : !result.data ? (
        <Skeleton h={200} />
      ) : result.data.total === 0 ? (
        <Text c="dimmed">No programs found.</Text>
      ) : (
        <>
          <ScrollTable label="Catalogue" minWidth={720}>
            <Table aria-label="Catalogue" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Program</Table.Th>
                  <Table.Th scope="col">Specialty</Table.Th>
                  <Table.Th scope="col">Visas</Table.Th>
                  <Table.Th scope="col">IMG share</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.data.programs.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Text fz="sm" fw={600} className="text-break">
                        {p.name}
                      </Text>
                      <Group gap={6}>
                        <Text fz="xs" c="dimmed">
                          {place(p)} · {p.id}
                        </Text>
                        {p.synthetic && (
                          <Badge size="xs" color="orange" variant="light">
                            Synthetic
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td fz="sm">
                      {specialtyName(p.specialty, meta.data?.specialties)}
                    </Table.Td>
                    <Table.Td fz="sm">{visaSummary(p)}</Table.Td>
                    <Table.Td fz="sm">
                      {p.imgShare === null ? 'not reported' : percent(p.imgShare)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Group justify="center" mt="md">
            <Pagination
              total={Math.max(1, Math.ceil(result.data.total / PAGE_SIZE))}
              value={page}
              onChange={setPage}
              getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
              getControlProps={(control) => ({ 'aria-label': `${control} page` })}
            />
          </Group>
        </>
      )}
    </Card>
  );
}
