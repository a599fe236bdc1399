import type { FileResponse } from '@matchready/contract';
import type { Milestone, TimelinePlan } from '@matchready/core/timeline';
import { createEvents, type DateArray, type EventAttributes } from 'ics';

/** The host part of every UID: with the user id and milestone id it never changes between runs. */
const UID_DOMAIN = 'matchready.app';

const dateArray = (date: string): DateArray => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/**
 * `<milestone id>.<user id>@matchready.app`: the same milestone keeps its UID across downloads
 * and feed refreshes (ids are stable, docs/timeline.md), so calendar apps update the event
 * instead of adding a second one.
 */
export const milestoneUid = (userId: string, milestoneId: string) =>
  `${milestoneId}.${userId}@${UID_DOMAIN}`;

function event(userId: string, m: Milestone): EventAttributes {
  const notes = [
    m.detail,
    m.derived && m.rule ? `Estimated date (${m.rule}).` : '',
    m.source ? `Source: ${m.source.title} — ${m.source.url}` : '',
  ].filter((line) => line !== '');
  return {
    uid: milestoneUid(userId, m.id),
    start: dateArray(m.due),
    duration: { days: 1 },
    title: m.derived ? `${m.title} (estimated)` : m.title,
    description: notes.join('\n\n'),
    ...(m.source ? { url: m.source.url } : {}),
    categories: [m.category],
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
  };
}

/** The plan as an iCalendar file of all-day events (times such as 9 p.m. ET are in the text). */
export function timelineCalendar(userId: string, plan: TimelinePlan): FileResponse {
  const { error, value } = createEvents(
    plan.milestones.map((m) => event(userId, m)),
    { productId: 'matchready/timeline', calName: `MatchReady ${plan.season} season` },
  );
  if (error || value === null) throw error ?? new Error('calendar could not be written');
  return {
    filename: `matchready-timeline-${plan.season}.ics`,
    contentType: 'text/calendar; charset=utf-8',
    content: value,
  };
}
