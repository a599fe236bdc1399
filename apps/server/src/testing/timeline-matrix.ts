import { api, type EndpointDefinition, pathFor } from '@matchready/contract';
import type { Agent } from '../test-app.ts';

/** What a timeline matrix entry needs of the party whose resources it addresses. */
export interface TimelineTarget {
  readonly taskId: string;
  readonly timelineInterviewId: string;
}

interface Entry {
  readonly scoped: boolean;
  request(target: TimelineTarget): { path: string; body?: unknown };
}

const plain = (endpoint: EndpointDefinition, body?: unknown) => () => ({
  path: endpoint.path,
  ...(body === undefined ? {} : { body }),
});
const TASK = { kind: 'cv', due: '2026-09-01' };
const INTERVIEW = {
  program: 'Matrix Medical Center',
  date: '2026-11-20',
  interviewers: ['Dr Lee'],
};

/** The newest applicant's feed and reset tokens: every case signs one up (the "other") last. */
let latestFeedToken = 'no-feed-token-yet-000000';
let latestResetToken = 'no-reset-token-yet';
let resets = 0;

/** The timeline and mail endpoints' rows of the authorization matrix. */
export const TIMELINE_MATRIX = {
  requestPasswordReset: {
    scoped: false,
    request: () => ({
      path: api.requestPasswordReset.path,
      body: { email: `nobody-${++resets}@example.org` },
    }),
  },
  confirmPasswordReset: {
    scoped: false,
    request: () => ({
      path: api.confirmPasswordReset.path,
      body: { token: latestResetToken, password: 'a brand new password' },
    }),
  },
  listOutbox: { scoped: false, request: plain(api.listOutbox) },
  listDemoOutbox: { scoped: false, request: plain(api.listDemoOutbox) },
  getTimeline: { scoped: false, request: plain(api.getTimeline) },
  putTimelineSettings: {
    scoped: false,
    request: plain(api.putTimelineSettings, { season: 2027, digestEnabled: true, completed: [] }),
  },
  createTimelineTask: { scoped: false, request: plain(api.createTimelineTask, TASK) },
  updateTimelineTask: {
    scoped: true,
    request: (t) => ({ path: pathFor(api.updateTimelineTask, { id: t.taskId }), body: TASK }),
  },
  deleteTimelineTask: {
    scoped: true,
    request: (t) => ({ path: pathFor(api.deleteTimelineTask, { id: t.taskId }) }),
  },
  createTimelineInterview: {
    scoped: false,
    request: plain(api.createTimelineInterview, INTERVIEW),
  },
  updateTimelineInterview: {
    scoped: true,
    request: (t) => ({
      path: pathFor(api.updateTimelineInterview, { id: t.timelineInterviewId }),
      body: INTERVIEW,
    }),
  },
  deleteTimelineInterview: {
    scoped: true,
    request: (t) => ({
      path: pathFor(api.deleteTimelineInterview, { id: t.timelineInterviewId }),
    }),
  },
  downloadTimelineCalendar: { scoped: false, request: plain(api.downloadTimelineCalendar) },
  createCalendarFeed: { scoped: false, request: plain(api.createCalendarFeed) },
  revokeCalendarFeed: { scoped: false, request: plain(api.revokeCalendarFeed) },
  calendarFeed: {
    scoped: false,
    request: () => ({ path: pathFor(api.calendarFeed, { token: latestFeedToken }) }),
  },
  getNextSteps: { scoped: false, request: plain(api.getNextSteps) },
} as const satisfies Record<string, Entry>;

/** Gives an applicant a task, an interview and a calendar feed; others own nothing here. */
export async function timelineParty(
  agent: Agent & { email: string },
  applicant: boolean,
): Promise<TimelineTarget> {
  if (!applicant) return { taskId: 'none', timelineInterviewId: 'none' };
  const task = await agent.post(api.createTimelineTask.path, TASK);
  const interview = await agent.post(api.createTimelineInterview.path, INTERVIEW);
  const feed = await agent.post(api.createCalendarFeed.path);
  if (task.status !== 201 || interview.status !== 201 || feed.status !== 201)
    throw new Error(`timeline party failed: ${task.text} ${interview.text} ${feed.text}`);
  latestFeedToken = (feed.body as { url: string }).url.split('/').at(-1) ?? latestFeedToken;
  latestResetToken = await resetTokenFor(agent);
  return {
    taskId: (task.body as { task: { id: string } }).task.id,
    timelineInterviewId: (interview.body as { interview: { id: string } }).interview.id,
  };
}

/** Asks for a reset link (from an address of its own, past the limits) and reads it in the outbox. */
async function resetTokenFor(agent: Agent & { email?: string }): Promise<string> {
  const client = { 'x-forwarded-for': `10.9.${resets % 250}.${++resets % 250}` };
  await agent.post(api.requestPasswordReset.path, { email: agent.email }, { headers: client });
  for (let i = 0; i < 50; i++) {
    const outbox = await agent.get(api.listOutbox.path);
    const text = (outbox.body as { messages: { text: string }[] }).messages[0]?.text ?? '';
    const token = /token=([\w-]+)/.exec(text)?.[1];
    if (token) return token;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no reset mail in the outbox');
}
