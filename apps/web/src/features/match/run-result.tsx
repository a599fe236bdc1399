import { Card, Group, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { MatchProblemJson, MatchRun } from '@matchready/contract';
import { lazy, Suspense, useMemo } from 'react';
import { buildAssignmentRows } from './assignment-rows.ts';
import { AssignmentsTable } from './assignments-table.tsx';
import { formatDateTime, formatDuration } from './format.ts';
import { RunStats } from './run-stats.tsx';
import { StabilityBadge } from './stability-badge.tsx';
import { UnfilledPositions } from './unfilled-positions.tsx';

// Charts (recharts) are the heaviest dependency; load them only when a result is shown.
const MatchedAtChoiceChart = lazy(() => import('./matched-at-choice-chart.tsx'));

interface Props {
  readonly run: MatchRun;
  readonly problem: MatchProblemJson;
  readonly onExplain: (applicantId: string) => void;
}

export function RunResult({ run, problem, onExplain }: Props) {
  const { outcome } = run;
  const rows = useMemo(() => buildAssignmentRows(problem, outcome), [problem, outcome]);
  const applicantOptions = useMemo(() => rows.map((row) => row.applicantId), [rows]);
  const hasChoices = outcome.stats.matchedAtChoice.some((count) => count > 0);

  return (
    <Stack gap="lg" component="section" aria-labelledby="result-title">
      <Group justify="space-between" align="center" gap="sm">
        <div>
          <Title order={2} fz="xl" id="result-title">
            Result
          </Title>
          <Text fz="sm" c="dimmed">
            Run {formatDateTime(run.createdAt)} · solved in {formatDuration(run.durationMs)}
          </Text>
        </div>
        <StabilityBadge outcome={outcome} />
      </Group>

      <RunStats stats={outcome.stats} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card>
          <Title order={3} fz="md" mb={4}>
            Matched at choice
          </Title>
          <Text fz="sm" c="dimmed" mb="md">
            How far down their own lists matched applicants went.
          </Text>
          {hasChoices ? (
            <Suspense fallback={<Skeleton h={240} />}>
              <MatchedAtChoiceChart counts={outcome.stats.matchedAtChoice} />
            </Suspense>
          ) : (
            <Text c="dimmed" fz="sm">
              Nobody matched, so there is nothing to chart.
            </Text>
          )}
        </Card>
        <Card>
          <Title order={3} fz="md" mb={4}>
            Unfilled positions
          </Title>
          <Text fz="sm" c="dimmed" mb="md">
            {outcome.stats.programsUnfilled.toLocaleString()} of{' '}
            {(outcome.stats.programsFilled + outcome.stats.programsUnfilled).toLocaleString()}{' '}
            programs have open positions.
          </Text>
          <UnfilledPositions outcome={outcome} />
        </Card>
      </SimpleGrid>

      <Card>
        <Group justify="space-between" align="flex-end" mb="md" gap="sm">
          <div>
            <Title order={3} fz="md">
              Assignments
            </Title>
            <Text fz="sm" c="dimmed">
              Pick any applicant to see why they matched where they did, or why not.
            </Text>
          </div>
          <Select
            label="Explain an applicant's outcome"
            placeholder="Choose an applicant"
            data={applicantOptions}
            searchable
            limit={50}
            value={null}
            onChange={(value) => value && onExplain(value)}
            nothingFoundMessage="No applicant with that id"
            w={{ base: '100%', sm: 280 }}
          />
        </Group>
        <AssignmentsTable rows={rows} onExplain={onExplain} />
      </Card>
    </Stack>
  );
}
