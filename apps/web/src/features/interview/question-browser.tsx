import {
  Anchor,
  Badge,
  Card,
  Group,
  NativeSelect,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { InterviewTheme } from '@matchready/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-state.tsx';
import { questionsQuery } from './interview-api.ts';
import { formatDuration } from './timing.ts';

/** The bank, one theme at a time. */
export function QuestionBrowser() {
  const [theme, setTheme] = useState<InterviewTheme | 'all'>('img');
  const all = useQuery(questionsQuery('all'));
  const list = useQuery(questionsQuery(theme));

  const options = [
    { value: 'all', label: `All themes (${all.data?.questions.length ?? '…'})` },
    ...(all.data?.themes.map((t) => ({ value: t.theme, label: `${t.label} (${t.count})` })) ?? []),
  ];

  return (
    <Card component="section" aria-labelledby="bank-title">
      <Group justify="space-between" align="flex-end" mb="md" gap="sm">
        <div>
          <Title order={2} fz="lg" id="bank-title">
            Question bank
          </Title>
          <Text fz="sm" c="dimmed">
            Pick any question to practise it now.
          </Text>
        </div>
        <NativeSelect
          label="Theme"
          data={options}
          value={theme}
          onChange={(event) => setTheme(event.currentTarget.value as InterviewTheme | 'all')}
          w={{ base: '100%', sm: 300 }}
        />
      </Group>
      {list.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading questions">
          <Skeleton h={20} />
          <Skeleton h={20} />
          <Skeleton h={20} />
        </Stack>
      ) : list.isError ? (
        <QueryError
          error={list.error}
          onRetry={() => list.refetch()}
          title="Could not load the bank"
        />
      ) : (
        <Stack
          gap={0}
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label="Questions"
        >
          {list.data.questions.map((q) => (
            <Group
              key={q.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              gap="sm"
              py="xs"
              style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Anchor
                component={Link}
                to={`/interview/questions/${encodeURIComponent(q.id)}`}
                fz="sm"
              >
                {q.prompt}
              </Anchor>
              <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
                {formatDuration(q.timeBand.minSeconds)}–{formatDuration(q.timeBand.maxSeconds)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
