import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { AttemptResponse, InterviewQuestion } from '@matchready/contract';
import { IconPlayerPlay, IconPlayerSkipForward } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/api.ts';
import { AnswerBox, answerTooLong } from './answer-box.tsx';
import { answerBody, useCreateAttempt } from './interview-api.ts';
import { TimerDisplay } from './timer-display.tsx';
import { useAnswerDraft } from './use-answer-draft.ts';
import { useCountdown } from './use-countdown.ts';

/** Thinking time before the answer timer starts (skippable). */
export const THINK_SECONDS = 30;

type Phase = 'ready' | 'thinking' | 'answering';

interface Props {
  readonly question: InterviewQuestion;
  readonly onResult: (result: AttemptResponse) => void;
}

/** Think, answer (typed or dictated) against one timer, submit for the report. */
export function PracticeSession({ question, onResult }: Props) {
  const [answer, setAnswer, clearDraft, restored] = useAnswerDraft(`practice:${question.id}`);
  // A draft kept from before a reload opens straight in the answer box.
  const [phase, setPhase] = useState<Phase>(restored ? 'answering' : 'ready');
  const [round, setRound] = useState(0);
  const create = useCreateAttempt();
  const answerSeconds = question.timeBand.maxSeconds;
  const thinking = useCountdown(THINK_SECONDS, phase === 'thinking', `think-${round}`, () =>
    setPhase('answering'),
  );
  const answering = useCountdown(answerSeconds, phase === 'answering', `answer-${round}`);
  const focusTarget = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (phase === 'answering') focusTarget.current?.querySelector('textarea')?.focus();
  }, [phase]);

  const submit = () => {
    create.mutate(
      {
        questionId: question.id,
        ...answerBody({
          answer: answer.text,
          source: answer.source,
          ...(answer.source === 'speech'
            ? { speakingSeconds: Math.max(1, Math.round(answering.elapsed)) }
            : {}),
        }),
      },
      {
        onSuccess: (result) => {
          clearDraft();
          setPhase('ready');
          setRound((r) => r + 1);
          onResult(result);
        },
      },
    );
  };

  return (
    <Card component="section" aria-labelledby="practice-title">
      <Title order={2} fz="lg" id="practice-title" mb="sm">
        Practise
      </Title>
      {phase === 'ready' && (
        <Stack gap="sm" align="flex-start">
          <Text fz="sm">
            You get {THINK_SECONDS} seconds to think, then about{' '}
            {Math.round(answerSeconds / 60) || 1} minute{answerSeconds > 90 ? 's' : ''} to answer.
            The timer informs; it does not cut you off.
          </Text>
          <Button
            leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
            onClick={() => setPhase('thinking')}
          >
            Start
          </Button>
        </Stack>
      )}
      {phase === 'thinking' && (
        <Stack gap="sm">
          <TimerDisplay label="Thinking time" left={thinking.left} total={THINK_SECONDS} />
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlayerSkipForward size={16} aria-hidden="true" />}
              onClick={() => setPhase('answering')}
            >
              Skip to answer
            </Button>
          </Group>
        </Stack>
      )}
      {phase === 'answering' && (
        <Stack gap="md" ref={focusTarget}>
          <TimerDisplay
            label="Time left"
            left={answering.left}
            total={answerSeconds}
            overtimeHint="Time is up: finish your sentence and submit."
          />
          {restored && round === 0 && (
            <Text fz="sm" c="dimmed">
              Your unsent answer was kept in this browser; it is cleared when you submit.
            </Text>
          )}
          <AnswerBox value={answer} onChange={setAnswer} disabled={create.isPending} />
          {create.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
          <Group>
            <Button
              onClick={submit}
              loading={create.isPending}
              disabled={answer.text.trim() === '' || answerTooLong(answer.text)}
            >
              Submit answer
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
