import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ApprovalNotice, useOrganisationApproval } from '../organisation/approval-notice.tsx';
import { programsQuery, useCreateProgram } from './mentorship-programs-api.ts';

/** Organisation admins: their mentorship programs (cohorts), and a new one. */
export function MentorshipProgramsPage() {
  usePageTitle('Mentorship programs');
  const programs = useQuery(programsQuery);
  const create = useCreateProgram();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  // A site admin approves the organisation before its admins run programs (decision 040).
  const approval = useOrganisationApproval();

  return (
    <>
      <PageHeader
        title="Mentorship programs"
        description="Pair a cohort of mentees with your volunteer mentors: import both lists, set what matters, and review a provably optimal pairing before anyone is told."
      />
      <Stack gap="lg">
        <ApprovalNotice what="create and run mentorship programs" />
        {approval.state === 'approved' && (
          <Card component="section" aria-labelledby="new-program-title">
            <Title order={2} fz="lg" id="new-program-title" mb="sm">
              New program
            </Title>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                create.mutate(name.trim(), {
                  onSuccess: ({ program }) => navigate(`/mentorship-programs/${program.id}`),
                });
              }}
            >
              <Group align="flex-end">
                <TextInput
                  label="Program name"
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  required
                  maxLength={120}
                  style={{ flex: '1 1 240px' }}
                />
                <Button type="submit" loading={create.isPending} disabled={name.trim() === ''}>
                  Create program
                </Button>
              </Group>
            </form>
            <FormAlert message={create.error ? errorMessage(create.error) : null} />
          </Card>
        )}
        <Card component="section" aria-labelledby="programs-title">
          <Title order={2} fz="lg" id="programs-title" mb="sm">
            Your programs
          </Title>
          <FormAlert message={programs.error ? errorMessage(programs.error) : null} />
          {programs.data?.programs.length === 0 && (
            <Text c="dimmed">
              {approval.state === 'approved'
                ? 'No programs yet. Create the first one above.'
                : 'No programs yet.'}
            </Text>
          )}
          {programs.data && programs.data.programs.length > 0 && (
            <Table aria-label="Mentorship programs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Program</Table.Th>
                  <Table.Th scope="col">Mode</Table.Th>
                  <Table.Th scope="col">Created</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programs.data.programs.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/mentorship-programs/${p.id}`}>
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.mode}</Table.Td>
                    <Table.Td>{p.createdAt.slice(0, 10)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </Stack>
    </>
  );
}

export { MentorshipProgramsPage as Component };
