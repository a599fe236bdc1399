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
import { attemptsQuery, questionQuery, questionsQuery } from './interview-api.ts';
import { PracticeSession } from './practice-session.tsx';
import { QuestionGuidance } from './question-guidance.tsx';
import { RatingCard } from './rating-card.tsx';
import { themeLabel } from './theme-labels.ts';
import { formatDuration } from './timing.ts';

export function QuestionPage() {
  const { questionId = '' } = useParams();
  const question = useQuery(questionQuery(questionId));
  const attempts = useQuery(attemptsQuery(questionId));
  const bank = useQuery(questionsQuery('all'));
  const [result, setResult] = useState<AttemptResponse | null>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  usePageTitle(question.data ? 'Practise a question' : 'Interview question');

  useEffect(() => {
    if (result) reportHeading.current?.focus();
  }, [result]);

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
        <PracticeSession question={q} onResult={setResult} />
        {result && (
          <Stack gap="lg">
            <Title order={2} fz="xl" ref={reportHeading} tabIndex={-1}>
              Your report
            </Title>
            <AnswerReportView
              report={result.report}
              question={q}
              redFlagDocs={result.redFlagDocs}
            />
            <RatingCard
              key={result.attempt.id}
              attemptId={result.attempt.id}
              suggested={result.report.suggestedRating}
            />
          </Stack>
        )}
        {practised ? (
          <QuestionGuidance question={q} />
        ) : (
          <Card>
            <Text fz="sm" c="dimmed">
              Guidance and a sample answer appear after your first attempt, so your own answer comes
              first.
            </Text>
          </Card>
        )}
        {attempts.data && attempts.data.attempts.length > 0 && (
          <AttemptHistory attempts={attempts.data.attempts} />
        )}
      </Stack>
    </>
  );
}

export { QuestionPage as Component };
