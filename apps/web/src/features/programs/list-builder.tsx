import {
  Button,
  Card,
  Group,
  Pagination,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ProgramListEntryJson, SavedListJson } from '@matchready/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-state.tsx';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { UnsavedChangesGuard } from '../../lib/unsaved-changes.tsx';
import { place } from './format.ts';
import { DEFAULT_FILTERS, type Filters, ListFilters } from './list-filters.tsx';
import { ProfileSummary } from './profile-summary.tsx';
import { ProgramTable } from './program-table.tsx';
import { metaQuery, programListQuery, savedListQuery, useSaveList } from './programs-api.ts';
import { type DraftEntry, SavedListCard } from './saved-list-card.tsx';
import { SuggestionsCard } from './suggestions-card.tsx';

const PAGE_SIZE = 25;

const fromSaved = (list: SavedListJson): DraftEntry[] =>
  list.entries.map((e) => ({
    programId: e.programId,
    note: e.note,
    name: e.program?.name ?? `${e.programId} (no longer in the catalogue)`,
    where: e.program ? place(e.program) : '',
    synthetic: e.program?.synthetic ?? false,
    assessment: e.assessment ?? null,
  }));

const same = (a: readonly DraftEntry[], b: readonly DraftEntry[]) =>
  a.length === b.length &&
  a.every((e, i) => e.programId === b[i]?.programId && e.note === b[i]?.note);

function IncompleteProfile({ error }: { readonly error: ApiError }) {
  return (
    <Card padding="xl">
      <Stack gap="sm" align="flex-start">
        <Title order={2} fz="lg">
          Complete your profile first
        </Title>
        <Text fz="sm">The list is judged on your saved profile. MatchReady still needs:</Text>
        <ul>
          {error.issues.map((issue) => (
            <li key={issue.path}>
              <Text fz="sm">{issue.message}</Text>
            </li>
          ))}
        </ul>
        <Button component={Link} to="/profile">
          Go to my profile
        </Button>
      </Stack>
    </Card>
  );
}

/** The applicant's program list builder: filters, tiers, factors, suggestions, saved list. */
export function ListBuilder() {
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [page, setPage] = useState(1);
  const meta = useQuery(metaQuery);
  const list = useQuery(
    programListQuery({
      specialty: filters.specialty || undefined,
      state: filters.states.join(',') || undefined,
      tier: filters.tiers.join(',') || undefined,
      visa: filters.visa || undefined,
      eligibility: filters.eligibility,
      sort: filters.sort,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const saved = useQuery(savedListQuery);
  const save = useSaveList();
  const [draft, setDraft] = useState<DraftEntry[] | null>(null);
  const base = saved.data ? fromSaved(saved.data.list) : [];
  const entries = draft ?? base;
  const dirty = draft !== null && !same(draft, base);

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setPage(1);
  };

  const toggle = (entry: ProgramListEntryJson) => {
    const exists = entries.some((e) => e.programId === entry.id);
    setDraft(
      exists
        ? entries.filter((e) => e.programId !== entry.id)
        : [
            ...entries,
            {
              programId: entry.id,
              note: '',
              name: entry.program.name,
              where: place(entry.program),
              synthetic: entry.program.synthetic,
              assessment: {
                eligible: entry.eligible,
                tier: entry.tier,
                chance: entry.chance,
                reasons: entry.reasons.map((r) => r.message),
              },
            },
          ],
    );
    if (!exists && !entry.eligible)
      notifications.show({
        color: 'red',
        title: `Not eligible: ${entry.program.name}`,
        message: `Added anyway. ${entry.reasons.map((r) => r.message).join(' ')}`,
      });
  };

  const onSave = () =>
    save.mutate(
      { entries: entries.map(({ programId, note }) => ({ programId, note })) },
      {
        onSuccess: () => {
          setDraft(null);
          notifications.show({ title: 'List saved', message: `${entries.length} programs saved.` });
        },
      },
    );

  if (list.isError) {
    const error = list.error;
    if (error instanceof ApiError && error.issues.some((i) => i.code === 'profile-incomplete'))
      return <IncompleteProfile error={error} />;
    return (
      <QueryError error={error} onRetry={() => list.refetch()} title="Could not build your list" />
    );
  }

  const view = list.data;
  const pages = view ? Math.max(1, Math.ceil(view.total / PAGE_SIZE)) : 1;
  return (
    <Stack gap="xl">
      <UnsavedChangesGuard when={dirty} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          {view ? (
            <ProfileSummary profile={view.profile} matchYear={view.matchYear} meta={meta.data} />
          ) : (
            <Skeleton h={220} radius="md" />
          )}
        </div>
        <div>
          {view ? (
            <SuggestionsCard summary={view.summary} meta={meta.data} list={entries} />
          ) : (
            <Skeleton h={220} radius="md" />
          )}
        </div>
      </SimpleGrid>

      <section aria-labelledby="list-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="xl" id="list-title">
            Programs
          </Title>
          {view && (
            <Text fz="sm" c="dimmed" aria-live="polite">
              {view.total.toLocaleString('en-US')} programs match these filters
            </Text>
          )}
        </Group>
        <ListFilters value={filters} onChange={changeFilters} meta={meta.data} />
        {!view ? (
          <Stack gap="xs" aria-busy="true" aria-label="Loading programs">
            <Skeleton h={60} />
            <Skeleton h={60} />
            <Skeleton h={60} />
          </Stack>
        ) : view.entries.length === 0 ? (
          <Card padding="xl">
            <Text ta="center" c="dimmed">
              No programs match these filters. Try fewer filters, or another specialty.
            </Text>
          </Card>
        ) : (
          <>
            <ProgramTable
              entries={view.entries}
              saved={new Set(entries.map((e) => e.programId))}
              onToggle={toggle}
            />
            {pages > 1 && (
              <Group justify="center" mt="md">
                <Pagination
                  total={pages}
                  value={page}
                  onChange={setPage}
                  aria-label="Pages of programs"
                  getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
                  getControlProps={(control) => ({
                    'aria-label':
                      control === 'next'
                        ? 'Next page'
                        : control === 'previous'
                          ? 'Previous page'
                          : control === 'first'
                            ? 'First page'
                            : 'Last page',
                  })}
                />
              </Group>
            )}
          </>
        )}
      </section>

      <SavedListCard
        entries={entries}
        dirty={dirty}
        saving={save.isPending}
        error={save.isError ? errorMessage(save.error) : null}
        onNote={(id, note) =>
          setDraft(entries.map((e) => (e.programId === id ? { ...e, note } : e)))
        }
        onRemove={(id) => setDraft(entries.filter((e) => e.programId !== id))}
        onClear={() => setDraft([])}
        onSave={onSave}
      />
    </Stack>
  );
}
