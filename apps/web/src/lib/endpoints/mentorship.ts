// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

export const getMyMentorProfile: EndpointRoute<'getMyMentorProfile'> = {
  id: 'getMyMentorProfile',
  method: 'GET',
  path: '/api/mentorship/mentor-profile',
};

export const putMyMentorProfile: EndpointRoute<'putMyMentorProfile'> = {
  id: 'putMyMentorProfile',
  method: 'PUT',
  path: '/api/mentorship/mentor-profile',
};

export const setMentorAccepting: EndpointRoute<'setMentorAccepting'> = {
  id: 'setMentorAccepting',
  method: 'PUT',
  path: '/api/mentorship/mentor-profile/accepting',
};

export const getMenteePreferences: EndpointRoute<'getMenteePreferences'> = {
  id: 'getMenteePreferences',
  method: 'GET',
  path: '/api/mentorship/preferences',
};

export const putMenteePreferences: EndpointRoute<'putMenteePreferences'> = {
  id: 'putMenteePreferences',
  method: 'PUT',
  path: '/api/mentorship/preferences',
};

export const createGoal: EndpointRoute<'createGoal'> = {
  id: 'createGoal',
  method: 'POST',
  path: '/api/mentorship/goals',
};

export const updateGoal: EndpointRoute<'updateGoal'> = {
  id: 'updateGoal',
  method: 'PUT',
  path: '/api/mentorship/goals/:id',
};

export const searchMentors: EndpointRoute<'searchMentors'> = {
  id: 'searchMentors',
  method: 'GET',
  path: '/api/mentorship/mentors',
};

export const getMentor: EndpointRoute<'getMentor'> = {
  id: 'getMentor',
  method: 'GET',
  path: '/api/mentorship/mentors/:id',
};

export const listMentorSlots: EndpointRoute<'listMentorSlots'> = {
  id: 'listMentorSlots',
  method: 'GET',
  path: '/api/mentorship/mentors/:id/slots',
};

export const verifyMentor: EndpointRoute<'verifyMentor'> = {
  id: 'verifyMentor',
  method: 'PUT',
  path: '/api/mentorship/mentors/:id/verification',
};

export const reportMentor: EndpointRoute<'reportMentor'> = {
  id: 'reportMentor',
  method: 'POST',
  path: '/api/mentorship/mentors/:id/reports',
};

export const blockMentor: EndpointRoute<'blockMentor'> = {
  id: 'blockMentor',
  method: 'PUT',
  path: '/api/mentorship/mentors/:id/block',
};

export const unblockMentor: EndpointRoute<'unblockMentor'> = {
  id: 'unblockMentor',
  method: 'DELETE',
  path: '/api/mentorship/mentors/:id/block',
};

export const listMentorReports: EndpointRoute<'listMentorReports'> = {
  id: 'listMentorReports',
  method: 'GET',
  path: '/api/mentorship/reports',
};

export const checkOutreach: EndpointRoute<'checkOutreach'> = {
  id: 'checkOutreach',
  method: 'POST',
  path: '/api/mentorship/outreach/check',
};

export const composeOutreach: EndpointRoute<'composeOutreach'> = {
  id: 'composeOutreach',
  method: 'POST',
  path: '/api/mentorship/outreach/compose',
};

export const listMentorshipRequests: EndpointRoute<'listMentorshipRequests'> = {
  id: 'listMentorshipRequests',
  method: 'GET',
  path: '/api/mentorship/requests',
};

export const createMentorshipRequest: EndpointRoute<'createMentorshipRequest'> = {
  id: 'createMentorshipRequest',
  method: 'POST',
  path: '/api/mentorship/requests',
};

export const withdrawMentorshipRequest: EndpointRoute<'withdrawMentorshipRequest'> = {
  id: 'withdrawMentorshipRequest',
  method: 'POST',
  path: '/api/mentorship/requests/:id/withdraw',
};

export const acceptMentorshipRequest: EndpointRoute<'acceptMentorshipRequest'> = {
  id: 'acceptMentorshipRequest',
  method: 'POST',
  path: '/api/mentorship/requests/:id/accept',
};

