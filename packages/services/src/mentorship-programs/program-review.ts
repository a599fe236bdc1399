import {
  type CompatibilityWeights,
  createCompatibilityScorer,
  type FactorContribution,
} from '@matchready/core/mentorship';
import type {
  AssignmentResult,
  MenteeRankingInput,
  MentorRankingInput,
  UnmatchedReason,
} from '@matchready/core/vocabulary';
import type {
  ProgramMentee,
  ProgramMentor,
  ProgramParticipant,
} from './mentorship-program-domain.ts';

/** What the core's scorer reads of a program mentee. */
export const menteeInput = (m: ProgramMentee): MenteeRankingInput => ({
  id: m.personId,
  specialties: m.specialties,
  mentorTypes: m.mentorTypes,
  country: m.country,
  languages: m.languages,
  timeZone: m.timeZone,
  wantsImgMentor: m.wantsImgMentor,
});

/** A program mentor starts with nobody: the program's capacity is all free. */
export const mentorInput = (m: ProgramMentor): MentorRankingInput => ({
  id: m.personId,
  specialties: m.specialties,
  mentorTypes: m.mentorTypes,
  imgCountry: m.imgCountry,
  languages: m.languages,
  timeZone: m.timeZone,
  capacity: m.capacity,
  activeMentees: 0,
  acceptingRequests: true,
});

export const splitPeople = (people: readonly ProgramParticipant[]) => ({
  mentors: people.filter((p): p is ProgramMentor => p.role === 'mentor'),
  mentees: people.filter((p): p is ProgramMentee => p.role === 'mentee'),
});

export interface ReviewPair {
  readonly mentee: string;
  readonly menteeName: string;
  readonly mentor: string;
  readonly mentorName: string;
  readonly score: number;
  readonly pinned: boolean;
  readonly published: boolean;
  readonly factors: readonly FactorContribution[];
}

export interface ReviewUnmatched {
  readonly mentee: string;
  readonly menteeName: string;
  readonly reason: UnmatchedReason;
}

/** The review table: each pair with every factor's contribution, and who is unmatched and why. */
export function reviewRows(
  result: AssignmentResult,
  people: readonly ProgramParticipant[],
  weights: CompatibilityWeights,
  at: string,
  published: ReadonlySet<string>,
): { pairs: ReviewPair[]; unmatched: ReviewUnmatched[] } {
  const { mentors, mentees } = splitPeople(people);
  const mentorById = new Map(mentors.map((m) => [m.personId, m]));
  const menteeById = new Map(mentees.map((m) => [m.personId, m]));
  const scorer = createCompatibilityScorer({ now: new Date(at), weights });
  const pairs: ReviewPair[] = [];
  for (const pair of result.pairs) {
    const mentee = menteeById.get(pair.mentee);
    const mentor = mentorById.get(pair.mentor);
    if (!mentee || !mentor) continue; // people are never removed; kept for safety
    pairs.push({
      mentee: pair.mentee,
      menteeName: mentee.name,
      mentor: pair.mentor,
      mentorName: mentor.name,
      score: pair.score,
      pinned: pair.pinned,
      published: published.has(pair.mentee),
      factors: scorer.explain(menteeInput(mentee), mentorInput(mentor)).factors,
    });
  }
  const unmatched = result.unmatched.map((u) => ({
    mentee: u.mentee,
    menteeName: menteeById.get(u.mentee)?.name ?? u.mentee,
    reason: u.reason,
  }));
  return { pairs, unmatched };
}

/** How the result is known to be optimal, in one sentence for people. */
export function certificateSummary(result: AssignmentResult): string {
  const total = result.certificate.total;
  const dual = `LP dual bound ${total.bound} = objective ${total.objective} (scaled by ${total.scale})`;
  if (result.certificate.mode === 'total')
    return `Optimal total: ${dual}, checked by certifyAssignment.`;
  const cover = result.certificate.matched;
  return `Optimal (fair): a vertex cover of size ${cover.size} proves no assignment matches more; the lowest score is proven best; ${dual}; checked by certifyAssignment.`;
}

/** Histogram of pair scores in buckets of 10 points (0–9, 10–19, …); the last bucket holds the top. */
export function scoreDistribution(
  scores: readonly number[],
  maxScore: number,
): { from: number; to: number; pairs: number }[] {
  const buckets = Math.max(1, Math.ceil((maxScore + 1) / 10));
  const counts = new Array<number>(buckets).fill(0);
  for (const score of scores) {
    const index = Math.min(buckets - 1, Math.max(0, Math.floor(score / 10)));
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts.map((pairs, i) => ({ from: i * 10, to: Math.min(maxScore, i * 10 + 9), pairs }));
}
