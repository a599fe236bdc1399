import { Badge, Button, Card, Table, Title } from '@mantine/core';
import type { AttemptListItem } from '@matchready/contract';
import { ScrollTable } from '../../components/scroll-table.tsx';

const formatDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

interface Props {
  readonly attempts: readonly AttemptListItem[];
  /** Shows the stored report of an attempt. */
  readonly onShow?: (attemptId: string) => void;
  /** The attempt whose report is on screen. */
  readonly shownId?: string | null;
}

/** Earlier attempts at one question, newest first, each with its stored report. */
export function AttemptHistory({ attempts, onShow, shownId = null }: Props) {
  return (
    <Card component="section" aria-labelledby="history-title">
      <Title order={2} fz="lg" id="history-title" mb="sm">
        Your attempts
      </Title>
      <ScrollTable label="Your attempts at this question" minWidth={onShow ? 600 : 520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Words</Table.Th>
              <Table.Th>Talking points</Table.Th>
              <Table.Th>Red flags</Table.Th>
              <Table.Th>Rating</Table.Th>
              {onShow && <Table.Th>Report</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {attempts.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  {formatDate(a.createdAt)}
                  {a.mockId && (
                    <Badge ml="xs" size="xs" variant="light" color="gray" tt="none">
                      mock
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{a.wordCount}</Table.Td>
                <Table.Td>
                  {a.talkingPointsCovered} of {a.talkingPointsTotal}
                </Table.Td>
                <Table.Td>{a.redFlags.length}</Table.Td>
                <Table.Td>{a.rating ?? '—'}</Table.Td>
                {onShow && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant={shownId === a.id ? 'light' : 'subtle'}
                      onClick={() => onShow(a.id)}
                      aria-pressed={shownId === a.id}
                      aria-label={`Show the report of ${formatDate(a.createdAt)}`}
                    >
                      {shownId === a.id ? 'Shown' : 'Show'}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}
