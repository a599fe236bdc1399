import { Anchor, Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { RelationshipDetail } from '@matchready/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';
import { questionsQuery } from '../interview/interview-api.ts';
import { formatDateTime } from './format.ts';
import { useRevokeShare, useShareAttempt } from './mentorship-api.ts';

const myAttemptsQuery = {
  queryKey: ['interview', 'attempts', 'all'] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    call(endpoints.listInterviewAttempts, { signal }),
};

/**
 * Interview-practice attempts the mentee chose to share. The mentor sees only these, only while
 * shared; revoking keeps the record of the share.
 */
export function SharesSection({
  relationshipId,
  shares,
  side,
  active,
}: {
  readonly relationshipId: string;
  readonly shares: RelationshipDetail['shares'];
  readonly side: 'mentee' | 'mentor';
  readonly active: boolean;
}) {
  const attempts = useQuery({ ...myAttemptsQuery, enabled: side === 'mentee' && active });
  const share = useShareAttempt();
  const revoke = useRevokeShare();
  const [attemptId, setAttemptId] = useState<string | null>(null);
  // Questions by their words, not their ids (the bank is cached for the session).
  const bank = useQuery(questionsQuery('all'));
  const prompts = new Map(bank.data?.questions.map((q) => [q.id, q.prompt]) ?? []);
  const question = (id: string) => prompts.get(id) ?? id;
  const shared = new Set(shares.filter((s) => s.revokedAt === null).map((s) => s.attemptId));
  const all = attempts.data?.attempts ?? [];
  const choices = all
    .filter((a) => !shared.has(a.id))
    .map((a) => ({
      value: a.id,
      label: `${question(a.questionId)} · ${formatDateTime(a.createdAt)} · ${a.wordCount} words`,
    }));
  const placeholder =
    choices.length > 0
      ? 'Choose an attempt'
      : all.length > 0
        ? 'Every attempt is already shared'
        : 'No attempts to share yet';

  return (
    <Stack gap="sm">
      <Title order={2} fz="lg">
        Practice answers {side === 'mentee' ? 'I shared' : 'shared with you'}
      </Title>
      {side === 'mentee' && (
        <Text fz="sm" c="dimmed">
          Your mentor sees only the answers you share here, never your other attempts. You can stop
          sharing at any time.
        </Text>
      )}
      {side === 'mentee' && active && (
        <Group gap="xs" align="flex-end">
          <Select
            label="Share a practice attempt"
            placeholder={placeholder}
            data={choices}
            value={attemptId}
            onChange={setAttemptId}
            style={{ flex: '1 1 260px' }}
          />
          <Button
            size="sm"
            disabled={attemptId === null}
            loading={share.isPending}
            onClick={() => {
              if (attemptId !== null)
                share.mutate(
                  { relationshipId, attemptId },
                  { onSuccess: () => setAttemptId(null) },
                );
            }}
          >
            Share with my mentor
          </Button>
        </Group>
      )}
      {share.isError && <FormAlert title="Not shared" message={errorMessage(share.error)} />}
      {shares.length === 0 ? (
        <Text c="dimmed" fz="sm">
          Nothing shared yet.
        </Text>
      ) : (
        <Stack component="ul" p={0} m={0} gap={6} aria-label="Shared attempts">
          {shares.map((s) => (
            <Group key={s.id} component="li" gap="xs" style={{ listStyle: 'none' }}>
              {s.revokedAt === null ? (
                <Anchor component={Link} to={`/mentors/shares/${s.id}`} fz="sm">
                  “{question(s.questionId)}”, shared {formatDateTime(s.sharedAt)}
                </Anchor>
              ) : (
                <Text fz="sm" c="dimmed">
                  “{question(s.questionId)}”, shared {formatDateTime(s.sharedAt)}
                </Text>
              )}
              <Badge variant="light" size="sm">
                {s.comments === 1 ? '1 comment' : `${s.comments} comments`}
              </Badge>
              {s.revokedAt !== null ? (
                <Badge color="dark" variant="outline" size="sm">
                  Stopped {formatDateTime(s.revokedAt)}
                </Badge>
              ) : (
                side === 'mentee' && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    loading={revoke.isPending}
                    onClick={() => revoke.mutate(s.id)}
                  >
                    Stop sharing
                  </Button>
                )
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
