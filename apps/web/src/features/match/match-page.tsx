import { Card, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowsShuffle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CreateInstanceCard } from './create-instance-card.tsx';
import { InstanceList } from './instance-list.tsx';
import { instancesQuery } from './match-api.ts';

function EmptyInstances() {
  return (
    <Card padding="xl" ta="center">
      <Stack align="center" gap="xs">
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconArrowsShuffle size={26} aria-hidden="true" />
        </ThemeIcon>
        <Text fw={600}>No instances yet</Text>
        <Text fz="sm" c="dimmed" maw={420}>
          Upload rank lists, start from the sample or write a small instance below. Instances are
          private to your account.
        </Text>
      </Stack>
    </Card>
  );
}

export function MatchPage() {
  usePageTitle('Match simulator');
  const instances = useQuery(instancesQuery);

  return (
    <>
      <PageHeader
        title="Match simulator"
        description="Run the NRMP's Roth–Peranson algorithm on rank lists, see who matches where, and ask why any applicant matched where they did."
      />
      <Stack gap="xl">
        <section aria-labelledby="instances-title">
          <Title order={2} fz="xl" mb="md" id="instances-title">
            Your instances
          </Title>
          {instances.isPending ? (
            <Stack gap="sm" aria-busy="true" aria-label="Loading instances">
              <Skeleton h={92} radius="md" />
              <Skeleton h={92} radius="md" />
            </Stack>
          ) : instances.isError ? (
            <QueryError
              error={instances.error}
              onRetry={() => instances.refetch()}
              title="Could not load your instances"
            />
          ) : instances.data.instances.length === 0 ? (
            <EmptyInstances />
          ) : (
            <InstanceList instances={instances.data.instances} />
          )}
        </section>
        <CreateInstanceCard />
      </Stack>
    </>
  );
}

export { MatchPage as Component };
