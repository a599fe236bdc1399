import { Anchor, Button, Card, FileInput, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ProgramParticipantRole } from '@matchready/core/vocabulary';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { templateUrl, useImportPeople } from './mentorship-programs-api.ts';

const MAX_BYTES = 5 * 1024 * 1024;

function ImportOne({ programId, kind: role }: { programId: string; kind: ProgramParticipantRole }) {
  const importer = useImportPeople(programId);
  const [file, setFile] = useState<File | null>(null);
  const label = role === 'mentor' ? 'Mentors CSV' : 'Mentees CSV';
  const issues = importer.error instanceof ApiError ? importer.error.issues : [];
  return (
    <Stack gap="xs" style={{ flex: '1 1 280px' }}>
      <FileInput
        label={label}
        accept=".csv,text/csv"
        value={file}
        onChange={setFile}
        clearable
        leftSection={<IconUpload size={16} aria-hidden />}
      />
      <Group gap="sm">
        <Button
          size="sm"
          disabled={!file}
          loading={importer.isPending}
          onClick={async () => {
            if (!file || file.size > MAX_BYTES) return;
            importer.mutate(
              { role, content: await file.text() },
              {
                onSuccess: ({ imported }) => {
                  setFile(null);
                  notifications.show({ title: 'Imported', message: `${imported} ${role}s added.` });
                },
              },
            );
          }}
        >
          Import {role}s
        </Button>
        <Anchor href={templateUrl(role)} fz="sm">
          <IconDownload size={14} aria-hidden /> {role}s template
        </Anchor>
      </Group>
      <FormAlert message={importer.error ? errorMessage(importer.error) : null} />
      {issues.length > 0 && (
        <List size="sm" aria-label={`Problems in the ${role}s file`}>
          {issues.map((issue) => (
            <List.Item key={`${issue.path}-${issue.message}`}>{issue.message}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** Both people files; all rows or none, problems listed by line (docs/mentorship-program-files.md). */
export function PeopleImport({
  programId,
  counts,
}: {
  programId: string;
  counts: { mentors: number; mentees: number };
}) {
  return (
    <Card component="section" aria-labelledby="people-title">
      <Title order={2} fz="lg" id="people-title" mb="xs">
        People
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        {counts.mentors} mentors and {counts.mentees} mentees so far. Each file is imported whole or
        not at all; lists inside a cell are separated by “;”.
      </Text>
      <Group align="flex-start" gap="xl">
        <ImportOne programId={programId} kind="mentor" />
        <ImportOne programId={programId} kind="mentee" />
      </Group>
    </Card>
  );
}
