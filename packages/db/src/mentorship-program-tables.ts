/**
 * Table types of organisation mentorship programs (migration 0005-mentorship-programs).
 * Portable: text ids, ISO-8601 text timestamps, JSON as text.
 */
export interface MentorshipProgramsTable {
  id: string;
  organisation_id: string;
  name: string;
  starts_on: string | null;
  ends_on: string | null;
  /** CompatibilityWeights JSON. */
  weights: string;
  mode: string;
  minimum_score: number | null;
  created_at: string;
  updated_at: string;
}

export interface MentorshipProgramPeopleTable {
  program_id: string;
  /** mentor | mentee */
  role: string;
  /** The id from the imported file. */
  person_id: string;
  name: string;
  email: string | null;
  user_id: string | null;
  /** Mentors only. */
  capacity: number | null;
  /** The rest of the imported row as JSON (specialties, languages, time zone…). */
  profile: string;
  position: number;
  created_at: string;
  /** Last invitation sent (migration 0009); null when never invited. */
  invited_at: string | null;
  /** When the person last corrected their own details (migration 0009). */
  edited_at: string | null;
}

/** Single-use invitation links (migration 0009-program-invitations, decision 046). */
export interface MentorshipProgramInvitationsTable {
  /** sha-256 of the emailed token, never the token. */
  token_hash: string;
  program_id: string;
  role: string;
  person_id: string;
  email: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface MentorshipProgramRulesTable {
  program_id: string;
  /** pin | forbid */
  kind: string;
  mentee_id: string;
  mentor_id: string;
  created_at: string;
}

export interface MentorshipProgramDraftsTable {
  id: string;
  program_id: string;
  status: string;
  reason: string;
  /** DraftSettings JSON. */
  settings: string;
  /** From the result, for listings without loading it. */
  matched: number | null;
  total: number | null;
  /** AssignmentResult JSON (with its certificate). */
  result: string | null;
  error: string | null;
  created_at: string;
  finished_at: string | null;
  /** While queued or running: last sign of life of the process solving it (0011, 051). */
  heartbeat_at: string | null;
}

export interface MentorshipProgramPairsTable {
  program_id: string;
  mentee_id: string;
  mentor_id: string;
  score: number;
  draft_id: string;
  published_at: string;
}

/** Pulse-survey answers at 3 months (decision 047): one per person (unique since 0009). */
export interface MentorshipProgramPulseTable {
  id: string;
  program_id: string;
  role: string;
  person_id: string;
  /** Answers JSON. */
  answers: string;
  answered_at: string;
}

/** Who was told their pulse survey is open (0014). */
export interface MentorshipProgramPulseRemindersTable {
  program_id: string;
  role: string;
  person_id: string;
  sent_at: string;
}

export interface MentorshipProgramTables {
  mentorship_programs: MentorshipProgramsTable;
  mentorship_program_people: MentorshipProgramPeopleTable;
  mentorship_program_rules: MentorshipProgramRulesTable;
  mentorship_program_drafts: MentorshipProgramDraftsTable;
  mentorship_program_pairs: MentorshipProgramPairsTable;
  mentorship_program_pulse: MentorshipProgramPulseTable;
  mentorship_program_pulse_reminders: MentorshipProgramPulseRemindersTable;
  mentorship_program_invitations: MentorshipProgramInvitationsTable;
}
