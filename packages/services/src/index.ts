// @matchready/services: the use cases of every module, their ports and domain types. The apps
// compose them once with createServices (services.ts).

export * from './account/account.service.ts';
export * from './account/account-domain.ts';
export type * from './account/account-ports.ts';
export * from './account/attempt-limits.ts';
export * from './account/auth.service.ts';
export * from './account/demo.service.ts';
export * from './account/directory.service.ts';
export * from './account/password-reset.service.ts';
export type * from './account/password-reset-ports.ts';
export * from './account/profile.service.ts';
export * from './interview/interview.service.ts';
export * from './interview/interview-attempt.ts';
export type * from './interview/interview-domain.ts';
export * from './interview/interview-export.ts';
export type * from './interview/interview-ports.ts';
export * from './interview/mock-interview.service.ts';
export type * from './mail/mail-ports.ts';
export * from './mail/outbox.service.ts';
export * from './mail/outbox-mailer.ts';
export * from './match/in-process-match-engine.ts';
export * from './match/match.service.ts';
export type * from './match/match-domain.ts';
export * from './match/match-explanation.ts';
export type * from './match/match-ports.ts';
export * from './match/match-problem.ts';
export type { MeetingInvite, MeetingInviteWriter } from './mentorship/meeting-invite-writer.ts';
export * from './mentorship/mentorship.services.ts';
export type * from './mentorship/mentorship-domain.ts';
export type * from './mentorship/mentorship-ports.ts';
export type * from './mentorship/mentorship-views.ts';
export type {
  ProfileSharesView,
  SharedProfileValues,
} from './mentorship/profile-sharing.service.ts';
export {
  MAX_ACTION_ITEMS,
  MAX_MEETINGS,
  MEETING_MAIL_LIMIT,
} from './mentorship/relationship.service.ts';
export * from './mentorship-programs/in-process-assignment-runner.ts';
export * from './mentorship-programs/mentorship-program.service.ts';
export type * from './mentorship-programs/mentorship-program-domain.ts';
export type * from './mentorship-programs/mentorship-program-ports.ts';
export * from './mentorship-programs/program-activity.ts';
export * from './mentorship-programs/program-draft.service.ts';
export * from './mentorship-programs/program-invitation.service.ts';
export * from './mentorship-programs/program-invitation-domain.ts';
export type * from './mentorship-programs/program-invitation-ports.ts';
export * from './mentorship-programs/program-participant.service.ts';
export * from './mentorship-programs/program-report.ts';
export * from './mentorship-programs/program-review.ts';
export * from './organisations/organisation-admin.service.ts';
export * from './organisations/organisation-approval.ts';
export * from './organisations/organisation-domain.ts';
export * from './programs/in-process-simulation-runner.ts';
export * from './programs/program-catalogue.service.ts';
export * from './programs/program-datasets.service.ts';
export * from './programs/program-domain.ts';
export * from './programs/program-import.ts';
export * from './programs/program-list.service.ts';
export type * from './programs/program-ports.ts';
export * from './programs/program-profile.ts';
export * from './programs/programs.services.ts';
export * from './programs/rank-list.service.ts';
export * from './programs/saved-program-list.service.ts';
export * from './programs/simulation.service.ts';
export * from './services.ts';
export * from './shared/app-error.ts';
export type * from './shared/ports.ts';
export * from './shared/run-lease.ts';
export * from './timeline/digest.service.ts';
export * from './timeline/timeline.service.ts';
export type * from './timeline/timeline-domain.ts';
export { DEFAULT_TIMELINE_SETTINGS } from './timeline/timeline-domain.ts';
export * from './timeline/timeline-plan.ts';
export type * from './timeline/timeline-ports.ts';
