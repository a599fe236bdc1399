/**
 * Request rules (issue 9) against what other mentor directories met: mentees who send 20 requests
 * (docs/sources.md#coding-coach-open-request-limit), mentors who never answer
 * (docs/sources.md#coding-coach-unanswered-requests) and capacity races
 * (docs/sources.md#redi-capacity-race): at most 3 open requests per mentee, expiry 14 days after sending,
 * a reminder to the mentor after 5 days, and the polite automatic declines when a mentor pauses or
 * fills up. Expiry is read lazily: a stored "pending" past its expiry IS expired at `now`.
 */
import type {
  MentorRankingInput,
  MentorshipRequest,
  RequestStatus,
} from '../../vocabulary/mentorship.ts';
import { freePlaces } from '../compatibility/eligibility.ts';
import { DAY_MS, nowMs, toIso, toMs } from './instants.ts';

export const OPEN_REQUEST_LIMIT = 3;
export const REQUEST_EXPIRY_DAYS = 14;
export const REQUEST_NUDGE_DAYS = 5;

type Timed = Pick<MentorshipRequest, 'status' | 'createdAt'>;

/** The instant a request expires: exactly 14 × 24 hours after it was sent. */
export function requestExpiresAt(request: Pick<MentorshipRequest, 'createdAt'>): string {
  return toIso(toMs(request.createdAt, 'createdAt') + REQUEST_EXPIRY_DAYS * DAY_MS);
}

/** The status at `now`: a pending request expires at its expiry instant (inclusive). */
export function effectiveRequestStatus(request: Timed, now: Date): RequestStatus {
  if (request.status !== 'pending') return request.status;
  const age = nowMs(now) - toMs(request.createdAt, 'createdAt');
  return age >= REQUEST_EXPIRY_DAYS * DAY_MS ? 'expired' : 'pending';
}

export interface RequestAllowance {
  readonly open: number;
  readonly limit: number;
  /** How many more the mentee may send now (0 at the limit). */
  readonly remaining: number;
  readonly allowed: boolean;
}

/** How many requests the mentee may still open; pass all of the mentee's requests. */
export function openRequestAllowance(
  requests: readonly Timed[],
  now: Date,
  limit: number = OPEN_REQUEST_LIMIT,
): RequestAllowance {
  const open = requests.filter((r) => effectiveRequestStatus(r, now) === 'pending').length;
  const remaining = Math.max(0, limit - open);
  return { open, limit, remaining, allowed: remaining > 0 };
}

/** Remind the mentor once, from 5 days after sending (inclusive) until the request closes. */
export function isNudgeDue(
  request: Pick<MentorshipRequest, 'status' | 'createdAt' | 'nudgedAt'>,
  now: Date,
): boolean {
  if (request.nudgedAt !== null || effectiveRequestStatus(request, now) !== 'pending') return false;
  return nowMs(now) - toMs(request.createdAt, 'createdAt') >= REQUEST_NUDGE_DAYS * DAY_MS;
}

const NEXT: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  pending: ['accepted', 'declined', 'withdrawn', 'expired'],
  accepted: [],
  declined: [],
  withdrawn: [],
  expired: [],
};

/** Only a pending request changes, and only once: every other status is final. */
export function canMoveRequest(from: RequestStatus, to: RequestStatus): boolean {
  return NEXT[from].includes(to);
}

export type AcceptDecision =
  | { readonly allowed: true; readonly freePlacesAfter: number }
  | { readonly allowed: false; readonly reason: 'full'; readonly message: string };

/**
 * Whether the mentor can take one more mentee. The service runs this inside the transaction that
 * re-reads the mentor's active count, so two accepts racing for the last place cannot both win.
 */
export function decideAccept(
  mentor: Pick<MentorRankingInput, 'capacity' | 'activeMentees'>,
): AcceptDecision {
  const free = freePlaces(mentor);
  if (free === 0)
    return {
      allowed: false,
      reason: 'full',
      message: `All ${mentor.capacity} places are taken; end a relationship or raise your capacity first.`,
    };
  return { allowed: true, freePlacesAfter: free - 1 };
}

export const AUTO_DECLINE_NOTES = Object.freeze({
  paused:
    'Thank you for reaching out. This mentor has paused new mentoring for now, so your request was closed automatically. You can ask another mentor or join the waitlist.',
  full: 'Thank you for reaching out. This mentor has just filled their last place, so your request was closed automatically. You can ask another mentor or join the waitlist.',
});

export interface AutoDecline {
  readonly reason: keyof typeof AUTO_DECLINE_NOTES;
  readonly note: string;
  /** The open requests to decline, in input order. */
  readonly requests: readonly Pick<MentorshipRequest, 'id'>[];
}

/**
 * When a mentor pauses or has no free place left, their open requests are declined politely
 * instead of waiting 14 days (docs/sources.md#coding-coach-unanswered-requests). Null while they can still accept.
 */
export function autoDeclines<R extends Pick<MentorshipRequest, 'id' | 'status' | 'createdAt'>>(
  mentor: Pick<MentorRankingInput, 'capacity' | 'activeMentees' | 'acceptingRequests'>,
  requests: readonly R[],
  now: Date,
): (AutoDecline & { readonly requests: readonly R[] }) | null {
  const reason = !mentor.acceptingRequests ? 'paused' : freePlaces(mentor) === 0 ? 'full' : null;
  if (reason === null) return null;
  const open = requests.filter((r) => effectiveRequestStatus(r, now) === 'pending');
  return open.length === 0 ? null : { reason, note: AUTO_DECLINE_NOTES[reason], requests: open };
}
