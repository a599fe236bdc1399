import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { TimelineInterview } from '@matchready/contract';
import { checkThankYou, composeThankYou, NRMP_COMMUNICATION_RULE } from '@matchready/core/timeline';
import { IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';

/**
 * A draft from the interview (program, date, interviewers, one thing discussed) to edit in the
 * applicant's own words, re-checked as they type. Nothing is sent from here: the applicant copies
 * it into their own email.
 */
export function ThankYouComposer({
  interview,
  applicantName,
  onSent,
}: {
  readonly interview: TimelineInterview;
  readonly applicantName: string;
  readonly onSent: () => void;
}) {
  const [detail, setDetail] = useState(interview.detail ?? '');
  const draft = () =>
    composeThankYou({
      program: interview.program,
      date: interview.date,
      interviewers: interview.interviewers,
      applicantName,
      ...(detail.trim() === '' ? {} : { detail }),
    });
  const [subject, setSubject] = useState(() => draft().subject);
  const [body, setBody] = useState(() => draft().body);
  const issues = checkThankYou(body, {
    program: interview.program,
    interviewers: interview.interviewers,
    ...(detail.trim() === '' ? {} : { detail }),
  });

  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <TextInput
          label="One thing you discussed"
          value={detail}
          onChange={(e) => setDetail(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button
          variant="default"
          onClick={() => {
            const next = draft();
            setSubject(next.subject);
            setBody(next.body);
          }}
        >
          Redraft
        </Button>
      </Group>
      <TextInput
        label="Subject"
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
      />
      <Textarea
        label="Your note (edit it into your own words)"
        autosize
        minRows={8}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      {issues.length === 0 ? (
        <Alert color="teal" icon={<IconCheck size={18} aria-hidden="true" />} role="status">
          Checks passed: names the interviewer and the program, one specific detail, no ranking
          statements, short.
        </Alert>
      ) : (
        <Alert color="orange" title="Before you send it" role="status">
          <List size="sm">
            {issues.map((issue) => (
              <List.Item key={`${issue.code}-${issue.evidence ?? ''}`}>
                {issue.message}
                {issue.evidence ? ` (“${issue.evidence}”)` : ''}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Alert
        variant="light"
        icon={<IconInfoCircle size={18} aria-hidden="true" />}
        title="NRMP rule"
      >
        <Text fz="sm">{NRMP_COMMUNICATION_RULE.text}</Text>
        <Anchor href={NRMP_COMMUNICATION_RULE.source.url} target="_blank" rel="noreferrer" fz="xs">
          {NRMP_COMMUNICATION_RULE.source.title}
        </Anchor>
      </Alert>
      <Group>
        <Button onClick={onSent} disabled={interview.thankYouSent}>
          {interview.thankYouSent ? 'Marked as sent' : 'I sent it'}
        </Button>
      </Group>
    </Stack>
  );
}
