/**
 * After each meeting and milestone the mentee is prompted to thank their mentor (issue 9). The
 * prompt shows from the moment the event is logged for 7 days (inclusive start, exclusive end),
 * until the mentee thanks or dismisses it.
 */
import { DAY_MS, nowMs, toMs } from './instants.ts';

export const THANK_YOU_WINDOW_DAYS = 7;

export interface ThankableEvent {
  readonly kind: 'meeting' | 'milestone';
  readonly id: string;
  /** When the meeting happened or the milestone was logged (ISO-8601 UTC). */
  readonly at: string;
  readonly thankedAt: string | null;
  readonly dismissedAt: string | null;
}

/** Events to prompt for at `now`, most recent first (ties by id). */
export function thankYouPrompts<E extends ThankableEvent>(events: readonly E[], now: Date): E[] {
  const current = nowMs(now);
  return events
    .map((event) => ({ event, at: toMs(event.at, 'at') }))
    .filter(
      ({ event, at }) =>
        event.thankedAt === null &&
        event.dismissedAt === null &&
        at <= current &&
        current < at + THANK_YOU_WINDOW_DAYS * DAY_MS,
    )
    .sort((a, b) => b.at - a.at || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0))
    .map(({ event }) => event);
}
