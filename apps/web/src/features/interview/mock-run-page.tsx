import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { mockQuery } from './interview-api.ts';
import { MockRunner } from './mock-runner.tsx';
import { MockSummaryView } from './mock-summary-view.tsx';

export function MockRunPage() {
  const { mockId = '' } = useParams();
  const mock = useQuery({ ...mockQuery(mockId), refetchOnWindowFocus: false });
  const done = mock.data?.mock.summary != null;
  usePageTitle(done ? 'Mock interview report' : 'Mock interview');

  return (
    <>
      <Breadcrumbs mb="sm" separator="›">
        <Anchor component={Link} to="/interview" fz="sm">
          Interview
        </Anchor>
        <Anchor component={Link} to="/interview/mock" fz="sm">
          Mock interview
        </Anchor>
        <Text fz="sm" c="dimmed">
          {done ? 'Report' : 'In progress'}
        </Text>
      </Breadcrumbs>
      {mock.isPending ? (
        <CardsSkeleton cards={1} />
      ) : mock.isError ? (
        <QueryError error={mock.error} title="Could not load this mock interview" />
      ) : (
        <>
          <PageHeader
            title={done ? 'Mock interview report' : mock.data.mock.label}
            description={
              done
                ? `${mock.data.mock.label}: one report for the whole interview.`
                : 'No feedback until the end. Answer as you would in the room.'
            }
          />
          {mock.data.mock.summary ? (
            <MockSummaryView mock={mock.data.mock} summary={mock.data.mock.summary} />
          ) : (
            <MockRunner mock={mock.data.mock} />
          )}
        </>
      )}
    </>
  );
}

export { MockRunPage as Component };
