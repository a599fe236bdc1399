import type {
  DigestRecipient,
  TimelineInterview,
  TimelineSettings,
  TimelineTask,
} from './timeline-domain.ts';

export type SettingsUpdate = Pick<TimelineSettings, 'season' | 'digestEnabled' | 'completed'>;

export interface TimelineRepository {
  /** Null until the applicant saves something. */
  findSettings(userId: string): Promise<TimelineSettings | null>;
  /** Upserts season, digest switch and ticks; keeps the feed token and digest bookkeeping. */
  saveSettings(userId: string, settings: SettingsUpdate, updatedAt: string): Promise<void>;
  /** Sets (or with null, revokes) the calendar-feed token hash. */
  setCalendarToken(userId: string, tokenHash: string | null, updatedAt: string): Promise<void>;
  findUserByCalendarToken(tokenHash: string): Promise<string | null>;

  listTasks(userId: string): Promise<TimelineTask[]>;
  findTask(id: string): Promise<TimelineTask | null>;
  /** Inserts unless the owner already has `max` tasks (checked in the same transaction). */
  createTask(task: TimelineTask, max: number): Promise<'created' | 'limit'>;
  updateTask(task: TimelineTask): Promise<void>;
  deleteTask(id: string): Promise<void>;

  listInterviews(userId: string): Promise<TimelineInterview[]>;
  findInterview(id: string): Promise<TimelineInterview | null>;
  /** Inserts unless the owner already has `max` interviews (checked in the same transaction). */
  createInterview(interview: TimelineInterview, max: number): Promise<'created' | 'limit'>;
  updateInterview(interview: TimelineInterview): Promise<void>;
  deleteInterview(id: string): Promise<void>;

  /** Users with the digest on whose last digest was before `today` (or never), at most `limit`. */
  listDigestRecipients(today: string, limit: number): Promise<DigestRecipient[]>;
  /** Records the digest as sent today; false when another run got there first. */
  markDigestSent(userId: string, today: string, previous: string | null): Promise<boolean>;
}
