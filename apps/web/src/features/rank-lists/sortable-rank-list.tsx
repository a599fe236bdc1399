import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconX } from '@tabler/icons-react';
import { type Assessment, AssessmentBadge } from '../programs/assessment-badge.tsx';

export interface RankEntry {
  readonly programId: string;
  readonly note: string;
  readonly name: string;
  readonly where: string;
  readonly synthetic: boolean;
  /** Eligibility, tier and chance from the server; absent for a program added since the last save. */
  readonly assessment?: Assessment | null;
}

function Row({
  entry,
  index,
  count,
  onMove,
  onNote,
  onRemove,
}: {
  readonly entry: RankEntry;
  readonly index: number;
  readonly count: number;
  readonly onMove: (from: number, to: number) => void;
  readonly onNote: (note: string) => void;
  readonly onRemove: () => void;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: entry.programId,
  });
  return (
    <Paper
      component="li"
      ref={setNodeRef}
      withBorder
      p="sm"
      shadow={isDragging ? 'md' : undefined}
      style={{ transform: CSS.Transform.toString(transform), transition, listStyle: 'none' }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ActionIcon
          variant="subtle"
          color="gray.8"
          size="lg"
          aria-label={`Drag to reorder: ${entry.name} (rank ${index + 1})`}
          style={{ cursor: 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={18} aria-hidden="true" />
        </ActionIcon>
        <Text fw={700} w={28} ta="right" mt={6} aria-hidden="true">
          {index + 1}.
        </Text>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text fz="sm" fw={600} className="text-break">
            {entry.name}
            {entry.synthetic && (
              <Badge ml={6} size="xs" color="orange" variant="light">
                Synthetic
              </Badge>
            )}
          </Text>
          <Text fz="xs" c="dimmed">
            {entry.where} · {entry.programId}
          </Text>
          <AssessmentBadge assessment={entry.assessment} />
          <TextInput
            size="xs"
            aria-label={`Note for ${entry.name}`}
            placeholder="Private note (interview impressions, pros and cons)"
            value={entry.note}
            maxLength={2000}
            onChange={(e) => onNote(e.currentTarget.value)}
          />
        </Stack>
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            aria-label={`Move up: ${entry.name}`}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            <IconArrowUp size={16} aria-hidden="true" />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={`Move down: ${entry.name}`}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            <IconArrowDown size={16} aria-hidden="true" />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red.9"
            aria-label={`Remove from the rank list: ${entry.name}`}
            onClick={onRemove}
          >
            <IconX size={16} aria-hidden="true" />
          </ActionIcon>
        </Group>
      </Group>
    </Paper>
  );
}

/**
 * The rank order list: drag with a pointer or, keyboard, focus a handle, press Space, move with
 * the arrow keys and press Space again (dnd-kit's KeyboardSensor); up/down buttons too.
 */
export function SortableRankList({
  entries,
  onChange,
}: {
  readonly entries: readonly RankEntry[];
  readonly onChange: (next: RankEntry[]) => void;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const move = (from: number, to: number) => onChange(arrayMove([...entries], from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = entries.findIndex((e) => e.programId === active.id);
    const to = entries.findIndex((e) => e.programId === over.id);
    if (from >= 0 && to >= 0) move(from, to);
  };
  const nameOf = (id: string | number) =>
    entries.find((e) => e.programId === id)?.name ?? String(id);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
          onDragOver: ({ active, over }) =>
            over
              ? `${nameOf(active.id)} is over rank ${entries.findIndex((e) => e.programId === over.id) + 1}.`
              : `${nameOf(active.id)} is no longer over the list.`,
          onDragEnd: ({ active, over }) =>
            over
              ? `${nameOf(active.id)} dropped at rank ${entries.findIndex((e) => e.programId === over.id) + 1}.`
              : `${nameOf(active.id)} dropped.`,
          onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
        },
        screenReaderInstructions: {
          draggable:
            'To reorder, press Space or Enter, move with the arrow keys, then press Space or Enter again. Escape cancels.',
        },
      }}
    >
      <SortableContext
        items={entries.map((e) => e.programId)}
        strategy={verticalListSortingStrategy}
      >
        <Stack component="ol" gap="xs" p={0} m={0} aria-label="Rank order list">
          {entries.map((entry, index) => (
            <Row
              key={entry.programId}
              entry={entry}
              index={index}
              count={entries.length}
              onMove={move}
              onNote={(note) =>
                onChange(entries.map((e) => (e.programId === entry.programId ? { ...e, note } : e)))
              }
              onRemove={() => onChange(entries.filter((e) => e.programId !== entry.programId))}
            />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}
