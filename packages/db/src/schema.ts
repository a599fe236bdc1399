import type { HardeningTables } from './hardening-tables.ts';
import type { MentorshipExtrasTables } from './mentorship-extras-tables.ts';
import type { MentorshipProgramTables } from './mentorship-program-tables.ts';
import type { MentorshipTables } from './mentorship-tables.ts';
import type { ProgramTables } from './program-tables.ts';
import type { TimelineTables } from './timeline-tables.ts';

/**
 * Table types. Portable across SQLite and PostgreSQL: text ids and ISO-8601 UTC text timestamps,
 * booleans as 0/1 integers, JSON as text. Rows never leave this package: repositories map them.
 */
export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  is_demo: number;
  created_at: string;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  /** The admin who created it; deleting that account deletes the organisation. */
  owner_id: string;
  created_at: string;
}

export interface OrganisationMembersTable {
  organisation_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  /** sha-256 of the cookie token. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface LoginAttemptsTable {
  key: string;
  attempted_at: string;
}

export interface ApplicantProfilesTable {
  user_id: string;
  country_of_training: string | null;
  medical_school: string | null;
  graduation_year: number | null;
  applicant_type: string | null;
  step1: string | null;
  step1_attempts: number | null;
  step2_score: number | null;
  step2_attempts: number | null;
  step3: string | null;
  ecfmg_status: string | null;
  pathway: string | null;
  oet_status: string | null;
  visa_need: string | null;
  usce_months: number | null;
  research_items: number | null;
  /** JSON array of strings. */
  specialties: string;
  /** JSON array of state codes. */
  preferred_states: string;
  is_demo: number;
  updated_at: string;
}

export interface MatchInstancesTable {
  id: string;
  owner_id: string;
  name: string;
  /** MatchProblem JSON. */
  problem: string;
  /** InstanceSummary JSON. */
  summary: string;
  created_at: string;
  updated_at: string;
}

export interface MatchRunsTable {
  id: string;
  instance_id: string;
  owner_id: string;
  created_at: string;
  duration_ms: number;
  status: string;
  /** MatchStats JSON (for listings without loading the outcome). */
  stats: string;
  /** MatchOutcome JSON. */
  outcome: string;
  /** The MatchProblem JSON that was solved (the instance may change later). */
  problem: string;
}

export interface InterviewMocksTable {
  id: string;
  user_id: string;
  format: string;
  /** MockPlanItem[] JSON: questions and timers, fixed at the start. */
  plan: string;
  /** MockSummary JSON, once completed. */
  summary: string | null;
  started_at: string;
  completed_at: string | null;
}

export interface InterviewAttemptsTable {
  id: string;
  user_id: string;
  question_id: string;
  answer: string;
  speaking_seconds: number | null;
  fillers_measured: number;
  source: string;
  /** AnswerReport JSON. */
  report: string;
  rating: string | null;
  rated_at: string | null;
  mock_id: string | null;
  created_at: string;
}

export interface InterviewCardsTable {
  user_id: string;
  question_id: string;
  /** PracticeCardState JSON (FSRS). */
  state: string;
  due_at: string;
  created_at: string;
  updated_at: string;
}

export interface Database
  extends ProgramTables,
    MentorshipTables,
    MentorshipProgramTables,
    TimelineTables,
    HardeningTables,
    MentorshipExtrasTables {
  users: UsersTable;
  organisations: OrganisationsTable;
  organisation_members: OrganisationMembersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  applicant_profiles: ApplicantProfilesTable;
  match_instances: MatchInstancesTable;
  match_runs: MatchRunsTable;
  interview_mocks: InterviewMocksTable;
  interview_attempts: InterviewAttemptsTable;
  interview_cards: InterviewCardsTable;
}
