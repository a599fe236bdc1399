import { Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { PULSE_QUESTIONS, type PulseQuestion } from '@matchready/core/vocabulary';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { useAnswerPulse } from './my-programs-api.ts';

const QUESTION_TEXT: Readonly<Record<PulseQuestion, string>> = {
  helpful: 'How helpful has the mentorship been so far?',
  fit: 'How well does your pair fit what you hoped for?',
  communication: 'How easy has it been to stay in touch?',
};

/**
 * The 3-month pulse survey (decision 047): once, from 3 months after the pair was published.
 * Answers go to the organisation that runs the program, never to the other side of the pair.
 */
export function PulseCard({
  programId,
  pulse,
}: {
  programId: string;
  pulse: { opensAt: string | null; answered: boolean };
}) {
  const answer = useAnswerPulse(programId);
  const [scores, setScores] = useState<Partial<Record<PulseQuestion, number>>>({});
  const [comment, setComment] = useState('');
  if (pulse.opensAt === null) return null;
  const title = `pulse-${programId}`;
  const open = new Date(pulse.opensAt).getTime() <= Date.now();
  if (pulse.answered || !open)
    return (
      <Card>
        <Text fz="sm">
          {pulse.answered
            ? 'Thank you: you answered the 3-month pulse survey.'
            : `A short pulse survey opens on ${pulse.opensAt.slice(0, 10)}, three months after your pair was published.`}
        </Text>
      </Card>
    );
  const complete = PULSE_QUESTIONS.every((q) => scores[q] !== undefined);
  return (
    <Card component="section" aria-labelledby={title}>
      <Stack gap="sm">
        <Title order={3} fz="lg" id={title}>
          3-month pulse survey
        </Title>
        <Text fz="sm" c="dimmed">
          1 = not at all, 5 = very. Your answers go to the organisation, never to your pair.
        </Text>
        {PULSE_QUESTIONS.map((q) => (
          <Radio.Group
            key={q}
            label={QUESTION_TEXT[q]}
            value={scores[q] === undefined ? null : String(scores[q])}
            onChange={(value) => setScores((s) => ({ ...s, [q]: Number(value) }))}
          >
            <Group gap="md" mt={4}>
              {[1, 2, 3, 4, 5].map((n) => (
                <Radio key={n} value={String(n)} label={String(n)} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Textarea
          label="Anything else? (optional)"
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <FormAlert message={answer.error ? errorMessage(answer.error) : null} />
        <Button
          w="fit-content"
          disabled={!complete}
          loading={answer.isPending}
          onClick={() => {
            if (!complete) return;
            answer.mutate({
              scores: scores as Record<PulseQuestion, number>,
              comment: comment.trim() === '' ? null : comment,
            });
          }}
        >
          Send answers
        </Button>
      </Stack>
    </Card>
  );
}
