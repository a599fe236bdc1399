/** Dates and durations as the mentorship pages show them (the viewer's locale and time zone). */

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

/** A calendar date ("2027-01-15") is not an instant: format it without shifting the day. */
export const formatCalendarDate = (date: string): string =>
  dateOnly.format(new Date(`${date}T00:00:00Z`));

/** "within a day", "about 3 days": a mentor's typical answer time. */
export function formatResponseHours(hours: number | null): string {
  if (hours === null) return 'Not enough answers yet';
  if (hours < 1) return 'Within an hour';
  if (hours < 24) return `About ${Math.round(hours)} hours`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'About a day' : `About ${days} days`;
}

/** How long ago, in whole units, from `now` (passed in so tests and renders agree). */
export function formatAgo(iso: string | null, now: Date): string {
  if (iso === null) return 'Not yet active';
  const minutes = Math.max(0, Math.round((now.getTime() - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return 'Active within the hour';
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `Active ${hours} ${hours === 1 ? 'hour' : 'hours'} ago`;
  const days = Math.round(hours / 24);
  return `Active ${days} ${days === 1 ? 'day' : 'days'} ago`;
}

/** Today as YYYY-MM-DD in the viewer's zone, for date inputs' defaults. */
export function localToday(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
