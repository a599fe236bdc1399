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
  const reasons: IneligibilityReason[] = [];
  const add = (code: MentorIneligibilityCode, message: string) => {
    reasons.push({ code, message });
  };
  if (mentor.id === mentee.id) add('self', 'This is your own mentor profile.');
  if (blockedMentorIds.has(mentor.id)) add('blocked', 'You blocked this mentor.');
  if (!mentor.acceptingRequests) add('paused', 'This mentor has paused new requests for now.');
  if (mentor.activeMentees >= mentor.capacity)
    add(
      'full',
      mentor.capacity === 0
        ? 'This mentor has no places for mentees at the moment.'
        : `This mentor's places are all taken (${mentor.activeMentees} of ${mentor.capacity}).`,
    );
  return reasons.length === 0 ? NONE : reasons;
}
