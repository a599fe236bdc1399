import { Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TimelineInterview } from '@matchready/contract';
import { formatLongDate } from '@matchready/core/timeline';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { ThankYouComposer } from './thank-you-composer.tsx';
import { useAddInterview, useDeleteInterview, useUpdateInterview } from './timeline-api.ts';

const names = (text: string) =>
  text
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');

export function InterviewsCard({
  interviews,
  applicantName,
}: {
  readonly interviews: readonly TimelineInterview[];
  readonly applicantName: string;
}) {
  const add = useAddInterview();
  const update = useUpdateInterview();
  const remove = useDeleteInterview();
  const [drafting, setDrafting] = useState<TimelineInterview | null>(null);
  const form = useForm({
    initialValues: { program: '', date: '', interviewers: '', detail: '' },
    validate: {
      program: (v) => (v.trim() === '' ? 'Enter the program' : null),
      date: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Pick the interview date'),
    },
  });
  const submit = form.onSubmit((v) =>
    add.mutate(
      {
        program: v.program,
        date: v.date,
        interviewers: names(v.interviewers),
        ...(v.detail.trim() === '' ? {} : { detail: v.detail }),
      },
      { onSuccess: () => form.reset() },
    ),
  );
  const markSent = (i: TimelineInterview) =>
    update.mutate(
      {
        id: i.id,
        program: i.program,
        date: i.date,
        interviewers: i.interviewers,
        detail: i.detail,
        thankYouSent: true,
      },
      { onSuccess: () => setDrafting(null) },
    );

  return (
    <Card component="section" aria-labelledby="interviews-title">
      <Title order={2} fz="lg" id="interviews-title">
        Interviews
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Each interview adds a thank-you note, due the day after (within 48 hours).
      </Text>
      <Stack gap="xs" mb="md">
        {interviews.map((i) => (
          <Group key={i.id} justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>{i.program}</Text>
              <Text fz="sm" c="dimmed">
                {formatLongDate(i.date)}
                {i.interviewers.length > 0 ? ` · ${i.interviewers.join(', ')}` : ''}
                {i.thankYouSent ? ' · thank-you sent' : ''}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" variant="light" onClick={() => setDrafting(i)}>
                Draft thank-you note
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => remove.mutate(i.id)}
                aria-label={`Delete the interview with ${i.program}`}
              >
                Delete
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
      <FormAlert
        title="Could not add the interview"
        message={add.isError ? errorMessage(add.error) : null}
      />
      <form onSubmit={submit} noValidate aria-label="Add an interview">
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput label="Program" required {...form.getInputProps('program')} />
            <TextInput label="Date" type="date" required {...form.getInputProps('date')} />
          </Group>
          <TextInput
            label="Interviewers"
            description="Names, separated by commas"
            {...form.getInputProps('interviewers')}
          />
          <TextInput label="One thing you discussed" {...form.getInputProps('detail')} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              Add interview
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={drafting !== null}
        onClose={() => setDrafting(null)}
        title={drafting ? `Thank-you note to ${drafting.program}` : ''}
        size="lg"
      >
        {drafting && (
          <ThankYouComposer
            interview={drafting}
            applicantName={applicantName}
            onSent={() => markSent(drafting)}
          />
        )}
      </Modal>
    </Card>
  );
}
