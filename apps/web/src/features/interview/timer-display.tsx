import { Group, Progress, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatClock, formatDuration, timerAnnouncement } from './timing.ts';

interface Props {
  readonly label: string;
  readonly left: number;
  readonly total: number;
  /** Shown when time is up and the timer does not stop the answer. */
  readonly overtimeHint?: string;
}

/**
 * The one live cue while answering: time left. Screen readers hear only a few moments
 * (30 s, 10 s, time up) through a polite live region, never every second.
 */
export function TimerDisplay({ label, left, total, overtimeHint }: Props) {
  const [spoken, setSpoken] = useState('');
  const announcement = timerAnnouncement(left, total);
  useEffect(() => {
    if (announcement) setSpoken(announcement);
  }, [announcement]);
  const up = left <= 0;

  return (
    <div>
      <Group justify="space-between" align="baseline" gap="xs">
        <Text fz="sm" fw={600}>
          {label}
          <Text span c="dimmed" fz="sm" fw={400}>
            {' '}
            (of {formatDuration(total)})
          </Text>
        </Text>
        <Text
          fz={28}
          fw={700}
          ff="monospace"
          c={up ? 'red.8' : left <= 10 ? 'orange.9' : undefined}
          aria-hidden="true"
        >
          {formatClock(left)}
        </Text>
      </Group>
      <Progress
        value={total > 0 ? (left / total) * 100 : 0}
        color={up ? 'red' : left <= 10 ? 'orange' : 'brand'}
        size="sm"
        aria-label={`${label}: ${formatClock(left)} left`}
      />
      {up && overtimeHint && (
        <Text fz="sm" c="red.8" mt={4}>
          {overtimeHint}
        </Text>
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spoken}
      </div>
    </div>
  );
}
