import { Anchor, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { formatDateTime } from './format.ts';
import { sharedAttemptQuery, useComment } from './mentorship-api.ts';

/** A shared practice answer with its analysis and the comments on it (mentor review). */
export function SharedAttemptPage() {
  const { shareId = '' } = useParams();
  const query = useQuery(sharedAttemptQuery(shareId));
  const comment = useComment();
  const [text, setText] = useState('');
  usePageTitle('Shared practice answer');

  if (query.isPending) return <CardsSkeleton cards={2} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const { attempt, comments, relationshipId, share } = query.data;
  const { report } = attempt;
  return (
    <>
      <Anchor component={Link} to={`/mentors/relationships/${relationshipId}`} fz="sm">
        ← Back to the tracker
      </Anchor>
      <PageHeader
        title="Shared practice answer"
        description={`Shared ${formatDateTime(share.sharedAt)}. Only this answer is shared.`}
      />
      <Stack gap="lg">
        <Card withBorder p="md">
          <Stack gap="xs">
            <Title order={2} fz="md">
              {attempt.questionPrompt}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }} className="text-break">
              {attempt.answer}
            </Text>
            <Text fz="sm" c="dimmed">
              {report.wordCount} words · about {Math.round(report.seconds)} s (aim for{' '}
              {report.targetSeconds.min}–{report.targetSeconds.max} s) · talking points covered{' '}
              {report.talkingPointsCovered} of {report.talkingPoints.length}
              {report.redFlags.length > 0 && ` · ${report.redFlags.length} possible red flags`}
            </Text>
          </Stack>
        </Card>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            Comments
          </Title>
          {comments.length === 0 ? (
            <Text c="dimmed" fz="sm">
              No comments yet.
            </Text>
          ) : (
            <Stack component="ul" p={0} m={0} gap="sm" aria-label="Comments">
              {comments.map((c) => (
                <Card key={c.id} component="li" withBorder p="sm" style={{ listStyle: 'none' }}>
                  <Text fz="xs" c="dimmed">
                    {c.author.displayName} · {formatDateTime(c.createdAt)}
                  </Text>
                  <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} className="text-break">
                    {c.text}
                  </Text>
                </Card>
              ))}
            </Stack>
          )}
          <Textarea
            label="Add a comment"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={4000}
          />
          <FormAlert
            title="Comment not saved"
            message={comment.isError ? errorMessage(comment.error) : null}
          />
          <Group>
            <Button
              disabled={text.trim() === ''}
              loading={comment.isPending}
              onClick={() =>
                comment.mutate({ shareId, text: text.trim() }, { onSuccess: () => setText('') })
              }
            >
              Post comment
            </Button>
          </Group>
        </Stack>
      </Stack>
    </>
  );
}

export { SharedAttemptPage as Component };
