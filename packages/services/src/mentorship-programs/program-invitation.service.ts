import type { Issue } from '@matchready/core';
import type { ProgramParticipantRole } from '@matchready/core/vocabulary';
import type { User } from '../account/account-domain.ts';
import type { SessionTokens } from '../account/account-ports.ts';
import type { RelationshipRepository } from '../mentorship/mentorship-ports.ts';
import { AppError, invalidInput } from '../shared/app-error.ts';
import type { Clock, IdGenerator, Mailer } from '../shared/ports.ts';
import { type ApprovalReader, ownProgramToChange } from './mentorship-program-access.ts';
import type { MentorshipProgramRecord, ProgramParticipant } from './mentorship-program-domain.ts';
import type { MentorshipProgramRepository } from './mentorship-program-ports.ts';
import type { ProgramInvitationRecord } from './program-invitation-domain.ts';
import { linkAcceptedPairs, type PeoplePair } from './program-links.ts';
import { splitPeople } from './program-review.ts';

/** An invitation link works once, for 30 days (programs start weeks after the import). */
export const PROGRAM_INVITATION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface ProgramInvitationDeps {
  readonly mentorshipPrograms: MentorshipProgramRepository;
  readonly mentorship: { readonly relationships: RelationshipRepository };
  /** Inviting mails people: only an approved organisation may (decision 040). */
  readonly organisations: ApprovalReader;
  /** Random 256-bit secrets and their sha-256 (the same adapter as session cookies). */
  readonly tokens: SessionTokens;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly publicOrigin: string;
  readonly onMailError?: ((error: unknown) => void) | undefined;
}

/** The account role that can be each kind of program person. */
const ACCOUNT_ROLE = { mentee: 'applicant', mentor: 'mentor' } as const;

const INVALID_INVITATION =
  'This invitation link is not valid: it was already used, it expired, or it was sent to another email address. Sign in with the address it was sent to, or ask the organisation for a new one.';

export function invitationMail(
  origin: string,
  token: string,
  program: string,
  person: Pick<ProgramParticipant, 'name' | 'role'>,
) {
  const link = `${origin}/program-invitations/accept?token=${encodeURIComponent(token)}`;
  const as = person.role === 'mentee' ? 'a mentee' : 'a mentor';
  const account = person.role === 'mentee' ? 'an applicant' : 'a mentor';
  return {
    link,
    subject: `${program}: join as ${as} on MatchReady`,
    text: [
      `Hello ${person.name},`,
      '',
      `${program} has added you as ${as} and uses MatchReady to pair its mentors and mentees.`,
      '',
      `Accept the invitation here: ${link}`,
      '',
      `Sign in (or create ${account} account) with this email address to accept. You will then see what the organisation imported about you, and can correct it before pairs are made.`,
      'The link works once and expires in 30 days. If you do not want to take part, ignore this email.',
    ].join('\n'),
  };
}

export type ProgramInvitationService = ReturnType<typeof createProgramInvitationService>;

/**
 * Invitations by email (decision 046): the organisation admin invites the program's people; the
 * link proves the invited person owns the address, and accepting links them to their account.
 */
