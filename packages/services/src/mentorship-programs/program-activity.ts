import {
  NO_MEETING_FLAG_WEEKS,
  type ProgramParticipantRole,
  PULSE_QUESTIONS,
  type PulseQuestion,
} from '@matchready/core/vocabulary';
import type { MeetingRepository, RelationshipRepository } from '../mentorship/mentorship-ports.ts';
import type { ProgramParticipant, PublishedPair } from './mentorship-program-domain.ts';
import type { PulseAnswerRecord } from './program-invitation-domain.ts';
import { splitPeople } from './program-review.ts';

export interface ProgramActivityDeps {
  readonly mentorship: {
    readonly relationships: RelationshipRepository;
    readonly meetings: MeetingRepository;
  };
}

/** A published pair's tracker activity: meetings held, the last one, and the 8-week flag. */
export interface PairActivity {
  readonly mentee: string;
  readonly menteeName: string;
  readonly mentor: string;
  readonly mentorName: string;
  readonly score: number;
  readonly publishedAt: string;
  /** Both people accepted, so the pair has a relationship whose tracker logs meetings. */
  readonly tracked: boolean;
  readonly meetings: number;
  readonly lastMeetingAt: string | null;
  /** Published at least 8 weeks ago and no meeting held in the last 8 weeks. */
  readonly noRecentMeeting: boolean;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Meetings held per published pair, from the relationship the pair became (decision 047). A pair
 * whose people have not both accepted has no tracker: it counts no meetings and is flagged like
 * any other once 8 weeks pass, with `tracked: false` saying why.
 */
export async function pairActivity(
  deps: ProgramActivityDeps,
  programId: string,
  people: readonly ProgramParticipant[],
  published: readonly PublishedPair[],
  now: Date,
): Promise<PairActivity[]> {
  const { mentors, mentees } = splitPeople(people);
  const mentee = new Map(mentees.map((m) => [m.personId, m]));
  const mentor = new Map(mentors.map((m) => [m.personId, m]));
  const cutoff = now.getTime() - NO_MEETING_FLAG_WEEKS * WEEK_MS;
  // Two reads for the whole program, not two per pair: its relationships, then their meetings.
  const relationships = await deps.mentorship.relationships.listByProgram(programId);
  const relationshipOf = new Map<string, string>();
  // Newest first: an ended pair that was paired again keeps the newer relationship.
  for (const r of relationships) {
    const key = `${r.menteeId}|${r.mentorId}`;
    if (!relationshipOf.has(key)) relationshipOf.set(key, r.id);
  }
  const nowIso = now.toISOString();
  const heldBy = new Map<string, string[]>();
  for (const m of await deps.mentorship.meetings.listByRelationships([
    ...relationshipOf.values(),
  ])) {
    if (m.heldAt === null || m.scheduledAt > nowIso) continue;
    const list = heldBy.get(m.relationshipId) ?? [];
    list.push(m.scheduledAt);
    heldBy.set(m.relationshipId, list);
  }
  const rows: PairActivity[] = [];
  for (const pair of published) {
    const a = mentee.get(pair.mentee);
    const b = mentor.get(pair.mentor);
    const relationshipId =
      a?.userId && b?.userId ? (relationshipOf.get(`${a.userId}|${b.userId}`) ?? null) : null;
    const held = relationshipId === null ? [] : (heldBy.get(relationshipId) ?? []).sort();
    const last = held.at(-1) ?? null;
    const since = Date.parse(last ?? pair.publishedAt);
    rows.push({
      mentee: pair.mentee,
      menteeName: a?.name ?? '',
      mentor: pair.mentor,
      mentorName: b?.name ?? '',
      score: pair.score,
      publishedAt: pair.publishedAt,
      tracked: relationshipId !== null,
      meetings: held.length,
      lastMeetingAt: last,
      noRecentMeeting: since <= cutoff,
    });
  }
  return rows;
}

export interface PulseSide {
  readonly answers: number;
  /** Mean per question, or null when nobody on this side has answered. */
  readonly averages: Readonly<Record<PulseQuestion, number>> | null;
}

/**
 * The pulse survey for the program report: per side, how many answered and the mean of each
 * question; comments without names, ordered by text so the order tells nothing about who wrote.
 */
export function pulseSummary(answers: readonly PulseAnswerRecord[]) {
  const side = (role: ProgramParticipantRole): PulseSide => {
    const mine = answers.filter((a) => a.role === role);
    if (mine.length === 0) return { answers: 0, averages: null };
    const averages = Object.fromEntries(
      PULSE_QUESTIONS.map((q) => [q, mine.reduce((s, a) => s + a.scores[q], 0) / mine.length]),
    ) as Record<PulseQuestion, number>;
    return { answers: mine.length, averages };
  };
  const comments = answers
    .flatMap((a) => (a.comment === null ? [] : [{ role: a.role, comment: a.comment }]))
    .sort((x, y) =>
      x.role !== y.role ? (x.role < y.role ? -1 : 1) : x.comment < y.comment ? -1 : 1,
    );
  return { mentee: side('mentee'), mentor: side('mentor'), comments };
}

/** A person's pulse answer as one cell: "helpful/fit/communication", e.g. "4/5/3". */
export const pulseCell = (answer: PulseAnswerRecord | undefined): string =>
  answer ? PULSE_QUESTIONS.map((q) => answer.scores[q]).join('/') : '';
