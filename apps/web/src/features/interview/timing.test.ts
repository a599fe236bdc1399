import { describe, expect, it } from 'vitest';
import { dueIn, formatClock, formatDuration, timerAnnouncement } from './timing.ts';

describe('interview timers', () => {
  it('formats clocks and durations', () => {
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(0.2)).toBe('0:01');
    expect(formatClock(-4)).toBe('0:00');
    expect(formatDuration(180)).toBe('3 min');
    expect(formatDuration(65)).toBe('1 min 5 s');
    expect(formatDuration(30)).toBe('30 s');
  });

  it('announces only a few moments of a running timer', () => {
    const said = [180, 120, 31, 30, 29, 11, 10, 9, 1, 0].map((left) =>
      timerAnnouncement(left, 180),
    );
    expect(said).toEqual([
      null,
      null,
      null,
      '30 seconds left.',
      null,
      null,
      '10 seconds left.',
      null,
      null,
      'Time is up.',
    ]);
    expect(timerAnnouncement(30, 30)).toBeNull();
  });

  it('says when a card is due', () => {
    const now = Date.parse('2025-03-01T12:00:00.000Z');
    expect(dueIn('2025-03-01T11:00:00.000Z', now)).toBe('now');
    expect(dueIn('2025-03-01T12:01:00.000Z', now)).toBe('in 1 minute');
    expect(dueIn('2025-03-01T12:10:00.000Z', now)).toBe('in 10 minutes');
    expect(dueIn('2025-03-04T12:00:00.000Z', now)).toBe('in 3 days');
  });
});
