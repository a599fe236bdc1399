import type { FileResponse } from '@matchready/contract';
import type { MeetingInvite } from '@matchready/services';
import { createEvent, type DateArray } from 'ics';

/**
 * `meeting-<meeting id>@matchready.app`: the same for both sides and for every download and
 * mail, so importing it again updates the event instead of adding a second one.
 */
export const meetingUid = (meetingId: string) => `meeting-${meetingId}@matchready.app`;

/** The instant's UTC fields: the file says DTSTART:…Z, so no zone database is needed to read it. */
function utcArray(iso: string): DateArray {
  const d = new Date(iso);
  return [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  ];
}

/** One mentoring meeting as an iCalendar file (decision 048), built with the `ics` library. */
export function meetingCalendar(invite: MeetingInvite): FileResponse {
  const { error, value } = createEvent({
    uid: meetingUid(invite.meetingId),
    productId: 'matchready/mentorship',
    method: 'PUBLISH',
    start: utcArray(invite.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: invite.minutes },
    // Same UID, higher SEQUENCE: a calendar that has the invite replaces it with the moved one.
    sequence: invite.sequence,
    title: invite.title,
    description: invite.description,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (error || !value) throw error ?? new Error('calendar could not be written');
  return {
    filename: `matchready-meeting-${invite.meetingId}.ics`,
    contentType: 'text/calendar; charset=utf-8',
    content: value,
  };
}
