import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { MockInterview } from '@matchready/contract';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/api.ts';
import { UnsavedChangesGuard } from '../../lib/unsaved-changes.tsx';
import { AnswerBox, answerTooLong } from './answer-box.tsx';
import { answerBody, useAnswerMock, useCompleteMock } from './interview-api.ts';
import { TimerDisplay } from './timer-display.tsx';
import { useAnswerDraft } from './use-answer-draft.ts';
import { useCountdown } from './use-countdown.ts';

type Phase = 'reading' | 'answering';

/** One question after another: read, answer against the timer, no feedback until the end. */
export function MockRunner({ mock }: { readonly mock: MockInterview }) {
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const current = mock.questions.find((q) => q.attemptId === null && !skipped.has(q.questionId));
  const number = current ? mock.questions.indexOf(current) + 1 : mock.questions.length;
  const key = current?.questionId ?? 'done';
  const [answer, setAnswer, clearDraft, restored] = useAnswerDraft(`mock:${mock.id}:${key}`);
  const [phase, setPhase] = useState<Phase>(restored ? 'answering' : 'reading');
  const latest = useRef(answer);
  latest.current = answer;
  const send = useAnswerMock(mock.id);
  const complete = useCompleteMock(mock.id);
  const heading = useRef<HTMLHeadingElement>(null);

  const next = () => {
    clearDraft();
    setPhase('reading');
  };
  const skip = () => {
    if (current) setSkipped((s) => new Set(s).add(current.questionId));
    next();
  };
  const submit = () => {
    if (!current) return;
    const value = latest.current;
    if (value.text.trim() === '') return skip();
    send.mutate(
      {
        questionId: current.questionId,
        ...answerBody({
          answer: value.text,
          source: value.source,
          ...(value.source === 'speech'
            ? { speakingSeconds: Math.max(1, Math.round(answering.elapsed)) }
            : {}),
        }),
      },
      { onSuccess: next },
    );
  };

  const reading = useCountdown(
    current?.readSeconds ?? 0,
    !!current && phase === 'reading',
    key,
    () => setPhase('answering'),
  );
  const answering = useCountdown(
    current?.answerSeconds ?? 0,
    !!current && phase === 'answering',
    key,
    () => {
      if (current?.hardStop) submit();
    },
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: move focus to each new question
  useEffect(() => {
    heading.current?.focus();
  }, [key]);

  const guard = (
    <UnsavedChangesGuard
      when={mock.completedAt === null}
      title="Leave the mock interview?"
      message="The interview is not finished. Answers you submitted are kept and a typed answer stays in this browser, but the timers stop and leaving breaks the interview's flow. You can come back to it from the mock interview page."
      leaveLabel="Leave the interview"
    />
  );

  if (!current) {
    return (
      <Card>
        {guard}
        <Stack gap="sm" align="flex-start">
          <Title order={2} fz="lg" ref={heading} tabIndex={-1}>
            That was the last question
          </Title>
          <Text fz="sm">
            {mock.questions.filter((q) => q.attemptId !== null).length} of {mock.questions.length}{' '}
            answered. Finish to read your report.
          </Text>
          {complete.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(complete.error)}
            </Alert>
          )}
          <Button onClick={() => complete.mutate()} loading={complete.isPending}>
            Finish and see the report
          </Button>
        </Stack>
      </Card>
    );
  }

  return (
    <Card component="section" aria-labelledby="mock-question">
      {guard}
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Badge variant="light" tt="none">
            Question {number} of {mock.questions.length}
          </Badge>
          {current.hardStop && (
            <Badge variant="light" color="orange" tt="none">
              Stops at {Math.round(current.answerSeconds / 60)} minutes
            </Badge>
          )}
        </Group>
        <Title order={2} fz="xl" id="mock-question" ref={heading} tabIndex={-1}>
          {current.prompt}
        </Title>
        {phase === 'reading' ? (
          <Stack gap="sm">
            <TimerDisplay
              label="Time to read and think"
              left={reading.left}
              total={current.readSeconds}
            />
            <Group>
              <Button onClick={() => setPhase('answering')}>Start answering</Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            <TimerDisplay
              label="Time left"
              left={answering.left}
              total={current.answerSeconds}
              {...(current.hardStop ? {} : { overtimeHint: 'Time is up: wrap up and continue.' })}
            />
            <AnswerBox value={answer} onChange={setAnswer} disabled={send.isPending} />
            {send.isError && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(send.error)}
              </Alert>
            )}
            <Group>
              <Button
                onClick={submit}
                loading={send.isPending}
                disabled={answer.text.trim() === '' || answerTooLong(answer.text)}
              >
                {number === mock.questions.length ? 'Submit answer' : 'Submit and continue'}
              </Button>
              <Button variant="subtle" onClick={skip} disabled={send.isPending}>
                Skip this question
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
