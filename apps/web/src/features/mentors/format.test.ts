import { describe, expect, it } from 'vitest';
import { formatAgo, formatCalendarDate, formatResponseHours } from './format.ts';

describe('mentorship formats', () => {
  it('says how fast a mentor usually answers', () => {
    expect(formatResponseHours(null)).toBe('Not enough answers yet');
    expect(formatResponseHours(0.5)).toBe('Within an hour');
    expect(formatResponseHours(5.4)).toBe('About 5 hours');
    expect(formatResponseHours(30)).toBe('About a day');
    expect(formatResponseHours(80)).toBe('About 3 days');
  });

  it('says how long ago a mentor was active', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    expect(formatAgo(null, now)).toBe('Not yet active');
    expect(formatAgo('2026-12-03T11:30:00Z', now)).toBe('Active within the hour');
    expect(formatAgo('2026-12-03T09:00:00Z', now)).toBe('Active 3 hours ago');
    expect(formatAgo('2026-12-02T11:00:00Z', now)).toBe('Active 1 day ago');
    expect(formatAgo('2026-11-26T12:00:00Z', now)).toBe('Active 7 days ago');
  });

  it('formats a calendar date without moving it across midnight', () => {
    expect(formatCalendarDate('2027-01-01')).toBe('Jan 1, 2027');
  });
});
