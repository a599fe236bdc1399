import type { GoalStatus, MentorType } from '@matchready/core/vocabulary';
import type { User } from '../account/account-domain.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import { goalView, itemsOfMentee } from './mentee-goals.ts';
import type { GoalRecord } from './mentorship-domain.ts';
import { checkedTimeZone, type MentorshipDeps } from './mentorship-support.ts';
import type { PreferencesView } from './mentorship-views.ts';

export const MAX_GOALS = 20;

export interface MenteePreferencesInput {
  readonly specialties: readonly string[];
  readonly mentorTypes: readonly MentorType[];
  readonly country: string;
  readonly languages: readonly string[];
  readonly timeZone: string;
  readonly wantsImgMentor: boolean;
  readonly challenges: readonly string[];
}

export interface GoalInput {
  readonly text?: string | undefined;
  readonly status?: GoalStatus | undefined;
  readonly targetOn?: string | null | undefined;
}

/** The mentee's side: preferences for ranking, and 6–12 month goals with progress. */
export function createMenteeService(deps: MentorshipDeps) {
  const { mentorship, clock, ids } = deps;

  async function view(user: User) {
    const [preferences, goals, items] = await Promise.all([
      mentorship.mentees.findPreferences(user.id),
      mentorship.mentees.listGoals(user.id),
      itemsOfMentee(deps, user.id),
    ]);
    let prefs: PreferencesView | null = null;
    if (preferences) {
      const { userId: _u, ...rest } = preferences;
      prefs = rest;
    }
    return { preferences: prefs, goals: goals.map((goal) => goalView(goal, items)) };
  }

  async function ownGoal(user: User, id: string): Promise<GoalRecord> {
    const goal = await mentorship.mentees.findGoal(id);
    if (!goal || goal.menteeId !== user.id) throw notFound('Goal');
    return goal;
  }

  return {
    get: view,

    async save(user: User, input: MenteePreferencesInput) {
      await mentorship.mentees.savePreferences({
        userId: user.id,
        specialties: [...new Set(input.specialties)],
        mentorTypes: [...new Set(input.mentorTypes)],
        country: input.country,
        languages: [...new Set(input.languages)],
        timeZone: checkedTimeZone(input.timeZone, 'timeZone'),
        wantsImgMentor: input.wantsImgMentor,
        challenges: [...input.challenges],
        updatedAt: clock.now().toISOString(),
      });
      return view(user);
    },

    async createGoal(user: User, input: { text: string; targetOn?: string | null | undefined }) {
      const now = clock.now().toISOString();
      const goal: GoalRecord = {
        id: ids.newId(),
        menteeId: user.id,
        text: input.text,
        status: 'not-started',
        targetOn: input.targetOn ?? null,
        createdAt: now,
        updatedAt: now,
      };
      // The cap is checked where the goal is written (one transaction), so parallel adds
      // cannot exceed it.
      if ((await mentorship.mentees.createGoalWithinLimit(goal, MAX_GOALS)) === 'limit')
        throw new AppError('conflict', `At most ${MAX_GOALS} goals; mark one done or dropped`);
      return goalView(goal, []);
    },

    async updateGoal(user: User, id: string, input: GoalInput) {
      const goal = await ownGoal(user, id);
      const updated: GoalRecord = {
        ...goal,
        text: input.text ?? goal.text,
        status: input.status ?? goal.status,
        targetOn: input.targetOn === undefined ? goal.targetOn : input.targetOn,
        updatedAt: clock.now().toISOString(),
      };
      await mentorship.mentees.updateGoal(updated);
      return goalView(updated, await itemsOfMentee(deps, user.id));
    },
  };
}
