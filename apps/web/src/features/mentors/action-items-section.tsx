import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { RelationshipDetail } from '@matchready/contract';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { formatCalendarDate } from './format.ts';
import { useCreateActionItem, useUpdateActionItem } from './mentorship-api.ts';

/** Action items with owner and due date, optionally towards one of the mentee's goals. */
export function ActionItemsSection({
  relationshipId,
  items,
  goals,
  names,
  active,
}: {
  readonly relationshipId: string;
  readonly items: RelationshipDetail['actionItems'];
  readonly goals: RelationshipDetail['goals'];
  readonly names: { readonly mentee: string; readonly mentor: string };
  readonly active: boolean;
}) {
  const create = useCreateActionItem();
  const update = useUpdateActionItem();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<'mentee' | 'mentor'>('mentee');
  const [dueOn, setDueOn] = useState('');
  const [goalId, setGoalId] = useState<string | null>(null);
  const add = () =>
    create.mutate(
      {
        relationshipId,
        owner,
        text: text.trim(),
        dueOn: dueOn === '' ? null : dueOn,
        goalId,
      },
      {
        onSuccess: () => {
          setText('');
          setDueOn('');
        },
      },
    );
  return (
    <Stack gap="sm">
      <Title order={2} fz="lg">
        Action items
      </Title>
      {active && (
        <Card withBorder p="md">
          <Stack gap="xs">
            <TextInput
              label="New action item"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={500}
            />
            <Group gap="sm" align="flex-end">
              <Select
                label="Owner"
                data={[
                  { value: 'mentee', label: names.mentee },
                  { value: 'mentor', label: names.mentor },
                ]}
                value={owner}
                onChange={(v) => setOwner(v === 'mentor' ? 'mentor' : 'mentee')}
                allowDeselect={false}
                w={200}
              />
              <TextInput
                label="Due"
                type="date"
                value={dueOn}
                onChange={(e) => setDueOn(e.currentTarget.value)}
                w={170}
              />
              {goals.length > 0 && (
                <Select
                  label="Towards goal"
                  data={goals.map((g) => ({ value: g.id, label: g.text }))}
                  value={goalId}
                  onChange={setGoalId}
                  clearable
                  w={220}
                />
              )}
            </Group>
            <FormAlert
              title="Not saved"
              message={create.isError ? errorMessage(create.error) : null}
            />
            <Group>
              <Button
                size="sm"
                disabled={text.trim() === ''}
                loading={create.isPending}
                onClick={add}
              >
                Add action item
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {items.length === 0 ? (
        <Text c="dimmed" fz="sm">
          No action items yet.
        </Text>
      ) : (
        <Stack component="ul" p={0} m={0} gap={6} aria-label="Action items">
          {items.map((item) => (
            <Group
              key={item.id}
              component="li"
              gap="xs"
              wrap="nowrap"
              style={{ listStyle: 'none' }}
            >
              <Checkbox
                checked={item.doneAt !== null}
                disabled={update.isPending}
                onChange={(e) => update.mutate({ id: item.id, done: e.currentTarget.checked })}
                label={
                  <span className="text-break">
                    {item.text} · {item.owner === 'mentee' ? names.mentee : names.mentor}
                    {item.dueOn !== null && ` · due ${formatCalendarDate(item.dueOn)}`}
                  </span>
                }
              />
              {item.overdue && (
                <Badge color="red" variant="light" size="sm">
                  Overdue
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {update.isError && <FormAlert title="Not saved" message={errorMessage(update.error)} />}
    </Stack>
  );
}
