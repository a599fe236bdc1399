import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { NextStepReason } from '@matchready/core/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { nextStepsQuery } from '../timeline/timeline-api.ts';

const REASON: Record<NextStepReason, { label: string; color: string }> = {
  late: { label: 'Late', color: 'red' },
  'due-today': { label: 'Due today', color: 'red' },
  'due-soon': { label: 'Due soon', color: 'orange' },
  'mentorship-overdue': { label: 'Mentorship', color: 'orange' },
  'practice-due': { label: 'Practice', color: 'blue' },
  'coming-up': { label: 'Coming up', color: 'gray' },
  upcoming: { label: 'Upcoming', color: 'gray' },
};

const linkFor = (origin: string) =>
  origin === 'practice' ? '/interview' : origin === 'mentorship' ? '/mentors' : '/timeline';

/** "What's next": the three most urgent items across the timeline and practice (applicants). */
export function WhatsNext() {
  const next = useQuery(nextStepsQuery);
  if (!next.data || next.data.steps.length === 0) return null;
  return (
    <Card component="section" aria-labelledby="whats-next-title">
      <Title order={2} fz="lg" id="whats-next-title" mb="sm">
        What's next
      </Title>
      <Stack component="ol" gap="xs" p={0} m={0}>
        {next.data.steps.map((step) => (
          <Group component="li" key={`${step.origin}-${step.id}`} wrap="nowrap" gap="sm">
            <Badge color={REASON[step.reason].color} variant="light" miw={90}>
              {REASON[step.reason].label}
            </Badge>
            <Text fz="sm">
              <Anchor component={Link} to={linkFor(step.origin)}>
                {step.message}
              </Anchor>
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
