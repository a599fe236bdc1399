import { Group, MultiSelect, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { MENTOR_TYPES, type MentorType } from '@matchready/core/vocabulary';
import { MENTOR_TYPE_LABELS } from './mentorship-labels.ts';

export interface DirectoryFilterValues {
  readonly text: string;
  readonly specialty: string;
  readonly mentorTypes: readonly MentorType[];
  readonly language: string;
  /** '' any; otherwise the most hours between the mentor's zone and mine. */
  readonly withinHours: '' | '3' | '6';
  readonly imgMentor: '' | 'true' | 'false';
  readonly hasFreePlace: boolean;
}

export const EMPTY_FILTERS: DirectoryFilterValues = {
  text: '',
  specialty: '',
  mentorTypes: [],
  language: '',
  withinHours: '',
  imgMentor: '',
  hasFreePlace: false,
};

interface Props {
  readonly value: DirectoryFilterValues;
  readonly onChange: (value: DirectoryFilterValues) => void;
  /** The time-zone band needs my time zone, which comes with my mentee preferences. */
  readonly canFilterByZone: boolean;
}

export function DirectoryFilters({ value, onChange, canFilterByZone }: Props) {
  const set = (patch: Partial<DirectoryFilterValues>) => onChange({ ...value, ...patch });
  return (
    <search aria-label="Filter mentors">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <TextInput
          label="Search"
          placeholder="Name, institution, what they help with"
          value={value.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
        />
        <TextInput
          label="Specialty"
          placeholder="Internal Medicine"
          value={value.specialty}
          onChange={(e) => set({ specialty: e.currentTarget.value })}
        />
        <MultiSelect
          label="Kind of mentoring"
          data={MENTOR_TYPES.map((type) => ({ value: type, label: MENTOR_TYPE_LABELS[type] }))}
          value={[...value.mentorTypes]}
          onChange={(types) => set({ mentorTypes: types as MentorType[] })}
          clearable
        />
        <TextInput
          label="Language"
          placeholder="Spanish"
          value={value.language}
          onChange={(e) => set({ language: e.currentTarget.value })}
        />
        <Select
          label="Time zone"
          description={
            canFilterByZone ? undefined : 'Save your time zone in your preferences first'
          }
          disabled={!canFilterByZone}
          data={[
            { value: '', label: 'Any time zone' },
            { value: '3', label: 'Within 3 hours of mine' },
            { value: '6', label: 'Within 6 hours of mine' },
          ]}
          value={value.withinHours}
          onChange={(v) => set({ withinHours: v === '3' || v === '6' ? v : '' })}
          allowDeselect={false}
        />
        <Select
          label="Mentor's training"
          data={[
            { value: '', label: 'Any background' },
            { value: 'true', label: 'IMG mentors' },
            { value: 'false', label: 'US or Canadian graduates' },
          ]}
          value={value.imgMentor}
          onChange={(v) => set({ imgMentor: v === 'true' || v === 'false' ? v : '' })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Switch
          label="Only mentors with a free place"
          checked={value.hasFreePlace}
          onChange={(e) => set({ hasFreePlace: e.currentTarget.checked })}
        />
      </Group>
    </search>
  );
}

/** The filters as the directory endpoint reads them; empty ones are left out. */
export function toDirectoryQuery(value: DirectoryFilterValues) {
  const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
  return {
    text: text(value.text),
    specialties: text(value.specialty),
    mentorTypes: value.mentorTypes.length === 0 ? undefined : value.mentorTypes.join(','),
    languages: text(value.language),
    withinHours: value.withinHours === '' ? undefined : Number(value.withinHours),
    imgMentor: value.imgMentor === '' ? undefined : value.imgMentor,
    hasFreePlace: value.hasFreePlace ? ('true' as const) : undefined,
  };
}
