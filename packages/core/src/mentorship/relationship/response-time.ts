/**
 * A mentor's typical response time, shown next to "last active" because mentees' top complaint is
 * mentors who never answer (docs/sources.md#coding-coach-unanswered-requests). Median hours from request to the mentor's
 * accept or decline; requests that expired unanswered lower the response rate instead.
 */
import type { MentorshipRequest } from '../../vocabulary/mentorship.ts';
import { HOUR_MS, toMs } from './instants.ts';

/** Fewer answered requests than this and no "typical" time is shown: one answer is not a habit. */
export const MIN_RESPONSE_SAMPLES = 3;

export interface ResponseStats {
  /** Median hours to answer, to one decimal; null with fewer than MIN_RESPONSE_SAMPLES answers. */
  readonly medianHours: number | null;
  readonly answered: number;
  readonly expired: number;
  /** answered / (answered + expired), or null before either happened. */
  readonly responseRate: number | null;
}

export function responseStats(
  requests: readonly Pick<MentorshipRequest, 'status' | 'createdAt' | 'respondedAt'>[],
  minSamples: number = MIN_RESPONSE_SAMPLES,
): ResponseStats {
  const hours: number[] = [];
  let expired = 0;
  for (const request of requests) {
    if (request.status === 'expired') expired += 1;
    if ((request.status === 'accepted' || request.status === 'declined') && request.respondedAt) {
      const taken = toMs(request.respondedAt, 'respondedAt') - toMs(request.createdAt, 'createdAt');
      hours.push(Math.max(0, taken) / HOUR_MS);
    }
  }
  hours.sort((a, b) => a - b);
  const answered = hours.length;
  let medianHours: number | null = null;
  if (answered >= Math.max(1, minSamples)) {
    const mid = Math.floor(answered / 2);
    const median =
      answered % 2 === 1
        ? (hours[mid] as number)
        : ((hours[mid - 1] as number) + (hours[mid] as number)) / 2;
    medianHours = Math.round(median * 10) / 10;
  }
  const total = answered + expired;
  return { medianHours, answered, expired, responseRate: total === 0 ? null : answered / total };
}
