import { Badge, Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { type Icon, IconArrowRight, IconPoint } from '@tabler/icons-react';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title.ts';
import { PageHeader } from './page-header.tsx';

export interface ComingSoonProps {
  readonly title: string;
  readonly description: string;
  readonly icon: Icon;
  readonly planned: readonly string[];
  readonly meanwhile?: { readonly label: string; readonly to: string };
}

/** A placeholder that says plainly what will be here and what to do meanwhile. */
export function ComingSoon({
  title,
  description,
  icon: FeatureIcon,
  planned,
  meanwhile,
}: ComingSoonProps) {
  usePageTitle(title);
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        eyebrow={
          <Badge variant="light" color="gray" w="fit-content">
            Coming soon
          </Badge>
        }
      />
      <Card maw={720}>
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <ThemeIcon size={48} radius="md" variant="light" visibleFrom="xs">
            <FeatureIcon size={28} stroke={1.6} aria-hidden="true" />
          </ThemeIcon>
          <Stack gap="sm">
            <Title order={2} fz="lg">
              What you will be able to do here
            </Title>
            <List
              spacing="sm"
              icon={<IconPoint size={18} aria-hidden="true" />}
              styles={{ itemWrapper: { alignItems: 'flex-start' }, itemIcon: { marginTop: 3 } }}
            >
              {planned.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
            <Text c="dimmed" fz="sm" mt="xs">
              We are building this next. Nothing you enter elsewhere will be lost when it arrives.
            </Text>
            {meanwhile && (
              <Button
                component={Link}
                to={meanwhile.to}
                variant="light"
                rightSection={<IconArrowRight size={16} aria-hidden="true" />}
                w="fit-content"
                mt="xs"
              >
                {meanwhile.label}
              </Button>
            )}
          </Stack>
        </Group>
      </Card>
    </>
  );
}
