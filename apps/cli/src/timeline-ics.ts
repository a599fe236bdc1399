import type { Milestone } from '@matchready/core/timeline';
import { createEvents, type EventAttributes } from 'ics';
import { CliError } from './errors.ts';

const dateParts = (date: string): [number, number, number] => {
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  return [y, m, d];
};

/** The day after a YYYY-MM-DD date: DTEND of an all-day event is exclusive (RFC 5545 §3.6.1). */
const nextDay = (date: string): [number, number, number] => {
  const [y, m, d] = dateParts(date);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
};

function description(milestone: Milestone): string {
  const lines = [milestone.detail];
  if (milestone.derived && milestone.rule) lines.push(`Estimated date: ${milestone.rule}`);
  if (milestone.source) lines.push(`Source: ${milestone.source.title} ${milestone.source.url}`);
  return lines.filter((line) => line !== '').join('\n\n');
}

/**
 * The milestones as an iCalendar file of all-day events (the `ics` library writes and folds it).
 * UID = `<milestone id>@matchready`: ids are stable, so importing a newer file updates the events
 * instead of duplicating them. Times such as "9 p.m. ET" stay in the text (docs/timeline.md).
 */
export function milestonesToIcs(season: number, milestones: readonly Milestone[]): string {
  const events: EventAttributes[] = milestones.map((milestone) => ({
    uid: `${milestone.id}@matchready`,
    start: dateParts(milestone.due),
    end: nextDay(milestone.due),
    title: milestone.title,
    description: description(milestone),
    ...(milestone.source ? { url: milestone.source.url } : {}),
    categories: [milestone.category],
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
  }));
  const { error, value } = createEvents(events, {
    productId: 'matchready/timeline',
    calName: `MatchReady timeline, Match ${season}`,
  });
  if (error || value === null)
    throw new CliError('internal', `cannot write the calendar: ${error?.message ?? 'no output'}`);
  return value;
}
