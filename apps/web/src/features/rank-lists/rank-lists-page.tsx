import {
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconListNumbers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { QueryError } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { rankListsQuery, useCreateRankList } from '../programs/programs-api.ts';
import { ProgramsFrame } from '../programs/programs-frame.tsx';
import { NrmpRules } from './nrmp-rules.tsx';

/** The applicant's rank order lists, a way to start one, and the NRMP rules worth knowing. */
export function RankListsPage() {
  usePageTitle('Rank lists');
  const lists = useQuery(rankListsQuery);
  const create = useCreateRankList();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError('Give the rank list a name');
      return;
    }
    setNameError(null);
    create.mutate(
      { name: name.trim(), entries: [] },
      { onSuccess: ({ rankList }) => navigate(`/programs/rank-lists/${rankList.id}`) },
    );
  };

  return (
    <ProgramsFrame
      applicant
      title="Rank lists"
      description="Order the programs that interviewed you, then simulate where you might match."
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <Card component="section" aria-labelledby="new-rank-list">
            <Title order={2} fz="lg" id="new-rank-list" mb="sm">
              New rank list
            </Title>
            <form onSubmit={onCreate} noValidate>
              <Group align="flex-start" gap="sm">
                <TextInput
                  label="Name"
                  placeholder="e.g. Internal Medicine, final"
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  error={nameError}
                  maxLength={120}
                  style={{ flex: '1 1 220px' }}
                />
                <Button type="submit" mt={25} loading={create.isPending}>
                  Create
                </Button>
              </Group>
              <FormAlert
                title="Not created"
                message={create.isError ? errorMessage(create.error) : null}
              />
            </form>
          </Card>
          <section aria-labelledby="my-rank-lists">
            <Title order={2} fz="lg" id="my-rank-lists" mb="sm">
              My rank lists
            </Title>
            {lists.isPending ? (
              <Skeleton h={80} />
            ) : lists.isError ? (
              <QueryError error={lists.error} onRetry={() => lists.refetch()} />
            ) : lists.data.rankLists.length === 0 ? (
              <Card padding="xl" ta="center">
                <IconListNumbers size={28} aria-hidden="true" />
                <Text fw={600}>No rank lists yet</Text>
                <Text fz="sm" c="dimmed">
                  Create one above once you have interviews. Rank lists are private to you.
                </Text>
              </Card>
            ) : (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {lists.data.rankLists.map((list) => (
                  <Card key={list.id} component="li" padding="md">
                    <Group justify="space-between">
                      <div>
                        <Text fw={600} className="text-break">
                          {list.name}
                        </Text>
                        <Text fz="xs" c="dimmed">
                          {list.programs} programs · updated{' '}
                          {new Date(list.updatedAt).toLocaleDateString('en-US')}
                        </Text>
                      </div>
                      <Button
                        component={Link}
                        to={`/programs/rank-lists/${list.id}`}
                        variant="light"
                        aria-label={`Open ${list.name}`}
                      >
                        Open
                      </Button>
                    </Group>
                  </Card>
                ))}
              </Stack>
            )}
          </section>
        </Stack>
        <section aria-labelledby="nrmp-rules">
          <Title order={2} fz="lg" id="nrmp-rules" mb="sm">
            How the Match reads your list
          </Title>
          <NrmpRules />
        </section>
      </SimpleGrid>
    </ProgramsFrame>
  );
}

export { RankListsPage as Component };
