import type {
  DigestRecipient,
  TimelineInterview,
  TimelineSettings,
  TimelineTask,
} from './timeline-domain.ts';

export type SettingsUpdate = Pick<TimelineSettings, 'season' | 'digestEnabled' | 'completed'> & {
  /** The zone the daily reminder follows; undefined keeps the stored one. */
  readonly timeZone?: string | null | undefined;
  /** When the next reminder is due (UTC instant); undefined keeps it (the zone changed: reset). */
  readonly nextDigestAt?: string | null | undefined;
};

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

  /**
   * Applicants with the digest on whose next digest is due at `now` (never sent counts as due),
   * at most `limit`, oldest accounts first.
   */
  listDigestRecipients(now: string, limit: number): Promise<DigestRecipient[]>;
  /**
   * Records a digest as sent on the applicant's local date `day` and due next at `next`, only if
   * the next-due instant is still `previous`; false when another run got there first. With `day`
   * null nothing was sent (a first reminder waiting for the morning): only `next` is written.
   */
  markDigestSent(
    userId: string,
    next: string,
    previous: string | null,
    day: string | null,
  ): Promise<boolean>;
}
