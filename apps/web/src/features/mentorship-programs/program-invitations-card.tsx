import {
  Badge,
  Button,
  Card,
  Group,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ProgramPeopleResponse } from '@matchready/contract';
import type { ProgramInvitationStatus, ProgramParticipantRole } from '@matchready/core/vocabulary';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { LockedUntilApproved } from '../organisation/approval-notice.tsx';
import { useAddPerson, useInvite } from './mentorship-programs-api.ts';

const STATUS: Record<ProgramInvitationStatus, { label: string; color: string }> = {
  'not-invited': { label: 'not invited', color: 'gray' },
  invited: { label: 'invited', color: 'orange' },
  accepted: { label: 'accepted', color: 'teal' },
};

function AddPerson({ programId }: { programId: string }) {
  const add = useAddPerson(programId);
  const [role, setRole] = useState<ProgramParticipantRole>('mentee');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  return (
    <form
      aria-label="Add one person by email"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(
          { role, name, email },
          {
            onSuccess: () => {
              notifications.show({
                title: 'Invited',
                message: `${email} was invited as a ${role}.`,
              });
              setName('');
              setEmail('');
            },
          },
        );
      }}
    >
      <Group align="flex-end" gap="sm">
        <SegmentedControl
          aria-label="Role of the new person"
          value={role}
          onChange={(value) => setRole(value as ProgramParticipantRole)}
          data={[
            { value: 'mentee', label: 'Mentee' },
            { value: 'mentor', label: 'Mentor' },
          ]}
        />
        <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput
          label="Email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <Button type="submit" variant="light" loading={add.isPending}>
          Add and invite
        </Button>
      </Group>
      <FormAlert message={add.error ? errorMessage(add.error) : null} />
    </form>
  );
}

/**
 * Invitations (decision 046): who has accepted (and so can be linked to a pair), who corrected
 * their imported details, and the buttons to invite everyone or add one person by email.
 */
export function ProgramInvitationsCard({
  programId,
  people,
}: {
  programId: string;
  people: ProgramPeopleResponse | undefined;
}) {
  const invite = useInvite(programId);
  const everyone = [
    ...(people?.mentees.map((p) => ({ ...p, role: 'mentee' as const })) ?? []),
    ...(people?.mentors.map((p) => ({ ...p, role: 'mentor' as const })) ?? []),
  ];
  const count = (status: ProgramInvitationStatus) =>
    everyone.filter((p) => p.status === status).length;
  return (
    <Card component="section" aria-labelledby="invitations-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="invitations-title">
          Invitations
        </Title>
        <Text fz="sm" c="dimmed" data-testid="invitation-counts">
          {count('accepted')} accepted · {count('invited')} invited · {count('not-invited')} not
          invited. Only people who accepted with their own email address become relationships in
          MatchReady when pairs are published; the others are still emailed their pair.
        </Text>
        {/* The table stays outside: it is read, and scrolls by keyboard, while locked. */}
        <LockedUntilApproved>
          <Stack gap="sm">
            <Group>
              <Button
                loading={invite.isPending}
                disabled={count('invited') + count('not-invited') === 0}
                onClick={() =>
                  invite.mutate(undefined, {
                    onSuccess: ({ invited, withoutEmail }) =>
                      notifications.show({
                        title: 'Invitations sent',
                        message: `${invited} ${invited === 1 ? 'invitation' : 'invitations'} sent${withoutEmail > 0 ? `; ${withoutEmail} without an email address` : ''}.`,
                      }),
                  })
                }
              >
                Invite everyone not yet accepted
              </Button>
            </Group>
            <FormAlert message={invite.error ? errorMessage(invite.error) : null} />
            <AddPerson programId={programId} />
          </Stack>
        </LockedUntilApproved>
        {everyone.length > 0 && (
          <ScrollArea.Autosize
            mah={320}
            viewportProps={{ tabIndex: 0, 'aria-label': 'People and invitations (scrolls)' }}
          >
            <Table aria-label="People and invitations" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Invitation</Table.Th>
                  <Table.Th>Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {everyone.map((p) => (
                  <Table.Tr key={`${p.role}:${p.personId}`} data-testid={`person-${p.personId}`}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{p.role}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS[p.status].color}>
                        {STATUS[p.status].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {p.editedAt ? `edited by them ${p.editedAt.slice(0, 10)}` : 'as imported'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Card>
  );
}
