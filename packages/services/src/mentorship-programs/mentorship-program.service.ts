import type { Issue } from '@matchready/core';
import {
  type CompatibilityWeights,
  DEFAULT_COMPATIBILITY_WEIGHTS,
  parseWeights,
} from '@matchready/core/mentorship';
import type {
  AssignmentMode,
  MentorType,
  ProgramPairRow,
  ProgramRuleKind,
} from '@matchready/core/vocabulary';
import type { User } from '../account/account-domain.ts';
import { requireApprovedOrganisation } from '../organisations/organisation-approval.ts';
import { AppError, invalidInput } from '../shared/app-error.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import {
  type ApprovalReader,
  organisationOf,
  ownProgram,
  ownProgramToChange,
} from './mentorship-program-access.ts';
import type {
  MentorshipProgramRecord,
  ProgramCounts,
  ProgramParticipant,
  ProgramRule,
} from './mentorship-program-domain.ts';
import type { MentorshipProgramRepository } from './mentorship-program-ports.ts';
import { type ProgramReportDeps, programPairRows, programReport } from './program-report.ts';
import { splitPeople } from './program-review.ts';

export interface MentorshipProgramServiceDeps extends ProgramReportDeps {
  readonly mentorshipPrograms: MentorshipProgramRepository;
  readonly organisations: ApprovalReader;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export interface ProgramSettingsInput {
  readonly name?: string | undefined;
  readonly startsOn?: string | null | undefined;
  readonly endsOn?: string | null | undefined;
  readonly weights?: Partial<CompatibilityWeights> | undefined;
  readonly mode?: AssignmentMode | undefined;
  readonly minimumScore?: number | null | undefined;
}

/** A row of an imported file, with the line it came from (issues name it). */
interface ImportedPerson {
  readonly line: number;
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly specialties: readonly string[];
  readonly mentorTypes: readonly MentorType[];
  readonly languages: readonly string[];
  readonly timeZone: string;
}
export interface ImportedMentor extends ImportedPerson {
  readonly imgCountry: string | null;
  readonly capacity: number;
}
export interface ImportedMentee extends ImportedPerson {
  readonly country: string;
  readonly wantsImgMentor: boolean;
  readonly goals: readonly string[];
}
export type PeopleImport =
  | { readonly role: 'mentor'; readonly people: readonly ImportedMentor[] }
  | { readonly role: 'mentee'; readonly people: readonly ImportedMentee[] };

export interface ProgramView extends MentorshipProgramRecord {
  readonly counts: ProgramCounts;
}

/** Imported people have no account until they accept an invitation (decision 046). */
const NOT_LINKED = { userId: null, invitedAt: null, editedAt: null } as const;

export type MentorshipProgramService = ReturnType<typeof createMentorshipProgramService>;

/** Organisation admins create programs, import people, set the rules, and read the reports. */
export function createMentorshipProgramService(deps: MentorshipProgramServiceDeps) {
  const repo = deps.mentorshipPrograms;
  const now = () => deps.clock.now().toISOString();

  function checkDates(startsOn: string | null, endsOn: string | null): void {
    if (startsOn !== null && endsOn !== null && endsOn < startsOn)
      throw invalidInput('The program ends before it starts', [
        {
          code: 'invalid-dates',
          path: ['endsOn'],
          message: 'The end date is before the start date',
        },
      ]);
  }

  /** Weights over a base; all zero (or out of range) is invalid input, never a crash. */
  function weightsOf(
    base: CompatibilityWeights,
    change: Partial<CompatibilityWeights> | undefined,
  ): CompatibilityWeights {
    const parsed = parseWeights({ ...base, ...change });
    if (!parsed.ok) throw invalidInput('The weights are not valid', parsed.issues);
    return parsed.value;
  }

  const view = async (program: MentorshipProgramRecord): Promise<ProgramView> => ({
    ...program,
    counts: await repo.counts(program.id),
  });

  async function checkRule(programId: string, rule: { mentee: string; mentor: string }) {
    const { mentors, mentees } = splitPeople(await repo.listParticipants(programId));
    const issues: Issue[] = [];
    if (!mentees.some((m) => m.personId === rule.mentee))
      issues.push({
        code: 'unknown-mentee',
        path: ['mentee'],
        message: `No mentee "${rule.mentee}" in this program`,
      });
    if (!mentors.some((m) => m.personId === rule.mentor))
      issues.push({
        code: 'unknown-mentor',
        path: ['mentor'],
        message: `No mentor "${rule.mentor}" in this program`,
      });
    if (issues.length > 0) throw invalidInput('The rule names someone not in the program', issues);
  }

  return {
    async list(user: User): Promise<MentorshipProgramRecord[]> {
      return repo.listPrograms(organisationOf(user));
    },

    async create(user: User, input: ProgramSettingsInput & { name: string }): Promise<ProgramView> {
      organisationOf(user);
      const organisationId = await requireApprovedOrganisation(deps.organisations, user);
      const startsOn = input.startsOn ?? null;
      const endsOn = input.endsOn ?? null;
      checkDates(startsOn, endsOn);
      const at = now();
      const program: MentorshipProgramRecord = {
        id: deps.ids.newId(),
        organisationId,
        name: input.name,
        startsOn,
        endsOn,
        weights: weightsOf(DEFAULT_COMPATIBILITY_WEIGHTS, input.weights),
        mode: input.mode ?? 'fair',
        minimumScore: input.minimumScore ?? null,
        createdAt: at,
        updatedAt: at,
      };
      await repo.createProgram(program);
      return view(program);
    },

    async get(user: User, id: string): Promise<ProgramView> {
      return view(await ownProgram(repo, user, id));
    },

    async update(user: User, id: string, input: ProgramSettingsInput): Promise<ProgramView> {
      const program = await ownProgramToChange(repo, deps.organisations, user, id);
      const startsOn = input.startsOn === undefined ? program.startsOn : input.startsOn;
      const endsOn = input.endsOn === undefined ? program.endsOn : input.endsOn;
      checkDates(startsOn, endsOn);
      const update = {
        ...(input.name === undefined ? {} : { name: input.name }),
        startsOn,
        endsOn,
        ...(input.weights === undefined
          ? {}
          : { weights: weightsOf(program.weights, input.weights) }),
        ...(input.mode === undefined ? {} : { mode: input.mode }),
        ...(input.minimumScore === undefined ? {} : { minimumScore: input.minimumScore }),
        updatedAt: now(),
      };
      await repo.updateProgram(id, update);
      return view({ ...program, ...update });
    },

    /** All or nothing: an id already in the program names its line, and nobody is added. */
    async importPeople(user: User, id: string, file: PeopleImport): Promise<{ imported: number }> {
      const program = await ownProgramToChange(repo, deps.organisations, user, id);
      const existing = await repo.listParticipants(program.id);
      const taken = new Set(existing.filter((p) => p.role === file.role).map((p) => p.personId));
      const issues: Issue[] = file.people
        .filter((p) => taken.has(p.id))
        .map((p) => ({
          code: 'duplicate-id',
          path: ['line', p.line],
          message: `Line ${p.line}: ${file.role} ${p.id} is already in the program`,
        }));
      if (issues.length > 0)
        throw invalidInput(
          `Nothing was imported: ${issues.length} ${file.role}s are already in the program`,
          issues.slice(0, 100),
        );
      const at = now();
      const start = existing.filter((p) => p.role === file.role).length;
      const people: ProgramParticipant[] =
        file.role === 'mentor'
          ? file.people.map(({ line: _l, id: personId, ...p }, i) => ({
              ...p,
              role: 'mentor',
              personId,
              programId: program.id,
              position: start + i + 1,
              createdAt: at,
              ...NOT_LINKED,
            }))
          : file.people.map(({ line: _l, id: personId, ...p }, i) => ({
              ...p,
              role: 'mentee',
              personId,
              programId: program.id,
              position: start + i + 1,
              createdAt: at,
              ...NOT_LINKED,
            }));
      if ((await repo.addParticipants(program.id, people)) === 'duplicate')
        throw new AppError(
          'conflict',
          'Someone in the file was added meanwhile; nothing was imported. Try again.',
        );
      return { imported: people.length };
    },

    async people(user: User, id: string) {
      const program = await ownProgram(repo, user, id);
      return splitPeople(await repo.listParticipants(program.id));
    },

    async rules(user: User, id: string): Promise<ProgramRule[]> {
      return repo.listRules((await ownProgram(repo, user, id)).id);
    },

    async addRule(
      user: User,
      id: string,
      rule: { kind: ProgramRuleKind; mentee: string; mentor: string },
    ) {
      const program = await ownProgramToChange(repo, deps.organisations, user, id);
      await checkRule(program.id, rule);
      if (rule.kind === 'forbid') {
        const published = await repo.listPublished(program.id);
        if (published.some((p) => p.mentee === rule.mentee && p.mentor === rule.mentor))
          throw new AppError('conflict', 'This pair is published; it cannot be forbidden');
      }
      await repo.addRules(program.id, [{ ...rule, createdAt: now() }]);
      return repo.listRules(program.id);
    },

    async removeRule(
      user: User,
      id: string,
      rule: { kind: ProgramRuleKind; mentee: string; mentor: string },
    ) {
      const program = await ownProgramToChange(repo, deps.organisations, user, id);
      if (!(await repo.removeRule(program.id, rule)))
        throw new AppError('not-found', 'Rule was not found');
    },

    /** The report (program-report.ts): pairs, invitations, meetings, pulse survey. */
    async report(user: User, id: string) {
      return programReport(deps, await ownProgram(repo, user, id), deps.clock.now());
    },

    /** The published pairs with names, meetings and pulse answers, for the CSV export. */
    async exportPairs(
      user: User,
      id: string,
    ): Promise<{ program: string; rows: ProgramPairRow[] }> {
      const program = await ownProgram(repo, user, id);
      return {
        program: program.name,
        rows: await programPairRows(deps, program, deps.clock.now()),
      };
    },
  };
}
