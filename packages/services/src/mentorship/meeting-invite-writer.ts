import type { MailAttachment } from '../shared/ports.ts';

/** What a calendar invite for one meeting says; the apps turn it into iCalendar text. */
export interface MeetingInvite {
  /** The meeting's id: the invite's UID is made from it, so a re-import replaces the event. */
  readonly meetingId: string;
  /** ISO-8601 UTC instant. */
  readonly start: string;
  readonly minutes: number;
  /** Times the meeting was moved: a calendar replaces its copy when this is higher. */
  readonly sequence: number;
  readonly title: string;
  readonly description: string;
}

/** Writes the invite as a file (apps/server: the `ics` library, UTC times). */
export type MeetingInviteWriter = (invite: MeetingInvite) => MailAttachment;
