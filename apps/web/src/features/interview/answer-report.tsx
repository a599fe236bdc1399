import {
  Badge,
  Blockquote,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  type AnswerReport,
  type InterviewQuestion,
  type RedFlagDoc,
  redFlagCodeSchema,
} from '@matchready/contract';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { ComparisonList } from './comparison-list.tsx';
import { DeliveryStats } from './delivery-stats.tsx';

interface Props {
  readonly report: AnswerReport;
  readonly question: InterviewQuestion;
  readonly redFlagDocs: readonly RedFlagDoc[];
  /** The answer the report judges, shown beside it. */
  readonly answer?: string;
}

const RED_FLAG_CODES: ReadonlySet<string> = new Set(redFlagCodeSchema.options);

/** A heading that fits the result: no "Work on this first" over an answer with nothing to fix. */
export function reportHeading(report: AnswerReport): string {
  if (report.priorities.some((p) => p.code === 'well-done')) return 'Keep this answer';
  if (report.redFlags.length > 0) return 'Then work on this';
  return 'Work on this first';
}

function Quote({ children }: { readonly children: string }) {
  return (
    <Blockquote p="xs" pl="md" mt={6} fz="sm" color="gray" radius="sm">
      “{children}”
    </Blockquote>
  );
}

/**
 * The analyser's report beside the answer it judges: red flags (each once, first), then what to
 * work on, talking points, delivery, trend.
 */
export function AnswerReportView({ report, question, redFlagDocs, answer }: Props) {
  const points = report.path
    ? (question.paths?.find((p) => p.id === report.path?.id)?.talkingPoints ?? [])
    : question.talkingPoints;
  const guidance = new Map(points.map((p) => [p.id, p.guidance]));
  const docs = new Map(redFlagDocs.map((d) => [d.code, d]));
  // Red flags are listed once, in their own section; the priorities show the rest.
  const priorities = report.priorities.filter((p) => !RED_FLAG_CODES.has(p.code));
  const core = report.talkingPoints.filter((p) => p.optional !== true);
  const coreCovered = core.filter((p) => p.covered).length;
  const heading = reportHeading(report);
  const wellDone = priorities.some((p) => p.code === 'well-done');

  const body = (
    <Stack gap="lg">
      {report.redFlags.length > 0 && (
        <Card
          component="section"
          aria-labelledby="flags-title"
          style={{ borderColor: 'var(--mantine-color-orange-5)' }}
        >
          <Group gap="xs" mb="sm">
            <IconAlertTriangle size={20} color="var(--mantine-color-orange-8)" aria-hidden="true" />
            <Title order={2} fz="lg" id="flags-title">
              Check this
            </Title>
          </Group>
          <Text fz="sm" c="dimmed" mb="sm">
            Phrases interviewers often hold against applicants. They are prompts to re-read your
            answer, not verdicts.
          </Text>
          <Stack gap="md">
            {report.redFlags.map((flag) => (
              <div key={flag.code}>
                <Text fw={600}>{docs.get(flag.code)?.title ?? flag.code}</Text>
                {flag.evidence && !flag.message.includes(flag.evidence) && (
                  <Quote>{flag.evidence}</Quote>
                )}
                <Text fz="sm" mt={4}>
                  {flag.message}
                </Text>
              </div>
            ))}
          </Stack>
        </Card>
      )}

      {priorities.length > 0 && (
        <Card
          component="section"
          aria-labelledby="priorities-title"
          bg={wellDone ? 'teal.0' : 'brand.0'}
        >
          <Title order={2} fz="lg" id="priorities-title" mb="sm">
            {heading}
          </Title>
          <Stack gap="md">
            {priorities.map((priority) => (
              <div key={priority.code}>
                <Text fw={600}>{priority.title}</Text>
                <Text fz="sm">{priority.detail}</Text>
                {priority.evidence && !priority.detail.includes(priority.evidence) && (
                  <Quote>{priority.evidence}</Quote>
                )}
              </div>
            ))}
          </Stack>
        </Card>
      )}

      <Card component="section" aria-labelledby="points-title">
        <Title order={2} fz="lg" id="points-title" mb="sm">
          Talking points ({coreCovered} of {core.length} covered)
        </Title>
        {report.path && (
          <Text fz="sm" c="dimmed" mb="xs">
            Judged as: {report.path.label}.
          </Text>
        )}
        <List spacing="sm" listStyleType="none" p={0}>
          {report.talkingPoints.map((point) => (
            <List.Item
              key={point.id}
              icon={
                point.covered ? (
                  <IconCircleCheck
                    size={20}
                    color="var(--mantine-color-teal-8)"
                    aria-hidden="true"
                  />
                ) : (
                  <IconCircleDashed
                    size={20}
                    color="var(--mantine-color-gray-7)"
                    aria-hidden="true"
                  />
                )
              }
            >
              <Text fw={600} fz="sm">
                {point.label}{' '}
                <Text span fz="sm" fw={400} c={point.covered ? 'teal.9' : 'gray.8'}>
                  — {point.covered ? 'covered' : point.optional ? 'optional' : 'missed'}
                </Text>
              </Text>
              {point.covered && point.evidence ? (
                <Quote>{point.evidence}</Quote>
              ) : (
                <Text fz="sm" c="dimmed">
                  {guidance.get(point.id)}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Card>

      <SimpleGrid cols={{ base: 1, md: report.comparison ? 2 : 1 }} spacing="lg">
        <DeliveryStats report={report} />
        {report.comparison && <ComparisonList comparison={report.comparison} />}
      </SimpleGrid>

      {report.star && (
        <Card component="section" aria-labelledby="star-title">
          <Title order={2} fz="lg" id="star-title" mb="sm">
            Structure (STAR)
          </Title>
          <Group gap="xs" mb="sm">
            {(['situation', 'task', 'action', 'result', 'learning'] as const).map((part) => (
              <Badge
                key={part}
                variant="light"
                color={report.star?.[part].present ? 'teal' : 'gray'}
                tt="none"
              >
                {part[0]?.toUpperCase()}
                {part.slice(1)}: {report.star?.[part].present ? 'found' : 'not found'}
              </Badge>
            ))}
          </Group>
          {report.star.checks.map((check) => (
            <Text key={check.code} fz="sm">
              {check.message}
            </Text>
          ))}
        </Card>
      )}
    </Stack>
  );

  if (answer === undefined) return body;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
      <Card component="section" aria-labelledby="your-answer-title">
        <Title order={2} fz="lg" id="your-answer-title" mb="sm">
          Your answer
        </Title>
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {answer}
        </Text>
      </Card>
      {body}
    </SimpleGrid>
  );
}
