import { Alert, Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { MentorSearchResponse } from '@matchready/contract';
import { IconInfoCircle } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import {
  DirectoryFilters,
  type DirectoryFilterValues,
  EMPTY_FILTERS,
  toDirectoryQuery,
} from './directory-filters.tsx';
import { FactorBars } from './factor-bars.tsx';
import { MentorSummary } from './mentor-summary.tsx';
import { directoryQuery } from './mentorship-api.ts';
import { INELIGIBILITY_LABELS } from './mentorship-labels.ts';

type Entry = MentorSearchResponse['entries'][number];

function ResultCard({ entry, maxScore, now }: { entry: Entry; maxScore: number; now: Date }) {
  const { mentor, match } = entry;
  return (
    <Card component="li" withBorder p="md" style={{ listStyle: 'none' }}>
      <Stack gap="sm">
        <MentorSummary mentor={mentor} now={now} />
        {match !== null && !match.eligible && (
          <Alert color="orange" variant="light" p="xs" title="Not recommended right now">
            {match.reasons.map((reason) => (
              <Text key={reason.code} fz="sm">
                <strong>{INELIGIBILITY_LABELS[reason.code]}:</strong> {reason.message}
              </Text>
            ))}
          </Alert>
        )}
        {match?.eligible && (
          <FactorBars factors={match.factors} score={match.score} maxScore={maxScore} />
        )}
        <Group>
          <Button
            component={Link}
            to={`/mentors/${mentor.id}`}
            variant={match === null || match.eligible ? 'filled' : 'default'}
            size="sm"
            aria-label={`Open ${mentor.displayName}`}
          >
            {match === null || match.eligible ? 'View and write' : 'View profile'}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The mentee's directory: filters, then eligible mentors by compatibility, then the rest. */
export function MentorDirectory({ canFilterByZone }: { readonly canFilterByZone: boolean }) {
  const [filters, setFilters] = useState<DirectoryFilterValues>(EMPTY_FILTERS);
  const [debounced] = useDebouncedValue(filters, 300);
  const query = useQuery({
    ...directoryQuery(toDirectoryQuery(debounced)),
    placeholderData: keepPreviousData,
  });
  const now = new Date();

  return (
    <Stack gap="lg">
      <DirectoryFilters value={filters} onChange={setFilters} canFilterByZone={canFilterByZone} />
      {query.isPending ? (
        <CardsSkeleton cards={3} />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <>
          <Alert
            color="gray"
            variant="light"
            icon={<IconInfoCircle size={20} aria-hidden="true" />}
          >
            {query.data.noPaymentsNotice}{' '}
            {query.data.entries.some((e) => e.mentor.isDemo) && query.data.demoNotice}
          </Alert>
          {query.data.needsPreferences && (
            <Text fz="sm">Save your preferences above to see how well each mentor fits you.</Text>
          )}
          <Text fz="sm" c="dimmed" aria-live="polite">
            {query.data.entries.length === 1 ? '1 mentor' : `${query.data.entries.length} mentors`}
          </Text>
          {query.data.entries.length === 0 ? (
            <Text>
              No mentor matches these filters.{' '}
              <Anchor component="button" onClick={() => setFilters(EMPTY_FILTERS)}>
                Clear the filters
              </Anchor>
            </Text>
          ) : (
            <Stack component="ul" p={0} m={0} gap="md" aria-label="Mentors">
              {query.data.entries.map((entry) => (
                <ResultCard
                  key={entry.mentor.id}
                  entry={entry}
                  maxScore={query.data.maxScore}
                  now={now}
                />
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
