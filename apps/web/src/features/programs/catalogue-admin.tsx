import {
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { exportUrl, metaQuery, useImportPrograms } from './programs-api.ts';

const MAX_BYTES = 10 * 1024 * 1024;

/** Organisation and site admins: the catalogue's datasets, CSV/JSON import and export. */
export function CatalogueAdmin() {
  const meta = useQuery(metaQuery);
  const importer = useImportPrograms();
  const [file, setFile] = useState<File | null>(null);
  const [dataset, setDataset] = useState('');
  const [tooBig, setTooBig] = useState(false);

  const onImport = async () => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setTooBig(true);
      return;
    }
    setTooBig(false);
    const content = await file.text();
    importer.mutate(
      {
        format: /\.json$/i.test(file.name) || /^\s*[[{]/.test(content) ? 'json' : 'csv',
        content,
        filename: file.name,
        ...(dataset.trim() ? { dataset: dataset.trim() } : {}),
      },
      {
        onSuccess: ({ import: done, warnings }) => {
          setFile(null);
          notifications.show({
            title: 'Programs imported',
            message: `${done.programs} programs in “${done.dataset}”${done.replaced ? `, ${done.replaced} replaced` : ''}.${warnings.length ? ` ${warnings.length} warning(s).` : ''}`,
          });
        },
      },
    );
  };
  const issues = importer.error instanceof ApiError ? importer.error.issues : [];

  return (
    <Card component="section" aria-labelledby="catalogue-admin-title">
      <Title order={2} fz="lg" id="catalogue-admin-title" mb="xs">
        Catalogue data
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        The catalogue is shared: every signed-in user can read it (program data is not personal).
        Imports add or replace programs by id, all rows or none. Format: CSV or JSON as described in
        docs/program-data-format.md, up to 10 MB.{' '}
        <Anchor href="/templates/program-data-template.csv" download>
          Download a CSV template
        </Anchor>{' '}
        with every column and one synthetic example row.
      </Text>
      {meta.data && (
        <Table mb="md" aria-label="Datasets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Dataset</Table.Th>
              <Table.Th scope="col">Programs</Table.Th>
              <Table.Th scope="col">Kind</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meta.data.datasets.map((d) => (
              <Table.Tr key={d.dataset}>
                <Table.Td className="text-break">{d.dataset}</Table.Td>
                <Table.Td>{d.programs.toLocaleString('en-US')}</Table.Td>
                <Table.Td>{d.synthetic ? 'Synthetic sample (not real)' : 'Imported'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <FileInput
            label="Program file (CSV or JSON)"
            accept=".csv,.json,text/csv,application/json"
            value={file}
            onChange={setFile}
            clearable
            style={{ flex: '1 1 240px' }}
          />
          <TextInput
            label="Dataset name"
            placeholder="e.g. Network list 2027"
            value={dataset}
            onChange={(e) => setDataset(e.currentTarget.value)}
            maxLength={120}
            style={{ flex: '1 1 200px' }}
          />
          <Button
            leftSection={<IconUpload size={16} aria-hidden="true" />}
            onClick={onImport}
            disabled={!file}
            loading={importer.isPending}
          >
            Import
          </Button>
        </Group>
        <FormAlert
          title="Too large"
          message={tooBig ? 'Program files are limited to 10 MB.' : null}
        />
        <FormAlert
          title="Import failed"
          message={importer.isError ? errorMessage(importer.error) : null}
        />
        {issues.length > 0 && (
          <List fz="sm" spacing={2} aria-label="Problems in the file">
            {issues.slice(0, 50).map((issue) => (
              <List.Item key={`${issue.path}-${issue.message}`}>{issue.message}</List.Item>
            ))}
            {issues.length > 50 && <List.Item>… and {issues.length - 50} more.</List.Item>}
          </List>
        )}
        <Group gap="lg">
          <Anchor href={exportUrl('csv')} download fz="sm">
            <Group gap={4} component="span">
              <IconDownload size={16} aria-hidden="true" /> Export CSV
            </Group>
          </Anchor>
          <Anchor href={exportUrl('json')} download fz="sm">
            <Group gap={4} component="span">
              <IconDownload size={16} aria-hidden="true" /> Export JSON
            </Group>
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
