import type { TaskKind } from '@matchready/core/vocabulary';

/** The timeline as the services speak it; repositories map rows to these and back. */

export interface TimelineSettings {
  /** The Match year the applicant plans for; null = the current season. */
  readonly season: number | null;
  /** The daily reminder email (on by default; the account page turns it off). */
  readonly digestEnabled: boolean;
  /** Milestone ids the applicant ticked off (e.g. `eras-submit`). */
  readonly completed: readonly string[];
  /** True while a calendar feed URL exists (its secret is never stored, only its hash). */
  readonly calendarFeed: boolean;
  readonly updatedAt: string | null;
}

export const DEFAULT_TIMELINE_SETTINGS: TimelineSettings = {
  season: null,
  digestEnabled: true,
  completed: [],
  calendarFeed: false,
  updatedAt: null,
};

export interface TimelineTask {
  readonly id: string;
  readonly ownerId: string;
  readonly kind: TaskKind;
  readonly title: string | null;
  /** YYYY-MM-DD */
  readonly due: string;
  readonly done: boolean;
  readonly detail: string | null;
  readonly createdAt: string;
}

export interface TimelineInterview {
  readonly id: string;
  readonly ownerId: string;
  readonly program: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly interviewers: readonly string[];
  /** One thing discussed (feeds the thank-you draft). */
  readonly detail: string | null;
  readonly thankYouSent: boolean;
  readonly createdAt: string;
}

/** Someone whose daily digest may be due (the digest job walks these). */
export interface DigestRecipient {
  readonly userId: string;
  readonly lastDigestOn: string | null;
}
