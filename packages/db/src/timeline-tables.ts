/**
 * Table types of mail and the timeline (migration 0006-timeline-email). Portable: text ids,
 * ISO-8601 text timestamps, calendar dates as YYYY-MM-DD text, booleans as 0/1, JSON as text.
 */
export interface OutboxTable {
  id: string;
  /** Lower-cased recipient: the outbox page shows a user the mail sent to their address. */
  to_address: string;
  kind: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: string;
}

export interface PasswordResetsTable {
  /** sha-256 of the emailed token. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface TimelineSettingsTable {
  user_id: string;
  /** The Match year; null = the current season. */
  season: number | null;
  digest_enabled: number;
  /** The applicant's local date of the last daily digest sent. */
  last_digest_on: string | null;
  /** IANA zone the digest follows; null = none chosen (0013). */
  time_zone: string | null;
  /** UTC instant the next digest is due; null = never sent, due now (0013). */
  next_digest_at: string | null;
  /** sha-256 of the calendar-feed secret; null = no feed. */
  calendar_token_hash: string | null;
  /** JSON array of milestone ids the applicant ticked off. */
  completed: string;
  updated_at: string;
}

export interface TimelineTasksTable {
  id: string;
  user_id: string;
  kind: string;
  title: string | null;
  due: string;
  done: number;
  detail: string | null;
  created_at: string;
}

export interface TimelineInterviewsTable {
  id: string;
  user_id: string;
  program: string;
  date: string;
  /** JSON array of names. */
  interviewers: string;
  detail: string | null;
  thank_you_sent: number;
  created_at: string;
}

export interface TimelineTables {
  outbox: OutboxTable;
  password_resets: PasswordResetsTable;
  timeline_settings: TimelineSettingsTable;
  timeline_tasks: TimelineTasksTable;
  timeline_interviews: TimelineInterviewsTable;
}
