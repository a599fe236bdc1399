import { Alert, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { PracticeRating } from '@matchready/contract';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../lib/api.ts';
import { useRateAttempt } from './interview-api.ts';
import { dueIn } from './timing.ts';

const OPTIONS: { value: PracticeRating; label: string }[] = [
  { value: 'again', label: 'Again' },
  { value: 'hard', label: 'Hard' },
  { value: 'good', label: 'Good' },
  { value: 'easy', label: 'Easy' },
];

const HELP: Readonly<Record<PracticeRating, string>> = {
  again: 'It needs rework: practise it again in a minute.',
  hard: 'It worked, with effort: come back soon.',
  good: 'A solid answer: come back later.',
  easy: 'Fluent and complete: come back much later.',
};

const formatWhen = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** Self-rating, preselected with the analyser's suggestion; it schedules the question (FSRS). */
export function RatingCard({
  attemptId,
  suggested,
}: {
  readonly attemptId: string;
  readonly suggested: PracticeRating;
}) {
  const [rating, setRating] = useState<PracticeRating>(suggested);
  const rate = useRateAttempt();
  const card = rate.data?.card;

  return (
    <Card component="section" aria-labelledby="rating-title">
      <Title order={2} fz="lg" id="rating-title" mb={4}>
        How did it go?
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Your rating decides when this question comes back. The report suggests “
        {OPTIONS.find((o) => o.value === suggested)?.label}”.
      </Text>
      {card ? (
        <Alert color="teal" variant="light" role="status" title="Scheduled">
          <Stack gap={4}>
            <Text fz="sm">
              Next practice {dueIn(card.dueAt, Date.now())}: {formatWhen(card.dueAt)}.
            </Text>
            <Text fz="sm">
              <Link to="/interview">Back to your due list</Link>
            </Text>
          </Stack>
        </Alert>
      ) : (
        <Stack gap="sm">
          <SegmentedControl
            fullWidth
            value={rating}
            onChange={(value) => setRating(value as PracticeRating)}
            data={OPTIONS}
            aria-label="Rate this attempt"
          />
          <Text fz="sm">{HELP[rating]}</Text>
          <Group>
            <Button loading={rate.isPending} onClick={() => rate.mutate({ attemptId, rating })}>
              Schedule next practice
            </Button>
          </Group>
          {rate.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(rate.error)}
            </Alert>
          )}
        </Stack>
      )}
    </Card>
  );
}
