import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { RelationshipDetail } from '@matchready/contract';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { formatDateTime } from './format.ts';
import { useUpdateMeeting } from './mentorship-api.ts';

type Meeting = RelationshipDetail['meetings'][number];

const MEETING_LENGTHS = ['15', '20', '30', '45', '60', '90', '120'];

/** An instant as the value of a datetime-local input: the browser's own time, to the minute. */
function localInputValue(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Moves a meeting not yet held; the server checks the mentor is free and tells the other side. */
/** How a move ended: cancelled, or moved and the other side emailed, or moved without mail. */
export type MoveOutcome = 'cancelled' | 'emailed' | 'not-emailed';

export function MoveMeetingForm({
  meeting,
  onDone,
}: {
  meeting: Meeting;
  onDone: (outcome: MoveOutcome) => void;
}) {
  const move = useUpdateMeeting();
  const [at, setAt] = useState(localInputValue(meeting.scheduledAt));
  const [minutes, setMinutes] = useState(String(meeting.minutes));
  const lengths = MEETING_LENGTHS.includes(String(meeting.minutes))
    ? MEETING_LENGTHS
    : [...MEETING_LENGTHS, String(meeting.minutes)].sort((a, b) => Number(a) - Number(b));
  const when = formatDateTime(meeting.scheduledAt);
  const unchanged =
    at === localInputValue(meeting.scheduledAt) && minutes === String(meeting.minutes);
  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (at === '' || unchanged) return;
        move.mutate(
          { id: meeting.id, scheduledAt: new Date(at).toISOString(), minutes: Number(minutes) },
          {
            // false: the pair's hourly share of meeting mail was used up (decision 048).
            onSuccess: ({ partnerEmailed }) =>
              onDone(partnerEmailed === false ? 'not-emailed' : 'emailed'),
          },
        );
      }}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={`New date and time for the meeting of ${when}`}
          description="Your local time."
          type="datetime-local"
          required
          value={at}
          onChange={(e) => setAt(e.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
        />
        <NativeSelect
          label="Length"
          data={lengths.map((value) => ({ value, label: `${value} min` }))}
          value={minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
          style={{ flex: '0 0 7rem' }}
        />
      </Group>
      <Text fz="sm" c="dimmed">
        The other side gets an email with the updated calendar invite; importing it replaces the old
        event.
      </Text>
      <FormAlert title="Not moved" message={move.isError ? errorMessage(move.error) : null} />
      <Group gap="xs">
        <Button type="submit" size="sm" disabled={at === '' || unchanged} loading={move.isPending}>
          Move meeting
        </Button>
        <Button size="sm" variant="default" onClick={() => onDone('cancelled')}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
