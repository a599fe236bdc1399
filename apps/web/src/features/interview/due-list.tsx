import { Anchor, Badge, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-state.tsx';
import { dueQuery } from './interview-api.ts';
import { dueIn } from './timing.ts';

const questionPath = (id: string) => `/interview/questions/${encodeURIComponent(id)}`;
const formatWhen = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** Due now, next up, and new questions to start (IMG core first). */
export function DueList() {
  const due = useQuery(dueQuery);
  const now = Date.now();

  return (
    <Card component="section" aria-labelledby="due-title">
      <Title order={2} fz="lg" id="due-title" mb="sm">
        Due today
      </Title>
      {due.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading your practice list">
          <Skeleton h={16} />
          <Skeleton h={16} w="80%" />
        </Stack>
      ) : due.isError ? (
        <QueryError
          error={due.error}
          onRetry={() => due.refetch()}
          title="Could not load your list"
        />
      ) : (
        <Stack gap="md">
          {due.data.due.length === 0 ? (
            <Text fz="sm" c="dimmed">
              Nothing is due right now.
            </Text>
          ) : (
            <List spacing="xs" aria-label="Questions due now">
              {due.data.due.map((item) => (
                <List.Item key={item.questionId}>
                  <Anchor component={Link} to={questionPath(item.questionId)} fz="sm">
                    {item.prompt}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
          {due.data.upcoming.length > 0 && (
            <div>
              <Title order={3} fz="sm" mb={4}>
                Coming up
              </Title>
              <List spacing="xs" aria-label="Questions coming up">
                {due.data.upcoming.map((item) => (
                  <List.Item key={item.questionId}>
                    <Group gap="xs" wrap="nowrap" align="baseline">
                      <Anchor component={Link} to={questionPath(item.questionId)} fz="sm">
                        {item.prompt}
                      </Anchor>
                      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        <time dateTime={item.dueAt} title={formatWhen(item.dueAt)}>
                          due {dueIn(item.dueAt, now)}
                        </time>
                      </Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {due.data.newQuestions.length > 0 && (
            <div>
              <Title order={3} fz="sm" mb={4}>
                Start with
              </Title>
              <List spacing="xs" aria-label="New questions to start">
                {due.data.newQuestions.map((q) => (
                  <List.Item key={q.id}>
                    <Anchor component={Link} to={questionPath(q.id)} fz="sm">
                      {q.prompt}
                    </Anchor>{' '}
                    {q.priority === 1 && (
                      <Badge size="xs" variant="light" tt="none">
                        IMG core
                      </Badge>
                    )}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
      )}
    </Card>
  );
}
