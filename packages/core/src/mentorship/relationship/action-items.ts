/**
 * Action items are due on a calendar day in their owner's time zone: an item due 10 March is
 * overdue once 10 March has ended where the owner lives, not at midnight UTC. An unknown zone
 * reads the date in UTC rather than failing a dashboard.
 */
import type { ActionItem } from '../../vocabulary/mentorship.ts';
import { localDateTime } from '../time-zone.ts';
import { assertCalendarDate, nowMs } from './instants.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Today's date "YYYY-MM-DD" in `timeZone` at `now` (UTC when the zone is unknown). */
export function localDateOf(now: Date, timeZone: string): string {
  const at = nowMs(now);
  const local = localDateTime(timeZone, at) ?? localDateTime('UTC', at);
  if (local === null) return new Date(at).toISOString().slice(0, 10);
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}

export function isActionItemOverdue(
  item: Pick<ActionItem, 'dueOn' | 'doneAt'>,
  now: Date,
  timeZone: string,
): boolean {
  if (item.doneAt !== null || item.dueOn === null) return false;
  assertCalendarDate(item.dueOn, 'dueOn');
  return localDateOf(now, timeZone) > item.dueOn;
}

/** Overdue open items, earliest due first (ties in input order). */
export function overdueActionItems<I extends Pick<ActionItem, 'dueOn' | 'doneAt'>>(
  items: readonly I[],
  now: Date,
  timeZone: string,
): I[] {
  const today = localDateOf(now, timeZone);
  return items
    .filter((item) => {
      if (item.doneAt !== null || item.dueOn === null) return false;
      assertCalendarDate(item.dueOn, 'dueOn');
      return today > item.dueOn;
    })
    .sort((a, b) =>
      (a.dueOn ?? '') < (b.dueOn ?? '') ? -1 : (a.dueOn ?? '') > (b.dueOn ?? '') ? 1 : 0,
    );
}
