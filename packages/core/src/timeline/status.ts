// Status of a dated item relative to "today" (a parameter: the core never reads the clock). O(1).
import type { Milestone, MilestoneKind, MilestoneStatus } from '../vocabulary/timeline.ts';
import { type CalendarDate, daysBetween } from './calendar-date.ts';

/** An item is due soon from 14 days before its date up to and including the date itself. */
export const DUE_SOON_DAYS = 14;

/** A milestone before its status is known: `done` says whether the applicant has done it. */
export type DraftMilestone = Omit<Milestone, 'status'> & { readonly done: boolean };

/**
 * done: the applicant did it, or an event whose date has passed; late: an action not done after
 * its date; due-soon: within DUE_SOON_DAYS (today included); upcoming: later.
 */
export function statusOf(
  item: { readonly due: CalendarDate; readonly kind: MilestoneKind; readonly done: boolean },
  today: CalendarDate,
): MilestoneStatus {
  if (item.done) return 'done';
  const days = daysBetween(today, item.due);
  if (days < 0) return item.kind === 'event' ? 'done' : 'late';
  return days <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

export function withStatus(draft: DraftMilestone, today: CalendarDate): Milestone {
  const { done, ...rest } = draft;
  return { ...rest, status: statusOf(draft, today) };
}
