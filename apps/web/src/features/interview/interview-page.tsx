import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconChartLine, IconMessages } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { PrivateNote } from '../../components/private-note.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { DueList } from './due-list.tsx';
import { QuestionBrowser } from './question-browser.tsx';

export function InterviewPage() {
  usePageTitle('Interview practice');
  return (
    <>
      <PageHeader
        title="Interview practice"
        description="Rehearse residency interview questions, get specific feedback on each answer, and let spaced practice bring back the ones that need work."
        actions={
          <Group gap="sm">
            <Button
              component={Link}
              to="/interview/mock"
              leftSection={<IconMessages size={16} aria-hidden="true" />}
            >
              Mock interview
            </Button>
            <Button
              component={Link}
              to="/interview/progress"
              variant="default"
              leftSection={<IconChartLine size={16} aria-hidden="true" />}
            >
              Progress
            </Button>
          </Group>
        }
      />
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <DueList />
          <div>
            <PrivateNote>
              <strong>Your answers are private.</strong> Only you can see your attempts and reports.
              Audio recordings never leave your browser; only the text you submit is saved, and you
              can export or delete it from your account.
            </PrivateNote>
          </div>
        </SimpleGrid>
        <QuestionBrowser />
      </Stack>
    </>
  );
}

export { InterviewPage as Component };