export function createProgramInvitationService(deps: ProgramInvitationDeps) {
  const repo = deps.mentorshipPrograms;
  const now = () => deps.clock.now();

  async function send(program: MentorshipProgramRecord, people: readonly ProgramParticipant[]) {
    const at = now();
    const mails: { to: string; token: string; person: ProgramParticipant }[] = [];
    const records: ProgramInvitationRecord[] = [];
    for (const person of people) {
      if (person.email === null) continue;
      const token = deps.tokens.generate();
      records.push({
        tokenHash: deps.tokens.hash(token),
        programId: program.id,
        role: person.role,
        personId: person.personId,
        email: person.email.trim().toLowerCase(),
        createdAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + PROGRAM_INVITATION_TTL_MS).toISOString(),
        usedAt: null,
      });
      mails.push({ to: person.email, token, person });
    }
    await repo.createInvitations(records);
    // After the commit; a failed send is reported, never undoes the invitation (decision 030).
    for (const mail of mails) {
      const content = invitationMail(deps.publicOrigin, mail.token, program.name, mail.person);
      await deps.mailer
        .send({
          to: mail.to,
          subject: content.subject,
          text: content.text,
          kind: 'program-invitation',
        })
        .catch((error: unknown) => deps.onMailError?.(error));
    }
    return records.length;
  }

  /** The invitation a signed-in user may use: theirs (by address), unused and unexpired. */
  async function usable(user: User, token: string) {
    const invitation = await repo.findInvitation(deps.tokens.hash(token));
    const valid =
      invitation !== null &&
      invitation.usedAt === null &&
      invitation.expiresAt > now().toISOString() &&
      invitation.email === user.email.trim().toLowerCase();
    if (!valid) throw new AppError('not-found', INVALID_INVITATION);
    const program = await repo.findProgram(invitation.programId);
    const person = (await repo.listParticipants(invitation.programId)).find(
      (p) => p.role === invitation.role && p.personId === invitation.personId,
    );
    if (!program || !person) throw new AppError('not-found', INVALID_INVITATION);
    return { invitation, program, person };
  }

  function checkAccount(user: User, role: ProgramParticipantRole): void {
    if (user.role !== ACCOUNT_ROLE[role])
      throw new AppError(
        'conflict',
        `This invitation is for a ${role}: accept it with ${role === 'mentee' ? 'an applicant' : 'a mentor'} account that uses this email address.`,
      );
  }

  /** Published pairs of this person whose other side has accepted too become relationships. */
  async function linkPublished(person: ProgramParticipant, at: string) {
    const published = (await repo.listPublished(person.programId)).filter((p) =>
      person.role === 'mentee' ? p.mentee === person.personId : p.mentor === person.personId,
    );
    if (published.length === 0) return 0;
    const { mentors, mentees } = splitPeople(await repo.listParticipants(person.programId));
    const pairs = published.flatMap((p): PeoplePair[] => {
      const mentee = mentees.find((m) => m.personId === p.mentee);
      const mentor = mentors.find((m) => m.personId === p.mentor);
      return mentee && mentor ? [{ mentee, mentor }] : [];
    });
    return (await linkAcceptedPairs(deps, person.programId, pairs, at)).size;
  }

  return {
    /**
     * Invites the program's people who have an email and no account linked yet (all of them, one
     * role, or the listed ids); a person invited before gets a new link and the old one stops
     * working. Unknown ids are invalid input, and nothing is sent.
     */
    async invite(
      user: User,
      programId: string,
      input: {
        role?: ProgramParticipantRole | undefined;
        personIds?: readonly string[] | undefined;
      },
    ): Promise<{ invited: number; withoutEmail: number }> {
      const program = await ownProgramToChange(repo, deps.organisations, user, programId);
      const people = (await repo.listParticipants(program.id)).filter(
        (p) => input.role === undefined || p.role === input.role,
      );
      let chosen = people;
      if (input.personIds !== undefined) {
        const wanted = new Set(input.personIds);
        const issues: Issue[] = [...wanted]
          .filter((id) => !people.some((p) => p.personId === id))
          .map((id) => ({
            code: 'unknown-person',
            path: ['personIds'],
            message: `No ${input.role ?? 'person'} "${id}" in this program`,
          }));
        if (issues.length > 0) throw invalidInput('Nobody was invited', issues.slice(0, 100));
        chosen = people.filter((p) => wanted.has(p.personId));
      }
      const open = chosen.filter((p) => p.userId === null);
      return {
        invited: await send(program, open),
        withoutEmail: open.filter((p) => p.email === null).length,
      };
    },

    /**
     * Adds one person by name and email (their details start empty: they fill them in after
     * accepting) and invites them. An address already in the program for that role is a conflict.
     */
    async addPerson(
      user: User,
      programId: string,
      input: { role: ProgramParticipantRole; name: string; email: string },
    ): Promise<{ personId: string }> {
      const program = await ownProgramToChange(repo, deps.organisations, user, programId);
      const email = input.email.trim().toLowerCase();
      const people = (await repo.listParticipants(program.id)).filter((p) => p.role === input.role);
      if (people.some((p) => p.email?.trim().toLowerCase() === email))
        throw new AppError('conflict', `${input.email} is already a ${input.role} in this program`);
      const base = {
        programId: program.id,
        personId: `invited-${deps.ids.newId()}`,
        name: input.name,
        email,
        specialties: [],
        mentorTypes: [],
        languages: [],
        timeZone: 'UTC',
        position: people.length + 1,
        createdAt: now().toISOString(),
        userId: null,
        invitedAt: null,
        editedAt: null,
      };
      const person: ProgramParticipant =
        input.role === 'mentor'
          ? { ...base, role: 'mentor', imgCountry: null, capacity: 1 }
          : { ...base, role: 'mentee', country: '', wantsImgMentor: false, goals: [] };
      if ((await repo.addParticipants(program.id, [person])) === 'duplicate')
        throw new AppError('conflict', 'Someone was added meanwhile; try again.');
      await send(program, [person]);
      return { personId: person.personId };
    },

    /** What the link is for, before accepting it (only for the account it was sent to). */
    async preview(user: User, token: string) {
      const { program, person } = await usable(user, token);
      return {
        programName: program.name,
        role: person.role,
        name: person.name,
        accountFits: user.role === ACCOUNT_ROLE[person.role],
      };
    },

    /**
     * Links the person to the signed-in account (decision 046). Published pairs of the person
     * whose other side has accepted too become relationships now.
     */
    async accept(
      user: User,
      token: string,
    ): Promise<{ programId: string; role: ProgramParticipantRole; relationships: number }> {
      const { person } = await usable(user, token);
      checkAccount(user, person.role);
      const at = now().toISOString();
      const outcome = await repo.acceptInvitation(deps.tokens.hash(token), user.id, at);
      if (outcome.status === 'invalid') throw new AppError('not-found', INVALID_INVITATION);
      if (outcome.status === 'taken')
        throw new AppError(
          'conflict',
          'This program already links this person to another account, or your account to another person of the program.',
        );
      return {
        programId: person.programId,
        role: person.role,
        relationships: await linkPublished(outcome.person, at),
      };
    },
  };
}
