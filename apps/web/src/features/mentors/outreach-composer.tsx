import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { checkOutreach, OUTREACH_LIMITS } from '@matchready/core/mentorship';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { NO_PAYMENTS_NOTE, OUTREACH_ISSUE_TITLES } from './mentorship-labels.ts';
import { clearDraft, loadDraft, saveDraft, splitByEvidence } from './outreach-draft.ts';
import { DraftStarter } from './outreach-draft-starter.tsx';
import { OutreachGuidance } from './outreach-guidance.tsx';

const storage = (): Storage | null => (typeof window === 'undefined' ? null : window.localStorage);

export interface OutreachComposerProps {
  readonly mentor: { readonly id: string; readonly displayName: string };
  readonly menteeName: string;
  /** Sends the request; the draft is cleared once it resolves. */
  readonly onSend: (message: string) => Promise<unknown>;
  readonly sending: boolean;
  readonly error: string | null;
}

/**
 * The mentee's first message to a mentor: a starter draft from a few answers, a live offline
 * check (the same checker as the CLI and the server) with its quotes marked in the text, and the
 * draft kept in this browser until it is sent.
 */
export function OutreachComposer({
  mentor,
  menteeName,
  onSend,
  sending,
  error,
}: OutreachComposerProps) {
  const [text, setText] = useState(() => {
    const store = storage();
    return store === null ? '' : (loadDraft(store, mentor.id)?.text ?? '');
  });
  const [kept, setKept] = useState(true);
  const deferred = useDeferredValue(text);
  const report = useMemo(() => checkOutreach(deferred), [deferred]);
  const parts = useMemo(() => splitByEvidence(deferred, report.issues), [deferred, report]);
  const messageId = useId();
  const checkId = useId();

  // Save shortly after typing stops, not on every key.
  useEffect(() => {
    const store = storage();
    if (store === null) return;
    const timer = window.setTimeout(() => {
      setKept(saveDraft(store, mentor.id, text, new Date().toISOString()));
    }, 300);
    return () => window.clearTimeout(timer);
  }, [text, mentor.id]);

  const send = async () => {
    try {
      await onSend(text.trim());
    } catch {
      // The caller shows why (the `error` prop); the draft stays for another try.
      return;
    }
    const store = storage();
    if (store !== null) clearDraft(store, mentor.id);
    setText('');
  };

  const overWords = report.wordCount > OUTREACH_LIMITS.maxWords;

  return (
    <Stack gap="md">
      <OutreachGuidance />
      <DraftStarter
        mentorName={mentor.displayName}
        menteeName={menteeName}
        hasText={text.trim() !== ''}
        onDraft={setText}
      />
      <Textarea
        id={messageId}
        label={`Your message to ${mentor.displayName}`}
        description="Edit the draft in your own words. It is kept in this browser until you send it."
        autosize
        minRows={8}
        maxRows={20}
        maxLength={5000}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        aria-describedby={checkId}
      />
      <Group gap="xs" justify="space-between">
        <Text fz="sm" c={overWords ? 'red.9' : 'dimmed'} aria-live="polite">
          {report.wordCount} {report.wordCount === 1 ? 'word' : 'words'} (aim for{' '}
          {OUTREACH_LIMITS.maxWords} or fewer) · {report.paragraphs}{' '}
          {report.paragraphs === 1 ? 'paragraph' : 'paragraphs'}
        </Text>
        {!kept && (
          <Text fz="sm" c="red.9">
            This browser is not keeping the draft: copy it before leaving.
          </Text>
        )}
      </Group>

      <section id={checkId} aria-label="Message check">
        {text.trim() === '' ? (
          <Text fz="sm" c="dimmed">
            The check appears here as you write.
          </Text>
        ) : report.ready ? (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck size={20} aria-hidden="true" />}
            title="Ready to send"
          >
            It says who you are, why this mentor, asks one small thing and respects their time.
          </Alert>
        ) : (
          <Card withBorder p="md">
            <Title order={3} fz="sm" mb="xs">
              {report.issues.length === 1
                ? '1 thing to fix before sending'
                : `${report.issues.length} things to fix before sending`}
            </Title>
            <List spacing="sm" fz="sm" type="ordered" aria-label="Things to fix">
              {report.issues.map((issue) => (
                <List.Item key={`${issue.code}:${issue.evidence ?? ''}`} data-code={issue.code}>
                  <Text fz="sm" fw={600} span>
                    {OUTREACH_ISSUE_TITLES[issue.code]}.{' '}
                  </Text>
                  <Text fz="sm" span>
                    {issue.message}
                  </Text>
                  {issue.evidence !== null && (
                    <Text fz="sm" mt={4} component="blockquote" className="outreach-quote">
                      <mark>{issue.evidence}</mark>
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </Card>
        )}
      </section>

      {parts.some((part) => part.issue !== null) && (
        <Paper withBorder p="md">
          <Text fz="sm" fw={600} mb={4}>
            Where the check points in your message
          </Text>
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} className="text-break">
            {parts.map((part, index) =>
              part.issue === null ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional runs of the text
                <span key={index}>{part.text}</span>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional runs of the text
                <mark key={index}>
                  {part.text}
                  <Badge component="span" size="xs" ml={4} variant="filled" color="dark">
                    {part.issue + 1}
                  </Badge>
                </mark>
              ),
            )}
          </Text>
        </Paper>
      )}

      <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} aria-hidden="true" />}>
        {NO_PAYMENTS_NOTE}
      </Alert>
      <FormAlert title="The request was not sent" message={error} />
      <Group>
        <Button onClick={send} loading={sending} disabled={text.trim() === ''}>
          Send request
        </Button>
        {!report.ready && text.trim() !== '' && (
          <Text fz="sm" c="dimmed">
            You can send it as it is, but a message that passes the check is more likely to be
            answered.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
