import type {
  MentorshipProgramRecord,
  ProgramParticipant,
  PublishedPair,
} from '../mentorship-programs/mentorship-program-domain.ts';
import type {
  ProgramInvitationRecord,
  PulseAnswerRecord,
} from '../mentorship-programs/program-invitation-domain.ts';
import type {
  PersonRef,
  ProgramInvitationRepository,
  PulseReminderCandidate,
} from '../mentorship-programs/program-invitation-ports.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const same = (p: PersonRef, ref: PersonRef) =>
  p.programId === ref.programId && p.role === ref.role && p.personId === ref.personId;

/** The invitation half of the in-memory program repository, over its programs and people. */
export function createInMemoryProgramInvitations(
  programs: ReadonlyMap<string, MentorshipProgramRecord>,
  people: Map<string, ProgramParticipant[]>,
  pairs: ReadonlyMap<string, readonly PublishedPair[]>,
): ProgramInvitationRepository {
  const invitations = new Map<string, ProgramInvitationRecord>();
  const pulse: PulseAnswerRecord[] = [];
  /** Who was told the pulse survey is open: `program|role|person` → when. */
  const reminded = new Map<string, string>();
  const key = (ref: PersonRef) => JSON.stringify([ref.programId, ref.role, ref.personId]);
  const list = (programId: string) => people.get(programId) ?? [];
  const replace = (ref: PersonRef, change: (p: ProgramParticipant) => ProgramParticipant) => {
    const all = list(ref.programId);
    const index = all.findIndex((p) => same(p, ref));
    const found = all[index];
    if (!found) return null;
    const next = change(found);
    all[index] = next;
    return next;
  };

  return {
    async createInvitations(added) {
      for (const i of added) {
        for (const [hash, old] of invitations)
          if (old.usedAt === null && same(old, i)) invitations.delete(hash);
        invitations.set(i.tokenHash, structuredClone(i));
        replace(i, (p) => ({ ...p, invitedAt: i.createdAt }));
      }
    },
    findInvitation: async (hash) => structuredClone(invitations.get(hash) ?? null),
    async acceptInvitation(hash, userId, at) {
      const i = invitations.get(hash);
      if (!i || i.usedAt !== null || i.expiresAt <= at) return { status: 'invalid' };
      const person = list(i.programId).find((p) => same(p, i));
      if (!person) return { status: 'invalid' };
      const other = list(i.programId).some(
        (p) => p.role === i.role && p.userId === userId && p.personId !== i.personId,
      );
      if ((person.userId !== null && person.userId !== userId) || other) return { status: 'taken' };
      invitations.set(hash, { ...i, usedAt: at });
      const linked = replace(i, (p) => ({ ...p, userId }));
      return linked
        ? { status: 'accepted', person: structuredClone(linked) }
        : { status: 'invalid' };
    },
    listLinkedPeople: async (userId) =>
      [...people.values()]
        .flat()
        .filter((p) => p.userId === userId)
        .sort(
          (a, b) =>
            cmp(
              programs.get(a.programId)?.createdAt ?? '',
              programs.get(b.programId)?.createdAt ?? '',
            ) ||
            cmp(a.programId, b.programId) ||
            cmp(a.role, b.role),
        )
        .map((p) => structuredClone(p)),
    async updateDetails(ref, details, at) {
      const { role: _r, ...fields } = details;
      return (
        replace(ref, (p) => ({ ...p, ...fields, editedAt: at }) as ProgramParticipant) !== null
      );
    },
    async addPulseAnswer(answer) {
      if (pulse.some((a) => same(a, answer))) return 'duplicate';
      pulse.push(structuredClone(answer));
      return 'ok';
    },
    listPulseAnswers: async (programId) =>
      pulse
        .filter((a) => a.programId === programId)
        .sort((a, b) => cmp(a.answeredAt, b.answeredAt) || cmp(a.id, b.id))
        .map((a) => structuredClone(a)),
    listPulseReminderCandidates: async (publishedBy, limit) => {
      const out: PulseReminderCandidate[] = [];
      for (const [programId, members] of people) {
        const program = programs.get(programId);
        if (!program) continue;
        for (const p of members) {
          if (p.userId === null || reminded.has(key(p))) continue;
          if (pulse.some((a) => same(a, p))) continue;
          const first = (pairs.get(programId) ?? [])
            .filter((pair) => (p.role === 'mentee' ? pair.mentee : pair.mentor) === p.personId)
            .map((pair) => pair.publishedAt)
            .sort()[0];
          if (first === undefined || first > publishedBy) continue;
          out.push({
            programId,
            role: p.role,
            personId: p.personId,
            programName: program.name,
            userId: p.userId,
            firstPublishedAt: first,
          });
        }
      }
      return out
        .sort(
          (a, b) =>
            cmp(a.firstPublishedAt, b.firstPublishedAt) ||
            cmp(a.programId, b.programId) ||
            cmp(a.role, b.role) ||
            cmp(a.personId, b.personId),
        )
        .slice(0, limit);
    },
    claimPulseReminder: async (person, at) => {
      if (reminded.has(key(person))) return false;
      reminded.set(key(person), at);
      return true;
    },
  };
}
