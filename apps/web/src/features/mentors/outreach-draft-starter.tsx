import {
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import {
  composeOutreach,
  OUTREACH_CONNECTION_KINDS,
  type OutreachConnectionKind,
} from '@matchready/core/mentorship';
import { useState } from 'react';
import { AppModal } from '../../components/dialogs.tsx';

const CONNECTION_LABELS: Readonly<Record<OutreachConnectionKind, string>> = {
  'shared-country': 'We trained in the same country',
  'shared-school': 'We went to the same school',
  'their-work': 'I read or heard their work',
  referral: 'Someone suggested them',
  directory: 'Their profile here stood out',
};

const CONNECTION_DETAIL: Readonly<Record<OutreachConnectionKind, string>> = {
  'shared-country': 'Country',
  'shared-school': 'Medical school',
  'their-work': 'Which article or talk',
  referral: 'Who suggested them',
  directory: 'What stood out to you',
};

interface Props {
  readonly mentorName: string;
  readonly menteeName: string;
  readonly hasText: boolean;
  readonly onDraft: (text: string) => void;
}

/** A few answers → a three-paragraph first draft in the structure the checker expects. */
export function DraftStarter({ mentorName, menteeName, hasText, onDraft }: Props) {
  const [trainedAt, setTrainedAt] = useState('');
  const [applyingTo, setApplyingTo] = useState('');
  const [kind, setKind] = useState<OutreachConnectionKind>('directory');
  const [detail, setDetail] = useState('');
  const [askKind, setAskKind] = useState<'call' | 'questions'>('call');
  const [topic, setTopic] = useState('');
  const [confirming, setConfirming] = useState(false);

  const draft = () =>
    composeOutreach({
      mentee: { name: menteeName, trainedAt, applyingTo },
      mentor: { name: mentorName },
      connection: { kind, detail },
      ask: { kind: askKind, minutes: 15, topic },
    }).text;

  const write = () => {
    if (hasText) setConfirming(true);
    else onDraft(draft());
  };

  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fz="sm" fw={600}>
        Start from a draft (optional)
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Where you trained"
          placeholder="University of Lagos in Nigeria"
          value={trainedAt}
          onChange={(e) => setTrainedAt(e.currentTarget.value)}
        />
        <TextInput
          label="Specialty you are applying to"
          placeholder="internal medicine"
          value={applyingTo}
          onChange={(e) => setApplyingTo(e.currentTarget.value)}
        />
        <Select
          label="How you found them"
          data={OUTREACH_CONNECTION_KINDS.map((value) => ({
            value,
            label: CONNECTION_LABELS[value],
          }))}
          value={kind}
          onChange={(value) => {
            if (value !== null) setKind(value as OutreachConnectionKind);
          }}
          allowDeselect={false}
        />
        <TextInput
          label={CONNECTION_DETAIL[kind]}
          value={detail}
          onChange={(e) => setDetail(e.currentTarget.value)}
        />
        <TextInput
          label="What you would like to ask about"
          placeholder="how you chose programs to apply to"
          value={topic}
          onChange={(e) => setTopic(e.currentTarget.value)}
        />
        <div>
          <Text fz="sm" fw={500} mb={4} id="outreach-ask-kind">
            Your ask
          </Text>
          <SegmentedControl
            aria-labelledby="outreach-ask-kind"
            value={askKind}
            onChange={(value) => setAskKind(value === 'questions' ? 'questions' : 'call')}
            data={[
              { value: 'call', label: 'A 15-minute call' },
              { value: 'questions', label: 'Two questions by email' },
            ]}
          />
        </div>
      </SimpleGrid>
      <Group>
        <Button variant="light" onClick={write}>
          Write a draft for me
        </Button>
        <Text fz="xs" c="dimmed">
          Empty answers become [placeholders] to fill in.
        </Text>
      </Group>
      <AppModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Replace your message?"
      >
        <Stack>
          <Text fz="sm">The draft replaces what you have written so far.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Keep my message
            </Button>
            <Button
              onClick={() => {
                setConfirming(false);
                onDraft(draft());
              }}
            >
              Replace it
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Stack>
  );
}
