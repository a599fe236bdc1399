import { Badge, List, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ProgramReportResponse } from '@matchready/contract';
import { PULSE_QUESTIONS, type PulseQuestion } from '@matchready/core/vocabulary';

const QUESTION: Readonly<Record<PulseQuestion, string>> = {
  helpful: 'helpful',
  fit: 'fit',
  communication: 'keeping in touch',
};

function PulseSide({
  label,
  side,
}: {
  label: string;
  side: ProgramReportResponse['pulse']['mentee'];
}) {
  return (
    <Text fz="sm">
      {label}: {side.answers} {side.answers === 1 ? 'answer' : 'answers'}
      {side.averages &&
        ` · ${PULSE_QUESTIONS.map((q) => `${QUESTION[q]} ${side.averages?.[q].toFixed(1)}`).join(' · ')} (of 5)`}
    </Text>
  );
}

/**
 * Invitations, meetings per pair with the 8-week flag, and the 3-month pulse survey aggregated
 * per side; comments are listed without names (decision 047).
 */
export function ProgramActivityReport({ report }: { report: ProgramReportResponse }) {
  const { invitations, activity, pulse } = report;
  return (
    <Stack gap="sm" mt="md">
      <Text fz="sm" data-testid="report-invitations">
        {invitations.accepted} accepted their invitation · {invitations.invited} invited ·{' '}
        {invitations.notInvited} not invited · {invitations.edited} corrected their details
      </Text>
      <Title order={3} fz="md">
        Meetings
      </Title>
      <Text fz="sm" data-testid="report-meetings">
        {activity.meetings} meetings logged in {activity.tracked} tracked{' '}
        {activity.tracked === 1 ? 'pair' : 'pairs'} · {activity.flagged} with no meeting in 8 weeks
      </Text>
      {activity.pairs.length > 0 && (
        <ScrollArea.Autosize
          mah={280}
          viewportProps={{ tabIndex: 0, 'aria-label': 'Meetings per pair (scrolls)' }}
        >
          <Table aria-label="Meetings per pair" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Mentee</Table.Th>
                <Table.Th>Mentor</Table.Th>
                <Table.Th>Meetings</Table.Th>
                <Table.Th>Last meeting</Table.Th>
                <Table.Th>Flag</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activity.pairs.map((p) => (
                <Table.Tr key={p.mentee}>
                  <Table.Td>{p.menteeName}</Table.Td>
                  <Table.Td>{p.mentorName}</Table.Td>
                  <Table.Td>{p.tracked ? p.meetings : 'not tracked'}</Table.Td>
                  <Table.Td>{p.lastMeetingAt?.slice(0, 10) ?? '—'}</Table.Td>
                  <Table.Td>
                    {p.noRecentMeeting && (
                      <Badge color="orange" variant="light">
                        no meeting in 8 weeks
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      <Title order={3} fz="md">
        3-month pulse survey
      </Title>
      <PulseSide label="Mentees" side={pulse.mentee} />
      <PulseSide label="Mentors" side={pulse.mentor} />
      {pulse.comments.length > 0 && (
        <List size="sm" aria-label="Pulse comments (without names)">
          {pulse.comments.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: comments may repeat; the order is fixed
            <List.Item key={i}>
              {c.role}: {c.comment}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
