// Whether a bank question fits an applicant (issue 13: no "you failed Step 1" for someone who
// passed first time; no "why not a US school" for a non-US IMG). Pure; the caller passes the year.
import type { InterviewQuestion, QuestionCondition } from '../../vocabulary/interview.ts';
import type { ApplicantType, VisaNeed } from '../../vocabulary/programs.ts';

/** "Graduated several years ago": this many calendar years or more since graduation. */
export const YEARS_AGO_THRESHOLD = 3;

/** What the profile says; null = not answered (a condition on it is then not presumed). */
export interface QuestionProfileFacts {
  readonly applicantType: ApplicantType | null;
  readonly failedAttempts: number | null;
  readonly visa: VisaNeed | null;
  readonly graduationYear: number | null;
}

function holds(
  condition: QuestionCondition,
  profile: QuestionProfileFacts,
  currentYear: number,
): boolean {
  switch (condition) {
    case 'failed-attempt':
      return profile.failedAttempts !== null && profile.failedAttempts > 0;
    case 'needs-visa':
      return profile.visa !== null && profile.visa !== 'none';
    case 'graduated-years-ago':
      return (
        profile.graduationYear !== null &&
        currentYear - profile.graduationYear >= YEARS_AGO_THRESHOLD
      );
  }
}

/**
 * True when the question suits the profile: its audience includes the applicant type and every
 * `askWhen` condition holds. Nothing is presumed: a condition on an unanswered fact (or without a
 * profile) leaves the question out; an unknown applicant type allows every audience.
 */
export function questionFitsProfile(
  question: InterviewQuestion,
  profile: QuestionProfileFacts | null,
  currentYear: number,
): boolean {
  const conditions = question.askWhen ?? [];
  if (profile === null) return conditions.length === 0;
  const type = profile.applicantType;
  if (question.audience !== 'all' && type !== null && question.audience !== type) return false;
  return conditions.every((condition) => holds(condition, profile, currentYear));
}
