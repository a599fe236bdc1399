// Overdue mentorship items of one person, as plain dated items for "what's next" and the daily
// digest (issue 11): a meeting past the pair's cadence, and open action items the person owns
// that are past their date. Read-only; shared by the timeline's next steps and the digest.
import { meetingStanding, overdueActionItems } from '@matchready/core/mentorship';
import type { MentorshipDue } from '@matchready/core/timeline';
import type { User } from '../account/account-domain.ts';
import type { UserRepository } from '../account/account-ports.ts';
import type { MentorshipPorts } from './mentorship-ports.ts';
import { lastMeetingAt, pairTimeZone } from './relationship-view.ts';

export interface MentorshipDueDeps {
  readonly mentorship: MentorshipPorts;
  readonly users: UserRepository;
}

const MAX_TITLE = 80;
const short = (text: string) =>
  text.length <= MAX_TITLE ? text : `${text.slice(0, MAX_TITLE - 1).trimEnd()}…`;

export async function overdueMentorshipOf(
  deps: MentorshipDueDeps,
  user: Pick<User, 'id' | 'role'>,
  now: Date,
): Promise<MentorshipDue[]> {
  const side = user.role === 'mentor' ? 'mentor' : 'mentee';
  const relationships = (
    side === 'mentor'
      ? await deps.mentorship.relationships.listByMentor(user.id)
      : await deps.mentorship.relationships.listByMentee(user.id)
  ).filter((r) => r.status === 'active');
  const due: MentorshipDue[] = [];
  for (const r of relationships) {
    const otherId = side === 'mentor' ? r.menteeId : r.mentorId;
    const [meetings, items, zone, other] = await Promise.all([
      deps.mentorship.meetings.listByRelationship(r.id),
      deps.mentorship.actionItems.listByRelationship(r.id),
      pairTimeZone(deps, r),
      deps.users.findById(otherId),
    ]);
    const standing = meetingStanding(
      {
        status: r.status,
        startedAt: r.startedAt,
        cadenceWeeks: r.cadenceWeeks,
        lastMeetingAt: lastMeetingAt(meetings),
        nextMeetingAt: r.nextMeetingAt,
      },
      now,
    );
    if (standing.status === 'overdue' && standing.dueAt !== null)
      due.push({
        id: `meeting-${r.id}`,
        title: `Meeting with ${other?.displayName ?? 'your mentoring partner'}`,
        due: standing.dueAt.slice(0, 10),
      });
    for (const item of overdueActionItems(
      items.filter((i) => i.owner === side),
      now,
      zone,
    ))
      if (item.dueOn !== null)
        due.push({ id: `action-${item.id}`, title: short(item.text), due: item.dueOn });
  }
  return due;
}
