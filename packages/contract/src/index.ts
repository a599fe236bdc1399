export * from './account.schema.ts';
export * from './auth.schema.ts';
export * from './client-types.ts';
export * from './common.schema.ts';
export * from './endpoint.ts';
export * from './endpoints.ts';
export * from './interview.schema.ts';
export * from './interview-report.schema.ts';
export * from './mail.schema.ts';
export * from './match.schema.ts';
export * from './match-problem.schema.ts';
export {
  isMentorshipEndpoint,
  type MentorshipEndpointId,
} from './mentorship.endpoints.ts';
export * from './mentorship.schema.ts';
export * from './mentorship-extras.schema.ts';
export * from './mentorship-programs.schema.ts';
export * from './meta.schema.ts';
export * from './mock-interview.schema.ts';
export * from './openapi.ts';
export * from './organisation.schema.ts';
export * from './organisation-admin.schema.ts';
export * from './profile.schema.ts';
export * from './program-files.schema.ts';
export {
  isProgramInvitationEndpoint,
  type ProgramInvitationEndpointId,
} from './program-invitations.endpoints.ts';
export * from './program-invitations.schema.ts';
export * from './program-ranking.schema.ts';
export * from './programs.schema.ts';
export * from './timeline.schema.ts';
