// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

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
