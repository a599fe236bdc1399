import type { ProgramParticipantRole, PulseQuestion } from '@matchready/core/vocabulary';
import type { User } from '../account/account-domain.ts';
import { AppError, invalidInput, notFound } from '../shared/app-error.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import type { ProgramParticipant } from './mentorship-program-domain.ts';
import type { MentorshipProgramRepository } from './mentorship-program-ports.ts';
import { type ParticipantDetails, pulseOpensAt } from './program-invitation-domain.ts';

export interface ProgramParticipantDeps {
  readonly mentorshipPrograms: MentorshipProgramRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** The role a person has in programs, from their account (applicants are mentees). */
const programRole = (user: User): ProgramParticipantRole | null =>
  user.role === 'applicant' ? 'mentee' : user.role === 'mentor' ? 'mentor' : null;

export type ProgramParticipantService = ReturnType<typeof createProgramParticipantService>;

/**
 * What a person who accepted an invitation does in a program: read and correct what was imported
 * about them, and answer the 3-month pulse survey once (decision 047).
 */
export function createProgramParticipantService(deps: ProgramParticipantDeps) {
  const repo = deps.mentorshipPrograms;

  /** The account's person in the program; not linked (or not an account that can be) → 404. */
  async function mine(user: User, programId: string): Promise<ProgramParticipant> {
    const role = programRole(user);
    const person = (await repo.listLinkedPeople(user.id)).find(
      (p) => p.programId === programId && p.role === role,
    );
    if (!person) throw notFound('Mentorship program');
    return person;
  }

  /** When the person's pulse survey opens: 3 months after their first published pair. */
  async function pulseState(person: ProgramParticipant) {
    const pairs = (await repo.listPublished(person.programId)).filter((p) =>
      person.role === 'mentee' ? p.mentee === person.personId : p.mentor === person.personId,
    );
    const first = pairs.map((p) => p.publishedAt).sort()[0];
    const answered = (await repo.listPulseAnswers(person.programId)).some(
      (a) => a.role === person.role && a.personId === person.personId,
    );
    return {
      pairs,
      opensAt: first === undefined ? null : pulseOpensAt(first),
      answered,
    };
  }

  return {
    /** The programs the account takes part in, with what was imported and the pair, if published. */
    async list(user: User) {
      const people = await repo.listLinkedPeople(user.id);
      const out = [];
      for (const person of people) {
        const program = await repo.findProgram(person.programId);
        if (!program) continue;
        const names = new Map(
          (await repo.listParticipants(person.programId)).map((p) => [
            `${p.role}:${p.personId}`,
            p.name,
          ]),
        );
        const pulse = await pulseState(person);
        const other = person.role === 'mentee' ? 'mentor' : 'mentee';
        out.push({
          program: {
            id: program.id,
            name: program.name,
            startsOn: program.startsOn,
            endsOn: program.endsOn,
          },
          person,
          pairedWith: pulse.pairs.map((p) => names.get(`${other}:${p[other]}`) ?? ''),
          pulse: { opensAt: pulse.opensAt, answered: pulse.answered },
        });
      }
      return out;
    },

    /**
     * Replaces the person's details (the contract validated them). A published pair is never moved
     * by this: published pairs stay pinned in every later solve, so a mentor cannot lower their
     * capacity below the mentees already published with them.
     */
    async editDetails(user: User, programId: string, details: ParticipantDetails) {
      const person = await mine(user, programId);
      if (details.role !== person.role)
        throw invalidInput('These are the details of another role', [
          {
            code: 'wrong-role',
            path: ['role'],
            message: `You take part in this program as a ${person.role}`,
          },
        ]);
      if (details.role === 'mentor') {
        const published = (await repo.listPublished(programId)).filter(
          (p) => p.mentor === person.personId,
        ).length;
        if (details.capacity < published)
          throw invalidInput('The capacity is below your published mentees', [
            {
              code: 'capacity-below-published',
              path: ['capacity'],
              message: `You already have ${published} published mentees in this program`,
            },
          ]);
      }
      const at = deps.clock.now().toISOString();
      if (!(await repo.updateDetails(person, details, at))) throw notFound('Mentorship program');
      return mine(user, programId);
    },

    /** Answers the pulse survey once, from 3 months after the person's pair was published. */
    async answerPulse(
      user: User,
      programId: string,
      input: {
        scores: Readonly<Record<PulseQuestion, number>>;
        comment?: string | null | undefined;
      },
    ): Promise<{ answeredAt: string }> {
      const person = await mine(user, programId);
      const pulse = await pulseState(person);
      const at = deps.clock.now().toISOString();
      if (pulse.opensAt === null)
        throw new AppError('conflict', 'The pulse survey opens once your pair is published');
      if (at < pulse.opensAt)
        throw new AppError(
          'conflict',
          `The pulse survey opens on ${pulse.opensAt.slice(0, 10)}, three months after your pair was published`,
        );
      const comment = input.comment?.trim() ? input.comment.trim() : null;
      const outcome = await repo.addPulseAnswer({
        id: deps.ids.newId(),
        programId,
        role: person.role,
        personId: person.personId,
        scores: { ...input.scores },
        comment,
        answeredAt: at,
      });
      if (outcome === 'duplicate')
        throw new AppError('conflict', 'You have answered the pulse survey already');
      return { answeredAt: at };
    },
  };
}
