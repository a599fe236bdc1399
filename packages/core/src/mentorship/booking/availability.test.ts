import { describe, expect, it } from 'vitest';
import { minuteOfDay, parseWeeklyAvailability, weeklyAvailableMinutes } from './availability.ts';

describe('availability', () => {
  it('reads HH:MM times, with 24:00 as the end of the day', () => {
    expect(minuteOfDay('00:00')).toBe(0);
    expect(minuteOfDay('18:45')).toBe(1125);
    expect(minuteOfDay('24:00')).toBe(1440);
    for (const bad of ['24:01', '7:00', '12:60', '1200', '']) expect(minuteOfDay(bad)).toBeNull();
  });

  it('parses a valid availability and names every bad field', () => {
    const good = {
      timeZone: 'Asia/Kolkata',
      windows: [{ weekday: 'sat', start: '09:00', end: '24:00' }],
    };
    expect(parseWeeklyAvailability(good)).toEqual({ ok: true, value: good });
    const bad = parseWeeklyAvailability({
      timeZone: 'India/Delhi',
      windows: [
        { weekday: 'saturday', start: '09:00', end: '10:00' },
        { weekday: 'sun', start: '24:00', end: '24:00' },
        { weekday: 'mon', start: '11:00', end: '10:00' },
      ],
    });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path.join('.'))).toEqual([
      'availability.timeZone',
      'availability.windows.0.weekday',
      'availability.windows.1.start',
      'availability.windows.2.end',
    ]);
    expect(parseWeeklyAvailability({ timeZone: 'UTC', windows: 'weekends' }).ok).toBe(false);
  });

  it('counts weekly minutes with overlaps once', () => {
    expect(
      weeklyAvailableMinutes({
        timeZone: 'UTC',
        windows: [
          { weekday: 'mon', start: '09:00', end: '10:00' },
          { weekday: 'mon', start: '09:30', end: '10:30' },
          { weekday: 'mon', start: '09:40', end: '09:50' },
          { weekday: 'tue', start: '23:00', end: '24:00' },
        ],
      }),
    ).toBe(150);
  });
});
