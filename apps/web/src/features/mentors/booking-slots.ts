import type { Api, EndpointResponse } from '@matchready/contract';
import type { Weekday } from '@matchready/core/vocabulary';

/** One bookable first-call slot as the server lists it (both sides' wall clocks included). */
export type BookableSlot = EndpointResponse<Api['listMentorSlots']>['slots'][number];

export interface SlotChoice {
  /** The instant to send back as `scheduledAt`. */
  readonly start: string;
  /** "18:00 your time · 09:00 for Dr X" (the mentor's weekday added when their day differs). */
  readonly label: string;
  /** The day and time on their own, for the confirmation ("Tue 12 Jan, 18:00 your time"). */
  readonly summary: string;
}

export interface SlotDay {
  /** The mentee's calendar date, YYYY-MM-DD. */
  readonly date: string;
  /** "Tue 12 Jan" */
  readonly label: string;
  readonly slots: readonly SlotChoice[];
}

const SHORT_WEEKDAYS: Readonly<Record<Weekday, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * "Tue 12 Jan" from the server's local date and weekday. Built from the parts the server already
 * computed in the right zone, so the browser's own zone can never move it across midnight.
 */
export function formatSlotDay(date: string, weekday: Weekday): string {
  const [, month = '1', day = '1'] = date.split('-');
  return `${SHORT_WEEKDAYS[weekday]} ${Number(day)} ${MONTHS[Number(month) - 1] ?? ''}`;
}

function choice(slot: BookableSlot, mentorName: string): SlotChoice {
  const { mentee, mentor } = slot;
  const mentorDay = mentor.date === mentee.date ? '' : ` ${SHORT_WEEKDAYS[mentor.weekday]}`;
  const mine = `${mentee.time} your time`;
  return {
    start: slot.start,
    label: `${mine} · ${mentor.time}${mentorDay} for ${mentorName}`,
    summary: `${formatSlotDay(mentee.date, mentee.weekday)}, ${mine}`,
  };
}

/**
 * Slots grouped by the mentee's calendar day, in time order, each labelled in the mentee's zone
 * with the mentor's wall clock beside it.
 */
export function groupSlotsByDay(
  slots: readonly BookableSlot[],
  mentorName: string,
): readonly SlotDay[] {
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const days: { date: string; label: string; slots: SlotChoice[] }[] = [];
  for (const slot of sorted) {
    let day = days.at(-1);
    if (day?.date !== slot.mentee.date) {
      day = {
        date: slot.mentee.date,
        label: formatSlotDay(slot.mentee.date, slot.mentee.weekday),
        slots: [],
      };
      days.push(day);
    }
    day.slots.push(choice(slot, mentorName));
  }
  return days;
}

/**
 * Whole days from the start until at least `minSlots` slots are shown (all days when there are
 * fewer): enough choice without a phone-long list before the Book button.
 */
export function firstDays(days: readonly SlotDay[], minSlots: number): readonly SlotDay[] {
  let shown = 0;
  let count = 0;
  while (count < days.length && shown < minSlots) {
    shown += days[count]?.slots.length ?? 0;
    count += 1;
  }
  return days.slice(0, count);
}

/** Where the server took the mentee's zone from (decision 048). */
export type SlotsZone = EndpointResponse<Api['listMentorSlots']>['menteeZone'];

/**
 * The sentence above the slots, saying which zone "your time" is in: saved preferences, this
 * device's zone (no preferences saved), or the mentor's (the device reported none we know).
 */
export function slotsZoneDescription(
  zone: SlotsZone,
  mentor: { readonly name: string; readonly timeZone: string },
  minutes: number,
): string {
  const beside = `with ${mentor.name}'s time (${mentor.timeZone}) beside them`;
  const length = `Each call is ${minutes} minutes.`;
  switch (zone.source) {
    case 'preferences':
      return `Times in your time zone (${zone.timeZone}), ${beside}. ${length}`;
    case 'browser':
      return `Times in this device's time zone (${zone.timeZone}), ${beside}; save a time zone in your mentee preferences to use another. ${length}`;
    case 'mentor':
      return `Times in ${mentor.name}'s time zone (${zone.timeZone}): this device did not report a time zone we know. Save yours in your mentee preferences to see your own times. ${length}`;
  }
}
