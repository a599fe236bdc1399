import { Button, Group, JsonInput, Stack, Text, TextInput } from '@mantine/core';
import type { CreateInstanceRequest } from '@matchready/contract';
import { parseProblem } from '@matchready/core';
import { useState } from 'react';
import { type ApiIssue, formatIssuePath } from '../../lib/api.ts';
import { CreateError } from './create-error.tsx';
import { IssuesList } from './issues-list.tsx';

export const starterInstance = `{
  "programs": [
    { "id": "city-internal-medicine", "capacity": 2, "ranking": ["amara", "bao", "chen"] },
    { "id": "state-family-medicine", "capacity": 1, "ranking": ["chen", "amara"] }
  ],
  "applicants": [
    { "id": "amara", "ranking": ["state-family-medicine", "city-internal-medicine"] },
    { "id": "bao", "ranking": ["city-internal-medicine"] },
    { "id": "chen", "ranking": ["city-internal-medicine", "state-family-medicine"] }
  ]
}`;

/** Checks the text before it is sent: JSON syntax, then the engine's own checks (as the server runs them). */
export function checkInstanceJson(text: string): { issues: ApiIssue[]; message?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      issues: [],
      message: `This is not valid JSON: ${error instanceof Error ? error.message : 'syntax error'}`,
    };
  }
  const result = parseProblem(parsed);
  if (result.ok) return { issues: [] };
  return {
    message: 'The JSON is not a valid match instance.',
    issues: result.issues.map((issue) => ({
      path: formatIssuePath(issue.path),
      segments: issue.path,
      message: issue.message,
      code: issue.code,
    })),
  };
}

interface Props {
  readonly content: string;
  readonly onContentChange: (content: string) => void;
  readonly onCreate: (input: CreateInstanceRequest) => void;
  readonly pending: boolean;
  readonly error: unknown;
}

export function JsonInstanceForm({ content, onContentChange, onCreate, pending, error }: Props) {
  const [name, setName] = useState('My instance');
  const [check, setCheck] = useState<{ issues: ApiIssue[]; message?: string } | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result = checkInstanceJson(content);
    setCheck(result);
    if (result.issues.length > 0 || result.message) return;
    onCreate({ name: name.trim() === '' ? 'My instance' : name.trim(), format: 'json', content });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Write an instance as JSON">
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          Each program lists the applicants it ranks, most preferred first, and its number of
          positions; each applicant lists programs the same way. Ids must match across both sides.
        </Text>
        <TextInput
          label="Name"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          maxLength={120}
          required
        />
        <JsonInput
          label="Instance JSON"
          description="Formatted when you leave the field."
          value={content}
          onChange={(value) => {
            onContentChange(value);
            setCheck(null);
          }}
          validationError="Not valid JSON yet"
          formatOnBlur
          autosize
          minRows={10}
          maxRows={24}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          spellCheck={false}
        />
        {check && (check.issues.length > 0 || check.message) && (
          <IssuesList
            title="Fix these before saving"
            message={check.message}
            issues={check.issues}
          />
        )}
        <CreateError error={error} />
        <Group>
          <Button type="submit" loading={pending}>
            Check and save
          </Button>
          <Button variant="subtle" onClick={() => onContentChange(starterInstance)}>
            Reset to the example
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
