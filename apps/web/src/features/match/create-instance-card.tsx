import { Button, Card, Group, List, Stack, Tabs, Text, Title } from '@mantine/core';
import type { CreateInstanceRequest } from '@matchready/contract';
import { IconBraces, IconFlask, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CreateError } from './create-error.tsx';
import { JsonInstanceForm, starterInstance } from './json-instance-form.tsx';
import { fetchSample, useCreateInstance } from './match-api.ts';
import { UploadInstanceForm } from './upload-instance-form.tsx';

type Tab = 'upload' | 'sample' | 'json';

/** Three ways to add an instance: upload a file, start from the bundled sample, or write JSON. */
export function CreateInstanceCard() {
  const [tab, setTab] = useState<Tab>('upload');
  const [json, setJson] = useState(starterInstance);
  const create = useCreateInstance();
  const navigate = useNavigate();
  const sample = useMutation({ mutationFn: fetchSample });

  const onCreate = (input: CreateInstanceRequest) =>
    create.mutate(input, { onSuccess: ({ instance }) => navigate(`/match/${instance.id}`) });

  const saveSample = () =>
    sample.mutate(undefined, {
      onSuccess: (problem) =>
        onCreate({
          name: 'Sample instance',
          format: 'json',
          content: JSON.stringify(problem, null, 2),
        }),
    });

  const editSample = () =>
    sample.mutate(undefined, {
      onSuccess: (problem) => {
        setJson(JSON.stringify(problem, null, 2));
        setTab('json');
      },
    });

  const changeTab = (value: string | null) => {
    if (value === 'upload' || value === 'sample' || value === 'json') {
      create.reset();
      setTab(value);
    }
  };

  return (
    <Card component="section" aria-labelledby="new-instance-title" padding="lg">
      <Title order={2} fz="lg" id="new-instance-title" mb={4}>
        Add an instance
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        An instance is a set of programs and applicants with their rank lists.
      </Text>
      <Tabs value={tab} onChange={changeTab} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="upload" leftSection={<IconUpload size={16} aria-hidden="true" />}>
            Upload a file
          </Tabs.Tab>
          <Tabs.Tab value="sample" leftSection={<IconFlask size={16} aria-hidden="true" />}>
            Use the sample
          </Tabs.Tab>
          <Tabs.Tab value="json" leftSection={<IconBraces size={16} aria-hidden="true" />}>
            Write JSON
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="upload">
          <UploadInstanceForm onCreate={onCreate} pending={create.isPending} error={create.error} />
        </Tabs.Panel>
        <Tabs.Panel value="sample">
          <Stack gap="md">
            <Text fz="sm">
              The bundled sample is a small, realistic match to explore what the simulator shows:
            </Text>
            <List fz="sm" spacing={4}>
              <List.Item>programs with several positions and their rank lists,</List.Item>
              <List.Item>applicants who match at their first, later or no choice,</List.Item>
              <List.Item>and the explanation of each outcome.</List.Item>
            </List>
            <CreateError error={sample.error ?? create.error} />
            <Group>
              <Button onClick={saveSample} loading={sample.isPending || create.isPending}>
                Save the sample as an instance
              </Button>
              <Button variant="default" onClick={editSample} disabled={sample.isPending}>
                Open it in the JSON editor
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="json">
          <JsonInstanceForm
            content={json}
            onContentChange={setJson}
            onCreate={onCreate}
            pending={create.isPending}
            error={create.error}
          />
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}
