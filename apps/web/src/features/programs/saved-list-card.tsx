import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { type Assessment, AssessmentBadge } from './assessment-badge.tsx';
import { savedListCsvUrl } from './programs-api.ts';

export interface DraftEntry {
  readonly programId: string;
  readonly note: string;
  readonly name: string;
  readonly where: string;
  readonly synthetic: boolean;
  /** Eligibility, tier and chance from the server; absent for a program added since the last save. */
  readonly assessment?: Assessment | null;
}

/** The applicant's application list: notes per program, save, CSV export, clear (confirmed). */
export function SavedListCard({
  entries,
  dirty,
  saving,
  error,
  onNote,
  onRemove,
  onClear,
  onSave,
}: {
  readonly entries: readonly DraftEntry[];
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly error: string | null;
  readonly onNote: (programId: string, note: string) => void;
  readonly onRemove: (programId: string) => void;
  readonly onClear: () => void;
  readonly onSave: () => void;
}) {
  const [confirming, confirm] = useDisclosure(false);
  return (
    <Card component="section" aria-labelledby="my-list-title">
      <Group justify="space-between" mb="sm" gap="xs">
        <Group gap="xs">
          <Title order={2} fz="lg" id="my-list-title">
            My application list
          </Title>
          <Badge variant="light">{entries.length}</Badge>
          {dirty && (
            <Badge color="orange" variant="light">
              Not saved
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Anchor href={savedListCsvUrl} download fz="sm" aria-disabled={dirty || undefined}>
            <Group gap={4} component="span">
              <IconDownload size={16} aria-hidden="true" />
              Export CSV{dirty ? ' (saved version)' : ''}
            </Group>
          </Anchor>
        </Group>
      </Group>
      {entries.length === 0 ? (
        <Text fz="sm" c="dimmed">
          Nothing here yet. Use “Add” in the table to collect the programs you plan to apply to;
          your notes stay private.
        </Text>
      ) : (
        <Stack gap="sm">
          {entries.map((e) => (
            <Group key={e.programId} align="flex-start" gap="sm" wrap="nowrap">
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Text fz="sm" fw={600} className="text-break">
                  {e.name}
                  {e.synthetic && (
                    <Badge ml={6} size="xs" color="orange" variant="light">
                      Synthetic
                    </Badge>
                  )}
                </Text>
                <Text fz="xs" c="dimmed">
                  {e.where}
                </Text>
                <AssessmentBadge assessment={e.assessment} />
                <Textarea
                  aria-label={`Note for ${e.name}`}
                  placeholder="Private note: contacts, deadlines, why this program…"
                  autosize
                  minRows={1}
                  maxLength={2000}
                  value={e.note}
                  onChange={(event) => onNote(e.programId, event.currentTarget.value)}
                />
              </Stack>
              <Button
                variant="subtle"
                color="red.9"
                size="compact-sm"
                mt={2}
                aria-label={`Remove ${e.name} from my list`}
                onClick={() => onRemove(e.programId)}
              >
                <IconTrash size={16} aria-hidden="true" />
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <FormAlert title="The list was not saved" message={error} />
      <Group justify="space-between" mt="md">
        <Button
          variant="default"
          color="red.9"
          onClick={confirm.open}
          disabled={entries.length === 0}
        >
          Clear list…
        </Button>
        <Button onClick={onSave} loading={saving} disabled={!dirty}>
          Save list
        </Button>
      </Group>
      <AppModal opened={confirming} onClose={confirm.close} title="Clear your list?">
        <Text fz="sm">
          All {entries.length} programs and their notes leave the list. Nothing is deleted until you
          press “Save list”.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={confirm.close}>
            Cancel
          </Button>
          <Button
            color="red.9"
            onClick={() => {
              onClear();
              confirm.close();
            }}
          >
            Clear list
          </Button>
        </Group>
      </AppModal>
    </Card>
  );
}
