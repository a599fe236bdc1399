import { fileResponseSchema, idParamsSchema } from './common.schema.ts';
import { defineEndpoint } from './endpoint.ts';
import {
  profileSharesRequestSchema,
  profileSharesResponseSchema,
} from './mentorship-extras.schema.ts';

const tags = ['mentorship'];

/** Issue 9 remainder (decision 048); part of mentorshipEndpoints and its authorization matrix. */
export const mentorshipExtrasEndpoints = {
  getProfileShares: defineEndpoint({
    id: 'getProfileShares',
    method: 'GET',
    path: '/api/mentorship/relationships/:id/profile-shares',
    access: ['applicant', 'mentor'],
    params: idParamsSchema,
    response: profileSharesResponseSchema,
    status: 200,
    summary:
      "The mentee's profile fields shared in this relationship (the mentor sees only their values, only while active)",
    tags,
  }),
  putProfileShares: defineEndpoint({
    id: 'putProfileShares',
    method: 'PUT',
    path: '/api/mentorship/relationships/:id/profile-shares',
    access: ['applicant'],
    params: idParamsSchema,
    request: profileSharesRequestSchema,
    response: profileSharesResponseSchema,
    status: 200,
    summary: 'Share exactly these profile fields with this mentor (left out = revoked; recorded)',
    tags,
    errors: ['conflict'],
  }),
  downloadMeetingCalendar: defineEndpoint({
    id: 'downloadMeetingCalendar',
    method: 'GET',
    path: '/api/mentorship/meetings/:id/calendar.ics',
    access: ['applicant', 'mentor'],
    params: idParamsSchema,
    response: fileResponseSchema,
    download: true,
    status: 200,
    summary:
      'A meeting as an iCalendar invite (UTC times; a stable UID, so a re-import updates it)',
    tags,
  }),
};
