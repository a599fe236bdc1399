import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { WEEKDAYS, type Weekday } from '@matchready/core/vocabulary';
import { IconTrash } from '@tabler/icons-react';
import { WEEKDAY_LABELS } from './mentorship-labels.ts';

export interface Window {
  readonly weekday: Weekday;
  readonly start: string;
  readonly end: string;
}

/** Weekly windows in the mentor's own time zone; mentees book first calls inside them. */
export function AvailabilityEditor({
  value,
  onChange,
  error,
}: {
  readonly value: readonly Window[];
  readonly onChange: (windows: Window[]) => void;
  readonly error?: string | undefined;
}) {
  const update = (index: number, patch: Partial<Window>) =>
    onChange(value.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fz="sm" fw={500}>
        Weekly availability for first calls (your time zone)
      </Text>
      {value.length === 0 && (
        <Text fz="sm" c="dimmed">
          No windows yet: mentees cannot book a first call until you add one.
        </Text>
      )}
      {value.map((w, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position
        <Group key={index} gap="xs" align="flex-end" wrap="wrap">
          <Select
            label={`Window ${index + 1} day`}
            data={WEEKDAYS.map((d) => ({ value: d, label: WEEKDAY_LABELS[d] }))}
            value={w.weekday}
            onChange={(d) => {
              if (d !== null) update(index, { weekday: d as Weekday });
            }}
            allowDeselect={false}
            w={150}
          />
          <TextInput
            label={`Window ${index + 1} from`}
            type="time"
            value={w.start}
            onChange={(e) => update(index, { start: e.currentTarget.value })}
            w={130}
          />
          <TextInput
            label={`Window ${index + 1} to`}
            type="time"
            value={w.end}
            onChange={(e) => update(index, { end: e.currentTarget.value })}
            w={130}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`Remove window ${index + 1}`}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            <IconTrash size={18} aria-hidden="true" />
          </ActionIcon>
        </Group>
      ))}
      {error !== undefined && (
        <Text fz="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          disabled={value.length >= 28}
          onClick={() => onChange([...value, { weekday: 'tue', start: '18:00', end: '19:00' }])}
        >
          Add a window
        </Button>
      </Group>
    </Stack>
  );
}
