import { Chip, Group, MultiSelect, Select, SimpleGrid, Text } from '@mantine/core';
import { type ProgramsMetaResponse, US_STATE_CODES } from '@matchready/contract';
import { TIERS } from '@matchready/core/vocabulary';
import { stateOptions } from '../profile/profile-options.ts';
import { TIER_LABEL } from './format.ts';

export interface Filters {
  readonly specialty: string;
  readonly states: readonly string[];
  readonly visa: '' | 'j1' | 'h1b';
  readonly tiers: readonly string[];
  readonly eligibility: 'all' | 'eligible' | 'ineligible';
  readonly sort: 'tier' | 'score' | 'name' | 'state';
}

export const DEFAULT_FILTERS: Filters = {
  specialty: '',
  states: [],
  visa: '',
  tiers: [],
  eligibility: 'all',
  sort: 'tier',
};

const states = stateOptions(US_STATE_CODES);

/** Specialty, state, visa, tier and eligibility filters and the sort order. */
export function ListFilters({
  value,
  onChange,
  meta,
}: {
  readonly value: Filters;
  readonly onChange: (next: Filters) => void;
  readonly meta: ProgramsMetaResponse | undefined;
}) {
  const set = <K extends keyof Filters>(key: K, next: Filters[K]) =>
    onChange({ ...value, [key]: next });
  const present = new Set(meta?.catalogueSpecialties ?? []);
  const specialties = [
    { value: '', label: 'My profile’s specialties' },
    ...(meta?.specialties ?? [])
      .filter((s) => present.has(s.id))
      .map((s) => ({ value: s.id, label: s.name })),
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" mb="md">
      <Select
        label="Specialty"
        data={specialties}
        value={value.specialty}
        onChange={(v) => set('specialty', v ?? '')}
        allowDeselect={false}
      />
      <MultiSelect
        label="States"
        placeholder={value.states.length === 0 ? 'All states' : undefined}
        data={states}
        value={[...value.states]}
        onChange={(v) => set('states', v)}
        searchable
        clearable
      />
      <Select
        label="Visa"
        data={[
          { value: '', label: 'Any visa policy' },
          { value: 'j1', label: 'Accepts J-1 (or not reported)' },
          { value: 'h1b', label: 'Sponsors H-1B (or not reported)' },
        ]}
        value={value.visa}
        onChange={(v) => set('visa', (v ?? '') as Filters['visa'])}
        allowDeselect={false}
      />
      <Select
        label="Eligibility"
        data={[
          { value: 'all', label: 'All programs' },
          { value: 'eligible', label: 'Eligible only' },
          { value: 'ineligible', label: 'Not eligible only' },
        ]}
        value={value.eligibility}
        onChange={(v) => set('eligibility', (v ?? 'all') as Filters['eligibility'])}
        allowDeselect={false}
      />
      <Select
        label="Sort by"
        data={[
          { value: 'tier', label: 'Tier (safety first)' },
          { value: 'score', label: 'Interview chance' },
          { value: 'name', label: 'Name' },
          { value: 'state', label: 'State' },
        ]}
        value={value.sort}
        onChange={(v) => set('sort', (v ?? 'tier') as Filters['sort'])}
        allowDeselect={false}
      />
      <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Text component="legend" fz="sm" fw={500} mb={6}>
          Tiers
        </Text>
        <Chip.Group multiple value={[...value.tiers]} onChange={(v) => set('tiers', v)}>
          <Group gap="xs">
            {TIERS.map((tier) => (
              <Chip key={tier} value={tier} size="sm">
                {TIER_LABEL[tier]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </fieldset>
    </SimpleGrid>
  );
}
