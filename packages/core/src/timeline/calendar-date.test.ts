import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDate,
  daysBetween,
  formatDayMonth,
  formatLongDate,
  isCalendarDate,
  nthWeekdayOfMonth,
  WEEKDAY,
  weekday,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
} from './calendar-date.ts';

describe('calendar dates', () => {
  it('accepts real dates only, written YYYY-MM-DD', () => {
    for (const d of ['2027-03-19', '2028-02-29', '2000-02-29', '1999-12-31'])
      expect(isCalendarDate(d)).toBe(true);
    for (const d of [
      '2027-02-29',
      '1900-02-29',
      '2027-13-01',
      '2027-00-10',
      '2027-3-19',
      '27-03-19',
    ])
      expect(isCalendarDate(d)).toBe(false);
    for (const d of [20270319, null, undefined, '2027-03-19T00:00:00Z', ' 2027-03-19'])
      expect(isCalendarDate(d)).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-19', -16)).toBe('2027-03-03');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('counts days between dates, negative backwards', () => {
    expect(daysBetween('2026-12-02', '2027-03-03')).toBe(91);
    expect(daysBetween('2027-03-03', '2026-12-02')).toBe(-91);
    expect(daysBetween('2027-03-03', '2027-03-03')).toBe(0);
  });

  it('knows weekdays (checked against a printed calendar)', () => {
    expect(weekday('2027-03-19')).toBe(WEEKDAY.friday);
    expect(weekday('2026-12-02')).toBe(WEEKDAY.wednesday);
    expect(weekdayOnOrBefore('2027-03-19', WEEKDAY.monday)).toBe('2027-03-15');
    expect(weekdayOnOrAfter('2025-02-01', WEEKDAY.monday)).toBe('2025-02-03');
    expect(weekdayOnOrAfter('2027-02-01', WEEKDAY.monday)).toBe('2027-02-01');
  });

  it('finds the n-th weekday of a month', () => {
    expect(nthWeekdayOfMonth(2027, 3, WEEKDAY.friday, 3)).toBe('2027-03-19');
    expect(nthWeekdayOfMonth(2026, 6, WEEKDAY.wednesday, 1)).toBe('2026-06-03');
    expect(nthWeekdayOfMonth(2026, 9, WEEKDAY.wednesday, 1)).toBe('2026-09-02');
    expect(() => nthWeekdayOfMonth(2027, 2, WEEKDAY.friday, 5)).toThrow(/no such weekday/);
  });

  it('refuses impossible dates as programmer errors', () => {
    expect(() => calendarDate(2027, 2, 29)).toThrow(/not a calendar date/);
    expect(() => addDays('2027-02-30', 1)).toThrow(/not a calendar date/);
    expect(() => addDays('2027-02-01', 0.5)).toThrow(/whole number/);
  });

  it('writes dates out in words', () => {
    expect(formatLongDate('2027-03-19')).toBe('Friday 19 March 2027');
    expect(formatDayMonth('2027-01-05')).toBe('5 January');
  });
});
