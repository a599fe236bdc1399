import { Button, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import type { CreateInstanceRequest } from '@matchready/contract';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { CreateError } from './create-error.tsx';

const MAX_BYTES = 10 * 1024 * 1024;

const baseName = (fileName: string): string => fileName.replace(/\.(json|csv)$/i, '');
const formatOf = (file: File): 'json' | 'csv' =>
  /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'csv' : 'json';

interface Props {
  readonly onCreate: (input: CreateInstanceRequest) => void;
  readonly pending: boolean;
  readonly error: unknown;
}

export function UploadInstanceForm({ onCreate, pending, error }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);

  const onFile = (picked: File | null) => {
    setFile(picked);
    setFileError(picked && picked.size > MAX_BYTES ? 'The file is larger than 10 MB' : null);
    if (picked && !nameTouched) setName(baseName(picked.name));
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError('Choose a JSON or CSV file');
      return;
    }
    if (fileError) return;
    const content = await file.text();
    onCreate({
      name: name.trim() === '' ? baseName(file.name) : name.trim(),
      format: formatOf(file),
      content,
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Upload an instance file">
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          A JSON file in the MatchProblem format (programs, applicants and optional couples with
          their rank lists), or a CSV export. The whole file is checked before anything is saved.
        </Text>
        <FileInput
          label="Instance file"
          description="JSON or CSV, up to 10 MB."
          placeholder="Choose a file…"
          accept=".json,.csv,application/json,text/csv"
          leftSection={<IconUpload size={16} aria-hidden="true" />}
          clearable
          value={file}
          onChange={onFile}
          error={fileError}
          required
        />
        <TextInput
          label="Name"
          description="Defaults to the file name."
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setNameTouched(true);
          }}
          maxLength={120}
        />
        <CreateError error={error} />
        <Group>
          <Button type="submit" loading={pending}>
            Upload and save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
