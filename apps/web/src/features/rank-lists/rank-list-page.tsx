import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ProgramRecord, RankListJson } from '@matchready/contract';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/api.ts';
import { UnsavedChangesGuard } from '../../lib/unsaved-changes.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { place } from '../programs/format.ts';
import {
  rankListQuery,
  savedListQuery,
  useDeleteRankList,
  useUpdateRankList,
} from '../programs/programs-api.ts';
import { ProgramsFrame } from '../programs/programs-frame.tsx';
import { NrmpRules } from './nrmp-rules.tsx';
import { ProgramPicker } from './program-picker.tsx';
import { SimulationPanel } from './simulation-panel.tsx';
import { type RankEntry, SortableRankList } from './sortable-rank-list.tsx';

const toEntries = (list: RankListJson): RankEntry[] =>
  list.entries.map((e) => ({
    programId: e.programId,
    note: e.note,
    name: e.program?.name ?? `${e.programId} (no longer in the catalogue)`,
    where: e.program ? place(e.program) : '',
    synthetic: e.program?.synthetic ?? false,
    assessment: e.assessment ?? null,
  }));

function Editor({ list }: { readonly list: RankListJson }) {
  const update = useUpdateRankList(list.id);
  const remove = useDeleteRankList();
  const navigate = useNavigate();
  const [confirming, confirm] = useDisclosure(false);
  const savedList = useQuery(savedListQuery);
  const savedAssessments = new Map(
    (savedList.data?.list.entries ?? []).map((e) => [e.programId, e.assessment ?? null]),
  );
  const [name, setName] = useState(list.name);
  const [entries, setEntries] = useState<RankEntry[]>(() => toEntries(list));
  const saved = toEntries(list);
  const dirty =
    name.trim() !== list.name ||
    entries.length !== saved.length ||
    entries.some((e, i) => e.programId !== saved[i]?.programId || e.note !== saved[i]?.note);

  const add = (p: ProgramRecord) => {
    // A program from the saved list carries its assessment: warn before it goes on the rank list.
    const known = savedAssessments.get(p.id);
    if (known && !known.eligible)
      notifications.show({
        color: 'red',
        title: `Not eligible: ${p.name}`,
        message: `Added anyway. ${known.reasons.join(' ')}`,
      });
    setEntries((current) =>
      current.some((e) => e.programId === p.id)
        ? current
        : [
            ...current,
            {
              programId: p.id,
              note: '',
              name: p.name,
              where: place(p),
              synthetic: p.synthetic,
              assessment: savedAssessments.get(p.id) ?? null,
            },
          ],
    );
  };
  // mutateAsync, not mutate's callbacks: saving re-keys this editor (fresh state from the server).
  const onSave = () =>
    update
      .mutateAsync({
        name: name.trim() || list.name,
        entries: entries.map(({ programId, note }) => ({ programId, note })),
      })
      .then(
        ({ rankList }) =>
          notifications.show({
            title: 'Rank list saved',
            message: `${rankList.entries.length} programs, in your order.`,
          }),
        () => {},
      );
  const onDelete = () =>
    remove.mutate(list.id, {
      onSuccess: () => {
        confirm.close();
        notifications.show({ title: 'Rank list deleted', message: `“${list.name}” was deleted.` });
        navigate('/programs/rank-lists', { replace: true });
      },
    });

  return (
    <Stack gap="lg">
      <UnsavedChangesGuard when={dirty && !remove.isSuccess} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card component="section" aria-labelledby="order-title">
          <Title order={2} fz="lg" id="order-title" mb="sm">
            Your order ({entries.length})
          </Title>
          <TextInput
            label="Rank list name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={120}
            mb="md"
          />
          {entries.length === 0 ? (
            <Text fz="sm" c="dimmed" mb="md">
              Empty. Add the programs that interviewed you, then put them in your true order of
              preference.
            </Text>
          ) : (
            <SortableRankList entries={entries} onChange={setEntries} />
          )}
          <FormAlert
            title="Not saved"
            message={update.isError ? errorMessage(update.error) : null}
          />
          <Group justify="space-between" mt="md">
            <Button
              variant="default"
              color="red.9"
              leftSection={<IconTrash size={16} aria-hidden="true" />}
              onClick={confirm.open}
            >
              Delete…
            </Button>
            <Button onClick={onSave} loading={update.isPending} disabled={!dirty}>
              Save rank list
            </Button>
          </Group>
        </Card>
        <ProgramPicker
          ranked={new Set(entries.map((e) => e.programId))}
          specialty={null}
          onAdd={add}
        />
      </SimpleGrid>
      <SimulationPanel
        rankListId={list.id}
        programNames={new Map(saved.map((e) => [e.programId, e.name]))}
        blockedReason={
          dirty
            ? 'Save the rank list first: the simulation uses the saved order.'
            : list.entries.length === 0
              ? 'Add programs to the list first.'
              : null
        }
      />
      <section aria-labelledby="rules-title">
        <Title order={2} fz="lg" id="rules-title" mb="sm">
          How the Match reads your list
        </Title>
        <NrmpRules />
      </section>
      <AppModal opened={confirming} onClose={confirm.close} title="Delete this rank list?">
        <Text fz="sm">
          <strong className="text-break">{list.name}</strong> and its notes will be deleted. This
          cannot be undone.
        </Text>
        <FormAlert
          title="Not deleted"
          message={remove.isError ? errorMessage(remove.error) : null}
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={confirm.close}>
            Cancel
          </Button>
          <Button color="red.9" onClick={onDelete} loading={remove.isPending}>
            Delete rank list
          </Button>
        </Group>
      </AppModal>
    </Stack>
  );
}

export function RankListPage() {
  const { rankListId = '' } = useParams();
  const list = useQuery(rankListQuery(rankListId));
  usePageTitle(list.data ? list.data.rankList.name : 'Rank list');
  return (
    <ProgramsFrame
      applicant
      title={list.data?.rankList.name ?? 'Rank list'}
      description="Drag programs (or use the arrow buttons) into your true order of preference, save, then simulate."
    >
      {list.isPending ? (
        <CardsSkeleton />
      ) : list.isError ? (
        <QueryError
          error={list.error}
          onRetry={() => list.refetch()}
          title="Could not load this rank list"
        />
      ) : (
        <Editor key={list.data.rankList.updatedAt} list={list.data.rankList} />
      )}
    </ProgramsFrame>
  );
}

export { RankListPage as Component };
