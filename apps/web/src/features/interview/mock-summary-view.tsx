import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { MockInterview, MockSummary } from '@matchready/contract';
import { Link } from 'react-router';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { formatClock } from './timing.ts';

const BAND = { short: 'short', ok: 'in range', long: 'long' } as const;

function Stat({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <Card padding="md">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

/** The one report at the end of a mock interview. */
export function MockSummaryView({
  mock,
  summary,
}: {
  readonly mock: MockInterview;
  readonly summary: MockSummary;
}) {
  const prompt = new Map(mock.questions.map((q) => [q.questionId, q.prompt]));
  const coverage = summary.averages.talkingPointCoverage;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Stat label="Answered" value={`${summary.answered} of ${summary.total}`} />
        <Stat label="In time band" value={`${summary.timeBands.ok} of ${summary.answered}`} />
        <Stat
          label="Talking points"
          value={coverage === null ? '—' : `${Math.round(coverage * 100)}%`}
        />
        <Stat label="Red flags" value={String(summary.redFlags.length)} />
      </SimpleGrid>

      <Card component="section" aria-labelledby="mock-priorities" bg="brand.0">
        <Title order={2} fz="lg" id="mock-priorities" mb="sm">
          Work on this first
        </Title>
        {summary.priorities.length === 0 ? (
          <Text fz="sm">No answers were recorded in this mock interview.</Text>
        ) : (
          <Stack gap="md">
            {summary.priorities.map((p) => (
              <div key={p.title}>
                <Text fw={600}>{p.title}</Text>
                <Text fz="sm">{p.detail}</Text>
                {p.questionId && (
                  <Text fz="xs" c="dimmed">
                    In “{prompt.get(p.questionId)}”
                  </Text>
                )}
              </div>
            ))}
          </Stack>
        )}
      </Card>

      {summary.redFlags.length > 0 && (
        <Card component="section" aria-labelledby="mock-flags">
          <Title order={2} fz="lg" id="mock-flags" mb="sm">
            Check this
          </Title>
          <Stack gap="md">
            {summary.redFlags.map((flag) => (
              <div key={flag.code}>
                <Text fw={600}>{flag.title}</Text>
                <Text fz="sm">{flag.advice}</Text>
                <Text fz="xs" c="dimmed">
                  In: {flag.questionIds.map((id) => `“${prompt.get(id) ?? id}”`).join(', ')}
                </Text>
              </div>
            ))}
          </Stack>
        </Card>
      )}

      <Card component="section" aria-labelledby="mock-answers">
        <Title order={2} fz="lg" id="mock-answers" mb="sm">
          Question by question
        </Title>
        <ScrollTable label="Answers in this mock interview" minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Question</Table.Th>
                <Table.Th>Time</Table.Th>
                <Table.Th>Talking points</Table.Th>
                <Table.Th>Red flags</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.questions.map((q) => (
                <Table.Tr key={q.questionId}>
                  <Table.Td>
                    <Link to={`/interview/questions/${encodeURIComponent(q.questionId)}`}>
                      {q.prompt}
                    </Link>
                    {q.priority && (
                      <Text fz="xs" c="dimmed">
                        {q.priority.title}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {q.attemptId === null ? (
                      <Badge color="gray" variant="light" tt="none">
                        not answered
                      </Badge>
                    ) : (
                      `${formatClock(q.seconds)} (${q.timeBand ? BAND[q.timeBand] : '—'})`
                    )}
                  </Table.Td>
                  <Table.Td>
                    {q.talkingPointsCovered} of {q.talkingPointsTotal}
                  </Table.Td>
                  <Table.Td>{q.redFlags.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Card>
      <Group>
        <Link to="/interview/mock">Start another mock interview</Link>
      </Group>
    </Stack>
  );
}
