import {
  Anchor,
  Breadcrumbs,
  Card,
  Grid,
  Group,
  NativeSelect,
  RingProgress,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { progressQuery } from './interview-api.ts';
import { TREND_METRICS, type TrendMetric } from './trend-metrics.ts';

// Charts (recharts) are heavy: load them with the page's data.
const ThemeChart = lazy(async () => ({
  default: (await import('./progress-charts.tsx')).ThemeChart,
}));
const TrendChart = lazy(async () => ({
  default: (await import('./progress-charts.tsx')).TrendChart,
}));

export function ProgressPage() {
  usePageTitle('Interview progress');
  const progress = useQuery(progressQuery);
  const [questionId, setQuestionId] = useState<string | null>(null);
  const [metric, setMetric] = useState<TrendMetric>('talkingPointsCovered');

  const header = (
    <>
      <Breadcrumbs mb="sm" separator="›">
        <Anchor component={Link} to="/interview" fz="sm">
          Interview
        </Anchor>
        <Text fz="sm" c="dimmed">
          Progress
        </Text>
      </Breadcrumbs>
      <PageHeader
        title="Interview progress"
        description="How much of the bank you have practised, and how each answer changes from one attempt to the next."
      />
    </>
  );
  if (progress.isPending)
    return (
      <>
        {header}
        <CardsSkeleton cards={2} />
      </>
    );
  if (progress.isError) {
    return (
      <>
        {header}
        <QueryError
          error={progress.error}
          onRetry={() => progress.refetch()}
          title="Could not load your progress"
        />
      </>
    );
  }
  const data = progress.data;
  const selected = data.questions.find((q) => q.questionId === questionId) ?? data.questions[0];
  const share =
    data.coverage.total === 0 ? 0 : (data.coverage.practised / data.coverage.total) * 100;
  const chartFallback = <Skeleton h={240} />;

  return (
    <>
      {header}
      <Stack gap="lg">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card component="section" aria-labelledby="coverage-title" h="100%">
              <Title order={2} fz="lg" id="coverage-title" mb="sm">
                Coverage of the bank
              </Title>
              <Group gap="md" wrap="nowrap">
                <RingProgress
                  size={120}
                  thickness={12}
                  roundCaps
                  sections={[{ value: share, color: 'brand.6' }]}
                  label={
                    <Text ta="center" fw={700} fz="lg">
                      {Math.round(share)}%
                    </Text>
                  }
                  aria-hidden="true"
                />
                <Text fz="sm">
                  <strong>
                    {data.coverage.practised} of {data.coverage.total}
                  </strong>{' '}
                  questions practised, in {data.totalAttempts} attempt
                  {data.totalAttempts === 1 ? '' : 's'}.
                </Text>
              </Group>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Card component="section" aria-labelledby="themes-title">
              <Title order={2} fz="lg" id="themes-title" mb="sm">
                Attempts per theme
              </Title>
              <Suspense fallback={chartFallback}>
                <ThemeChart themes={data.themes} />
              </Suspense>
            </Card>
          </Grid.Col>
        </Grid>

        <Card component="section" aria-labelledby="trend-title">
          <Title order={2} fz="lg" id="trend-title" mb="sm">
            Trend per question
          </Title>
          {!selected ? (
            <Text fz="sm" c="dimmed">
              Practise a question twice to see how your answers change.{' '}
              <Anchor component={Link} to="/interview">
                Pick a question
              </Anchor>
              .
            </Text>
          ) : (
            <Stack gap="md">
              <Group gap="md" align="flex-end">
                <NativeSelect
                  label="Question"
                  value={selected.questionId}
                  onChange={(event) => setQuestionId(event.currentTarget.value)}
                  data={data.questions.map((q) => ({ value: q.questionId, label: q.prompt }))}
                  style={{ flex: '1 1 320px' }}
                />
                <SegmentedControl
                  value={metric}
                  onChange={(value) => setMetric(value as TrendMetric)}
                  data={TREND_METRICS}
                  aria-label="Measure"
                />
              </Group>
              {metric === 'talkingPointsCovered' && (
                <Text fz="sm" c="dimmed">
                  Out of {selected.talkingPointsTotal} talking points.
                </Text>
              )}
              <Suspense fallback={chartFallback}>
                <TrendChart points={selected.points} metric={metric} />
              </Suspense>
            </Stack>
          )}
        </Card>
      </Stack>
    </>
  );
}

export { ProgressPage as Component };
