import {
  Button,
  Card,
  Group,
  Progress,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { RelationshipDetail } from '@matchready/contract';
import {
  MENTORSHIP_MILESTONE_KINDS,
  type MentorshipMilestoneKind,
} from '@matchready/core/vocabulary';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { formatCalendarDate, localToday } from './format.ts';
import { useCreateGoal, useCreateMilestone } from './mentorship-api.ts';
import { GOAL_STATUS_LABELS, MILESTONE_LABELS } from './mentorship-labels.ts';

/** The mentee's 6–12 month goals with progress from linked action items, and milestones. */
export function ProgressSection({
  relationshipId,
  goals,
  milestones,
  side,
  active,
}: {
  readonly relationshipId: string;
  readonly goals: RelationshipDetail['goals'];
  readonly milestones: RelationshipDetail['milestones'];
  readonly side: 'mentee' | 'mentor';
  readonly active: boolean;
}) {
  const addGoal = useCreateGoal();
  const addMilestone = useCreateMilestone();
  const [goal, setGoal] = useState('');
  const [kind, setKind] = useState<MentorshipMilestoneKind>('exam-passed');
  const [on, setOn] = useState(() => localToday(new Date()));
  const [note, setNote] = useState('');
  return (
    <Stack gap="sm">
      <Title order={2} fz="lg">
        Goals and milestones
      </Title>
      {goals.length === 0 ? (
        <Text c="dimmed" fz="sm">
          No goals yet
          {side === 'mentee' ? ': add what you want done in the next 6–12 months.' : '.'}
        </Text>
      ) : (
        <Stack component="ul" p={0} m={0} gap="xs" aria-label="Goals">
          {goals.map((g) => (
            <li key={g.id} style={{ listStyle: 'none' }}>
              <Group justify="space-between" gap="xs">
                <Text fz="sm" className="text-break">
                  {g.text} · {GOAL_STATUS_LABELS[g.status]}
                  {g.targetOn !== null && ` · by ${formatCalendarDate(g.targetOn)}`}
                </Text>
                <Text fz="xs" c="dimmed">
                  {g.progress.done} of {g.progress.total} action items done
                </Text>
              </Group>
              <Progress
                value={(g.progress.share ?? 0) * 100}
                aria-label={`Progress towards ${g.text}`}
                size="sm"
              />
            </li>
          ))}
        </Stack>
      )}
      {side === 'mentee' && active && (
        <Group gap="xs" align="flex-end">
          <TextInput
            label="New goal"
            placeholder="Two US letters"
            value={goal}
            onChange={(e) => setGoal(e.currentTarget.value)}
            maxLength={200}
            style={{ flex: '1 1 200px' }}
          />
          <Button
            size="sm"
            variant="light"
            disabled={goal.trim() === ''}
            loading={addGoal.isPending}
            onClick={() => addGoal.mutate({ text: goal.trim() }, { onSuccess: () => setGoal('') })}
          >
            Add goal
          </Button>
        </Group>
      )}
      {addGoal.isError && (
        <FormAlert title="Goal not added" message={errorMessage(addGoal.error)} />
      )}

      {milestones.length > 0 && (
        <Stack component="ul" p={0} m={0} gap={4} aria-label="Milestones">
          {milestones.map((m) => (
            <Text key={m.id} component="li" fz="sm" style={{ listStyle: 'none' }}>
              <strong>{MILESTONE_LABELS[m.kind]}</strong> · {formatCalendarDate(m.achievedOn)}
              {m.note !== '' && ` · ${m.note}`}
            </Text>
          ))}
        </Stack>
      )}
      {active && (
        <Card withBorder p="sm">
          <Group gap="xs" align="flex-end">
            <Select
              label="Milestone"
              data={MENTORSHIP_MILESTONE_KINDS.map((k) => ({
                value: k,
                label: MILESTONE_LABELS[k],
              }))}
              value={kind}
              onChange={(v) => {
                if (v !== null) setKind(v as MentorshipMilestoneKind);
              }}
              allowDeselect={false}
              w={190}
            />
            <TextInput
              label="Date"
              type="date"
              value={on}
              onChange={(e) => setOn(e.currentTarget.value)}
              w={160}
            />
            <TextInput
              label="Note"
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={500}
              style={{ flex: '1 1 160px' }}
            />
            <Button
              size="sm"
              variant="light"
              disabled={on === ''}
              loading={addMilestone.isPending}
              onClick={() =>
                addMilestone.mutate(
                  { relationshipId, kind, achievedOn: on, note: note.trim() },
                  { onSuccess: () => setNote('') },
                )
              }
            >
              Record milestone
            </Button>
          </Group>
          {addMilestone.isError && (
            <FormAlert title="Not recorded" message={errorMessage(addMilestone.error)} />
          )}
        </Card>
      )}
    </Stack>
  );
}
