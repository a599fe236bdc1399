// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

export const listMentorshipPrograms: EndpointRoute<'listMentorshipPrograms'> = {
  id: 'listMentorshipPrograms',
  method: 'GET',
  path: '/api/mentorship-programs',
};

export const createMentorshipProgram: EndpointRoute<'createMentorshipProgram'> = {
  id: 'createMentorshipProgram',
  method: 'POST',
  path: '/api/mentorship-programs',
};

export const getMentorshipProgram: EndpointRoute<'getMentorshipProgram'> = {
  id: 'getMentorshipProgram',
  method: 'GET',
  path: '/api/mentorship-programs/:id',
};

export const updateMentorshipProgram: EndpointRoute<'updateMentorshipProgram'> = {
  id: 'updateMentorshipProgram',
  method: 'PUT',
  path: '/api/mentorship-programs/:id',
};

export const importProgramPeople: EndpointRoute<'importProgramPeople'> = {
  id: 'importProgramPeople',
  method: 'POST',
  path: '/api/mentorship-programs/:id/people',
};

export const listProgramPeople: EndpointRoute<'listProgramPeople'> = {
  id: 'listProgramPeople',
  method: 'GET',
  path: '/api/mentorship-programs/:id/people',
};

export const listProgramRules: EndpointRoute<'listProgramRules'> = {
  id: 'listProgramRules',
  method: 'GET',
  path: '/api/mentorship-programs/:id/rules',
};

export const addProgramRule: EndpointRoute<'addProgramRule'> = {
  id: 'addProgramRule',
  method: 'POST',
  path: '/api/mentorship-programs/:id/rules',
};

export const removeProgramRule: EndpointRoute<'removeProgramRule'> = {
  id: 'removeProgramRule',
  method: 'DELETE',
  path: '/api/mentorship-programs/:id/rules/:kind/:mentee/:mentor',
};

export const solveMentorshipProgram: EndpointRoute<'solveMentorshipProgram'> = {
  id: 'solveMentorshipProgram',
  method: 'POST',
  path: '/api/mentorship-programs/:id/drafts',
};

export const listProgramDrafts: EndpointRoute<'listProgramDrafts'> = {
  id: 'listProgramDrafts',
  method: 'GET',
  path: '/api/mentorship-programs/:id/drafts',
};

export const getProgramDraft: EndpointRoute<'getProgramDraft'> = {
  id: 'getProgramDraft',
  method: 'GET',
  path: '/api/mentorship-programs/:id/drafts/:draftId',
};

export const swapProgramPair: EndpointRoute<'swapProgramPair'> = {
  id: 'swapProgramPair',
  method: 'POST',
  path: '/api/mentorship-programs/:id/drafts/:draftId/swap',
};

export const diffProgramDrafts: EndpointRoute<'diffProgramDrafts'> = {
  id: 'diffProgramDrafts',
  method: 'GET',
  path: '/api/mentorship-programs/:id/drafts/:draftId/diff',
};

export const publishProgramDraft: EndpointRoute<'publishProgramDraft'> = {
  id: 'publishProgramDraft',
  method: 'POST',
  path: '/api/mentorship-programs/:id/drafts/:draftId/publish',
};

export const getProgramReport: EndpointRoute<'getProgramReport'> = {
  id: 'getProgramReport',
  method: 'GET',
  path: '/api/mentorship-programs/:id/report',
};

export const exportProgramPairs: EndpointRoute<'exportProgramPairs'> = {
  id: 'exportProgramPairs',
  method: 'GET',
  path: '/api/mentorship-programs/:id/pairs.csv',
  download: true,
};

export const programPeopleTemplate: EndpointRoute<'programPeopleTemplate'> = {
  id: 'programPeopleTemplate',
  method: 'GET',
  path: '/api/mentorship-program-templates/:role',
  download: true,
};

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
