import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { errorMessage } from '../../lib/api.ts';
import { useChangesLocked } from '../organisation/approval-notice.tsx';
import { draftQuery, usePublish, useSwap } from './mentorship-programs-api.ts';
import { FACTOR_LABELS } from './program-settings.tsx';

const REASONS: Record<string, string> = {
  'no-candidates': 'no mentor was a candidate',
  'all-forbidden': 'every candidate pair is forbidden',
  'below-minimum-score': 'every candidate scores below the minimum',
  'candidates-full': 'every candidate mentor is full',
  'lowers-total': 'any pair would lower the total',
};

/** One draft: proof of optimality, pairs with each factor, unmatched with the reason, actions. */
export function DraftReview({
  programId,
  draftId,
  mentors,
  onNewDraft,
}: {
  programId: string;
  draftId: string;
  mentors: readonly { personId: string; name: string }[];
  onNewDraft: (id: string) => void;
}) {
  const query = useQuery(draftQuery(programId, draftId));
  const swap = useSwap(programId, draftId);
  const publish = usePublish(programId, draftId);
  const [choice, setChoice] = useState<Record<string, string | null>>({});
  const [confirming, setConfirming] = useState(false);
  // Readable, not changeable, while the organisation is pending or revoked (decision 040).
  const locked = useChangesLocked();
  const draft = query.data?.draft;
  if (query.error) return <FormAlert message={errorMessage(query.error)} />;
  if (!draft) return null;
  if (draft.status === 'queued' || draft.status === 'running')
    return (
      <Alert role="status" title="Solving…">
        The pairing is being solved in the background; this page stays usable and updates itself.
      </Alert>
    );
  if (draft.status === 'failed')
    return (
      <FormAlert title="This draft could not be solved" message={draft.error ?? 'Unknown error'} />
    );
  const unpublished = draft.pairs.filter((pair) => !pair.published).length;

  return (
    <Card component="section" aria-labelledby="review-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="lg" id="review-title">
          Review draft
        </Title>
        <Button
          loading={publish.isPending}
          disabled={locked || unpublished === 0}
          onClick={() => setConfirming(true)}
        >
          {unpublished === 0 ? 'All pairs published' : 'Publish pairs'}
        </Button>
        <AppModal
          opened={confirming}
          onClose={() => setConfirming(false)}
          title="Publish these pairs?"
        >
          <Stack>
            <Text fz="sm">
              Both people in each new pair get an email, and pairs whose two people have MatchReady
              accounts appear in their Mentors trackers. Published pairs never move in later drafts;
              this cannot be undone.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
              <Button
                loading={publish.isPending}
                onClick={() =>
                  publish.mutate(undefined, {
                    onSuccess: ({ published, linked, awaitingAcceptance }) => {
                      setConfirming(false);
                      notifications.show({
                        title: 'Published',
                        message: `${published} new ${published === 1 ? 'pair' : 'pairs'} published and both sides emailed; ${linked} now in both people's Mentors trackers${awaitingAcceptance > 0 ? `; ${awaitingAcceptance} wait until both people accept their invitations` : ''}.`,
                      });
                    },
                    onError: () => setConfirming(false),
                  })
                }
              >
                Publish and notify
              </Button>
            </Group>
          </Stack>
        </AppModal>
      </Group>
      <Text fz="sm" mb="xs">
        {draft.matched} matched · total {draft.total} · lowest {draft.minScore ?? '—'} ·{' '}
        {draft.settings.mode} mode
      </Text>
      <Text fz="sm" c="dimmed" mb="md" data-testid="certificate">
        {draft.certificate}
      </Text>
      <FormAlert
        message={
          publish.error ? errorMessage(publish.error) : swap.error ? errorMessage(swap.error) : null
        }
      />
      <ScrollTable label="Pairs of this draft" minWidth={760}>
        <Table aria-label="Pairs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Mentee</Table.Th>
              <Table.Th scope="col">Mentor</Table.Th>
              <Table.Th scope="col">Score</Table.Th>
              <Table.Th scope="col">Why</Table.Th>
              <Table.Th scope="col">Swap to</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.pairs.map((pair) => (
              <Table.Tr key={pair.mentee} data-testid={`pair-${pair.mentee}`}>
                <Table.Td>{pair.menteeName}</Table.Td>
                <Table.Td>
                  {pair.mentorName} {pair.published && <Badge size="xs">published</Badge>}
                  {pair.pinned && !pair.published && (
                    <Badge size="xs" variant="light">
                      pinned
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{pair.score}</Table.Td>
                <Table.Td fz="xs">
                  {pair.factors
                    .filter((f) => f.contribution > 0)
                    .map((f) => `${FACTOR_LABELS[f.factor]} +${f.contribution}`)
                    .join(' · ')}
                </Table.Td>
                <Table.Td>
                  {!pair.published && (
                    <Group gap={4} wrap="nowrap">
                      <Select
                        aria-label={`New mentor for ${pair.menteeName}`}
                        size="xs"
                        w={170}
                        disabled={locked}
                        data={mentors
                          .filter((m) => m.personId !== pair.mentor)
                          .map((m) => ({ value: m.personId, label: m.name }))}
                        value={choice[pair.mentee] ?? null}
                        onChange={(value) => setChoice((c) => ({ ...c, [pair.mentee]: value }))}
                      />
                      <Button
                        size="xs"
                        variant="light"
                        disabled={locked || !choice[pair.mentee]}
                        loading={swap.isPending}
                        onClick={() => {
                          const mentor = choice[pair.mentee];
                          if (mentor)
                            swap.mutate(
                              { mentee: pair.mentee, mentor },
                              { onSuccess: ({ draft: next }) => onNewDraft(next.id) },
                            );
                        }}
                      >
                        Swap
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {draft.unmatched.length > 0 && (
        <Stack gap={4} mt="md">
          <Title order={3} fz="md">
            Unmatched
          </Title>
          {draft.unmatched.map((u) => (
            <Text key={u.mentee} fz="sm">
              {u.menteeName}: {REASONS[u.reason] ?? u.reason}
            </Text>
          ))}
        </Stack>
      )}
    </Card>
  );
}
