import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's password-reset, outbox and timeline endpoints; see index.ts. */

export const requestPasswordReset: EndpointRoute<'requestPasswordReset'> = {
  id: 'requestPasswordReset',
  method: 'POST',
  path: '/api/auth/password-reset',
};

export const confirmPasswordReset: EndpointRoute<'confirmPasswordReset'> = {
  id: 'confirmPasswordReset',
  method: 'POST',
  path: '/api/auth/password-reset/confirm',
};

export const listOutbox: EndpointRoute<'listOutbox'> = {
  id: 'listOutbox',
  method: 'GET',
  path: '/api/outbox',
};

export const listDemoOutbox: EndpointRoute<'listDemoOutbox'> = {
  id: 'listDemoOutbox',
  method: 'GET',
  path: '/api/outbox/demo',
};

export const getTimeline: EndpointRoute<'getTimeline'> = {
  id: 'getTimeline',
  method: 'GET',
  path: '/api/timeline',
};

export const putTimelineSettings: EndpointRoute<'putTimelineSettings'> = {
  id: 'putTimelineSettings',
  method: 'PUT',
  path: '/api/timeline/settings',
};

export const createTimelineTask: EndpointRoute<'createTimelineTask'> = {
  id: 'createTimelineTask',
  method: 'POST',
  path: '/api/timeline/tasks',
};

export const updateTimelineTask: EndpointRoute<'updateTimelineTask'> = {
  id: 'updateTimelineTask',
  method: 'PUT',
  path: '/api/timeline/tasks/:id',
};

export const deleteTimelineTask: EndpointRoute<'deleteTimelineTask'> = {
  id: 'deleteTimelineTask',
  method: 'DELETE',
  path: '/api/timeline/tasks/:id',
};

export const createTimelineInterview: EndpointRoute<'createTimelineInterview'> = {
  id: 'createTimelineInterview',
  method: 'POST',
  path: '/api/timeline/interviews',
};

export const updateTimelineInterview: EndpointRoute<'updateTimelineInterview'> = {
  id: 'updateTimelineInterview',
  method: 'PUT',
  path: '/api/timeline/interviews/:id',
};

export const deleteTimelineInterview: EndpointRoute<'deleteTimelineInterview'> = {
  id: 'deleteTimelineInterview',
  method: 'DELETE',
  path: '/api/timeline/interviews/:id',
};

export const downloadTimelineCalendar: EndpointRoute<'downloadTimelineCalendar'> = {
  id: 'downloadTimelineCalendar',
  method: 'GET',
  path: '/api/timeline/calendar.ics',
  download: true,
};

export const createCalendarFeed: EndpointRoute<'createCalendarFeed'> = {
  id: 'createCalendarFeed',
  method: 'POST',
  path: '/api/timeline/calendar-feed',
};

export const revokeCalendarFeed: EndpointRoute<'revokeCalendarFeed'> = {
  id: 'revokeCalendarFeed',
  method: 'DELETE',
  path: '/api/timeline/calendar-feed',
};

export const calendarFeed: EndpointRoute<'calendarFeed'> = {
  id: 'calendarFeed',
  method: 'GET',
  path: '/api/calendar/:token',
  download: true,
};

export const getNextSteps: EndpointRoute<'getNextSteps'> = {
  id: 'getNextSteps',
  method: 'GET',
  path: '/api/timeline/next-steps',
};
