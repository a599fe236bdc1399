import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  NumberInput,
  Radio,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { MAX_MOCK_QUESTIONS, type MockFormat } from '@matchready/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { mocksQuery, useCreateMock } from './interview-api.ts';

const SETS: { value: MockFormat; label: string; description: string }[] = [
  {
    value: 'img',
    label: 'IMG set',
    description: 'Why the US, your training abroad, visa, gaps and scores.',
  },
  {
    value: 'behavioural',
    label: 'Behavioural set',
    description: '“Tell me about a time…”: answer with a situation, your actions and the result.',
  },
  {
    value: 'aamc',
    label: 'AAMC-style',
    description: '30 seconds to read, 3 minutes to answer; the answer stops at 3 minutes.',
  },
  {
    value: 'mixed',
    label: 'Mixed interview',
    description: 'One question from each theme in turn.',
  },
];

const formatDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

export function MockPage() {
  usePageTitle('Mock interview');
  const [format, setFormat] = useState<MockFormat>('img');
  const [count, setCount] = useState<number | string>(3);
  const create = useCreateMock();
  const mocks = useQuery(mocksQuery);
  const navigate = useNavigate();

  const start = () =>
    create.mutate(
      { format, count: Number(count) },
      { onSuccess: ({ mock }) => navigate(`/interview/mock/${mock.id}`) },
    );

  return (
    <>
      <PageHeader
        title="Mock interview"
        description="Answer several questions in a row with timers and no feedback in between, then read one report for the whole interview."
      />
      <Stack gap="xl">
        <Card component="section" aria-labelledby="setup-title">
          <Title order={2} fz="lg" id="setup-title" mb="md">
            Set up
          </Title>
          <Stack gap="md">
            <Radio.Group
              label="Question set"
              value={format}
              onChange={(value) => setFormat(value as MockFormat)}
            >
              <Stack gap="sm" mt="xs">
                {SETS.map((set) => (
                  <Radio
                    key={set.value}
                    value={set.value}
                    label={set.label}
                    description={set.description}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <NumberInput
              label="Number of questions"
              min={1}
              max={MAX_MOCK_QUESTIONS}
              value={count}
              onChange={setCount}
              w={200}
              allowDecimal={false}
            />
            {create.isError && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(create.error)}
              </Alert>
            )}
            <Group>
              <Button onClick={start} loading={create.isPending}>
                Start mock interview
              </Button>
            </Group>
          </Stack>
        </Card>
        {mocks.data && mocks.data.mocks.length > 0 && (
          <Card component="section" aria-labelledby="past-title">
            <Title order={2} fz="lg" id="past-title" mb="sm">
              Your mock interviews
            </Title>
            <ScrollTable label="Your mock interviews" minWidth={480}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Started</Table.Th>
                    <Table.Th>Set</Table.Th>
                    <Table.Th>Answered</Table.Th>
                    <Table.Th>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {mocks.data.mocks.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/interview/mock/${m.id}`}>
                          {formatDate(m.startedAt)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{m.label}</Table.Td>
                      <Table.Td>
                        {m.answered} of {m.questionCount}
                      </Table.Td>
                      <Table.Td>{m.completedAt ? 'Report ready' : 'In progress'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Card>
        )}
        <Text fz="sm" c="dimmed">
          Each answer is saved as practice for its question. Questions you have practised least come
          first.
        </Text>
      </Stack>
    </>
  );
}

export { MockPage as Component };
