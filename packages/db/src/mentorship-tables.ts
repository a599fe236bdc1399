/**
 * Table types of mentorship (migration 0004-mentorship). Portable: text ids, ISO-8601 UTC text
 * timestamps, "YYYY-MM-DD" dates, booleans as 0/1 integers, JSON arrays as text.
 */
export interface MentorProfilesTable {
  user_id: string;
  /** JSON string[] */
  specialties: string;
  institution: string;
  state: string;
  role: string;
  /** JSON MentorType[] */
  mentor_types: string;
  img_country: string | null;
  /** JSON string[] */
  languages: string;
  time_zone: string;
  capacity: number;
  accepting: number;
  helps_with: string;
  /** JSON AvailabilityWindow[] in `time_zone`. */
  availability: string;
  verified_by: string | null;
  verified_at: string | null;
  last_active_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface MenteePreferencesTable {
  user_id: string;
  specialties: string;
  mentor_types: string;
  country: string;
  languages: string;
  time_zone: string;
  wants_img_mentor: number;
  challenges: string;
  updated_at: string;
}

export interface MenteeGoalsTable {
  id: string;
  mentee_id: string;
  text: string;
  status: string;
  target_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface MentorshipRelationshipsTable {
  id: string;
  mentee_id: string;
  mentor_id: string;
  /** active | paused | ended */
  status: string;
  cadence_weeks: number;
  started_at: string;
  next_meeting_at: string | null;
  /** request | program */
  source: string;
  program_id: string | null;
  ended_at: string | null;
  ended_by: string | null;
  exit_note: string | null;
  updated_at: string;
}

export interface MentorshipRequestsTable {
  id: string;
  mentee_id: string;
  mentor_id: string;
  status: string;
  message: string;
  note: string | null;
  created_at: string;
  expires_at: string;
  responded_at: string | null;
  nudged_at: string | null;
  relationship_id: string | null;
}

export interface MentorWaitlistTable {
  id: string;
  mentor_id: string;
  mentee_id: string;
  joined_at: string;
  offered_at: string | null;
}

export interface MentorshipMeetingsTable {
  id: string;
  relationship_id: string;
  scheduled_at: string;
  minutes: number;
  agenda: string;
  shared_notes: string;
  mentee_private_notes: string;
  mentor_private_notes: string;
  held_at: string | null;
  thanked_at: string | null;
  dismissed_at: string | null;
  created_by: string;
  created_at: string;
  /** Times the meeting was moved: the invite's SEQUENCE (0012). */
  sequence: number;
}

export interface MentorshipActionItemsTable {
  id: string;
  relationship_id: string;
  owner: string;
  text: string;
  due_on: string | null;
  done_at: string | null;
  goal_id: string | null;
  created_at: string;
}

export interface MentorshipMilestonesTable {
  id: string;
  relationship_id: string;
  kind: string;
  note: string;
  achieved_on: string;
  thanked_at: string | null;
  dismissed_at: string | null;
  created_at: string;
}

export interface AttemptSharesTable {
  id: string;
  relationship_id: string;
  attempt_id: string;
  shared_at: string;
  revoked_at: string | null;
}

export interface ShareCommentsTable {
  id: string;
  share_id: string;
  author_id: string;
  text: string;
  created_at: string;
}

export interface MentorReportsTable {
  id: string;
  mentor_id: string;
  reporter_id: string;
  reason: string;
  created_at: string;
}

export interface MentorBlocksTable {
  mentee_id: string;
  mentor_id: string;
  created_at: string;
}

export interface MentorshipTables {
  mentor_profiles: MentorProfilesTable;
  mentee_preferences: MenteePreferencesTable;
  mentee_goals: MenteeGoalsTable;
  mentorship_relationships: MentorshipRelationshipsTable;
  mentorship_requests: MentorshipRequestsTable;
  mentor_waitlist: MentorWaitlistTable;
  mentorship_meetings: MentorshipMeetingsTable;
  mentorship_action_items: MentorshipActionItemsTable;
  mentorship_milestones: MentorshipMilestonesTable;
  attempt_shares: AttemptSharesTable;
  share_comments: ShareCommentsTable;
  mentor_reports: MentorReportsTable;
  mentor_blocks: MentorBlocksTable;
}
