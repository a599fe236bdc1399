import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  createOffsetLookup,
  formatUtcOffset,
  hoursApart,
  isKnownTimeZone,
  localDateTime,
  resolveWallTime,
  wallTimeToEpoch,
  zoneOffsetMinutes,
} from './time-zone.ts';

const at = (iso: string) => Date.parse(iso);
const FC = process.env.CI ? { seed: Number(process.env.FC_SEED ?? 42) } : {};

describe('time zones', () => {
  it('knows IANA names, case-insensitively, and refuses unknown names and bare offsets', () => {
    expect(isKnownTimeZone('America/Chicago')).toBe(true);
    expect(isKnownTimeZone('america/chicago')).toBe(true);
    expect(canonicalTimeZone('america/chicago')).toBe('America/Chicago');
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('+05:30')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(canonicalTimeZone('Nowhere/Else')).toBeNull();
  });

  it('gives DST-aware offsets in minutes, including half-hour and 45-minute zones', () => {
    // New York: EST (UTC−5) in January, EDT (UTC−4) in July.
    expect(zoneOffsetMinutes('America/New_York', at('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', at('2026-07-15T12:00:00Z'))).toBe(-240);
    expect(zoneOffsetMinutes('Asia/Kolkata', at('2026-07-15T12:00:00Z'))).toBe(330);
    expect(zoneOffsetMinutes('Asia/Kathmandu', at('2026-07-15T12:00:00Z'))).toBe(345);
    expect(zoneOffsetMinutes('Australia/Sydney', at('2026-01-15T12:00:00Z'))).toBe(660);
    expect(zoneOffsetMinutes('Unknown/Zone', at('2026-01-15T12:00:00Z'))).toBeNull();
  });

  it('switches offset exactly at the US spring-forward instant (2026-03-08 07:00 UTC)', () => {
    expect(zoneOffsetMinutes('America/New_York', at('2026-03-08T06:59:59Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', at('2026-03-08T07:00:00Z'))).toBe(-240);
  });

  it('reads local wall-clock parts and the weekday', () => {
    expect(localDateTime('Asia/Tokyo', at('2026-05-31T20:30:00Z'))).toEqual({
      year: 2026,
      month: 6,
      day: 1,
      hour: 5,
      minute: 30,
      second: 0,
      weekday: 'mon',
    });
    expect(localDateTime('Nowhere/Else', 0)).toBeNull();
  });

  it('caches offsets per zone for one instant', () => {
    const lookup = createOffsetLookup(at('2026-07-15T12:00:00Z'));
    expect(lookup('Europe/London')).toBe(60);
    expect(lookup('Europe/London')).toBe(60);
    expect(lookup('Bad/Zone')).toBeNull();
  });

  it('reuses offsets within a UTC day but never across a transition inside that day', () => {
    // Lord Howe Island moves from UTC+10:30 to +11 at 02:00 local on 2026-10-04 = 15:30 UTC, in
    // the middle of a UTC hour; New York moves at 07:00 UTC, on an hour boundary. The days after
    // (cached) must give the new offsets, the days before the old ones.
    const times = ['15:00', '15:15', '15:29', '15:30', '15:45', '16:10', '15:10'];
    const lordHowe = times.map((t) =>
      createOffsetLookup(at(`2026-10-03T${t}:00Z`))('Australia/Lord_Howe'),
    );
    expect(lordHowe).toEqual([630, 630, 630, 660, 660, 660, 630]);
    const ny = ['06:30', '06:59', '07:00', '07:30', '06:45'].map((t) =>
      createOffsetLookup(at(`2026-03-08T${t}:00Z`))('America/New_York'),
    );
    expect(ny).toEqual([-300, -300, -240, -240, -300]);
    const days = [
      '2026-03-07T12:00',
      '2026-03-09T12:00',
      '2026-03-09T23:59',
      '2026-03-08T06:00',
    ].map((t) => createOffsetLookup(at(`${t}:00Z`))('America/New_York'));
    expect(days).toEqual([-300, -240, -240, -300]);
  });

  it('gives the same offsets through the cache as computed afresh, around transitions', () => {
    const zones = ['America/New_York', 'Australia/Lord_Howe', 'Europe/London', 'Asia/Kolkata'];
    const around = [
      at('2026-03-08T07:00:00Z'),
      at('2026-10-03T15:30:00Z'),
      at('2026-10-25T01:00:00Z'),
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...zones),
            fc.constantFrom(...around),
            fc.integer({ min: -7_200_000, max: 7_200_000 }),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (queries) => {
          for (const [zone, centre, delta] of queries) {
            expect(createOffsetLookup(centre + delta)(zone)).toBe(
              zoneOffsetMinutes(zone, centre + delta),
            );
          }
        },
      ),
      FC,
    );
  });

  it('measures hours apart on a 24-hour clock', () => {
    expect(hoursApart(-300, 330)).toBe(10.5);
    expect(hoursApart(840, -600)).toBe(0); // Kiritimati +14 and Honolulu −10: same wall clock
    expect(hoursApart(-720, 720)).toBe(0);
    expect(hoursApart(0, 720)).toBe(12);
    expect(hoursApart(60, 60)).toBe(0);
  });

  it('formats offsets', () => {
    expect(formatUtcOffset(330)).toBe('+05:30');
    expect(formatUtcOffset(-240)).toBe('-04:00');
    expect(formatUtcOffset(0)).toBe('+00:00');
    expect(formatUtcOffset(-570)).toBe('-09:30');
  });
});

