/**
 * Hard eligibility before any score: a mentor who is the mentee, blocked by the mentee, paused or
 * full is never recommended, whatever their score. Reasons come in MENTOR_INELIGIBILITY_CODES order.
 */
import type {
  MenteeRankingInput,
  MentorIneligibilityCode,
  MentorRankingInput,
} from '../../vocabulary/mentorship.ts';

export interface IneligibilityReason {
  readonly code: MentorIneligibilityCode;
  readonly message: string;
}

const NONE: readonly IneligibilityReason[] = Object.freeze([]);

/** Free places: 0 when full (or over capacity after a capacity cut), never negative. */
export function freePlaces(mentor: Pick<MentorRankingInput, 'capacity' | 'activeMentees'>): number {
  return Math.max(0, mentor.capacity - mentor.activeMentees);
}

/** Accepting requests and below capacity: the "has a free place" of the directory filter. */
export function hasFreePlace(
  mentor: Pick<MentorRankingInput, 'capacity' | 'activeMentees' | 'acceptingRequests'>,
): boolean {
  return mentor.acceptingRequests && mentor.activeMentees < mentor.capacity;
}

export function mentorIneligibility(
  mentee: Pick<MenteeRankingInput, 'id'>,
  mentor: MentorRankingInput,
  blockedMentorIds: ReadonlySet<string>,
): readonly IneligibilityReason[] {
  const self = mentor.id === mentee.id;
  const blocked = blockedMentorIds.has(mentor.id);
  const full = mentor.activeMentees >= mentor.capacity;
  // Most mentors are eligible: answer them without allocating (one ranking checks 10,000).
  if (!self && !blocked && !full && mentor.acceptingRequests) return NONE;
  const reasons: IneligibilityReason[] = [];
  if (self) reasons.push({ code: 'self', message: 'This is your own mentor profile.' });
  if (blocked) reasons.push({ code: 'blocked', message: 'You blocked this mentor.' });
  if (!mentor.acceptingRequests)
    reasons.push({ code: 'paused', message: 'This mentor has paused new requests for now.' });
  if (full)
    reasons.push({
      code: 'full',
      message:
        mentor.capacity === 0
          ? 'This mentor has no places for mentees at the moment.'
          : `This mentor's places are all taken (${mentor.activeMentees} of ${mentor.capacity}).`,
    });
  return reasons;
}