export const declineMentorshipRequest: EndpointRoute<'declineMentorshipRequest'> = {
  id: 'declineMentorshipRequest',
  method: 'POST',
  path: '/api/mentorship/requests/:id/decline',
};

export const listWaitlist: EndpointRoute<'listWaitlist'> = {
  id: 'listWaitlist',
  method: 'GET',
  path: '/api/mentorship/waitlist',
};

export const joinWaitlist: EndpointRoute<'joinWaitlist'> = {
  id: 'joinWaitlist',
  method: 'POST',
  path: '/api/mentorship/waitlist',
};

export const leaveWaitlist: EndpointRoute<'leaveWaitlist'> = {
  id: 'leaveWaitlist',
  method: 'DELETE',
  path: '/api/mentorship/waitlist/:id',
};

export const listRelationships: EndpointRoute<'listRelationships'> = {
  id: 'listRelationships',
  method: 'GET',
  path: '/api/mentorship/relationships',
};

export const getRelationship: EndpointRoute<'getRelationship'> = {
  id: 'getRelationship',
  method: 'GET',
  path: '/api/mentorship/relationships/:id',
};

export const updateRelationship: EndpointRoute<'updateRelationship'> = {
  id: 'updateRelationship',
  method: 'PUT',
  path: '/api/mentorship/relationships/:id',
};

export const endRelationship: EndpointRoute<'endRelationship'> = {
  id: 'endRelationship',
  method: 'POST',
  path: '/api/mentorship/relationships/:id/end',
};

export const createMeeting: EndpointRoute<'createMeeting'> = {
  id: 'createMeeting',
  method: 'POST',
  path: '/api/mentorship/relationships/:id/meetings',
};

export const updateMeeting: EndpointRoute<'updateMeeting'> = {
  id: 'updateMeeting',
  method: 'PUT',
  path: '/api/mentorship/meetings/:id',
};

export const createActionItem: EndpointRoute<'createActionItem'> = {
  id: 'createActionItem',
  method: 'POST',
  path: '/api/mentorship/relationships/:id/action-items',
};

export const updateActionItem: EndpointRoute<'updateActionItem'> = {
  id: 'updateActionItem',
  method: 'PUT',
  path: '/api/mentorship/action-items/:id',
};

export const createMilestone: EndpointRoute<'createMilestone'> = {
  id: 'createMilestone',
  method: 'POST',
  path: '/api/mentorship/relationships/:id/milestones',
};

export const updateMilestone: EndpointRoute<'updateMilestone'> = {
  id: 'updateMilestone',
  method: 'PUT',
  path: '/api/mentorship/milestones/:id',
};

export const shareAttempt: EndpointRoute<'shareAttempt'> = {
  id: 'shareAttempt',
  method: 'POST',
  path: '/api/mentorship/relationships/:id/shares',
};

export const revokeShare: EndpointRoute<'revokeShare'> = {
  id: 'revokeShare',
  method: 'DELETE',
  path: '/api/mentorship/shares/:id',
};

export const getSharedAttempt: EndpointRoute<'getSharedAttempt'> = {
  id: 'getSharedAttempt',
  method: 'GET',
  path: '/api/mentorship/shares/:id',
};

export const commentOnShare: EndpointRoute<'commentOnShare'> = {
  id: 'commentOnShare',
  method: 'POST',
  path: '/api/mentorship/shares/:id/comments',
};

export const getProfileShares: EndpointRoute<'getProfileShares'> = {
  id: 'getProfileShares',
  method: 'GET',
  path: '/api/mentorship/relationships/:id/profile-shares',
};

export const putProfileShares: EndpointRoute<'putProfileShares'> = {
  id: 'putProfileShares',
  method: 'PUT',
  path: '/api/mentorship/relationships/:id/profile-shares',
};

export const downloadMeetingCalendar: EndpointRoute<'downloadMeetingCalendar'> = {
  id: 'downloadMeetingCalendar',
  method: 'GET',
  path: '/api/mentorship/meetings/:id/calendar.ics',
  download: true,
};
