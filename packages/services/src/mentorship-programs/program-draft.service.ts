import { diffAssignments, swapChanges } from '@matchready/core/mentorship/assignment';
import type { AssignmentDiff, ProgramDraftReason } from '@matchready/core/vocabulary';
import type { User } from '../account/account-domain.ts';
import type { RelationshipRepository } from '../mentorship/mentorship-ports.ts';
import { AppError, invalidInput, notFound } from '../shared/app-error.ts';
import type { Clock, IdGenerator, Mailer } from '../shared/ports.ts';
import { createRunLeases, leaseCutoff, RUN_HEARTBEAT_MS } from '../shared/run-lease.ts';
import {
  type ApprovalReader,
  ownProgram,
  ownProgramToChange,
} from './mentorship-program-access.ts';
import type {
  MentorshipProgramRecord,
  ProgramDraftRecord,
  ProgramDraftSummary,
  PublishedPair,
} from './mentorship-program-domain.ts';
import type { AssignmentRunner, MentorshipProgramRepository } from './mentorship-program-ports.ts';
import { linkAcceptedPairs, type PeoplePair } from './program-links.ts';
import {
  certificateSummary,
  menteeInput,
  mentorInput,
  type ReviewPair,
  type ReviewUnmatched,
  reviewRows,
  splitPeople,
} from './program-review.ts';

export interface ProgramDraftServiceDeps {
  readonly mentorshipPrograms: MentorshipProgramRepository;
  /** Solving, swapping and publishing need an approved organisation (decision 040). */
  readonly organisations: ApprovalReader;
  readonly assignmentRunner: AssignmentRunner;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly mailer?: Mailer | undefined;
  /** Published pairs whose two people accepted their invitations become relationships. */
  readonly mentorship: { readonly relationships: RelationshipRepository };
  /** How often the heartbeat of this process's unfinished drafts is refreshed (decision 051). */
  readonly heartbeatMs?: number;
}

export const DRAFT_RESTART_ERROR =
  'The server restarted before this draft was solved. Solve again.';

export interface DraftReview extends ProgramDraftSummary {
  readonly certificate: string | null;
  readonly minScore: number | null;
  readonly pairs: readonly ReviewPair[];
  readonly unmatched: readonly ReviewUnmatched[];
}

const summary = ({ result, ...draft }: ProgramDraftRecord): ProgramDraftSummary => ({
  ...draft,
  matched: result?.matched ?? null,
  total: result?.total ?? null,
});

export type ProgramDraftService = ReturnType<typeof createProgramDraftService>;

/**
 * Draft → review → publish. A solve is stored `queued` in the request and run by the
 * AssignmentRunner (a worker thread in the server); the page polls the draft. Published pairs
 * are pinned in every later solve, and the core refuses a change that would move one.
 */
