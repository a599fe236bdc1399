import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/api.ts';
import { adminMentorsQuery, useVerifyMentor } from './admin-api.ts';

/**
 * Site admins vouch for mentors (the "verified" mark in the directory), or take it back. The
 * directory endpoint lists them; the verification endpoint is the one organisation admins use
 * for their own members.
 */
export function MentorVerificationPanel() {
  const mentors = useQuery(adminMentorsQuery);
  const verify = useVerifyMentor();
  const [filter, setFilter] = useState('');

  if (mentors.isPending) return <CardsSkeleton />;
  if (mentors.error) return <QueryError error={mentors.error} />;
  const needle = filter.trim().toLowerCase();
  const shown = mentors.data.entries
    .map((e) => e.mentor)
    .filter(
      (m) =>
        needle === '' ||
        m.displayName.toLowerCase().includes(needle) ||
        m.institution.toLowerCase().includes(needle),
    );
  const unverified = mentors.data.entries.filter((e) => !e.mentor.verified).length;

  return (
    <Stack gap="md">
      <Text fz="sm" c="dimmed">
        A verified mentor shows a mark in the directory: someone checked they are who they say.
        {` ${unverified} of ${mentors.data.entries.length} not verified.`}
      </Text>
      <TextInput
        label="Find a mentor"
        placeholder="Name or institution"
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        maxLength={100}
        style={{ maxWidth: 360 }}
      />
      <FormAlert title="Not saved" message={verify.error ? errorMessage(verify.error) : null} />
      {shown.length === 0 ? (
        <Text c="dimmed">No mentors{needle ? ' match' : ' yet'}.</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label="Mentors">
          {shown.map((m) => (
            <Card key={m.id} component="li" withBorder style={{ listStyle: 'none' }}>
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
                  <Group gap="xs">
                    <Title order={2} fz="md" className="text-break">
                      {m.displayName}
                    </Title>
                    {m.verified ? (
                      <Badge color="teal" variant="light">
                        Verified
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light">
                        Not verified
                      </Badge>
                    )}
                    {m.isDemo && (
                      <Badge color="grape" variant="light">
                        Demo
                      </Badge>
                    )}
                  </Group>
                  <Text fz="sm" c="dimmed" className="text-break">
                    {m.institution}, {m.state} · {m.specialties.join(', ')}
                  </Text>
                </Stack>
                <Button
                  variant={m.verified ? 'default' : 'filled'}
                  loading={verify.isPending && verify.variables?.id === m.id}
                  onClick={() =>
                    verify.mutate(
                      { id: m.id, verified: !m.verified },
                      {
                        onSuccess: () =>
                          notifications.show({
                            title: m.verified ? 'Verification removed' : 'Mentor verified',
                            message: m.displayName,
                          }),
                      },
                    )
                  }
                  aria-label={`${m.verified ? 'Unverify' : 'Verify'} ${m.displayName}`}
                >
                  {m.verified ? 'Unverify' : 'Verify'}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
