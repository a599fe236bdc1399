import { isKnownTimeZone } from '@matchready/core/mentorship';
import { MAX_INTERVIEWS, MAX_TASKS, type NextStep } from '@matchready/core/timeline';
import type { TaskKind } from '@matchready/core/vocabulary';
import type { User } from '../account/account-domain.ts';
import type { ProfileRepository, SessionTokens, UserRepository } from '../account/account-ports.ts';
import type { PracticeCardRepository } from '../interview/interview-ports.ts';
import { overdueMentorshipOf } from '../mentorship/mentorship-due.ts';
import type { MentorshipPorts } from '../mentorship/mentorship-ports.ts';
import { AppError, invalidInput } from '../shared/app-error.ts';
import { ownedBy } from '../shared/ownership.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import { nextMorning, type TimelineInterview, type TimelineTask } from './timeline-domain.ts';
import {
  duePracticeCount,
  loadTimeline,
  nextStepsOf,
  type TimelineState,
} from './timeline-plan.ts';
import type { SettingsUpdate, TimelineRepository } from './timeline-ports.ts';

export interface TimelineServiceDeps {
  readonly timeline: TimelineRepository;
  readonly profiles: ProfileRepository;
  readonly practiceCards: PracticeCardRepository;
  /** Random secrets and their sha-256, for calendar-feed URLs. */
  readonly tokens: SessionTokens;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Overdue mentorship meetings and action items join "what's next". */
  readonly mentorship: MentorshipPorts;
  readonly users: UserRepository;
}

export interface TaskInput {
  readonly kind: TaskKind;
  readonly title?: string | null | undefined;
  readonly due: string;
  readonly done?: boolean | undefined;
  readonly detail?: string | null | undefined;
}

export interface InterviewInput {
  readonly program: string;
  readonly date: string;
  readonly interviewers?: readonly string[] | undefined;
  readonly detail?: string | null | undefined;
  readonly thankYouSent?: boolean | undefined;
}

const limitReached = (what: string, max: number) =>
  new AppError('conflict', `You can keep at most ${max} ${what}; delete one first.`);

const customNeedsTitle = () =>
  new AppError('invalid-input', 'A custom task needs a title', {
    issues: [{ code: 'required', path: ['title'], message: 'Give the custom task a title' }],
  });

export type TimelineService = ReturnType<typeof createTimelineService>;