export function createProgramDraftService(deps: ProgramDraftServiceDeps) {
  const repo = deps.mentorshipPrograms;
  const now = () => deps.clock.now().toISOString();
  const inFlight = new Set<Promise<void>>();
  const leases = createRunLeases({
    periodMs: deps.heartbeatMs ?? RUN_HEARTBEAT_MS,
    refresh: (held) => repo.refreshDraftHeartbeats(held, now()),
  });

  async function ownDraft(user: User, programId: string, draftId: string, change = false) {
    const program = change
      ? await ownProgramToChange(repo, deps.organisations, user, programId)
      : await ownProgram(repo, user, programId);
    const draft = await repo.findDraft(draftId);
    if (!draft || draft.programId !== program.id) throw notFound('Draft');
    return { program, draft };
  }

  async function start(program: MentorshipProgramRecord, reason: ProgramDraftReason) {
    const [people, rules, published] = await Promise.all([
      repo.listParticipants(program.id),
      repo.listRules(program.id),
      repo.listPublished(program.id),
    ]);
    const { mentors, mentees } = splitPeople(people);
    if (mentors.length === 0 || mentees.length === 0)
      throw invalidInput('Import mentors and mentees first', [
        {
          code: 'no-people',
          path: [mentors.length === 0 ? 'mentors' : 'mentees'],
          message: 'The program needs at least one mentor and one mentee',
        },
      ]);
    const at = now();
    const draft: ProgramDraftRecord = {
      id: deps.ids.newId(),
      programId: program.id,
      status: 'queued',
      reason,
      settings: {
        mode: program.mode,
        minimumScore: program.minimumScore,
        weights: program.weights,
      },
      result: null,
      error: null,
      createdAt: at,
      finishedAt: null,
    };
    if ((await repo.createDraftIfIdle(draft)) === 'busy')
      throw new AppError(
        'conflict',
        'A draft is already being solved for this program; wait for it to finish.',
      );
    const pick = (kind: 'pin' | 'forbid') =>
      rules.filter((r) => r.kind === kind).map(({ mentee, mentor }) => ({ mentee, mentor }));
    const job = {
      mentees: mentees.map(menteeInput),
      mentors: mentors.map(mentorInput),
      weights: program.weights,
      now: at,
      mode: program.mode,
      minimumScore: program.minimumScore,
      pins: pick('pin'),
      forbids: pick('forbid'),
      published: published.map(({ mentee, mentor }) => ({ mentee, mentor })),
    };
    const run = (async () => {
      await repo.updateDraft(draft.id, { status: 'running' });
      try {
        const result = await deps.assignmentRunner.run(job);
        await repo.updateDraft(
          draft.id,
          result.ok
            ? { status: 'done', result: result.value, finishedAt: now() }
            : {
                status: 'failed',
                error: result.issues
                  .slice(0, 20)
                  .map((i) => i.message)
                  .join(' '),
                finishedAt: now(),
              },
        );
      } catch {
        await repo.updateDraft(draft.id, {
          status: 'failed',
          error: 'Solving stopped unexpectedly. Please try again.',
          finishedAt: now(),
        });
      }
    })().catch(() => {});
    inFlight.add(run);
    leases.hold(draft.id);
    void run.finally(() => {
      inFlight.delete(run);
      leases.release(draft.id);
    });
    return summary(draft);
  }

  return {
    async solve(user: User, programId: string): Promise<ProgramDraftSummary> {
      return start(await ownProgramToChange(repo, deps.organisations, user, programId), 'solve');
    },

    async list(user: User, programId: string): Promise<ProgramDraftSummary[]> {
      return repo.listDrafts((await ownProgram(repo, user, programId)).id);
    },

    async review(user: User, programId: string, draftId: string): Promise<DraftReview> {
      const { draft } = await ownDraft(user, programId, draftId);
      const base = summary(draft);
      if (draft.result === null)
        return { ...base, certificate: null, minScore: null, pairs: [], unmatched: [] };
      const people = await repo.listParticipants(draft.programId);
      const published = new Set((await repo.listPublished(draft.programId)).map((p) => p.mentee));
      const rows = reviewRows(
        draft.result,
        people,
        draft.settings.weights,
        draft.createdAt,
        published,
      );
      return {
        ...base,
        certificate: certificateSummary(draft.result),
        minScore: draft.result.minScore,
        ...rows,
      };
    },

    /** Pins the mentee to the mentor, forbids their pair in this draft, and solves again. */
    async swap(
      user: User,
      programId: string,
      draftId: string,
      pair: { mentee: string; mentor: string },
    ) {
      const { program, draft } = await ownDraft(user, programId, draftId, true);
      if (draft.result === null)
        throw new AppError('conflict', 'This draft has no result to change');
      const people = splitPeople(await repo.listParticipants(program.id));
      if (!people.mentees.some((m) => m.personId === pair.mentee))
        throw invalidInput('Unknown mentee', [
          {
            code: 'unknown-mentee',
            path: ['mentee'],
            message: `No mentee "${pair.mentee}" in this program`,
          },
        ]);
      if (!people.mentors.some((m) => m.personId === pair.mentor))
        throw invalidInput('Unknown mentor', [
          {
            code: 'unknown-mentor',
            path: ['mentor'],
            message: `No mentor "${pair.mentor}" in this program`,
          },
        ]);
      const published = await repo.listPublished(program.id);
      if (published.some((p) => p.mentee === pair.mentee && p.mentor !== pair.mentor))
        throw new AppError(
          'conflict',
          `Mentee ${pair.mentee} is published; their pair cannot move`,
        );
      const changes = swapChanges(draft.result.assignments, pair.mentee, pair.mentor);
      const at = now();
      // The mentee's earlier pin (if any) gives way to the new one.
      const rules = await repo.listRules(program.id);
      for (const old of rules.filter(
        (r) => r.kind === 'pin' && r.mentee === pair.mentee && r.mentor !== pair.mentor,
      ))
        await repo.removeRule(program.id, old);
      await repo.addRules(program.id, [
        ...(changes.pins ?? []).map((p) => ({ ...p, kind: 'pin' as const, createdAt: at })),
        ...(changes.forbids ?? []).map((p) => ({ ...p, kind: 'forbid' as const, createdAt: at })),
      ]);
      return start(program, 'swap');
    },

    async diff(
      user: User,
      programId: string,
      draftId: string,
      otherId: string,
    ): Promise<AssignmentDiff> {
      const { draft } = await ownDraft(user, programId, draftId);
      const other = await ownDraft(user, programId, otherId);
      if (draft.result === null || other.draft.result === null)
        throw new AppError('conflict', 'Both drafts must be solved to compare them');
      return diffAssignments(other.draft.result.assignments, draft.result.assignments);
    },

    /** Publishes the draft's pairs (published ones stay as they are) and tells both sides. */
    async publish(
      user: User,
      programId: string,
      draftId: string,
    ): Promise<{ published: number; linked: number; awaitingAcceptance: number }> {
      const { program, draft } = await ownDraft(user, programId, draftId, true);
      if (draft.result === null) throw new AppError('conflict', 'This draft is not solved yet');
      const at = now();
      const pairs: PublishedPair[] = draft.result.pairs.map((p) => ({
        programId: program.id,
        mentee: p.mentee,
        mentor: p.mentor,
        score: p.score,
        draftId: draft.id,
        publishedAt: at,
      }));
      const outcome = await repo.publish(program.id, pairs, draft);
      if (outcome === 'stale')
        throw new AppError(
          'conflict',
          'Pairs were published after this draft was made; solve again and publish the new draft.',
        );
      // Nothing new (the draft was published already): nobody is mailed or counted twice.
      const fresh = outcome.published === 0 ? [] : await freshPairs(program, pairs, at);
      const linked = await linkAcceptedPairs(deps, program.id, fresh, at);
      await notify(program, fresh, linked);
      return {
        published: outcome.published,
        linked: linked.size,
        awaitingAcceptance: fresh.length - linked.size,
      };
    },

    /**
     * Fails the unfinished drafts whose process is gone: heartbeat older than `olderThanMs` (0
     * after a restart on SQLite, where this was the only process; the lease elsewhere).
     */
    failAbandoned({
      olderThanMs,
      now: at = deps.clock.now(),
    }: {
      olderThanMs: number;
      now?: Date;
    }) {
      return repo.failAbandonedDrafts(
        DRAFT_RESTART_ERROR,
        leaseCutoff(at, olderThanMs),
        at.toISOString(),
      );
    },

    /** Refreshes the heartbeat of this process's unfinished drafts now (the timer's work). */
    refreshHeartbeats: () => leases.beat(),

    /** Resolves when every started solve has been written (tests, shutdown). */
    async settled(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };

  type FreshPair = PeoplePair;

  /** The pairs this publish added (not those published before), with both people. */
  async function freshPairs(
    program: MentorshipProgramRecord,
    pairs: readonly PublishedPair[],
    at: string,
  ): Promise<FreshPair[]> {
    const fresh = (await repo.listPublished(program.id)).filter((p) => p.publishedAt === at);
    const people = splitPeople(await repo.listParticipants(program.id));
    const mentor = new Map(people.mentors.map((m) => [m.personId, m]));
    const mentee = new Map(people.mentees.map((m) => [m.personId, m]));
    const wanted = new Set(pairs.map((p) => p.mentee));
    return fresh.flatMap((pair) => {
      const a = mentee.get(pair.mentee);
      const b = mentor.get(pair.mentor);
      return wanted.has(pair.mentee) && a && b ? [{ mentee: a, mentor: b }] : [];
    });
  }

  /** Mail to both sides of each newly published pair; a failure to send never undoes the publish. */
  async function notify(
    program: MentorshipProgramRecord,
    pairs: readonly FreshPair[],
    linked: ReadonlySet<FreshPair>,
  ) {
    const mailer = deps.mailer;
    if (!mailer) return;
    for (const pair of pairs) {
      const { mentee: a, mentor: b } = pair;
      const tracker = linked.has(pair)
        ? '\n\nYou will find each other under Mentors in MatchReady, with a tracker for meetings and action items.'
        : '\n\nOnce you have both accepted your program invitations in MatchReady, you will find each other under Mentors, with a tracker for meetings and action items.';
      const sends = [
        a.email && {
          to: a.email,
          subject: `${program.name}: meet your mentor, ${b.name}`,
          text: `Hello ${a.name},\n\n${program.name} has paired you with ${b.name} as your mentor.${b.email ? ` You can write to them at ${b.email}.` : ''}${tracker}\n\nA short first message that says who you are and what you hope to work on is a good start.\n`,
          kind: 'mentorship-program-pair',
        },
        b.email && {
          to: b.email,
          subject: `${program.name}: your new mentee, ${a.name}`,
          text: `Hello ${b.name},\n\n${program.name} has paired you with ${a.name}.${a.email ? ` You can write to them at ${a.email}.` : ''}${a.goals.length > 0 ? `\n\nTheir goals: ${a.goals.join('; ')}.` : ''}${tracker}\n\nThank you for mentoring.\n`,
          kind: 'mentorship-program-pair',
        },
      ];
      for (const mail of sends) if (mail) await mailer.send(mail).catch(() => {});
    }
  }
}
