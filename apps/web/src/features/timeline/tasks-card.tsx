import {
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
import { useForm } from '@mantine/form';
import type { TimelineTask } from '@matchready/contract';
import {
  defaultTaskTitle,
  formatLongDate,
  TASK_KINDS,
  type TaskKind,
} from '@matchready/core/timeline';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { useAddTask, useDeleteTask, useUpdateTask } from './timeline-api.ts';

const KIND_LABELS: Record<TaskKind, string> = {
  'letters-of-recommendation': 'Letters of recommendation',
  'personal-statement': 'Personal statement',
  cv: 'CV',
  'program-signals': 'Program signals',
  custom: 'Something else',
};

export function TasksCard({ tasks }: { readonly tasks: readonly TimelineTask[] }) {
  const add = useAddTask();
  const update = useUpdateTask();
  const remove = useDeleteTask();
  const form = useForm({
    initialValues: { kind: 'personal-statement' as TaskKind, title: '', due: '' },
    validate: {
      due: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Pick a due date'),
      title: (v, values) =>
        values.kind === 'custom' && v.trim() === '' ? 'Give the task a title' : null,
    },
  });
  const submit = form.onSubmit((v) =>
    add.mutate(
      { kind: v.kind, due: v.due, ...(v.title.trim() === '' ? {} : { title: v.title }) },
      { onSuccess: () => form.reset() },
    ),
  );

  return (
    <Card component="section" aria-labelledby="tasks-title">
      <Title order={2} fz="lg" id="tasks-title" mb="sm">
        My tasks
      </Title>
      <Stack gap="xs" mb="md">
        {tasks.length === 0 && (
          <Text fz="sm" c="dimmed">
            No tasks yet: add your letters, personal statement, CV and program signals.
          </Text>
        )}
        {tasks.map((t) => (
          <Group key={t.id} justify="space-between" wrap="nowrap">
            <Checkbox
              checked={t.done}
              label={`${t.title ?? defaultTaskTitle(t.kind)} — due ${formatLongDate(t.due)}`}
              onChange={(e) =>
                update.mutate({
                  id: t.id,
                  kind: t.kind,
                  title: t.title,
                  due: t.due,
                  detail: t.detail,
                  done: e.currentTarget.checked,
                })
              }
            />
            <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(t.id)}>
              Delete
            </Button>
          </Group>
        ))}
      </Stack>
      <FormAlert
        title="Could not add the task"
        message={add.isError ? errorMessage(add.error) : null}
      />
      <form onSubmit={submit} noValidate aria-label="Add a task">
        <Group align="flex-end" grow>
          <Select
            label="Task"
            data={TASK_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <TextInput label="Title (optional)" {...form.getInputProps('title')} />
          <TextInput label="Due" type="date" required {...form.getInputProps('due')} />
          <Button type="submit" loading={add.isPending}>
            Add task
          </Button>
        </Group>
      </form>
    </Card>
  );
}
