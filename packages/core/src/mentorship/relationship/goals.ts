/**
 * Progress of a mentee's goal from the action items linked to it: done items over all linked
 * items. A goal marked done is complete whatever its items say; a dropped goal has no progress.
 */
import type { ActionItem, MenteeGoal } from '../../vocabulary/mentorship.ts';

export interface GoalProgress {
  readonly done: number;
  readonly total: number;
  /** 0–1; null when there is nothing to measure (no linked items, or dropped). */
  readonly share: number | null;
}

export function goalProgress(
  goal: Pick<MenteeGoal, 'id' | 'status'>,
  items: readonly Pick<ActionItem, 'goalId' | 'doneAt'>[],
): GoalProgress {
  const linked = items.filter((item) => item.goalId === goal.id);
  const done = linked.filter((item) => item.doneAt !== null).length;
  const total = linked.length;
  if (goal.status === 'dropped') return { done, total, share: null };
  if (goal.status === 'done') return { done, total, share: 1 };
  return { done, total, share: total === 0 ? null : done / total };
}
