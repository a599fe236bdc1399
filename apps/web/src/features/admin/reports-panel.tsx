import { Anchor, Card, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { mentorReportsQuery } from './admin-api.ts';

/**
 * Reports mentees made about mentors, newest first. Read-only: the API has no "resolve" or
 * "suspend" action yet (blocks are private to each mentee and are not listed to admins).
 */
export function ReportsPanel() {
  const reports = useQuery(mentorReportsQuery);
  if (reports.isPending) return <CardsSkeleton />;
  if (reports.error) return <QueryError error={reports.error} />;
  return (
    <Stack gap="md">
      <Text fz="sm" c="dimmed">
        What mentees reported about mentors, newest first. To act on one, remove the mentor's
        verification under Mentor verification. Blocks stay private to the mentee who made them.
      </Text>
      {reports.data.reports.length === 0 ? (
        <Text c="dimmed">No reports.</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label="Reports about mentors">
          {reports.data.reports.map((r) => (
            <Card key={r.id} component="li" withBorder style={{ listStyle: 'none' }}>
              <Text fz="sm" fw={600} className="text-break">
                <Anchor component={Link} to={`/mentors/${r.mentor.id}`}>
                  {r.mentor.displayName}
                </Anchor>{' '}
                reported by {r.reporter.displayName} on {r.createdAt.slice(0, 10)}
              </Text>
              <Text fz="sm" mt={4} className="text-break" style={{ whiteSpace: 'pre-wrap' }}>
                {r.reason}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
