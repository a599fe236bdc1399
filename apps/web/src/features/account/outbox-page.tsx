import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/page-header.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { MailText } from '../auth/mail-text.tsx';
import { outboxQuery } from '../auth/password-reset-api.ts';

export function OutboxPage() {
  usePageTitle('Outbox');
  const outbox = useQuery(outboxQuery);
  return (
    <>
      <PageHeader
        title="Outbox"
        description="Mail MatchReady wrote to you. Without a mail server it is kept here instead of being sent."
      />
      <Stack gap="lg" maw={820}>
        {outbox.isPending && <CardsSkeleton cards={1} />}
        {outbox.isError && <QueryError error={outbox.error} onRetry={() => outbox.refetch()} />}
        {outbox.data?.delivery === 'smtp' && (
          <Alert icon={<IconMail size={20} aria-hidden="true" />}>
            This server sends mail through its mail server: look in your inbox.
          </Alert>
        )}
        {outbox.data?.delivery === 'outbox' && outbox.data.messages.length === 0 && (
          <Text c="dimmed">No mail yet.</Text>
        )}
        {outbox.data?.messages.map((message) => (
          <Card key={message.id} component="article" aria-label={message.subject}>
            <Group justify="space-between" mb="xs">
              <Title order={2} fz="md">
                {message.subject}
              </Title>
              <Badge variant="light">{message.kind}</Badge>
            </Group>
            <Text fz="xs" c="dimmed" mb="sm">
              {new Date(message.createdAt).toLocaleString()}
            </Text>
            <MailText text={message.text} />
          </Card>
        ))}
      </Stack>
    </>
  );
}

export { OutboxPage as Component };
