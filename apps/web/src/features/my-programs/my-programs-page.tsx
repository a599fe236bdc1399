import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { MyProgramsResponse } from '@matchready/contract';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { myProgramsQuery } from './my-programs-api.ts';
import { ProgramDetailsForm } from './program-details-form.tsx';
import { PulseCard } from './pulse-card.tsx';

type Entry = MyProgramsResponse['programs'][number];

function ProgramEntry({ entry }: { entry: Entry }) {
  const { program, person, pairedWith, pulse } = entry;
  const other = person.role === 'mentee' ? 'mentor' : 'mentee';
  return (
    <Stack gap="md" component="section" aria-labelledby={`program-${program.id}`}>
      <Group gap="sm">
        <Title order={2} fz="xl" id={`program-${program.id}`}>
          {program.name}
        </Title>
        <Badge variant="light">{person.role}</Badge>
      </Group>
      <Card>
        {pairedWith.length === 0 ? (
          <Text>Pairs are not published yet. Check your details below so the pairing fits.</Text>
        ) : (
          <Text data-testid="paired-with">
            Your {pairedWith.length === 1 ? other : `${other}s`}: {pairedWith.join(', ')}. Once you
            have both accepted, you find each other under{' '}
            <Anchor component={Link} to="/mentors?tab=mentors">
              Mentors
            </Anchor>
            .
          </Text>
        )}
      </Card>
      <ProgramDetailsForm
        key={person.editedAt ?? 'imported'}
        programId={program.id}
        person={person}
      />
      <PulseCard programId={program.id} pulse={pulse} />
    </Stack>
  );
}

/** "My program details": each program I accepted, what was imported about me, my pair, the pulse. */
export function MyProgramsPage() {
  usePageTitle('My programs');
  const mine = useQuery(myProgramsQuery);
  return (
    <>
      <PageHeader
        title="My programs"
        description="Mentorship programs of organisations whose invitation you accepted. What you correct here is used the next time the organisation pairs people; a published pair never moves."
      />
      <FormAlert message={mine.error ? errorMessage(mine.error) : null} />
      {mine.data?.programs.length === 0 && (
        <Text>You have not accepted a program invitation yet. Invitations arrive by email.</Text>
      )}
      <Stack gap="xl">
        {mine.data?.programs.map((entry) => (
          <ProgramEntry key={`${entry.program.id}:${entry.person.role}`} entry={entry} />
        ))}
      </Stack>
    </>
  );
}

export { MyProgramsPage as Component };
