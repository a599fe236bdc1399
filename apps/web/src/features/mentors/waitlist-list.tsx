import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-state.tsx';
import { useLeaveWaitlist, waitlistQuery } from './mentorship-api.ts';

/** My waitlist places; an offered place means I can now send that mentor a request. */
export function WaitlistList() {
  const query = useQuery(waitlistQuery);
  const leave = useLeaveWaitlist();
  if (query.isPending) return null;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (query.data.entries.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={2} fz="lg">
        Waitlists
      </Title>
      {query.data.entries.map((entry) => (
        <Card key={entry.id} withBorder p="sm">
          <Group justify="space-between" gap="xs">
            <Text fz="sm">
              {entry.mentor.displayName}:{' '}
              {entry.offeredAt === null
                ? `place ${entry.position} in the queue`
                : 'a place is free for you now'}
            </Text>
            <Group gap="xs">
              {entry.offeredAt !== null && (
                <Button size="xs" component={Link} to={`/mentors/${entry.mentor.id}`}>
                  Write to them
                </Button>
              )}
              <Button
                size="xs"
                variant="default"
                loading={leave.isPending}
                onClick={() => leave.mutate(entry.id)}
              >
                Leave
              </Button>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
