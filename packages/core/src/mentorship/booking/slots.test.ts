import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WeeklyAvailability } from '../../vocabulary/mentorship.ts';
import { type BookingRequest, listBookableSlots } from './slots.ts';

const FC = process.env.CI ? { seed: Number(process.env.FC_SEED ?? 42) } : {};

const slots = (request: BookingRequest) => {
  const result = listBookableSlots(request);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};
const NY_TUESDAY: WeeklyAvailability = {
  timeZone: 'America/New_York',
  windows: [{ weekday: 'tue', start: '18:00', end: '19:00' }],
};

describe('listBookableSlots', () => {
  it('lists the next slots in both local times', () => {
    const list = slots({
      availability: NY_TUESDAY,
      menteeTimeZone: 'Africa/Lagos',
      now: new Date('2026-01-12T12:00:00Z'),
      count: 3,
    });
    expect(list.map((s) => [s.start, s.end])).toEqual([
      ['2026-01-13T23:00:00.000Z', '2026-01-13T23:20:00.000Z'],
      ['2026-01-13T23:20:00.000Z', '2026-01-13T23:40:00.000Z'],
      ['2026-01-13T23:40:00.000Z', '2026-01-14T00:00:00.000Z'],
    ]);
    expect(list[0]?.mentor).toEqual({
      timeZone: 'America/New_York',
      date: '2026-01-13',
      time: '18:00',
      weekday: 'tue',
      utcOffset: '-05:00',
    });
    // Midnight has passed in Lagos: Wednesday there.
    expect(list[0]?.mentee).toEqual({
      timeZone: 'Africa/Lagos',
      date: '2026-01-14',
      time: '00:00',
      weekday: 'wed',
      utcOffset: '+01:00',
    });
  });

  it('skips booked and past slots, then continues the next week', () => {
    const list = slots({
      availability: NY_TUESDAY,
      menteeTimeZone: 'UTC',
      now: new Date('2026-01-13T22:50:00Z'),
      minNoticeMinutes: 0,
      count: 3,
      booked: [{ start: '2026-01-13T23:10:00Z', end: '2026-01-13T23:30:00Z' }],
    });
    expect(list.map((s) => `${s.mentor.date} ${s.mentor.time}`)).toEqual([
      '2026-01-13 18:40',
      '2026-01-20 18:00',
      '2026-01-20 18:20',
    ]);
    const noticed = slots({
      availability: NY_TUESDAY,
      menteeTimeZone: 'UTC',
      now: new Date('2026-01-13T22:50:00Z'),
      minNoticeMinutes: 30,
      count: 1,
      slotMinutes: 15,
    });
    expect(noticed.map((s) => s.mentor.time)).toEqual(['18:30']);
  });

  it('keeps a window to its real length on the spring-forward night (New York, 2026-03-08)', () => {
    const list = slots({
      availability: {
        timeZone: 'America/New_York',
        windows: [{ weekday: 'sun', start: '01:30', end: '03:30' }],
      },
      menteeTimeZone: 'America/New_York',
      now: new Date('2026-03-07T00:00:00Z'),
      count: 5,
    });
    // 01:30–03:30 lasts one real hour that night: three 20-minute calls.
    expect(list.map((s) => [s.start, s.mentor.time, s.mentor.utcOffset])).toEqual([
      ['2026-03-08T06:30:00.000Z', '01:30', '-05:00'],
      ['2026-03-08T06:50:00.000Z', '01:50', '-05:00'],
      ['2026-03-08T07:10:00.000Z', '03:10', '-04:00'],
      ['2026-03-15T05:30:00.000Z', '01:30', '-04:00'],
      ['2026-03-15T05:50:00.000Z', '01:50', '-04:00'],
    ]);
  });

  it('starts a window skipped by the jump at the jump itself', () => {
    const list = slots({
      availability: {
        timeZone: 'America/New_York',
        windows: [{ weekday: 'sun', start: '02:00', end: '04:00' }],
      },
      menteeTimeZone: 'UTC',
      now: new Date('2026-03-08T00:00:00Z'),
      count: 5,
      slotMinutes: 15,
    });
    expect(list.map((s) => s.mentor.time)).toEqual(['03:00', '03:15', '03:30', '03:45', '02:00']);
    expect(list[4]?.mentor.date).toBe('2026-03-15');
  });

  it('offers the repeated hour twice on the fall-back night (New York, 2026-11-01)', () => {
    const list = slots({
      availability: {
        timeZone: 'America/New_York',
        windows: [{ weekday: 'sun', start: '00:40', end: '02:00' }],
      },
      menteeTimeZone: 'Asia/Kolkata',
      now: new Date('2026-10-31T00:00:00Z'),
      count: 7,
    });
    expect(list.map((s) => `${s.mentor.time}${s.mentor.utcOffset}`)).toEqual([
      '00:40-04:00',
      '01:00-04:00',
      '01:20-04:00',
      '01:40-04:00',
      '01:00-05:00',
      '01:20-05:00',
      '01:40-05:00',
    ]);
    expect(list.map((s) => s.mentee.time)).toEqual([
      '10:10',
      '10:30',
      '10:50',
      '11:10',
      '11:30',
      '11:50',
      '12:10',
    ]);
  });

  it("follows the mentee's own DST date (London moves on 2026-03-29, New York on 03-08)", () => {
    const list = slots({
      availability: {
        timeZone: 'America/New_York',
        windows: [{ weekday: 'mon', start: '12:00', end: '12:20' }],
      },
      menteeTimeZone: 'Europe/London',
      now: new Date('2026-03-20T00:00:00Z'),
      count: 2,
    });
    expect(list.map((s) => [s.mentor.time, s.mentee.time, s.mentee.utcOffset])).toEqual([
      ['12:00', '16:00', '+00:00'],
      ['12:00', '17:00', '+01:00'],
    ]);
  });

  it('returns fewer slots when the horizon runs out, and none without windows', () => {
    const base = { menteeTimeZone: 'UTC', now: new Date('2026-01-12T12:00:00Z'), count: 10 };
    // Monday 12 January plus 7 days reaches Monday the 19th: one Tuesday; plus 8 reaches the 20th.
    expect(slots({ ...base, availability: NY_TUESDAY, horizonDays: 7 })).toHaveLength(3);
    expect(slots({ ...base, availability: NY_TUESDAY, horizonDays: 8 })).toHaveLength(6);
    expect(slots({ ...base, availability: { timeZone: 'UTC', windows: [] } })).toEqual([]);
  });

  it('reports bad requests as issues', () => {
    const result = listBookableSlots({
      availability: {
        timeZone: 'Mars/Base',
        windows: [{ weekday: 'mon', start: '10:00', end: '09:00' }],
      },
      menteeTimeZone: 'Nowhere',
      now: new Date('2026-01-12T12:00:00Z'),
      count: 0,
      slotMinutes: 30,
      horizonDays: 365,
    });
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual([
      'availability.timeZone',
      'menteeTimeZone',
      'availability.windows.0',
      'count',
      'slotMinutes',
      'horizonDays',
    ]);
  });

  it('always returns sorted, distinct, free slots of the asked length after the notice', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'UTC',
    ];
    const weekday = fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun' as const);
    const window = fc
      .tuple(weekday, fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 16 }))
      .map(([day, startQuarter, quarters]) => {
        const start = startQuarter * 15;
        const end = Math.min(1440, start + quarters * 15);
        const hm = (m: number) =>
          `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        return { weekday: day, start: hm(start), end: hm(end) };
      });
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.array(window, { maxLength: 6 }),
        fc.date({
          min: new Date('2026-01-01T00:00:00Z'),
          max: new Date('2027-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 15, max: 20 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 12 }),
        (zone, menteeZone, windows, now, minutes, notice, count) => {
          const booked = [
            {
              start: new Date(now.getTime() + 86_400_000).toISOString(),
              end: new Date(now.getTime() + 90_000_000).toISOString(),
            },
          ];
          const list = slots({
            availability: { timeZone: zone, windows },
            menteeTimeZone: menteeZone,
            now,
            count,
            slotMinutes: minutes,
            minNoticeMinutes: notice,
            booked,
          });
          expect(list.length).toBeLessThanOrEqual(count);
          let previous = -Infinity;
          for (const slot of list) {
            const start = Date.parse(slot.start);
            const end = Date.parse(slot.end);
            expect(start).toBeGreaterThan(previous);
            previous = start;
            expect(end - start).toBe(minutes * 60_000);
            expect(start).toBeGreaterThanOrEqual(now.getTime() + notice * 60_000);
            const [b] = booked;
            expect(start < Date.parse(b!.end) && end > Date.parse(b!.start)).toBe(false);
            expect(slot.mentee.timeZone).toBe(menteeZone);
          }
        },
      ),
      { ...FC, numRuns: 60 },
    );
  });
});