export function createTimelineService(deps: TimelineServiceDeps) {
  const { timeline, clock, ids } = deps;
  const owned = <T extends { ownerId: string }>(r: T | null, user: User, what: string) =>
    ownedBy(r, user.id, what);

  function taskFrom(input: TaskInput, base: Pick<TimelineTask, 'id' | 'ownerId' | 'createdAt'>) {
    const title = input.title?.trim() || null;
    if (input.kind === 'custom' && title === null) throw customNeedsTitle();
    return {
      ...base,
      kind: input.kind,
      title,
      due: input.due,
      done: input.done ?? false,
      detail: input.detail?.trim() || null,
    } satisfies TimelineTask;
  }

  function interviewFrom(
    input: InterviewInput,
    base: Pick<TimelineInterview, 'id' | 'ownerId' | 'createdAt'>,
  ): TimelineInterview {
    return {
      ...base,
      program: input.program.trim(),
      date: input.date,
      interviewers: (input.interviewers ?? []).map((n) => n.trim()).filter((n) => n !== ''),
      detail: input.detail?.trim() || null,
      thankYouSent: input.thankYouSent ?? false,
    };
  }

  return {
    /** The user's plan for today with the tasks, interviews and settings it is made of. */
    get(user: User): Promise<TimelineState> {
      return loadTimeline(deps, user.id, clock.now());
    },

    async saveSettings(user: User, input: SettingsUpdate): Promise<TimelineState> {
      const now = clock.now();
      const { nextDigestAt: _ignored, ...update } = input;
      let reset: Pick<SettingsUpdate, 'timeZone' | 'nextDigestAt'> = {};
      if (update.timeZone !== undefined && update.timeZone !== null) {
        const zone = update.timeZone;
        if (!isKnownTimeZone(zone))
          throw invalidInput(`Unknown time zone "${zone}"`, [
            {
              code: 'invalid-value',
              path: ['timeZone'],
              message: 'Pick a time zone from the list',
            },
          ]);
        const stored = (await timeline.findSettings(user.id))?.timeZone ?? null;
        // A new zone moves the next reminder to the next 07:00 there (decision 053).
        reset =
          zone === stored
            ? { timeZone: zone }
            : { timeZone: zone, nextDigestAt: nextMorning(now, zone) };
      } else if (update.timeZone === null) reset = { timeZone: null };
      await timeline.saveSettings(
        user.id,
        { ...update, ...reset, completed: [...new Set(update.completed)] },
        now.toISOString(),
      );
      return loadTimeline(deps, user.id, clock.now());
    },

    async addTask(user: User, input: TaskInput): Promise<TimelineTask> {
      const task = taskFrom(input, {
        id: ids.newId(),
        ownerId: user.id,
        createdAt: clock.now().toISOString(),
      });
      if ((await timeline.createTask(task, MAX_TASKS)) === 'limit') {
        throw limitReached('tasks', MAX_TASKS);
      }
      return task;
    },

    async updateTask(user: User, id: string, input: TaskInput): Promise<TimelineTask> {
      const existing = owned(await timeline.findTask(id), user, 'Task');
      const task = taskFrom(input, existing);
      await timeline.updateTask(task);
      return task;
    },

    async deleteTask(user: User, id: string): Promise<void> {
      owned(await timeline.findTask(id), user, 'Task');
      await timeline.deleteTask(id);
    },

    async addInterview(user: User, input: InterviewInput): Promise<TimelineInterview> {
      const interview = interviewFrom(input, {
        id: ids.newId(),
        ownerId: user.id,
        createdAt: clock.now().toISOString(),
      });
      if ((await timeline.createInterview(interview, MAX_INTERVIEWS)) === 'limit') {
        throw limitReached('interviews', MAX_INTERVIEWS);
      }
      return interview;
    },

    async updateInterview(user: User, id: string, input: InterviewInput) {
      const existing = owned(await timeline.findInterview(id), user, 'Interview');
      const interview = interviewFrom(input, existing);
      await timeline.updateInterview(interview);
      return interview;
    },

    async deleteInterview(user: User, id: string): Promise<void> {
      owned(await timeline.findInterview(id), user, 'Interview');
      await timeline.deleteInterview(id);
    },

    /** A new secret feed URL token (the old one stops working); only its hash is stored. */
    async createCalendarFeed(user: User): Promise<string> {
      const token = deps.tokens.generate();
      await timeline.setCalendarToken(user.id, deps.tokens.hash(token), clock.now().toISOString());
      return token;
    },

    async revokeCalendarFeed(user: User): Promise<void> {
      await timeline.setCalendarToken(user.id, null, clock.now().toISOString());
    },

    /** The feed's owner and plan; not-found for an unknown or revoked token. */
    async calendarForToken(token: string): Promise<{ userId: string; state: TimelineState }> {
      const userId = await timeline.findUserByCalendarToken(deps.tokens.hash(token));
      if (userId === null) throw new AppError('not-found', 'This calendar feed does not exist');
      return { userId, state: await loadTimeline(deps, userId, clock.now()) };
    },

    /** "What's next": the three most urgent items across the timeline, practice and mentorship. */
    async nextSteps(user: User): Promise<NextStep[]> {
      const now = clock.now();
      const [state, due, mentorship] = await Promise.all([
        loadTimeline(deps, user.id, now),
        duePracticeCount(deps.practiceCards, user.id, now),
        overdueMentorshipOf(deps, user, now),
      ]);
      return nextStepsOf(state.plan, due, mentorship);
    },
  };
}
