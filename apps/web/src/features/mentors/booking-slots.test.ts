import { describe, expect, it } from 'vitest';
import {
  type BookableSlot,
  firstDays,
  formatSlotDay,
  groupSlotsByDay,
  slotsZoneDescription,
} from './booking-slots.ts';

const NY = { timeZone: 'America/New_York', utcOffset: '-05:00' } as const;
const KOLKATA = { timeZone: 'Asia/Kolkata', utcOffset: '+05:30' } as const;

// Written out by hand (not computed): Tuesday 12 January 2027 in New York, seen from Kolkata.
const morning: BookableSlot = {
  start: '2027-01-12T14:00:00.000Z',
  end: '2027-01-12T14:20:00.000Z',
  mentor: { ...NY, date: '2027-01-12', time: '09:00', weekday: 'tue' },
  mentee: { ...KOLKATA, date: '2027-01-12', time: '19:30', weekday: 'tue' },
};
const morningLater: BookableSlot = {
  start: '2027-01-12T14:20:00.000Z',
  end: '2027-01-12T14:40:00.000Z',
  mentor: { ...NY, date: '2027-01-12', time: '09:20', weekday: 'tue' },
  mentee: { ...KOLKATA, date: '2027-01-12', time: '19:50', weekday: 'tue' },
};
// 18:00 on Tuesday for the mentor is already 04:30 on Wednesday for the mentee.
const evening: BookableSlot = {
  start: '2027-01-12T23:00:00.000Z',
  end: '2027-01-12T23:20:00.000Z',
  mentor: { ...NY, date: '2027-01-12', time: '18:00', weekday: 'tue' },
  mentee: { ...KOLKATA, date: '2027-01-13', time: '04:30', weekday: 'wed' },
};

describe('groupSlotsByDay', () => {
  it('has no days when the mentor lists no slots', () => {
    expect(groupSlotsByDay([], 'Dr. Okafor')).toEqual([]);
  });

  it('groups by the mentee’s day with the mentor’s time beside each slot', () => {
    const days = groupSlotsByDay([morning, morningLater], 'Dr. Okafor');
    expect(days).toEqual([
      {
        date: '2027-01-12',
        label: 'Tue 12 Jan',
        slots: [
          {
            start: '2027-01-12T14:00:00.000Z',
            label: '19:30 your time · 09:00 for Dr. Okafor',
            summary: 'Tue 12 Jan, 19:30 your time',
          },
          {
            start: '2027-01-12T14:20:00.000Z',
            label: '19:50 your time · 09:20 for Dr. Okafor',
            summary: 'Tue 12 Jan, 19:50 your time',
          },
        ],
      },
    ]);
  });

  it('puts a slot on the mentee’s next day and names the mentor’s day when they differ', () => {
    const days = groupSlotsByDay([evening, morning], 'Dr. Okafor');
    expect(days.map((d) => d.label)).toEqual(['Tue 12 Jan', 'Wed 13 Jan']);
    expect(days[1]?.slots).toEqual([
      {
        start: '2027-01-12T23:00:00.000Z',
        label: '04:30 your time · 18:00 Tue for Dr. Okafor',
        summary: 'Wed 13 Jan, 04:30 your time',
      },
    ]);
  });

  it('orders slots by instant even when the server sends them out of order', () => {
    const days = groupSlotsByDay([morningLater, evening, morning], 'Dr. Okafor');
    expect(days.flatMap((d) => d.slots.map((s) => s.start))).toEqual([
      '2027-01-12T14:00:00.000Z',
      '2027-01-12T14:20:00.000Z',
      '2027-01-12T23:00:00.000Z',
    ]);
  });
});

describe('formatSlotDay', () => {
  it('formats the calendar date as given, whatever the browser’s zone', () => {
    expect(formatSlotDay('2027-01-01', 'fri')).toBe('Fri 1 Jan');
    expect(formatSlotDay('2026-12-31', 'thu')).toBe('Thu 31 Dec');
  });
});

describe('firstDays', () => {
  const days = groupSlotsByDay([morning, morningLater, evening], 'Dr. Okafor');

  it('keeps whole days until enough slots are shown', () => {
    expect(firstDays(days, 1).map((d) => d.label)).toEqual(['Tue 12 Jan']);
    expect(firstDays(days, 2).map((d) => d.label)).toEqual(['Tue 12 Jan']);
    expect(firstDays(days, 3).map((d) => d.label)).toEqual(['Tue 12 Jan', 'Wed 13 Jan']);
  });

  it('shows every day when there are fewer slots than asked, and none when there are none', () => {
    expect(firstDays(days, 10)).toHaveLength(2);
    expect(firstDays([], 6)).toEqual([]);
  });
});

describe('slotsZoneDescription', () => {
  const mentor = { name: 'Dr. Okafor', timeZone: 'America/New_York' };
  it('names the zone and where it came from', () => {
    expect(
      slotsZoneDescription({ timeZone: 'Asia/Kolkata', source: 'preferences' }, mentor, 20),
    ).toBe(
      "Times in your time zone (Asia/Kolkata), with Dr. Okafor's time (America/New_York) beside them. Each call is 20 minutes.",
    );
    expect(slotsZoneDescription({ timeZone: 'Europe/Berlin', source: 'browser' }, mentor, 20)).toBe(
      "Times in this device's time zone (Europe/Berlin), with Dr. Okafor's time (America/New_York) beside them; save a time zone in your mentee preferences to use another. Each call is 20 minutes.",
    );
    expect(
      slotsZoneDescription({ timeZone: 'America/New_York', source: 'mentor' }, mentor, 15),
    ).toBe(
      "Times in Dr. Okafor's time zone (America/New_York): this device did not report a time zone we know. Save yours in your mentee preferences to see your own times. Each call is 15 minutes.",
    );
  });
});
