import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { meQuery } from '../auth/auth-api.ts';
import { roleLabel } from '../auth/roles.ts';
import { useExportAccount } from './account-api.ts';
import { ChangePasswordCard } from './change-password-card.tsx';
import { DeleteAccountCard } from './delete-account-card.tsx';
import { DigestCard } from './digest-card.tsx';

function Detail({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text className="text-break">{value}</Text>
    </div>
  );
}

export function AccountPage() {
  usePageTitle('Account');
  const { data: user } = useQuery(meQuery);
  const exporter = useExportAccount();
  if (!user) return null;

  return (
    <>
      <PageHeader
        title="Account"
        description="Your sign-in details, your data and your password."
      />
      <Stack gap="lg" maw={820}>
        <Card component="section" aria-labelledby="account-details-title">
          <Group justify="space-between" mb="md">
            <Title order={2} fz="lg" id="account-details-title">
              Details
            </Title>
            {user.isDemo && (
              <Badge color="grape" variant="light">
                Demo account
              </Badge>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Detail label="Name" value={user.displayName} />
            <Detail label="Email" value={user.email} />
            <Detail label="Role" value={roleLabel(user.role)} />
            <Detail
              label="Member since"
              value={new Date(user.createdAt).toLocaleDateString(undefined, { dateStyle: 'long' })}
            />
          </SimpleGrid>
        </Card>
        <ChangePasswordCard />
        {user.role === 'applicant' && <DigestCard />}
        <Card component="section" aria-labelledby="export-title">
          <Title order={2} fz="lg" id="export-title">
            Download your data
          </Title>
          <Text fz="sm" c="dimmed" mb="md">
            Everything MatchReady stores about you, as one JSON file: account, profile, match
            instances and runs.
          </Text>
          <Stack gap="sm">
            <FormAlert
              title="Export failed"
              message={exporter.isError ? errorMessage(exporter.error) : null}
            />
            <Group>
              <Button
                variant="default"
                leftSection={<IconDownload size={18} aria-hidden="true" />}
                loading={exporter.isPending}
                onClick={() => exporter.mutate()}
              >
                Download my data
              </Button>
            </Group>
          </Stack>
        </Card>
        <DeleteAccountCard />
      </Stack>
    </>
  );
}

export { AccountPage as Component };
