import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { MentorCard } from '@matchready/contract';
import { IconRosetteDiscountCheck } from '@tabler/icons-react';
import { formatAgo, formatResponseHours } from './format.ts';
import { MENTOR_ROLE_LABELS, MENTOR_TYPE_LABELS } from './mentorship-labels.ts';

/** Trust labels next to a mentor's name: verified or not, demo profile. */
export function MentorBadges({ mentor }: { readonly mentor: MentorCard }) {
  return (
    <Group gap={6}>
      {mentor.verified ? (
        <Badge
          color="teal"
          variant="light"
          leftSection={<IconRosetteDiscountCheck size={14} aria-hidden="true" />}
        >
          Verified
        </Badge>
      ) : (
        <Badge
          color="dark"
          variant="outline"
          title="No organisation or site admin has vouched for this mentor yet"
        >
          Unverified
        </Badge>
      )}
      {mentor.isDemo && (
        <Badge color="grape" variant="light">
          Demo
        </Badge>
      )}
    </Group>
  );
}

/** Who the mentor is and how they answer; the same block in the directory and on their page. */
export function MentorSummary({
  mentor,
  now,
  headingOrder = 3,
}: {
  readonly mentor: MentorCard;
  readonly now: Date;
  readonly headingOrder?: 1 | 2 | 3;
}) {
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={headingOrder} fz="lg" className="text-break">
            {mentor.displayName}
          </Title>
          <Text fz="sm" c="dimmed" className="text-break">
            {MENTOR_ROLE_LABELS[mentor.role]} · {mentor.institution}, {mentor.state}
          </Text>
        </div>
        <MentorBadges mentor={mentor} />
      </Group>
      <Text fz="sm">
        <strong>Specialties:</strong> {mentor.specialties.join(', ')}
      </Text>
      <Group gap={6}>
        {mentor.mentorTypes.map((type) => (
          <Badge key={type} variant="light" size="sm">
            {MENTOR_TYPE_LABELS[type]}
          </Badge>
        ))}
      </Group>
      <Text fz="sm">
        <strong>Trained:</strong>{' '}
        {mentor.imgCountry === null ? 'US or Canada' : `${mentor.imgCountry} (IMG)`} ·{' '}
        <strong>Languages:</strong> {mentor.languages.join(', ')} · <strong>Time zone:</strong>{' '}
        {mentor.timeZone}
      </Text>
      <Text fz="sm">
        <strong>Places:</strong> {mentor.freePlaces} of {mentor.capacity} free ·{' '}
        <strong>Usually answers:</strong> {formatResponseHours(mentor.responseTime.medianHours)} ·{' '}
        {formatAgo(mentor.lastActiveAt, now)}
      </Text>
      {mentor.helpsWith !== '' && (
        <Text fz="sm" className="text-break">
          <strong>Can help with:</strong> {mentor.helpsWith}
        </Text>
      )}
    </Stack>
  );
}
