import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's program-invitation endpoints (decisions 046, 047); see index.ts. */

export const inviteProgramPeople: EndpointRoute<'inviteProgramPeople'> = {
  id: 'inviteProgramPeople',
  method: 'POST',
  path: '/api/mentorship-programs/:id/invitations',
};

export const addProgramPerson: EndpointRoute<'addProgramPerson'> = {
  id: 'addProgramPerson',
  method: 'POST',
  path: '/api/mentorship-programs/:id/invited-people',
};

export const previewProgramInvitation: EndpointRoute<'previewProgramInvitation'> = {
  id: 'previewProgramInvitation',
  method: 'POST',
  path: '/api/program-invitations/preview',
};

export const acceptProgramInvitation: EndpointRoute<'acceptProgramInvitation'> = {
  id: 'acceptProgramInvitation',
  method: 'POST',
  path: '/api/program-invitations/accept',
};

export const listMyMentorshipPrograms: EndpointRoute<'listMyMentorshipPrograms'> = {
  id: 'listMyMentorshipPrograms',
  method: 'GET',
  path: '/api/my-mentorship-programs',
};

export const updateMyProgramDetails: EndpointRoute<'updateMyProgramDetails'> = {
  id: 'updateMyProgramDetails',
  method: 'PUT',
  path: '/api/my-mentorship-programs/:id/details',
};

export const answerProgramPulse: EndpointRoute<'answerProgramPulse'> = {
  id: 'answerProgramPulse',
  method: 'POST',
  path: '/api/my-mentorship-programs/:id/pulse',
};
