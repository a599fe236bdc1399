import { beforeEach, describe } from 'vitest';
import { accountRepositorySuite } from './account.repository-suite.ts';
import { createInMemoryPorts, type InMemoryPorts } from './in-memory-ports.ts';
import { interviewRepositorySuite } from './interview.repository-suite.ts';
import { matchRepositorySuite } from './match.repository-suite.ts';
import { mentorshipRepositorySuite } from './mentorship.repository-suite.ts';
import { mentorshipExtrasRepositorySuite } from './mentorship-extras.repository-suite.ts';
import { mentorshipProgramsRepositorySuite } from './mentorship-programs.repository-suite.ts';
import { organisationsRepositorySuite } from './organisations.repository-suite.ts';
import { programsRepositorySuite } from './programs.repository-suite.ts';
import { timelineRepositorySuite } from './timeline.repository-suite.ts';

/** The fakes the service tests use pass the same suites as the database (packages/db). */
describe('in-memory repositories', () => {
  let ports: InMemoryPorts;
  beforeEach(() => {
    ports = createInMemoryPorts();
  });
  const current = () => ports;
  describe('account', () => accountRepositorySuite(current));
  describe('match', () => matchRepositorySuite(current));
  describe('interview', () => interviewRepositorySuite(current));
  describe('programs', () => programsRepositorySuite(current));
  describe('mentorship', () => mentorshipRepositorySuite(current));
  describe('mentorship programs', () => mentorshipProgramsRepositorySuite(current));
  describe('timeline', () => timelineRepositorySuite(current));
  describe('organisations', () => organisationsRepositorySuite(current));
  describe('mentorship extras', () => mentorshipExtrasRepositorySuite(current));
});
