// '@matchready/services/testing': test kit of the services, for tests only (it imports vitest).
// The repository suites say what every implementation of the ports must do; packages/db runs
// them on SQLite and PostgreSQL, and the in-memory fakes run them in repositories.test.ts.
export { accountRepositorySuite } from './account.repository-suite.ts';
export { approveOrganisationOf } from './approve-organisation.ts';
export { createInMemoryPorts, type InMemoryPorts } from './in-memory-ports.ts';
export { createInMemoryServices, createServicesOn } from './in-memory-services.ts';
export {
  attempt as attemptRecord,
  card as practiceCardRecord,
  interviewRepositorySuite,
} from './interview.repository-suite.ts';
export { matchRepositorySuite } from './match.repository-suite.ts';
export { createMemoryMailer } from './memory-mailer.ts';
export {
  meetingRecord,
  mentorProfile as mentorProfileRecord,
  mentorshipPeople,
  mentorshipRepositorySuite,
  mentorshipRequest as mentorshipRequestRecord,
  relationship as relationshipRecord,
} from './mentorship.repository-suite.ts';
export { mentorshipExtrasRepositorySuite } from './mentorship-extras.repository-suite.ts';
export {
  menteeRecord,
  mentorRecord,
  mentorshipProgramsRepositorySuite,
  programRecord,
} from './mentorship-programs.repository-suite.ts';
export { organisationsRepositorySuite } from './organisations.repository-suite.ts';
export {
  batch as importRecord,
  programsRepositorySuite,
  sample as catalogueSample,
  simulation as simulationRecord,
} from './programs.repository-suite.ts';
export * from './repository-fixtures.ts';
export { timelineRepositorySuite } from './timeline.repository-suite.ts';
