import { Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import type { AnswerReport } from '@matchready/contract';
import { formatClock } from './timing.ts';

// Teal, orange and red light variants are darkened to AA contrast in the app theme.
const LEVEL = { green: 'teal', amber: 'orange', red: 'red' } as const;
const BAND = { short: 'Short', ok: 'In range', long: 'Long' } as const;

/** Time band, pace and fillers: observable delivery, never "confidence" (decision 005). */
export function DeliveryStats({ report }: { readonly report: AnswerReport }) {
  const rows: [string, string, keyof typeof LEVEL | null][] = [
    ['Words', String(report.wordCount), null],
    [
      report.secondsSource === 'measured' ? 'Time' : 'Time (estimated at 130 words a minute)',
      `${formatClock(report.seconds)} · target ${formatClock(report.targetSeconds.min)}–${formatClock(report.targetSeconds.max)} · ${BAND[report.timeBand]}`,
      report.timeBand === 'ok' ? 'green' : 'amber',
    ],
    [
      'Pace',
      report.wordsPerMinute === null
        ? 'Not measured (typed answer)'
        : `${report.wordsPerMinute} words a minute`,
      report.paceLevel,
    ],
    [
      'Fillers',
      report.fillersPer100Words === null
        ? 'Not measured (speech recognition drops “um” and “uh”)'
        : `${report.fillersPer100Words} per 100 words`,
      report.fillerLevel,
    ],
    ['Hedges', `${report.hedgesPer100Words} per 100 words`, null],
  ];
  return (
    <Card component="section" aria-labelledby="delivery-title">
      <Title order={2} fz="lg" id="delivery-title" mb="sm">
        Delivery
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value, level]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={500} fz="sm" w="35%">
                {label}
              </Table.Th>
              <Table.Td fz="sm">
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <span>{value}</span>
                  {level && (
                    <Badge color={LEVEL[level]} variant="light" tt="none">
                      {level === 'green' ? 'good' : level === 'amber' ? 'check' : 'work on it'}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.fillers.length > 0 && (
        <Text fz="xs" c="dimmed" mt="xs">
          Most used:{' '}
          {report.fillers
            .slice(0, 4)
            .map((f) => `“${f.phrase}” ×${f.count}`)
            .join(', ')}
        </Text>
      )}
    </Card>
  );
}
