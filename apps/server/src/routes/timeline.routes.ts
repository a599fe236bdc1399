import { api, pathFor } from '@matchready/contract';
import type { TimelineInterview, TimelineState, TimelineTask } from '@matchready/services';
import { timelineCalendar } from '../calendar/timeline-ics.ts';
import type { RouteDeps } from './deps.ts';

const task = ({ ownerId: _o, ...rest }: TimelineTask) => rest;
const interview = ({ ownerId: _o, interviewers, ...rest }: TimelineInterview) => ({
  ...rest,
  interviewers: [...interviewers],
});

const timelineResponse = (state: TimelineState) => ({
  season: state.plan.season,
  today: state.plan.today,
  milestones: state.plan.milestones.map((m) => ({ ...m, dependsOn: [...m.dependsOn] })),
  tasks: state.tasks.map(task),
  interviews: state.interviews.map(interview),
  settings: {
    season: state.settings.season,
    digestEnabled: state.settings.digestEnabled,
    completed: [...state.settings.completed],
    calendarFeed: state.settings.calendarFeed,
    timeZone: state.settings.timeZone,
  },
  profileComplete: state.profileComplete,
});

export interface TimelineRouteOptions {
  /** Origin of the feed URL handed out (Config.linkOrigin). */
  readonly linkOrigin: string;
}

export function registerTimelineRoutes(
  { router, services }: RouteDeps,
  options: TimelineRouteOptions,
): void {
  const timeline = services.timeline;

  router.mount(api.getTimeline, async ({ auth }) =>
    timelineResponse(await timeline.get(auth.user)),
  );
  router.mount(api.putTimelineSettings, async ({ auth, body }) =>
    timelineResponse(await timeline.saveSettings(auth.user, body)),
  );

  router.mount(api.createTimelineTask, async ({ auth, body }) => ({
    task: task(await timeline.addTask(auth.user, body)),
  }));
  router.mount(api.updateTimelineTask, async ({ auth, params, body }) => ({
    task: task(await timeline.updateTask(auth.user, params.id, body)),
  }));
  router.mount(api.deleteTimelineTask, async ({ auth, params }) => {
    await timeline.deleteTask(auth.user, params.id);
    return undefined;
  });

  router.mount(api.createTimelineInterview, async ({ auth, body }) => ({
    interview: interview(await timeline.addInterview(auth.user, body)),
  }));
  router.mount(api.updateTimelineInterview, async ({ auth, params, body }) => ({
    interview: interview(await timeline.updateInterview(auth.user, params.id, body)),
  }));
  router.mount(api.deleteTimelineInterview, async ({ auth, params }) => {
    await timeline.deleteInterview(auth.user, params.id);
    return undefined;
  });

  router.mount(api.downloadTimelineCalendar, async ({ auth }) =>
    timelineCalendar(auth.user.id, (await timeline.get(auth.user)).plan),
  );
  router.mount(api.createCalendarFeed, async ({ auth }) => {
    const token = await timeline.createCalendarFeed(auth.user);
    return { url: `${options.linkOrigin}${pathFor(api.calendarFeed, { token })}` };
  });
  router.mount(api.revokeCalendarFeed, async ({ auth }) => {
    await timeline.revokeCalendarFeed(auth.user);
    return undefined;
  });
  router.mount(api.calendarFeed, async ({ params }) => {
    const { userId, state } = await timeline.calendarForToken(params.token);
    return timelineCalendar(userId, state.plan);
  });

  router.mount(api.getNextSteps, async ({ auth }) => ({
    steps: await timeline.nextSteps(auth.user),
  }));
}
