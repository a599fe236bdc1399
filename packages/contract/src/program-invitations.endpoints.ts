import { defineEndpoint } from './endpoint.ts';
import { programIdParamsSchema } from './mentorship-programs.schema.ts';
import {
  acceptInvitationResponseSchema,
  addProgramPersonRequestSchema,
  addProgramPersonResponseSchema,
  invitationPreviewResponseSchema,
  invitationTokenRequestSchema,
  inviteProgramPeopleRequestSchema,
  inviteProgramPeopleResponseSchema,
  myProgramPersonResponseSchema,
  myProgramsResponseSchema,
  programDetailsRequestSchema,
  pulseRequestSchema,
  pulseResponseSchema,
} from './program-invitations.schema.ts';

const tags = ['mentorship-programs'];
const admins = ['organisation-admin'] as const;
/** People of programs: applicants take part as mentees, mentors as mentors. */
const participants = ['applicant', 'mentor'] as const;

/**
 * Invitations by email (decision 046), "My program details" and the 3-month pulse survey
 * (decision 047). Tokens travel in request bodies, never in API paths (which servers log).
 */
export const programInvitationsEndpoints = {
  inviteProgramPeople: defineEndpoint({
    id: 'inviteProgramPeople',
    method: 'POST',
    path: '/api/mentorship-programs/:id/invitations',
    access: admins,
    params: programIdParamsSchema,
    request: inviteProgramPeopleRequestSchema,
    response: inviteProgramPeopleResponseSchema,
    status: 200,
    summary: 'Email single-use links to people not yet accepted (all, one role, or some ids)',
    tags,
  }),
  addProgramPerson: defineEndpoint({
    id: 'addProgramPerson',
    method: 'POST',
    path: '/api/mentorship-programs/:id/invited-people',
    access: admins,
    params: programIdParamsSchema,
    request: addProgramPersonRequestSchema,
    response: addProgramPersonResponseSchema,
    status: 201,
    summary: 'Add one mentor or mentee by name and email, and invite them',
    tags,
    errors: ['conflict'],
  }),
  previewProgramInvitation: defineEndpoint({
    id: 'previewProgramInvitation',
    method: 'POST',
    path: '/api/program-invitations/preview',
    access: 'authenticated',
    request: invitationTokenRequestSchema,
    response: invitationPreviewResponseSchema,
    status: 200,
    summary: 'What an invitation is for (only for the account with the invited address)',
    tags,
  }),
  acceptProgramInvitation: defineEndpoint({
    id: 'acceptProgramInvitation',
    method: 'POST',
    path: '/api/program-invitations/accept',
    access: participants,
    request: invitationTokenRequestSchema,
    response: acceptInvitationResponseSchema,
    status: 200,
    summary: 'Link the invited program person to my account (single use)',
    tags,
    errors: ['conflict'],
  }),
  listMyMentorshipPrograms: defineEndpoint({
    id: 'listMyMentorshipPrograms',
    method: 'GET',
    path: '/api/my-mentorship-programs',
    access: participants,
    response: myProgramsResponseSchema,
    status: 200,
    summary: 'Programs I accepted, with what was imported about me, my pair and the pulse survey',
    tags,
  }),
  updateMyProgramDetails: defineEndpoint({
    id: 'updateMyProgramDetails',
    method: 'PUT',
    path: '/api/my-mentorship-programs/:id/details',
    access: participants,
    params: programIdParamsSchema,
    request: programDetailsRequestSchema,
    response: myProgramPersonResponseSchema,
    status: 200,
    summary: 'Correct what the organisation imported about me (the next solve uses it)',
    tags,
  }),
  answerProgramPulse: defineEndpoint({
    id: 'answerProgramPulse',
    method: 'POST',
    path: '/api/my-mentorship-programs/:id/pulse',
    access: participants,
    params: programIdParamsSchema,
    request: pulseRequestSchema,
    response: pulseResponseSchema,
    status: 201,
    summary: 'Answer the 3-month pulse survey once (1–5 per question, optional comment)',
    tags,
    errors: ['conflict'],
  }),
} as const;

export type ProgramInvitationEndpointId = keyof typeof programInvitationsEndpoints;
export const isProgramInvitationEndpoint = (id: string): boolean =>
  Object.hasOwn(programInvitationsEndpoints, id);
