import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ProfileSharesResponse } from '@matchready/contract';
import type { ShareableProfileField } from '@matchready/core/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { QueryError } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/api.ts';
import { formatDateTime } from './format.ts';
import { profileSharesQuery, useShareProfileFields } from './mentorship-api.ts';
import {
  formatProfileValue,
  PROFILE_FIELD_LABELS,
  SHAREABLE_PROFILE_FIELDS,
} from './profile-share-labels.ts';

/** What the mentor sees: the shared fields and their values, nothing else. */
function SharedValues({ view, empty }: { view: ProfileSharesResponse; empty: string }) {
  if (view.shared.length === 0)
    return (
      <Text fz="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Table withTableBorder variant="vertical" layout="fixed">
      <Table.Tbody>
        {view.shared.map((s) => (
          <Table.Tr key={s.field}>
            <Table.Th w="45%">{PROFILE_FIELD_LABELS[s.field]}</Table.Th>
            <Table.Td>{formatProfileValue(view.profile[s.field])}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The mentee's checkboxes; saving shares exactly the ticked fields (unticked = revoked). */
function ShareForm({
  relationshipId,
  view,
  mentor,
  active,
}: {
  readonly relationshipId: string;
  readonly view: ProfileSharesResponse;
  readonly mentor: string;
  readonly active: boolean;
}) {
  const save = useShareProfileFields();
  const current = view.shared.map((s) => s.field);
  const [picked, setPicked] = useState<ShareableProfileField[]>(current);
  const dirty =
    picked.length !== current.length || picked.some((field) => !current.includes(field));
  const submit = (fields: ShareableProfileField[]) =>
    save.mutate({ relationshipId, fields }, { onSuccess: () => setPicked(fields) });
  return (
    <Stack gap="sm">
      {!view.profileSaved && (
        <Alert color="gray" variant="light" title="Your profile is empty">
          Nothing can be shown yet: fill in your{' '}
          <Anchor component={Link} to="/profile">
            profile
          </Anchor>{' '}
          first. A shared field you left empty shows as “Not answered”.
        </Alert>
      )}
      {active && (
        <Checkbox.Group
          label={`Fields ${mentor} may see`}
          description="Tick a field to share it; untick it to stop sharing. Every change is recorded below."
          value={picked}
          onChange={(values) => setPicked(values as ShareableProfileField[])}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
            {SHAREABLE_PROFILE_FIELDS.map((field) => (
              <Checkbox key={field} value={field} label={PROFILE_FIELD_LABELS[field]} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
      <FormAlert title="Not saved" message={save.isError ? errorMessage(save.error) : null} />
      <Group gap="xs">
        {active && (
          <Button
            size="sm"
            disabled={!dirty}
            loading={save.isPending}
            onClick={() => submit(picked)}
          >
            Save what I share
          </Button>
        )}
        {current.length > 0 && (
          <Button
            size="sm"
            variant="default"
            color="red"
            loading={save.isPending}
            onClick={() => submit([])}
          >
            Stop sharing all fields
          </Button>
        )}
      </Group>
      <Title order={3} fz="md">
        What {mentor} sees now
      </Title>
      <SharedValues view={view} empty={`${mentor} sees none of your profile.`} />
      {view.history.length > 0 && (
        <>
          <Title order={3} fz="md">
            Record of sharing
          </Title>
          <List size="sm" spacing={4}>
            {[...view.history].reverse().map((h) => (
              <List.Item key={`${h.field}-${h.sharedAt}`}>
                {PROFILE_FIELD_LABELS[h.field]}: shared {formatDateTime(h.sharedAt)}
                {h.revokedAt === null
                  ? ' (still shared)'
                  : `, stopped ${formatDateTime(h.revokedAt)}`}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

/**
 * Field-by-field profile sharing (decision 048). The mentee picks what this mentor may see; the
 * mentor sees only those fields' values, only while the relationship is active.
 */
export function ProfileSharesSection({
  relationshipId,
  side,
  names,
  active,
}: {
  readonly relationshipId: string;
  readonly side: 'mentee' | 'mentor';
  readonly names: { readonly mentee: string; readonly mentor: string };
  readonly active: boolean;
}) {
  const query = useQuery(profileSharesQuery(relationshipId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="profile-shares-title">
      <Title order={2} fz="lg" id="profile-shares-title">
        {side === 'mentee' ? 'My profile, shared field by field' : `${names.mentee}'s profile`}
      </Title>
      <Text fz="sm" c="dimmed">
        {side === 'mentee'
          ? `${names.mentor} sees none of your profile (scores, visa need, attempts…) unless you share a field here. You can stop sharing at any time.`
          : `Only the fields ${names.mentee} chose to share with you.`}
      </Text>
      {query.isPending ? (
        <Skeleton h={60} aria-label="Loading the shared profile" />
      ) : query.isError ? (
        <QueryError
          title="Could not load the shared profile"
          error={query.error}
          onRetry={() => query.refetch()}
        />
      ) : side === 'mentee' ? (
        <ShareForm
          key={query.data.shared.map((s) => s.field).join(',')}
          relationshipId={relationshipId}
          view={query.data}
          mentor={names.mentor}
          active={active}
        />
      ) : (
        <SharedValues
          view={query.data}
          empty={`${names.mentee} has not shared any profile field.`}
        />
      )}
    </Stack>
  );
}
