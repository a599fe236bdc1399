import { Badge, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ProgramRecord } from '@matchready/contract';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { place } from '../programs/format.ts';
import { catalogueQuery, metaQuery, savedListQuery } from '../programs/programs-api.ts';

/** Add programs that interviewed you: from your saved list, or by searching the catalogue. */
export function ProgramPicker({
  ranked,
  specialty: initialSpecialty,
  onAdd,
}: {
  readonly ranked: ReadonlySet<string>;
  readonly specialty: string | null;
  readonly onAdd: (program: ProgramRecord) => void;
}) {
  const meta = useQuery(metaQuery);
  const saved = useQuery(savedListQuery);
  const [q, setQ] = useState('');
  const [specialty, setSpecialty] = useState<string | null>(initialSpecialty);
  const [query] = useDebouncedValue(q, 250);
  const results = useQuery(
    catalogueQuery({ q: query || undefined, specialty: specialty ?? undefined, pageSize: 8 }),
  );
  const present = new Set(meta.data?.catalogueSpecialties ?? []);
  const fromList = (saved.data?.list.entries ?? []).flatMap((e) =>
    e.program && !ranked.has(e.programId) ? [e.program] : [],
  );

  const addButton = (p: ProgramRecord) => (
    <Button
      size="compact-sm"
      variant="default"
      leftSection={<IconPlus size={14} aria-hidden="true" />}
      aria-label={`Add to the rank list: ${p.name}`}
      disabled={ranked.has(p.id)}
      onClick={() => onAdd(p)}
      style={{ flexShrink: 0 }}
    >
      {ranked.has(p.id) ? 'Ranked' : 'Add'}
    </Button>
  );
  const row = (p: ProgramRecord) => (
    <Group key={p.id} justify="space-between" wrap="nowrap" gap="sm">
      <div style={{ minWidth: 0 }}>
        <Text fz="sm" fw={600} className="text-break">
          {p.name}
          {p.synthetic && (
            <Badge ml={6} size="xs" color="orange" variant="light">
              Synthetic
            </Badge>
          )}
        </Text>
        <Text fz="xs" c="dimmed">
          {place(p)} · {p.id}
        </Text>
      </div>
      {addButton(p)}
    </Group>
  );

  return (
    <Card component="section" aria-labelledby="picker-title">
      <Title order={2} fz="lg" id="picker-title" mb={4}>
        Add programs that interviewed you
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Only programs that interviewed you can rank you, so only they belong here.
      </Text>
      {fromList.length > 0 && (
        <Stack gap="xs" mb="md">
          <Text fz="sm" fw={600}>
            From my application list ({fromList.length})
          </Text>
          {/* Every saved program not yet ranked: the list is short enough to show whole. */}
          {fromList.map(row)}
        </Stack>
      )}
      <Group gap="sm" align="flex-end" mb="sm">
        <TextInput
          label="Search programs"
          placeholder="Name, id or city"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 200px' }}
        />
        <Select
          label="Specialty"
          placeholder="All specialties"
          clearable
          data={(meta.data?.specialties ?? [])
            .filter((s) => present.has(s.id))
            .map((s) => ({ value: s.id, label: s.name }))}
          value={specialty}
          onChange={setSpecialty}
          style={{ flex: '1 1 180px' }}
        />
      </Group>
      <Stack gap="xs" aria-live="polite" aria-label="Search results">
        {results.data?.programs.length === 0 && (
          <Text fz="sm" c="dimmed">
            No programs found.
          </Text>
        )}
        {results.data?.programs.map(row)}
      </Stack>
    </Card>
  );
}
