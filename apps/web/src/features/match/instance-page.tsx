import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPlayerPlay, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { DeleteInstanceButton } from './delete-instance-button.tsx';
import { ExplanationDrawer } from './explanation-drawer.tsx';
import { formatDuration, plural } from './format.ts';
import { InstanceOverview } from './instance-overview.tsx';
import { instanceQuery, runQuery, runsQuery, useCreateRun } from './match-api.ts';
import { RunResult } from './run-result.tsx';
import { RunsList } from './runs-list.tsx';

const backLink = (
  <Anchor component={Link} to="/match" fz="sm" w="fit-content">
    <Group gap={4} component="span">
      <IconArrowLeft size={16} aria-hidden="true" />
      All instances
    </Group>
  </Anchor>
);

function InstanceNotFound() {
  usePageTitle('Instance not found');
  return (
    <>
      <PageHeader title="Instance not found" eyebrow={backLink} />
      <Card maw={640}>
        <Group wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" color="gray" size={40} radius="xl">
            <IconSearch size={20} aria-hidden="true" />
          </ThemeIcon>
          <Text>
            We could not find this match instance. It may have been deleted, or it belongs to
            another account. Instances are private to the person who created them.
          </Text>
        </Group>
      </Card>
    </>
  );
}

export function InstancePage() {
  const { instanceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const instance = useQuery(instanceQuery(instanceId));
  const runs = useQuery(runsQuery(instanceId));
  const createRun = useCreateRun(instanceId);
  const runId = params.get('run') ?? runs.data?.runs[0]?.id ?? null;
  const run = useQuery({ ...runQuery(runId ?? ''), enabled: runId !== null });
  const applicantId = params.get('applicant');
  usePageTitle(instance.data?.instance.name ?? 'Match instance');

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  if (instance.isPending) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading instance">
        <Skeleton h={36} w="50%" />
        <CardsSkeleton cards={2} />
      </Stack>
    );
  }
  if (instance.isError) {
    if (instance.error instanceof ApiError && instance.error.isNotFound)
      return <InstanceNotFound />;
    return (
      <QueryError
        error={instance.error}
        onRetry={() => instance.refetch()}
        title="Could not load this instance"
      />
    );
  }

  const { name, summary, problem } = instance.data.instance;
  const runCount = runs.data?.runs.length ?? 0;

  const onRun = () =>
    createRun.mutate(undefined, {
      onSuccess: ({ run: made }) => {
        update({ run: made.id, applicant: null });
        notifications.show({
          color: 'teal',
          title: 'Match complete',
          message: `${made.outcome.stats.matchedApplicants} of ${made.outcome.stats.applicants} applicants matched, solved in ${formatDuration(made.durationMs)}.`,
        });
      },
    });

  return (
    <>
      <PageHeader
        title={name}
        eyebrow={backLink}
        description={
          <Group gap={6} component="span">
            {[
              plural(summary.applicants, 'applicant'),
              plural(summary.programs, 'program'),
              plural(summary.positions, 'position'),
              ...(summary.couples > 0 ? [plural(summary.couples, 'couple')] : []),
            ].map((label) => (
              <Badge key={label} variant="light" color="gray" radius="sm" component="span">
                {label}
              </Badge>
            ))}
          </Group>
        }
        actions={
          <>
            <DeleteInstanceButton id={instanceId} name={name} runs={runCount} />
            <Button
              leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
              onClick={onRun}
              loading={createRun.isPending}
            >
              Run match
            </Button>
          </>
        }
      />
      <Stack gap="xl">
        <FormAlert
          title="The match did not run"
          message={createRun.isError ? errorMessage(createRun.error) : null}
        />
        <Card component="section" aria-labelledby="runs-title">
          <Title order={2} fz="lg" id="runs-title" mb="sm">
            Saved runs
          </Title>
          {runs.isPending ? (
            <Skeleton h={80} />
          ) : runs.isError ? (
            <QueryError
              error={runs.error}
              onRetry={() => runs.refetch()}
              title="Could not load the runs"
            />
          ) : runs.data.runs.length === 0 ? (
            <Group gap="md" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" size={40} radius="xl" visibleFrom="xs">
                <IconPlayerPlay size={20} aria-hidden="true" />
              </ThemeIcon>
              <Stack gap={6} align="flex-start">
                <Text fz="sm">
                  Not run yet. Running solves this instance with the NRMP algorithm (Roth–Peranson),
                  saves the result here and lets you ask why each applicant matched where they did.
                </Text>
                <Button size="xs" variant="light" onClick={onRun} loading={createRun.isPending}>
                  Run it now
                </Button>
              </Stack>
            </Group>
          ) : (
            <RunsList
              runs={runs.data.runs}
              selectedId={runId}
              onSelect={(id) => update({ run: id, applicant: null })}
            />
          )}
        </Card>
        {runId !== null &&
          (run.isPending ? (
            <CardsSkeleton cards={2} lines={4} />
          ) : run.isError ? (
            <QueryError
              error={run.error}
              onRetry={() => run.refetch()}
              title="Could not load this run"
            />
          ) : (
            <RunResult
              run={run.data.run}
              problem={problem}
              onExplain={(id) => update({ applicant: id })}
            />
          ))}
        <InstanceOverview problem={problem} />
      </Stack>
      {runId !== null && (
        <ExplanationDrawer
          runId={runId}
          applicantId={applicantId}
          onClose={() => update({ applicant: null })}
        />
      )}
    </>
  );
}

export { InstancePage as Component };