describe('wallTimeToEpoch', () => {
  const ny = 'America/New_York';

  it('converts an ordinary wall time', () => {
    expect(wallTimeToEpoch(ny, { year: 2026, month: 1, day: 15 }, 9 * 60)).toBe(
      at('2026-01-15T14:00:00Z'),
    );
  });

  it('returns null for a wall time skipped by spring-forward (02:30 on 2026-03-08)', () => {
    expect(wallTimeToEpoch(ny, { year: 2026, month: 3, day: 8 }, 2 * 60 + 30)).toBeNull();
    expect(wallTimeToEpoch(ny, { year: 2026, month: 3, day: 8 }, 3 * 60)).toBe(
      at('2026-03-08T07:00:00Z'),
    );
  });

  it('returns the earlier instant for a wall time repeated by fall-back (01:30 on 2026-11-01)', () => {
    expect(wallTimeToEpoch(ny, { year: 2026, month: 11, day: 1 }, 90)).toBe(
      at('2026-11-01T05:30:00Z'),
    );
  });

  it('handles the southern hemisphere (Sydney falls back on 2026-04-05 at 03:00)', () => {
    expect(wallTimeToEpoch('Australia/Sydney', { year: 2026, month: 4, day: 5 }, 150)).toBe(
      at('2026-04-04T15:30:00Z'),
    );
  });

  it('returns null for an unknown zone', () => {
    expect(wallTimeToEpoch('No/Where', { year: 2026, month: 1, day: 1 }, 0)).toBeNull();
    expect(resolveWallTime('No/Where', { year: 2026, month: 1, day: 1 }, 0)).toBeNull();
  });

  it('resolves skipped and repeated wall times to their transition and both instants', () => {
    expect(resolveWallTime(ny, { year: 2026, month: 3, day: 8 }, 150)).toEqual({
      kind: 'skipped',
      earliest: at('2026-03-08T07:00:00Z'),
      latest: at('2026-03-08T07:00:00Z'),
    });
    expect(resolveWallTime(ny, { year: 2026, month: 11, day: 1 }, 90)).toEqual({
      kind: 'repeated',
      earliest: at('2026-11-01T05:30:00Z'),
      latest: at('2026-11-01T06:30:00Z'),
    });
    // Lord Howe's half-hour jump: 02:15 on 2026-10-04 is skipped; the clock jumps at 15:30 UTC.
    expect(resolveWallTime('Australia/Lord_Howe', { year: 2026, month: 10, day: 4 }, 135)).toEqual({
      kind: 'skipped',
      earliest: at('2026-10-03T15:30:00Z'),
      latest: at('2026-10-03T15:30:00Z'),
    });
    // 1440 is the midnight that ends the day.
    expect(resolveWallTime('UTC', { year: 2026, month: 12, day: 31 }, 1440)?.earliest).toBe(
      at('2027-01-01T00:00:00Z'),
    );
  });
});
