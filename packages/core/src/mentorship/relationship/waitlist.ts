/**
 * The waitlist when every suitable mentor is full (issue 9): mentees with no mentor yet come
 * first, then whoever joined earliest; equal times by mentee id. The first free place goes to the
 * first mentee in that order for whom it fits (the fit test is the caller's: e.g. eligible and a
 * compatibility score above a floor).
 */
import { toMs } from './instants.ts';

export interface WaitlistEntry {
  readonly menteeId: string;
  /** ISO-8601 UTC. */
  readonly joinedAt: string;
  /** True when the mentee already has at least one active mentor. */
  readonly hasMentor: boolean;
}

export function orderWaitlist<E extends WaitlistEntry>(entries: readonly E[]): E[] {
  const keyed = entries.map((entry) => ({ entry, at: toMs(entry.joinedAt, 'joinedAt') }));
  keyed.sort(
    (a, b) =>
      Number(a.entry.hasMentor) - Number(b.entry.hasMentor) ||
      a.at - b.at ||
      (a.entry.menteeId < b.entry.menteeId ? -1 : a.entry.menteeId > b.entry.menteeId ? 1 : 0),
  );
  return keyed.map((k) => k.entry);
}

/** 1-based place in the ordered waitlist, or null when the mentee is not on it. */
export function waitlistPosition(
  entries: readonly WaitlistEntry[],
  menteeId: string,
): number | null {
  const index = orderWaitlist(entries).findIndex((e) => e.menteeId === menteeId);
  return index === -1 ? null : index + 1;
}

/** Who is offered a place that just freed up: the first in order for whom it fits. */
export function nextForPlace<E extends WaitlistEntry>(
  entries: readonly E[],
  fits: (entry: E) => boolean,
): E | null {
  return orderWaitlist(entries).find(fits) ?? null;
}
