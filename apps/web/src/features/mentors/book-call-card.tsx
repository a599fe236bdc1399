import {
  Alert,
  Button,
  Card,
  Group,
  Radio,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { QueryError } from '../../components/query-state.tsx';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { firstDays, groupSlotsByDay, type SlotDay, slotsZoneDescription } from './booking-slots.ts';
import { mentorQuery, mentorSlotsQuery, useCreateMeeting } from './mentorship-api.ts';

/** Slots shown before "Show later times" (rounded up to whole days). */
const FIRST_SLOTS = 6;

interface Mentor {
  readonly id: string;
  readonly displayName: string;
}

/**
 * Someone else booked the slot, or the mentor changed their times, between listing and booking:
 * the server answers `conflict`, or `invalid-input` about `scheduledAt` (no longer listed).
 */
const slotIsGone = (error: unknown): boolean =>
  error instanceof ApiError &&
  (error.code === 'conflict' ||
    (error.code === 'invalid-input' && error.issues.some((i) => i.segments[0] === 'scheduledAt')));

function SlotDays({ days, selected }: { days: readonly SlotDay[]; selected: string | null }) {
  return (
    <Stack gap="md" mt="xs">
      {days.map((day) => (
        <fieldset key={day.date} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Text component="legend" fw={600} fz="sm" mb={6} p={0}>
            {day.label}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="sm">
            {day.slots.map((slot) => (
              <Radio
                key={slot.start}
                value={slot.start}
                label={slot.label}
                size="md"
                fw={selected === slot.start ? 600 : undefined}
              />
            ))}
          </SimpleGrid>
        </fieldset>
      ))}
    </Stack>
  );
}

/** No slot listed: say whether the mentor never published times or every one is taken. */
function NoFreeTimes({ mentor }: { readonly mentor: Mentor }) {
  const card = useQuery(mentorQuery(mentor.id));
  const windows = card.data?.entry.mentor.availability.length;
  const why =
    windows === undefined
      ? `${mentor.displayName} has not published times for a first call yet, or every time in the next four weeks is taken.`
      : windows === 0
        ? `${mentor.displayName} has not published times for a first call yet.`
        : `Every time ${mentor.displayName} published for the next four weeks is taken.`;
  return (
    <Alert color="gray" variant="light" title="No free times to book">
      {why} Plan a meeting by message instead, then add it below.
    </Alert>
  );
}

/** The mentor's next free times; picking one and booking it adds the meeting. */
function SlotPicker({
  relationshipId,
  mentor,
  onBooked,
}: {
  readonly relationshipId: string;
  readonly mentor: Mentor;
  readonly onBooked: (summary: string) => void;
}) {
  const slots = useQuery(mentorSlotsQuery(mentor.id));
  const create = useCreateMeeting();
  const [picked, setPicked] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  const [showAll, setShowAll] = useState(false);

  if (slots.isPending)
    return (
      <Stack gap="xs" aria-busy="true" aria-label="Loading free times">
        <Skeleton h={14} w="30%" />
        <Skeleton h={14} w="60%" />
        <Skeleton h={14} w="60%" />
      </Stack>
    );
  if (slots.isError)
    return (
      <QueryError
        title="Could not load the free times"
        error={slots.error}
        onRetry={() => slots.refetch()}
      />
    );
  const { minutes } = slots.data;
  const days = groupSlotsByDay(slots.data.slots, mentor.displayName);
  const first = slots.data.slots[0];
  if (first === undefined) return <NoFreeTimes mentor={mentor} />;
  const choice = days.flatMap((d) => d.slots).find((s) => s.start === picked);
  const shown = showAll ? days : firstDays(days, FIRST_SLOTS);
  const hidden = slots.data.slots.length - shown.reduce((n, d) => n + d.slots.length, 0);

  const book = () => {
    if (choice === undefined) return;
    setGone(false);
    create.mutate(
      { relationshipId, scheduledAt: choice.start, minutes, fromAvailability: true },
      {
        onSuccess: () => onBooked(choice.summary),
        onError: (error) => {
          if (!slotIsGone(error)) return;
          setGone(true);
          setPicked(null);
          void slots.refetch();
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <Radio.Group
        label="Pick a time"
        description={slotsZoneDescription(
          slots.data.menteeZone,
          { name: mentor.displayName, timeZone: first.mentor.timeZone },
          minutes,
        )}
        value={picked}
        onChange={(value) => {
          setPicked(value);
          setGone(false);
        }}
      >
        <SlotDays days={shown} selected={picked} />
      </Radio.Group>
      {hidden > 0 && (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setShowAll(true)}>
            Show {hidden} later {hidden === 1 ? 'time' : 'times'}
          </Button>
        </Group>
      )}
      {gone && (
        <Alert color="orange" variant="light" role="alert" title="That time was just taken">
          Someone booked it, or {mentor.displayName} changed their times, while you were choosing.
          The list is up to date now: please pick another time.
        </Alert>
      )}
      <FormAlert
        title="Not booked"
        message={create.isError && !gone ? errorMessage(create.error) : null}
      />
      <Group>
        <Button disabled={choice === undefined} loading={create.isPending} onClick={book}>
          {choice === undefined ? 'Book this time' : `Book ${choice.summary}`}
        </Button>
      </Group>
    </Stack>
  );
}

/** Mentee only: book a first call in one of the mentor's published weekly windows. */
export function BookCallCard({
  relationshipId,
  mentor,
}: {
  readonly relationshipId: string;
  readonly mentor: Mentor;
}) {
  const [open, setOpen] = useState(false);
  const [booked, setBooked] = useState<string | null>(null);
  const panelId = useId();
  return (
    <Card withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={3} fz="md">
              Book a short call
            </Title>
            <Text fz="sm" c="dimmed">
              A 20-minute call in a time {mentor.displayName} has set aside for mentees.
            </Text>
          </div>
          <Button
            variant={open ? 'default' : 'filled'}
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => {
              setOpen(!open);
              setBooked(null);
            }}
          >
            {open ? 'Hide the times' : 'Book a call'}
          </Button>
        </Group>
        {booked !== null && (
          <Alert color="teal" variant="light" role="status" title="Call booked">
            {booked}. It is in your meetings below; add an agenda before the call.
          </Alert>
        )}
        <div id={panelId} hidden={!open}>
          {open && (
            <SlotPicker
              relationshipId={relationshipId}
              mentor={mentor}
              onBooked={(summary) => {
                setBooked(summary);
                setOpen(false);
              }}
            />
          )}
        </div>
      </Stack>
    </Card>
  );
}
