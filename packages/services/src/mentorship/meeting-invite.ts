import type { User } from '../account/account-domain.ts';
import { notFound } from '../shared/app-error.ts';
import type { MeetingInvite } from './meeting-invite-writer.ts';
import type { MeetingRecord, RelationshipRecord } from './mentorship-domain.ts';
import { createPeople, type MentorshipDeps, relationshipOf } from './mentorship-support.ts';

export function meetingInvite(
  meeting: MeetingRecord,
  names: { mentee: string; mentor: string },
): MeetingInvite {
  const agenda = meeting.agenda.trim();
  return {
    meetingId: meeting.id,
    start: meeting.scheduledAt,
    minutes: meeting.minutes,
    sequence: meeting.sequence,
    title: `Mentoring call: ${names.mentee} and ${names.mentor}`,
    description: [
      `A ${meeting.minutes}-minute mentoring call planned on MatchReady.`,
      agenda === '' ? '' : `Agenda:\n${agenda}`,
      'Agree with each other how you will call (phone or video link).',
    ]
      .filter((line) => line !== '')
      .join('\n\n'),
  };
}

export async function pairNames(deps: MentorshipDeps, relationship: RelationshipRecord) {
  const people = createPeople(deps.users);
  const [mentee, mentor] = await Promise.all([
    people.person(relationship.menteeId),
    people.person(relationship.mentorId),
  ]);
  return { mentee: mentee.displayName, mentor: mentor.displayName };
}

/** The invite of a meeting for either side of its pair (404 for anyone else). */
export function createMeetingInviteService(deps: MentorshipDeps) {
  return {
    async get(user: User, meetingId: string): Promise<MeetingInvite> {
      const meeting = await deps.mentorship.meetings.findById(meetingId);
      if (!meeting) throw notFound('Meeting');
      let relationship: RelationshipRecord;
      try {
        ({ relationship } = await relationshipOf(deps, user, meeting.relationshipId));
      } catch {
        throw notFound('Meeting');
      }
      return meetingInvite(meeting, await pairNames(deps, relationship));
    },
  };
}
