import type { User } from '../account/account-domain.ts';
import type { TimelineInterview, TimelineSettings, TimelineTask } from './timeline-domain.ts';
import type { TimelineRepository } from './timeline-ports.ts';

export interface TimelineExport {
  readonly settings: Omit<TimelineSettings, 'updatedAt'> | null;
  readonly tasks: Omit<TimelineTask, 'ownerId'>[];
  readonly interviews: Omit<TimelineInterview, 'ownerId'>[];
}

/** What the timeline stores about the user, for the account export (no feed secret: only a hash exists). */
export async function exportTimelineData(
  timeline: TimelineRepository,
  user: User,
): Promise<TimelineExport> {
  const [settings, tasks, interviews] = await Promise.all([
    timeline.findSettings(user.id),
    timeline.listTasks(user.id),
    timeline.listInterviews(user.id),
  ]);
  return {
    settings: settings === null ? null : (({ updatedAt: _u, ...rest }) => rest)(settings),
    tasks: tasks.map(({ ownerId: _o, ...task }) => task),
    interviews: interviews.map(({ ownerId: _o, ...interview }) => interview),
  };
}
