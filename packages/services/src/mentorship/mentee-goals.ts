import { goalProgress } from '@matchready/core/mentorship';
import type { ActionItemRecord, GoalRecord } from './mentorship-domain.ts';
import type { MentorshipDeps } from './mentorship-support.ts';
import type { GoalView } from './mentorship-views.ts';

export const goalView = (goal: GoalRecord, items: readonly ActionItemRecord[]): GoalView => ({
  id: goal.id,
  text: goal.text,
  status: goal.status,
  targetOn: goal.targetOn,
  progress: goalProgress(goal, items),
  createdAt: goal.createdAt,
});

/** Action items linked to the mentee's goals, across all their relationships. */
export async function itemsOfMentee(
  deps: MentorshipDeps,
  menteeId: string,
): Promise<ActionItemRecord[]> {
  const relationships = await deps.mentorship.relationships.listByMentee(menteeId);
  const lists = await Promise.all(
    relationships.map((r) => deps.mentorship.actionItems.listByRelationship(r.id)),
  );
  return lists.flat();
}
