import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { formatDateTime } from './format.ts';
import { relationshipsQuery } from './mentorship-api.ts';
import { MEETING_STATUS_COLORS, MEETING_STATUS_LABELS } from './mentorship-labels.ts';

/** My mentoring relationships with how each stands against its cadence. */
export function RelationshipsList({ side }: { readonly side: 'mentee' | 'mentor' }) {
  const query = useQuery(relationshipsQuery);
  if (query.isPending) return <CardsSkeleton cards={2} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const { relationships, overdue } = query.data;
  return (
    <Stack gap="md">
      {(overdue.meetings > 0 || overdue.actionItems > 0) && (
        <Text fz="sm" c="red.9" fw={600}>
          Overdue: {overdue.meetings} {overdue.meetings === 1 ? 'meeting' : 'meetings'},{' '}
          {overdue.actionItems} {overdue.actionItems === 1 ? 'action item' : 'action items'}.
        </Text>
      )}
      {relationships.length === 0 ? (
        <Text c="dimmed">
          {side === 'mentor'
            ? 'No mentees yet. Accepted requests appear here.'
            : 'No mentor yet. When a mentor accepts your request, your tracker appears here.'}
        </Text>
      ) : (
        <Stack component="ul" p={0} m={0} gap="md" aria-label="Relationships">
          {relationships.map((r) => {
            const other = side === 'mentor' ? r.mentee : r.mentor;
            return (
              <Card key={r.id} component="li" withBorder p="md" style={{ listStyle: 'none' }}>
                <Group justify="space-between" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} className="text-break">
                      {other.displayName}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {r.status === 'ended'
                        ? `Ended ${r.endedAt === null ? '' : formatDateTime(r.endedAt)}`
                        : `Every ${r.cadenceWeeks} weeks · next meeting ${r.nextMeetingAt === null ? 'not planned' : formatDateTime(r.nextMeetingAt)}`}
                    </Text>
                  </div>
                  <Group gap="xs">
                    {r.status === 'active' && (
                      <Badge color={MEETING_STATUS_COLORS[r.standing.status]} variant="light">
                        {MEETING_STATUS_LABELS[r.standing.status]}
                      </Badge>
                    )}
                    {r.overdueActionItems > 0 && (
                      <Badge color="red" variant="light">
                        {r.overdueActionItems} overdue
                      </Badge>
                    )}
                    <Button
                      size="sm"
                      variant="light"
                      component={Link}
                      to={`/mentors/relationships/${r.id}`}
                      aria-label={`Open the tracker with ${other.displayName}`}
                    >
                      Open
                    </Button>
                  </Group>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
