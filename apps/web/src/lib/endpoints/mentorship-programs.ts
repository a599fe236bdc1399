import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's mentorship-programs endpoints; see index.ts. */

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
