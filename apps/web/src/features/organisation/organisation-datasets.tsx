import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { errorMessage } from '../../lib/api.ts';
import { datasetsQuery, useDeleteDataset } from './organisation-api.ts';

const day = (iso: string) => iso.slice(0, 10);

/**
 * The datasets this organisation imported into the shared catalogue, each deletable after a
 * confirmation (all its programs or none; the sample and other organisations' data never).
 */
export function OrganisationDatasets({ canDelete }: { readonly canDelete: boolean }) {
  const datasets = useQuery(datasetsQuery);
  const remove = useDeleteDataset();
  const [confirming, setConfirming] = useState<{ dataset: string; programs: number } | null>(null);

  const close = () => {
    setConfirming(null);
    remove.reset();
  };
  const onDelete = () => {
    if (!confirming) return;
    remove.mutate(confirming.dataset, {
      onSuccess: ({ deleted }) => {
        notifications.show({
          title: 'Dataset deleted',
          message: `${deleted} program${deleted === 1 ? '' : 's'} of “${confirming.dataset}” removed from the catalogue.`,
        });
        setConfirming(null);
      },
    });
  };

  return (
    <Card component="section" aria-labelledby="org-datasets-title">
      <Title order={2} fz="lg" id="org-datasets-title" mb="xs">
        Your organisation's datasets
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Programs your organisation imported. Deleting a dataset removes all of its programs from the
        shared catalogue at once; the synthetic sample and other organisations' data are never
        touched.
      </Text>
      <FormAlert message={datasets.error ? errorMessage(datasets.error) : null} />
      {datasets.data?.datasets.length === 0 && (
        <Text c="dimmed" fz="sm">
          No datasets yet.
        </Text>
      )}
      {datasets.data && datasets.data.datasets.length > 0 && (
        <ScrollTable label="Your organisation's datasets" minWidth={560}>
          <Table aria-label="Your organisation's datasets">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Dataset</Table.Th>
                <Table.Th scope="col">Programs</Table.Th>
                <Table.Th scope="col">Imported</Table.Th>
                <Table.Th scope="col">By</Table.Th>
                {canDelete && (
                  <Table.Th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {datasets.data.datasets.map((d) => (
                <Table.Tr key={d.dataset}>
                  <Table.Td className="text-break">{d.dataset}</Table.Td>
                  <Table.Td>{d.programs.toLocaleString('en-US')}</Table.Td>
                  <Table.Td>
                    {day(d.firstImportedAt) === day(d.lastImportedAt)
                      ? day(d.lastImportedAt)
                      : `${day(d.firstImportedAt)} – ${day(d.lastImportedAt)}`}
                  </Table.Td>
                  <Table.Td className="text-break">{d.importedBy.join(', ') || '—'}</Table.Td>
                  {canDelete && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={14} aria-hidden="true" />}
                        onClick={() => setConfirming({ dataset: d.dataset, programs: d.programs })}
                        aria-label={`Delete dataset ${d.dataset}`}
                      >
                        Delete
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <AppModal opened={confirming !== null} onClose={close} title="Delete this dataset?">
        {confirming && (
          <Stack gap="md">
            <Text fz="sm">
              {confirming.programs === 1
                ? 'The one program'
                : `All ${confirming.programs.toLocaleString('en-US')} programs`}{' '}
              of “{confirming.dataset}” will be removed from the catalogue for everyone. Applicants'
              saved lists keep the program ids but no longer find their details. This cannot be
              undone; import the file again to restore it.
            </Text>
            <FormAlert
              title="Not deleted"
              message={remove.error ? errorMessage(remove.error) : null}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button color="red" onClick={onDelete} loading={remove.isPending}>
                Delete {confirming.programs.toLocaleString('en-US')} program
                {confirming.programs === 1 ? '' : 's'}
              </Button>
            </Group>
          </Stack>
        )}
      </AppModal>
    </Card>
  );
}
