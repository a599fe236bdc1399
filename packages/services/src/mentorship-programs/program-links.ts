import { DEFAULT_CADENCE_WEEKS } from '../mentorship/mentorship-domain.ts';
import type { RelationshipRepository } from '../mentorship/mentorship-ports.ts';
import type { IdGenerator } from '../shared/ports.ts';
import type { ProgramMentee, ProgramMentor } from './mentorship-program-domain.ts';

export interface ProgramLinkDeps {
  readonly ids: IdGenerator;
  readonly mentorship: { readonly relationships: RelationshipRepository };
}

export interface PeoplePair {
  readonly mentee: ProgramMentee;
  readonly mentor: ProgramMentor;
}

/**
 * A published pair whose two people have both accepted their invitations (decision 046) becomes
 * an ordinary relationship in both trackers, with the program as its source (decision 028).
 * Nobody is linked by an imported email alone. Returns the pairs now (or already) linked.
 */
export async function linkAcceptedPairs(
  deps: ProgramLinkDeps,
  programId: string,
  pairs: readonly PeoplePair[],
  at: string,
): Promise<Set<PeoplePair>> {
  const linked = new Set<PeoplePair>();
  for (const pair of pairs) {
    const menteeId = pair.mentee.userId;
    const mentorId = pair.mentor.userId;
    if (menteeId === null || mentorId === null) continue;
    const outcome = await deps.mentorship.relationships.createFromProgram({
      id: deps.ids.newId(),
      menteeId,
      mentorId,
      status: 'active',
      cadenceWeeks: DEFAULT_CADENCE_WEEKS,
      startedAt: at,
      nextMeetingAt: null,
      source: 'program',
      programId,
      endedAt: null,
      endedBy: null,
      exitNote: null,
      updatedAt: at,
    });
    if (outcome === 'created' || outcome === 'exists') linked.add(pair);
  }
  return linked;
}
