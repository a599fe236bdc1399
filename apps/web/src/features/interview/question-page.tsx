import { Anchor, Badge, Breadcrumbs, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { AttemptResponse } from '@matchready/contract';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AnswerReportView } from './answer-report.tsx';
import { AttemptHistory } from './attempt-history.tsx';
import { attemptQuery, attemptsQuery, questionQuery, questionsQuery } from './interview-api.ts';
import { PracticeSession } from './practice-session.tsx';
import { QuestionGuidance } from './question-guidance.tsx';
import { RatingCard } from './rating-card.tsx';
import { themeLabel } from './theme-labels.ts';
import { formatDuration } from './timing.ts';

const formatDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

export function QuestionPage() {
  const { questionId = '' } = useParams();
  const question = useQuery(questionQuery(questionId));
  const attempts = useQuery(attemptsQuery(questionId));
  const bank = useQuery(questionsQuery('all'));
  const [result, setResult] = useState<AttemptResponse | null>(null);
  const [shownId, setShownId] = useState<string | null>(null);
  const earlier = useQuery({ ...attemptQuery(shownId ?? ''), enabled: shownId !== null });
  // An earlier report chosen from the history replaces the one on screen.
  const shown = shownId !== null && earlier.data ? earlier.data : result;
  const reportHeading = useRef<HTMLHeadingElement>(null);
  usePageTitle(question.data ? 'Practise a question' : 'Interview question');

  useEffect(() => {
    if (shown) reportHeading.current?.focus();
  }, [shown]);

  if (question.isPending) return <CardsSkeleton cards={2} />;
  if (question.isError) {
    return <QueryError error={question.error} title="Could not load this question" />;
  }
  const q = question.data.question;
  const practised = result !== null || (attempts.data?.attempts.length ?? 0) > 0;

  return (
    <>
      <Breadcrumbs mb="sm" separator="›">
        <Anchor component={Link} to="/interview" fz="sm">
          Interview
        </Anchor>
        <Text fz="sm" c="dimmed">
          Question
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={q.prompt}
        description={`Aim for ${formatDuration(q.timeBand.minSeconds)}–${formatDuration(q.timeBand.maxSeconds)}.`}
        eyebrow={
          <Group gap="xs">
            <Badge variant="light" tt="none">
              {themeLabel(bank.data, q.theme)}
            </Badge>
            {q.star && (
              <Badge variant="light" tt="none">
                STAR
              </Badge>
            )}
          </Group>
        }
      />
      <Stack gap="lg">
        <PracticeSession
          question={q}
          onResult={(next) => {
            setShownId(null);
            setResult(next);
          }}
        />
        {shown && (
          <Stack gap="lg">
            <Title order={2} fz="xl" ref={reportHeading} tabIndex={-1}>
              {shown === result
                ? 'Your report'
                : `Your report of ${formatDate(shown.attempt.createdAt)}`}
            </Title>
            <AnswerReportView
              report={shown.report}
              question={q}
              redFlagDocs={shown.redFlagDocs}
              answer={shown.attempt.answer}
            />
            {shown.attempt.rating === null && (
              <RatingCard
                key={shown.attempt.id}
                attemptId={shown.attempt.id}
                suggested={shown.report.suggestedRating}
              />
            )}
          </Stack>
        )}
        {practised ? (
          <QuestionGuidance question={q} tips={question.data.tips} />
        ) : (
          <Card>
            <Text fz="sm" c="dimmed">
              Guidance and a sample answer appear after your first attempt, so your own answer comes
              first.
            </Text>
            {question.data.tips.map((tip) => (
              <Text key={tip.id} fz="sm" mt="xs">
                <strong>{tip.title}.</strong> {tip.text}
              </Text>
            ))}
          </Card>
        )}
        {attempts.data && attempts.data.attempts.length > 0 && (
          <AttemptHistory
            attempts={attempts.data.attempts}
            onShow={setShownId}
            shownId={shownId ?? result?.attempt.id ?? null}
          />
        )}
      </Stack>
    </>
  );
}

export { QuestionPage as Component };
